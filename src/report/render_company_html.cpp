// The company report as one HTML page for the company's steering group: the
// key numbers, the journey drawn on a date axis, visits per phase, the pulse
// history and a trend line per key figure, then the Markdown report's lists
// and tables. Every data string goes through escape_html; nothing is fetched.
#include <algorithm>
#include <vector>

#include "html.hpp"
#include "plift/core/rules.hpp"
#include "plift/report/labels.hpp"
#include "plift/report/render_company.hpp"
#include "plift/report/render_html.hpp"

namespace plift::report {

namespace {

using namespace html;

constexpr const char* company_style = R"css(
.cards.six { grid-template-columns: repeat(3, 1fr); }
.card .words { font-size: 14pt; font-weight: bold; color: var(--accent); line-height: 1.2; }
.card .value.green { color: #2e8b57; }
.card .value.yellow { color: #a67c00; }
.card .value.red { color: #c81e1e; }
dl.facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2px 12px;
           margin: 10px 0 4px; font-size: 10pt; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.checklists { display: grid; grid-template-columns: repeat(auto-fit, minmax(55mm, 1fr)); gap: 8px;
              align-items: start; }
.checklist { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; }
.checklist h3 { margin: 0; font-size: 11pt; }
.checklist p { margin: 4px 0; font-size: 9.5pt; }
.progress { font-size: 9pt; color: var(--muted); }
ul.ticks { list-style: none; padding: 0; margin: 4px 0; font-size: 9.5pt; }
ul.ticks li { padding-left: 20px; text-indent: -20px; margin: 2px 0; }
.tick { display: inline-block; width: 20px; text-indent: 0; font-weight: bold; }
.tick.done { color: #2e8b57; }
.tick.open { color: #9aa5b1; }
.when { color: var(--muted); font-size: 8.5pt; white-space: nowrap; }
.good { color: #2e8b57; }
.bad { color: #c81e1e; }
section.assessments td:first-child, section.pulse td:first-child { white-space: nowrap; }
.warn { color: #c81e1e; font-weight: bold; }
.mark { display: inline-block; width: 10px; height: 10px; margin-right: 5px; vertical-align: baseline; }
.mark.green { background: #2e8b57; border-radius: 50%; }
.mark.yellow { background: #e6b800; }
.mark.red { width: 0; height: 0; background: none; border-left: 6px solid transparent;
            border-right: 6px solid transparent; border-bottom: 10px solid #c81e1e; }
svg.spark { width: 96px; height: 24px; display: inline-block; vertical-align: middle; }
@media print {
  .checklist, dl.facts { break-inside: avoid; page-break-inside: avoid; }
  .mark, .tick { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

constexpr const char* pulse_colours[] = {"#2e8b57", "#e6b800", "#c81e1e"};  // green, yellow, red

const char* pulse_colour(PulseStatus status) { return pulse_colours[static_cast<int>(status)]; }

std::string number(int n) { return std::to_string(n); }

std::string day_text(const std::optional<Date>& day, const Labels& labels) {
  return day ? format_date(*day) : std::string(labels.none);
}

std::string days_late_text(int days, const Labels& l) {
  return days == 1 ? std::string(l.one_day_late) : say(l.days_late_count, days);
}

// The last day of the journey the records can speak of: the day before it
// ended, or the report's day while it goes on.
Date journey_last_day(const CompanyReport& report) {
  Date last = report.as_of;
  if (report.company.completed) last = std::min(last, *report.company.completed - date::days{1});
  if (report.company.withdrawn) last = std::min(last, *report.company.withdrawn - date::days{1});
  return last;
}

bool journey_over(const CompanyReport& report) {
  return report.status == CompanyStatus::completed || report.status == CompanyStatus::withdrawn;
}

// The last day a phase the company entered was worked on.
Date actual_last_day(const CompanyReport& report, const PhaseRow& phase) {
  return phase.ended ? *phase.ended - date::days{1} : journey_last_day(report);
}

// The days the charts span: the plan, what happened, and the report's day
// while the journey goes on (an ended journey is drawn without the years since).
DateAxis journey_axis(const CompanyReport& report, double left, double right) {
  Date from = report.company.start;
  Date to = std::max(report.planned_journey_end, from);
  for (const PhaseRow& phase : report.phases) {
    from = std::min(from, phase.planned_start);
    to = std::max(to, phase.planned_end);
    if (phase.started) {
      from = std::min(from, *phase.started);
      to = std::max(to, actual_last_day(report, phase));
    }
  }
  if (!journey_over(report)) {
    from = std::min(from, report.as_of);
    to = std::max(to, report.as_of);
  }
  return DateAxis{from, to, left, right};
}

// The holiday weeks (Monday to Sunday) touching [from, to].
std::vector<std::pair<Date, Date>> holiday_weeks_between(const HolidayWeeks& holidays, Date from, Date to) {
  std::vector<std::pair<Date, Date>> weeks;
  for (Date monday = from - date::days{iso_week_of(from).weekday - 1}; monday <= to; monday += date::days{7}) {
    if (holidays.in_holiday_week(monday)) weeks.emplace_back(monday, monday + date::days{6});
  }
  return weeks;
}

std::size_t char_count(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }));
}

// A name on at most two lines of `max_chars`, broken between words; what
// does not fit ends in an ellipsis.
std::vector<std::string> two_lines(const std::string& name, std::size_t max_chars) {
  if (char_count(name) <= max_chars) return {name};
  std::string first;
  std::size_t at = 0;
  while (at < name.size()) {
    std::size_t space = name.find(' ', at);
    std::size_t end = space == std::string::npos ? name.size() : space;
    std::string longer = first.empty() ? name.substr(0, end) : first + name.substr(at - 1, end - at + 1);
    if (!first.empty() && char_count(longer) > max_chars) break;
    first = longer;
    at = end + 1;
  }
  if (at >= name.size()) return {short_label(first, max_chars)};
  return {short_label(first, max_chars), short_label(name.substr(at), max_chars)};
}

// A row's label in the left column: one or two lines from `y`, 12 units apart.
// Returns where the next line would go.
double row_label(std::ostream& out, double y, const std::string& name) {
  for (const std::string& part : two_lines(name, 24)) {
    text(out, 4, y, part, " font-size=\"11\"");
    y += 12;
  }
  return y;
}

// A legend entry: a swatch drawn by `swatch` at (x, y), then the word; returns where the next one starts.
double legend_entry(std::ostream& out, double x, double y, const std::string& word, auto swatch) {
  swatch(x, y);
  text(out, x + 24, y + 9, word, " font-size=\"10\"");
  return x + 24 + 5.6 * static_cast<double>(char_count(word)) + 18;
}

void journey_chart(std::ostream& out, const CompanyReport& report, const Program& program, const Labels& l) {
  out << "<figure class=\"chart\" id=\"chart-journey\">\n";
  const double width = chart_width;
  const double left = label_width;
  const double top = 26;
  const double row = 38;
  const double plot_height = row * static_cast<double>(report.phases.size());
  const double height = top + plot_height + 20 + 22;
  const DateAxis axis = journey_axis(report, left, width - 10);
  const std::string as_of_text = say(l.as_of, format_date(report.as_of));

  svg_open(out, width, height, l.phases, "journey");
  holiday_bands(out, axis, holiday_weeks_between(program.holidays(), axis.from, axis.to), top, plot_height,
                l.holiday_week);
  holiday_bands(out, axis, program.holidays().holiday_day_spans(axis.from, axis.to), top, plot_height,
                l.holiday_days);
  month_grid(out, axis, top, top + plot_height);
  // One row per phase: the plan above (thin), what happened below (thick),
  // the days past the planned end in red.
  double y = top;
  for (std::size_t i = 0; i < report.phases.size(); ++i) {
    const PhaseRow& phase = report.phases[i];
    const char* colour = phase_colour(i);
    out << "<g><title>" << escape_html(phase.name) << "</title>";
    double next = row_label(out, y + 14, phase.name);
    if (phase.days_late) {
      text(out, 4, next - 1, days_late_text(*phase.days_late, l), " font-size=\"9\" fill=\"#c81e1e\"");
    }
    rect(out, axis.x_of(phase.planned_start), y + 7, axis.x_after(phase.planned_end) - axis.x_of(phase.planned_start),
         7, colour,
         say("{} ({}): {} – {}", phase.name, l.chart_planned, format_date(phase.planned_start),
             format_date(phase.planned_end)),
         " opacity=\"0.45\"");
    if (phase.started) {
      Date last = actual_last_day(report, phase);
      rect(out, axis.x_of(*phase.started), y + 17, axis.x_after(last) - axis.x_of(*phase.started), 14, colour,
           say("{} ({}): {} – {}", phase.name, l.chart_actual, format_date(*phase.started), format_date(last)),
           " stroke=\"#ffffff\" stroke-width=\"0.5\"");
      if (phase.days_late && phase.due && *phase.due < last) {
        Date late_from = *phase.due + date::days{1};
        rect(out, axis.x_of(late_from), y + 17, axis.x_after(last) - axis.x_of(late_from), 14, "#c81e1e",
             say("{}: {}", phase.name, days_late_text(*phase.days_late, l)), " opacity=\"0.8\"");
      }
    }
    out << "</g>";
    line(out, left, y + row, width - 10, y + row, "#e4e7eb", 0.5);
    y += row;
  }
  // The end of a finished journey, and the day the data stand as of.
  std::optional<Date> ended = report.company.completed ? report.company.completed : report.company.withdrawn;
  if (ended && *ended - date::days{1} >= axis.from && *ended - date::days{1} <= axis.to) {
    double x = axis.x_of(*ended);
    line(out, x, top - 4, x, top + plot_height, "#1f2933", 2);
    std::string label = say("{} {}", l.journey_ended, format_date(*ended));
    text(out, x > axis.right - 120 ? x - 3 : x + 3, top + plot_height + 12, label,
         x > axis.right - 120 ? " font-size=\"10\" text-anchor=\"end\"" : " font-size=\"10\"");
  } else if (report.as_of >= axis.from && report.as_of <= axis.to) {
    as_of_line(out, axis, report.as_of, top - 4, top + plot_height, as_of_text);
  }
  // Legend.
  double lx = left;
  const double ly = top + plot_height + 24;
  lx = legend_entry(out, lx, ly, l.chart_planned,
                    [&](double x, double yy) { rect(out, x, yy + 2, 20, 6, "#616e7c", "", " opacity=\"0.45\""); });
  lx = legend_entry(out, lx, ly, l.chart_actual, [&](double x, double yy) { rect(out, x, yy, 20, 10, "#616e7c", ""); });
  lx = legend_entry(out, lx, ly, l.chart_late,
                    [&](double x, double yy) { rect(out, x, yy, 20, 10, "#c81e1e", "", " opacity=\"0.8\""); });
  legend_entry(out, lx, ly, l.holiday_week, [&](double x, double yy) { rect(out, x, yy, 20, 10, "#d9d9d9", ""); });
  figure_close(out, l.journey_caption);
}

struct PhaseVisits {
  const PhaseRow* phase;
  int held = 0;
  int expected = 0;
};

// Visits held and expected in each phase entered. A visit counts for the
// phase the company entered last on or before its day.
std::vector<PhaseVisits> visits_by_phase(const CompanyReport& report, const Program& program) {
  std::vector<PhaseVisits> rows;
  const Date last_day = journey_last_day(report);
  for (const PhaseRow& phase : report.phases) {
    if (!phase.started) continue;
    PhaseRecord record{phase.phase, *phase.started, phase.ended, phase.due.value_or(phase.planned_end), {}};
    rows.push_back({&phase, 0, expected_visits(program, {record}, last_day)});
  }
  for (const Visit& visit : report.visits) {
    PhaseVisits* owner = nullptr;
    for (PhaseVisits& row : rows) {
      if (*row.phase->started <= visit.date && (!owner || *row.phase->started >= *owner->phase->started)) {
        owner = &row;
      }
    }
    if (owner) ++owner->held;
  }
  return rows;
}

void visits_chart(std::ostream& out, const CompanyReport& report, const Program& program, const Labels& l) {
  out << "<figure class=\"chart\" id=\"chart-visits\">\n";
  const std::vector<PhaseVisits> rows = visits_by_phase(report, program);
  if (rows.empty()) {
    out << "<p>" << escape_html(l.no_phase_entered) << "</p></figure>\n";
    return;
  }
  const double width = chart_width;
  const double left = label_width;
  const double row = 34;
  const double top = 6;
  const double height = top + row * static_cast<double>(rows.size()) + 26;
  int largest = 1;
  for (const PhaseVisits& r : rows) largest = std::max({largest, r.held, r.expected});
  const double scale = (width - left - 90) / largest;
  svg_open(out, width, height, l.visits, "visits");
  double y = top;
  for (const PhaseVisits& r : rows) {
    const std::string& name = r.phase->name;
    row_label(out, two_lines(name, 24).size() > 1 ? y + 12 : y + 18, name);
    rect(out, left, y + 2, scale * r.expected, 13, "#9ecae1", say("{}: {} {}", name, l.expected, r.expected));
    rect(out, left, y + 15, scale * r.held, 13, "#1f5f8b", say("{}: {} {}", name, l.held, r.held));
    text(out, left + scale * std::max(r.held, r.expected) + 6, y + 19, say("{} / {}", r.held, r.expected),
         " font-size=\"10\"");
    y += row;
  }
  double lx = left;
  lx = legend_entry(out, lx, y + 8, l.held, [&](double x, double yy) { rect(out, x, yy, 20, 10, "#1f5f8b", ""); });
  legend_entry(out, lx, y + 8, l.expected, [&](double x, double yy) { rect(out, x, yy, 20, 10, "#9ecae1", ""); });
  figure_close(out, l.visits_by_phase_caption);
}

// A pulse status by colour and by shape, so it reads in grey print too.
void pulse_mark(std::ostream& out, double cx, double cy, PulseStatus status, const std::string& title) {
  const char* colour = pulse_colour(status);
  std::string tooltip = title.empty() ? "" : "<title>" + escape_html(title) + "</title>";
  switch (status) {
    case PulseStatus::green:
      out << "<circle cx=\"" << coord(cx) << "\" cy=\"" << coord(cy) << "\" r=\"6\" fill=\"" << colour
          << "\" stroke=\"#ffffff\" stroke-width=\"1\">" << tooltip << "</circle>";
      break;
    case PulseStatus::yellow:
      rect(out, cx - 5.5, cy - 5.5, 11, 11, colour, title, " stroke=\"#ffffff\" stroke-width=\"1\"");
      break;
    case PulseStatus::red:
      out << "<polygon points=\"" << coord(cx) << ',' << coord(cy - 7) << ' ' << coord(cx + 7) << ','
          << coord(cy + 5.5) << ' ' << coord(cx - 7) << ',' << coord(cy + 5.5) << "\" fill=\"" << colour
          << "\" stroke=\"#ffffff\" stroke-width=\"1\">" << tooltip << "</polygon>";
      break;
  }
}

void pulse_chart(std::ostream& out, const CompanyReport& report, const Program& program, const Labels& l) {
  out << "<figure class=\"chart\" id=\"chart-pulse\">\n";
  const double width = chart_width;
  const double left = label_width;
  const double top = 22;
  const double band = 30;
  const double height = top + band + 18 + 22;
  const DateAxis axis = journey_axis(report, left, width - 10);
  svg_open(out, width, height, l.pulse, "pulse");
  holiday_bands(out, axis, holiday_weeks_between(program.holidays(), axis.from, axis.to), top, band,
                l.holiday_week);
  holiday_bands(out, axis, program.holidays().holiday_day_spans(axis.from, axis.to), top, band, l.holiday_days);
  month_grid(out, axis, top, top + band);
  line(out, left, top + band / 2, width - 10, top + band / 2, "#cbd2d9", 1);
  text(out, 4, top + band / 2 + 4, l.pulse, " font-size=\"11\"");
  for (const Pulse& p : report.pulses) {
    if (p.date < axis.from || p.date > axis.to) continue;
    std::string title = format_date(p.date) + ": " + pulse_label(l, p.status);
    if (p.note) title += " \u2013 " + *p.note;
    pulse_mark(out, (axis.x_of(p.date) + axis.x_after(p.date)) / 2, top + band / 2, p.status, title);
  }
  if (!journey_over(report) && report.as_of >= axis.from && report.as_of <= axis.to) {
    as_of_line(out, axis, report.as_of, top - 4, top + band, say(l.as_of, format_date(report.as_of)));
  }
  double lx = left;
  const double ly = top + band + 24;
  for (PulseStatus status : {PulseStatus::green, PulseStatus::yellow, PulseStatus::red}) {
    lx = legend_entry(out, lx, ly, pulse_label(l, status),
                      [&](double x, double yy) { pulse_mark(out, x + 10, yy + 5, status, ""); });
  }
  figure_close(out, l.pulse_caption);
}

// A key figure's values as a small line over time, coloured by whether it
// improved; its title lists the values for screen readers and tooltips.
void sparkline(std::ostream& out, const KpiRow& kpi, Language language) {
  const double width = 96;
  const double height = 24;
  const double pad = 4;
  const char* colour = !kpi.improved ? "#616e7c" : *kpi.improved ? "#2e8b57" : "#c81e1e";
  std::string title = kpi.name + ":";
  for (std::size_t i = 0; i < kpi.values.size(); ++i) {
    title += (i == 0 ? " " : "; ") + format_date(kpi.values[i].date) + " " + format_measured(kpi.values[i].value, language);
  }
  out << "<svg class=\"spark\" viewBox=\"0 0 96 24\" role=\"img\"><title>" << escape_html(title) << "</title>";
  if (!kpi.values.empty()) {
    // Not a structured binding: clang before 16 cannot capture one in the lambdas below.
    const auto range = std::minmax_element(kpi.values.begin(), kpi.values.end(),
                                           [](const KpiValue& a, const KpiValue& b) { return a.value < b.value; });
    const auto low = range.first;
    const auto high = range.second;
    const Date first = kpi.values.front().date;
    const auto days = static_cast<double>((kpi.values.back().date - first).count());
    auto x_of = [&](const KpiValue& v) {
      return days > 0 ? pad + (width - 2 * pad) * static_cast<double>((v.date - first).count()) / days : width / 2;
    };
    auto y_of = [&](const KpiValue& v) {
      return high->value > low->value ? height - pad - (height - 2 * pad) * (v.value - low->value) / (high->value - low->value)
                                      : height / 2;
    };
    if (kpi.values.size() > 1) {
      out << "<polyline fill=\"none\" stroke=\"" << colour << "\" stroke-width=\"1.5\" points=\"";
      for (std::size_t i = 0; i < kpi.values.size(); ++i) {
        out << (i == 0 ? "" : " ") << coord(x_of(kpi.values[i])) << ',' << coord(y_of(kpi.values[i]));
      }
      out << "\"/>";
    }
    out << "<circle cx=\"" << coord(x_of(kpi.values.back())) << "\" cy=\"" << coord(y_of(kpi.values.back()))
        << "\" r=\"2.5\" fill=\"" << colour << "\"/>";
  }
  out << "</svg>";
}

void kpi_table(std::ostream& out, const CompanyReport& report, const Labels& l) {
  const Language lang = report.language;
  out << "<table class=\"kpis\"><thead><tr><th>" << escape_html(l.kpi) << "</th><th class=\"num\">"
      << escape_html(l.baseline) << "</th><th class=\"num\">" << escape_html(l.latest) << "</th><th class=\"num\">"
      << escape_html(l.change) << "</th><th>" << escape_html(l.kpi_improved) << "</th><th>" << escape_html(l.trend)
      << "</th></tr></thead><tbody>\n";
  for (const KpiRow& k : report.kpis) {
    const std::string verdict = !k.improved ? "" : *k.improved ? "good" : "bad";
    out << "<tr><td>" << escape_html(k.unit.empty() ? k.name : k.name + " (" + k.unit + ")") << "</td>"
        << "<td class=\"num\">" << escape_html(format_measured(k.baseline, lang)) << " <span class=\"when\">"
        << escape_html(format_date(k.baseline_date)) << "</span></td>"
        << "<td class=\"num\">" << escape_html(format_measured(k.latest, lang)) << " <span class=\"when\">"
        << escape_html(format_date(k.latest_date)) << "</span></td>"
        << "<td class=\"num" << (verdict.empty() ? "" : " " + verdict) << "\">"
        << escape_html(format_signed_percent(k.change_pct, lang, l)) << "</td><td class=\"" << verdict << "\">"
        << escape_html(k.improved ? std::string(*k.improved ? l.yes : l.no) : std::string(l.none)) << "</td><td>";
    sparkline(out, k, lang);
    out << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
}

void checklists(std::ostream& out, const CompanyReport& report, const Labels& l) {
  out << "<div class=\"checklists\">\n";
  for (const PhaseRow& phase : report.phases) {
    if (phase.checklist.empty()) continue;
    out << "<div class=\"checklist\"><h3>" << escape_html(phase.name) << "</h3>";
    if (!phase.started) {
      out << "<p class=\"progress\">" << escape_html(l.checklist_not_started) << "</p></div>\n";
      continue;
    }
    auto ticked = std::count_if(phase.checklist.begin(), phase.checklist.end(),
                                [](const ChecklistRow& check) { return check.ticked.has_value(); });
    out << "<p class=\"progress\">" << escape_html(say(l.checklist_done, ticked, phase.checklist.size()))
        << "</p><ul class=\"ticks\">";
    for (const ChecklistRow& check : phase.checklist) {
      if (check.ticked) {
        out << "<li><span class=\"tick done\" role=\"img\" aria-label=\"" << escape_html(l.check_done)
            << "\">\u2713</span>" << escape_html(check.title) << " <span class=\"when\">"
            << escape_html(format_date(*check.ticked)) << "</span></li>";
      } else {
        out << "<li><span class=\"tick open\" role=\"img\" aria-label=\"" << escape_html(l.check_open)
            << "\">\u25cb</span>" << escape_html(check.title) << "</li>";
      }
    }
    out << "</ul></div>\n";
  }
  out << "</div>\n";
}

std::string phase_name(const CompanyReport& report, const std::string& key) {
  for (const PhaseRow& phase : report.phases) {
    if (phase.phase == key) return phase.name;
  }
  return key;
}

void key_numbers(std::ostream& out, const CompanyReport& report, const Labels& l) {
  const Language lang = report.language;
  out << "<div class=\"cards six\">";
  if (report.phase) {
    std::string label = l.current_phase;
    for (const PhaseRow& phase : report.phases) {
      if (phase.phase == *report.phase && phase.days_late) label += " \u00b7 " + days_late_text(*phase.days_late, l);
    }
    card(out, phase_name(report, *report.phase), label, "words");
  } else {
    card(out, status_label(l, report.status), l.status, "words");
  }
  card(out, number(static_cast<int>(report.visits.size())) + " / " + number(report.visits_expected), l.card_visits);
  if (report.pulses.empty()) {
    card(out, l.none, say("{} \u00b7 {}", l.latest_pulse, l.no_pulse));
  } else {
    const Pulse& latest = report.pulses.back();
    static constexpr const char* classes[] = {"value green", "value yellow", "value red"};
    card(out, pulse_label(l, latest.status), say("{} \u00b7 {}", l.latest_pulse, format_date(latest.date)),
         classes[static_cast<int>(latest.status)]);
  }
  card(out, number(report.course_counting) + " / " + number(report.course_quota), l.card_course);
  card(out, number(report.joint_attended) + " / " + number(report.joint_expected), l.card_gatherings);
  if (report.assessments.empty()) {
    card(out, l.none, say("{} \u00b7 {}", l.card_assessment, l.no_assessments));
  } else {
    std::string label = l.card_assessment;
    if (report.assessments.size() > 1) {
      label += say(" \u00b7 {}: {}", l.baseline, format_decimal(report.assessments.front().mean, 2, lang));
    }
    card(out, format_decimal(report.assessments.back().mean, 2, lang), label);
  }
  out << "</div>\n";

  const Company& c = report.company;
  std::vector<std::pair<std::string, std::string>> items{
      {l.region_column, c.region},
      {l.sector, c.sector.empty() ? std::string(l.none) : c.sector},
      {l.employees, number(c.employees)},
      {l.coach, report.coach_name ? *report.coach_name : std::string(l.no_coach)},
      {l.journey_start, format_date(c.start)},
      {l.journey_planned_end, format_date(report.planned_journey_end)},
      {l.status, status_label(l, report.status)},
  };
  if (report.phase) items.emplace_back(l.current_phase, phase_name(report, *report.phase));
  if (c.completed) items.emplace_back(l.journey_ended, format_date(*c.completed));
  if (c.withdrawn) {
    items.emplace_back(l.journey_ended, c.withdraw_reason ? format_date(*c.withdrawn) + " (" + *c.withdraw_reason + ")"
                                                          : format_date(*c.withdrawn));
  }
  out << "<dl class=\"facts\">";
  for (const auto& [label, value] : items) {
    out << "<dt>" << escape_html(label) << "</dt><dd>" << escape_html(value) << "</dd>";
  }
  out << "</dl>\n";
}

void section_heading(std::ostream& out, const std::string& title) {
  out << "<h2>" << escape_html(title) << "</h2>\n";
}

void paragraph(std::ostream& out, const std::string& content, const char* css_class = nullptr) {
  out << (css_class ? say("<p class=\"{}\">", css_class) : std::string("<p>")) << escape_html(content) << "</p>\n";
}

}  // namespace

void write_company_html(std::ostream& out, const CompanyReport& report, const Program& program) {
  const Language lang = report.language;
  const Labels& l = labels_for(lang);
  const Company& c = report.company;
  const std::string title = say(l.company_title, c.name);

  page_open(out, lang, title, company_style);
  out << "<header><h1>" << escape_html(title) << "</h1>\n<p class=\"meta\">"
      << escape_html(say(l.programme_line, report.programme, format_date(report.as_of))) << "</p></header>\n";

  out << "<section class=\"key-numbers\">\n";
  section_heading(out, l.at_a_glance);
  key_numbers(out, report, l);
  out << "</section>\n";

  out << "<section class=\"phases\">\n";
  section_heading(out, l.phases);
  journey_chart(out, report, program, l);
  std::vector<std::vector<std::string>> rows;
  for (const PhaseRow& p : report.phases) {
    rows.push_back({p.name, format_date(p.planned_start), format_date(p.planned_end), day_text(p.started, l),
                    p.ended ? format_date(*p.ended) : std::string(l.none),
                    p.days_late ? number(*p.days_late) : std::string(l.none)});
  }
  table(out, {l.phase, l.planned_start, l.planned_end, l.actual_start, l.actual_end, l.days_late},
        {false, false, false, false, false, true}, rows);
  for (const PhaseRow& p : report.phases) {
    if (p.forced_reason && p.ended) paragraph(out, say(l.forced_move, p.name, format_date(*p.ended), *p.forced_reason));
  }
  out << "</section>\n";

  out << "<section class=\"checks\">\n";
  section_heading(out, l.checklist);
  checklists(out, report, l);
  out << "</section>\n";

  out << "<section class=\"visits\">\n";
  section_heading(out, l.visits);
  std::vector<std::pair<std::string, std::string>> visit_facts{
      {l.visits_held, number(static_cast<int>(report.visits.size()))},
      {l.visits_expected, number(report.visits_expected)},
      {l.last_visit, day_text(report.last_visit, l)}};
  if (report.next_visit_due) visit_facts.emplace_back(l.next_visit_due, format_date(*report.next_visit_due));
  facts(out, visit_facts);
  visits_chart(out, report, program, l);
  out << "</section>\n";

  out << "<section class=\"pulse\">\n";
  section_heading(out, l.pulse);
  if (report.pulses.empty()) {
    paragraph(out, std::string(l.no_pulse) + ".");
  } else {
    pulse_chart(out, report, program, l);
    out << "<table><thead><tr><th>" << escape_html(l.date) << "</th><th>" << escape_html(l.status) << "</th><th>"
        << escape_html(l.note) << "</th></tr></thead><tbody>\n";
    static constexpr const char* marks[] = {"mark green", "mark yellow", "mark red"};
    for (const Pulse& p : report.pulses) {
      out << "<tr><td>" << escape_html(format_date(p.date)) << "</td><td><span class=\""
          << marks[static_cast<int>(p.status)] << "\"></span>" << escape_html(pulse_label(l, p.status))
          << "</td><td>" << escape_html(p.note ? *p.note : std::string(l.none)) << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
  }
  out << "</section>\n";

  out << "<section class=\"kpis\">\n";
  section_heading(out, l.kpis);
  if (report.kpis.empty()) {
    paragraph(out, l.no_kpi_values);
  } else {
    kpi_table(out, report, l);
  }
  out << "</section>\n";

  out << "<section class=\"assessments\">\n";
  section_heading(out, l.assessments);
  if (report.assessments.empty()) {
    paragraph(out, l.no_assessments);
  } else {
    paragraph(out, say(l.scale, report.scale_min, report.scale_max));
    std::vector<std::string> headers{l.date};
    std::vector<bool> right{false};
    for (const std::string& dimension : report.dimensions) {
      headers.push_back(dimension);
      right.push_back(true);
    }
    headers.push_back(l.mean);
    right.push_back(true);
    rows.clear();
    for (const AssessmentRow& a : report.assessments) {
      std::vector<std::string> row{format_date(a.date)};
      for (const std::optional<int>& score : a.scores) row.push_back(score ? number(*score) : std::string(l.none));
      row.push_back(format_decimal(a.mean, 2, lang));
      rows.push_back(std::move(row));
    }
    table(out, headers, right, rows);
  }
  out << "</section>\n";

  out << "<section class=\"steering\">\n";
  section_heading(out, l.steering);
  if (report.steering.empty()) {
    paragraph(out, l.no_steering, "warn");
  } else {
    rows.clear();
    for (const SteeringMember& m : report.steering) rows.push_back({m.person, role_label(l, m.role)});
    table(out, {l.person, l.role}, {false, false}, rows);
    if (report.steering_gaps.empty()) paragraph(out, l.steering_complete);
    for (const std::string& gap : report.steering_gaps) {
      paragraph(out, gap == "management" ? l.steering_missing_management : l.steering_missing_union, "warn");
    }
  }
  out << "</section>\n";

  out << "<section class=\"training\">\n";
  section_heading(out, l.training);
  paragraph(out, (report.course.empty() ? std::string() : report.course + ". ") +
                     say(l.course_counting, report.course_counting, report.course_quota) + ".");
  if (report.participants.empty()) {
    paragraph(out, l.no_participants);
  } else {
    rows.clear();
    for (const TrainingParticipant& p : report.participants) {
      rows.push_back({p.person, role_label(l, p.role), format_date(p.enrolled), day_text(p.completed, l),
                      participant_status_label(l, p.status())});
    }
    table(out, {l.person, l.role, l.enrolled, l.course_completed, l.status}, {false, false, false, false, false},
          rows);
  }
  out << "</section>\n";

  out << "<section class=\"gatherings\">\n";
  section_heading(out, l.gatherings);
  paragraph(out, say(l.joint_attended, report.joint_attended, report.joint_expected, report.joint_per_company) + ".");
  if (report.gatherings.empty()) {
    paragraph(out, l.no_gatherings);
  } else {
    rows.clear();
    for (const AttendedGathering& g : report.gatherings) {
      rows.push_back({format_date(g.date), g.title, g.kind == GatheringKind::joint ? l.kind_joint : l.kind_seminar,
                      number(g.people)});
    }
    table(out, {l.date, l.gathering, l.kind, l.people}, {false, false, false, true}, rows);
  }
  out << "</section>\n";

  if (!report.acknowledged.empty()) {
    out << "<section class=\"acknowledged\">\n";
    section_heading(out, l.acknowledged_findings);
    rows.clear();
    for (const AcknowledgedFindings& a : report.acknowledged) {
      std::string findings;
      for (const std::string& finding : a.findings) findings += (findings.empty() ? "" : " ") + finding;
      rows.push_back({a.rule, findings, a.reason, format_date(a.acknowledged),
                      a.until ? format_date(*a.until) : std::string(l.until_taken_back)});
    }
    table(out, {l.rule, l.finding, l.reason, l.acknowledged_on, l.until}, {false, false, false, false, false}, rows);
    out << "</section>\n";
  }
  page_close(out);
}

}  // namespace plift::report
