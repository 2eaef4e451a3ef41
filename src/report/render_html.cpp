// The quarterly report as a single HTML page for the board: cards with the
// key numbers, four inline SVG charts, then the same tables as the Markdown
// report. Every data string goes through escape_html; nothing is fetched.
#include "plift/report/render_html.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "html.hpp"
#include "plift/core/text.hpp"
#include "plift/report/labels.hpp"

namespace plift::report {

namespace {

using namespace html;

// The words only the HTML page needs (chart titles and legends).
struct ChartWords {
  const char* key_numbers;
  const char* charts;
  const char* timeline;
  const char* timeline_caption;
  const char* planned;
  const char* actual;
  const char* holiday;
  const char* holiday_days;
  const char* today;
  const char* quarter;
  const char* visits_caption;
  const char* pulse_caption;
  const char* kpi_caption;
  const char* improved_of;  // {0} improved, {1} measured
  const char* tables;
  const char* no_data;
  const char* quota_card;  // {0} quota
};

constexpr ChartWords english_words{
    .key_numbers = "Key numbers",
    .charts = "Charts",
    .timeline = "Journeys",
    .timeline_caption = "Each company's journey: the planned phases (thin bar) against the phases as recorded "
                        "(thick bar). Grey bands are holiday weeks and holiday days, the blue band is the quarter, "
                        "the red line the day the data stand as of.",
    .planned = "planned",
    .actual = "actual",
    .holiday = "holiday week",
    .holiday_days = "holiday",
    .today = "data as of",
    .quarter = "the quarter",
    .visits_caption = "Coach visits held (dark) against visits expected by the cadence (light), per coach.",
    .pulse_caption = "Latest pulse status of the companies active at the end of the period.",
    .kpi_caption = "Median change per key figure across the companies measured; the number of companies that "
                   "improved is shown beside each bar.",
    .improved_of = "{0} of {1} improved",
    .tables = "Details",
    .no_data = "No data for this quarter.",
    .quota_card = "Active companies meeting the course quota of {0} participants",
};

constexpr ChartWords swedish_words{
    .key_numbers = "Nyckeltal i korthet",
    .charts = "Diagram",
    .timeline = "Resor",
    .timeline_caption = "Varje företags resa: de planerade faserna (smal stapel) mot faserna som de registrerats "
                        "(bred stapel). Grå band är semesterveckor och helgdagar, det blå bandet är kvartalet, den "
                        "röda linjen dagen uppgifterna gäller.",
    .planned = "planerat",
    .actual = "faktiskt",
    .holiday = "semestervecka",
    .holiday_days = "helgdag",
    .today = "uppgifter per",
    .quarter = "kvartalet",
    .visits_caption = "Genomförda coachbesök (mörkt) mot besök som kadensen förväntar (ljust), per coach.",
    .pulse_caption = "Senaste pulsstatus för de företag som var aktiva vid periodens slut.",
    .kpi_caption = "Medianförändring per nyckeltal bland de mätta företagen; antalet företag som förbättrats "
                   "står bredvid varje stapel.",
    .improved_of = "{0} av {1} förbättrade",
    .tables = "Detaljer",
    .no_data = "Inga uppgifter för kvartalet.",
    .quota_card = "Aktiva företag som når kurskvoten på {0} deltagare",
};

constexpr ChartWords norwegian_words{
    .key_numbers = "Nøkkeltall i korte trekk",
    .charts = "Diagrammer",
    .timeline = "Reiser",
    .timeline_caption = "Hver bedrifts reise: de planlagte fasene (smal stolpe) mot fasene slik de er registrert "
                        "(bred stolpe). Grå felt er ferieuker og helligdager, det blå feltet er kvartalet, den røde "
                        "linjen dagen dataene gjelder per.",
    .planned = "planlagt",
    .actual = "faktisk",
    .holiday = "ferieuke",
    .holiday_days = "helligdag",
    .today = "data per",
    .quarter = "kvartalet",
    .visits_caption = "Gjennomførte coachbesøk (mørk) mot besøk som kadensen forventer (lys), per coach.",
    .pulse_caption = "Siste pulsstatus for bedriftene som var aktive ved periodens slutt.",
    .kpi_caption = "Medianendring per nøkkeltall blant bedriftene som er målt; antallet bedrifter som ble bedre "
                   "står ved hver stolpe.",
    .improved_of = "{0} av {1} forbedret",
    .tables = "Detaljer",
    .no_data = "Ingen data for kvartalet.",
    .quota_card = "Aktive bedrifter som når kurskvoten på {0} deltakere",
};

const ChartWords& words_for(Language language) {
  switch (language) {
    case Language::sv: return swedish_words;
    case Language::nb: return norwegian_words;
    case Language::en: break;
  }
  return english_words;
}

std::string number(int n) { return std::to_string(n); }

std::size_t phase_position(const QuarterlyReport& report, const std::string& key) {
  for (std::size_t i = 0; i < report.phase_names.size(); ++i) {
    if (report.phase_names[i].first == key) return i;
  }
  return report.phase_names.size();
}

const char* phase_colour(const QuarterlyReport& report, const std::string& key) {
  return html::phase_colour(phase_position(report, key));
}

void timeline_chart(std::ostream& out, const QuarterlyReport& report, const Labels& l, const ChartWords& w) {
  out << "<figure class=\"chart\" id=\"chart-timeline\"><h3>" << escape_html(w.timeline) << "</h3>\n";
  if (report.journeys.empty()) {
    out << "<p>" << escape_html(w.no_data) << "</p></figure>\n";
    return;
  }
  const double width = chart_width;
  const double left = label_width;
  const double right = 10;
  const double top = 26;
  const double row = 30;
  const double legend = 46;
  const double plot_height = row * static_cast<double>(report.journeys.size());
  const double height = top + plot_height + 20 + legend;
  const DateAxis axis{report.timeline_from, report.timeline_to, left, width - right};
  auto x_of = [&](Date day) { return axis.x_of(day); };
  auto x_after = [&](Date day) { return axis.x_after(day); };

  svg_open(out, width, height, w.timeline, "timeline");
  // The quarter, the holiday weeks and the month grid behind the bars.
  Date quarter_from = std::max(report.from, report.timeline_from);
  Date quarter_to = std::min(report.to, report.timeline_to);
  if (quarter_from <= quarter_to) {
    rect(out, x_of(quarter_from), top, x_after(quarter_to) - x_of(quarter_from), plot_height, "#dbeafe",
         say("{} {}", w.quarter, report.quarter.label()));
  }
  holiday_bands(out, axis, report.holiday_spans, top, plot_height, w.holiday);
  holiday_bands(out, axis, report.holiday_day_spans, top, plot_height, w.holiday_days);
  month_grid(out, axis, top, top + plot_height);
  // One row per company: planned above (thin), actual below (thick).
  double y = top;
  for (const Journey& j : report.journeys) {
    text(out, 4, y + row / 2 + 4, short_label(j.name, 22), " font-size=\"11\"");
    out << "<g><title>" << escape_html(j.name) << "</title>";
    for (const PhaseSpan& span : j.planned) {
      rect(out, x_of(span.from), y + 5, x_after(span.to) - x_of(span.from), 5, phase_colour(report, span.phase),
           say("{}: {} ({}) {} – {}", j.name, phase_name(report, span.phase), w.planned, format_date(span.from),
               format_date(span.to)),
           " opacity=\"0.45\"");
    }
    for (const PhaseSpan& span : j.actual) {
      rect(out, x_of(span.from), y + 12, x_after(span.to) - x_of(span.from), 12, phase_colour(report, span.phase),
           say("{}: {} ({}) {} – {}", j.name, phase_name(report, span.phase), w.actual, format_date(span.from),
               format_date(span.to)),
           " stroke=\"#ffffff\" stroke-width=\"0.5\"");
    }
    if (j.ended && *j.ended >= report.timeline_from && *j.ended <= report.timeline_to) {
      double x = x_after(*j.ended);
      line(out, x, y + 10, x, y + 26, "#1f2933", 2);
    }
    out << "</g>";
    line(out, left, y + row, width - right, y + row, "#e4e7eb", 0.5);
    y += row;
  }
  // The day the data stand as of.
  as_of_line(out, axis, report.as_of, top - 4, top + plot_height, say("{} {}", w.today, format_date(report.as_of)));
  // Legend: the phases, then the marks.
  double lx = left;
  double ly = top + plot_height + 26;
  for (const auto& [key, name] : report.phase_names) {
    rect(out, lx, ly, 12, 10, phase_colour(report, key), name);
    text(out, lx + 16, ly + 9, short_label(name, 32), " font-size=\"10\"");
    lx += 30 + 5.5 * static_cast<double>(std::min<std::size_t>(name.size(), 32));
    if (lx > width - 160) {
      lx = left;
      ly += 14;
    }
  }
  ly += 16;
  lx = left;
  rect(out, lx, ly + 2, 20, 4, "#616e7c", w.planned, " opacity=\"0.45\"");
  text(out, lx + 24, ly + 8, w.planned, " font-size=\"10\"");
  rect(out, lx + 90, ly, 20, 9, "#616e7c", w.actual);
  text(out, lx + 114, ly + 8, w.actual, " font-size=\"10\"");
  rect(out, lx + 180, ly, 20, 9, "#d9d9d9", w.holiday);
  text(out, lx + 204, ly + 8, w.holiday, " font-size=\"10\"");
  rect(out, lx + 300, ly, 20, 9, "#dbeafe", w.quarter);
  text(out, lx + 324, ly + 8, w.quarter, " font-size=\"10\"");
  (void)l;
  figure_close(out, w.timeline_caption);
}

void visits_chart(std::ostream& out, const QuarterlyReport& report, const Labels& l, const ChartWords& w) {
  out << "<figure class=\"chart\" id=\"chart-visits\"><h3>" << escape_html(l.visits) << "</h3>\n";
  if (report.visits.by_coach.empty()) {
    out << "<p>" << escape_html(w.no_data) << "</p></figure>\n";
    return;
  }
  const double width = chart_width;
  const double left = label_width;
  const double row = 34;
  const double top = 8;
  const double height = top + row * static_cast<double>(report.visits.by_coach.size()) + 30;
  int largest = 1;
  for (const CoachVisits& c : report.visits.by_coach) largest = std::max({largest, c.held, c.expected});
  const double scale = (width - left - 200) / largest;
  svg_open(out, width, height, l.visits, "visits");
  double y = top;
  for (const CoachVisits& c : report.visits.by_coach) {
    std::string name = c.coach ? c.name : std::string(l.no_coach);
    text(out, 4, y + 18, short_label(name, 22), " font-size=\"11\"");
    rect(out, left, y + 2, scale * c.expected, 13, "#9ecae1",
         say("{}: {} {}", name, l.expected, c.expected));
    rect(out, left, y + 15, scale * c.held, 13, "#1f5f8b", say("{}: {} {}", name, l.held, c.held));
    text(out, left + scale * std::max(c.held, c.expected) + 6, y + 19,
         say("{} / {} ({})", c.held, c.expected, format_percent(c.adherence_pct, report.language, l)),
         " font-size=\"10\"");
    y += row;
  }
  rect(out, left, y + 10, 12, 10, "#1f5f8b", l.held);
  text(out, left + 16, y + 19, l.held, " font-size=\"10\"");
  rect(out, left + 110, y + 10, 12, 10, "#9ecae1", l.expected);
  text(out, left + 126, y + 19, l.expected, " font-size=\"10\"");
  figure_close(out, w.visits_caption);
}

void pulse_chart(std::ostream& out, const QuarterlyReport& report, const Labels& l, const ChartWords& w) {
  out << "<figure class=\"chart\" id=\"chart-pulse\"><h3>" << escape_html(l.pulse) << "</h3>\n";
  const PulseCounts& p = report.pulse;
  const std::pair<int, std::pair<const char*, const char*>> parts[] = {
      {p.green, {l.green, "#2e8b57"}},
      {p.yellow, {l.yellow, "#e6b800"}},
      {p.red, {l.red, "#c81e1e"}},
      {p.none, {l.no_pulse, "#9aa5b1"}},
  };
  const double width = chart_width;
  const double left = label_width;
  const double row = 26;
  const double height = 8 + row * 4 + 4;
  int largest = std::max({1, p.green, p.yellow, p.red, p.none});
  const double scale = (width - left - 60) / largest;
  svg_open(out, width, height, l.pulse, "pulse");
  double y = 8;
  for (const auto& [count, label_colour] : parts) {
    const auto& [label, colour] = label_colour;
    text(out, 4, y + 15, label, " font-size=\"11\"");
    rect(out, left, y + 2, scale * count, 18, colour, say("{}: {}", label, count));
    text(out, left + scale * count + 6, y + 16, number(count), " font-size=\"11\" font-weight=\"bold\"");
    y += row;
  }
  figure_close(out, w.pulse_caption);
}

void kpi_chart(std::ostream& out, const QuarterlyReport& report, const Labels& l, const ChartWords& w) {
  out << "<figure class=\"chart\" id=\"chart-kpis\"><h3>" << escape_html(l.kpis) << "</h3>\n";
  if (report.kpis.empty()) {
    out << "<p>" << escape_html(l.no_kpis) << "</p></figure>\n";
    return;
  }
  const double width = chart_width;
  const double left = label_width;
  const double note_width = 200;
  const double row = 28;
  const double height = 8 + row * static_cast<double>(report.kpis.size()) + 8;
  double largest = 1;
  for (const KpiOutcome& k : report.kpis) {
    if (k.median_change_pct) largest = std::max(largest, std::abs(*k.median_change_pct));
  }
  const double zero = left + (width - left - note_width) / 2;
  const double scale = (width - left - note_width - 20) / 2 / largest;
  svg_open(out, width, height, l.kpis, "kpis");
  out << "<line x1=\"" << coord(zero) << "\" y1=\"4\" x2=\"" << coord(zero) << "\" y2=\"" << coord(height - 4)
      << "\" stroke=\"#616e7c\" stroke-width=\"1\"/>";
  double y = 8;
  for (const KpiOutcome& k : report.kpis) {
    std::string name = k.unit.empty() ? k.name : k.name + " (" + k.unit + ")";
    text(out, 4, y + 16, short_label(name, 22), " font-size=\"11\"");
    std::string change = format_signed_percent(k.median_change_pct, report.language, l);
    std::string note = k.companies == 0 ? std::string(l.none)
                                        : say("{} \u00b7 {}", change, say(w.improved_of, k.improved, k.companies));
    if (k.median_change_pct) {
      double length = scale * std::abs(*k.median_change_pct);
      double x = *k.median_change_pct < 0 ? zero - length : zero;
      rect(out, x, y + 4, length, 16, "#1f5f8b", say("{}: {}", name, note));
    }
    text(out, width - note_width + 4, y + 16, note, " font-size=\"10\"");
    y += row;
  }
  figure_close(out, w.kpi_caption);
}

}  // namespace

std::string escape_html(std::string_view text) {
  // Control characters are not allowed in an HTML page (and a line break is
  // only a space there); bytes that are not UTF-8 would make it ill-formed.
  const std::string line = one_line(text);
  std::string escaped;
  escaped.reserve(line.size());
  for (char ch : line) {
    switch (ch) {
      case '&': escaped += "&amp;"; break;
      case '<': escaped += "&lt;"; break;
      case '>': escaped += "&gt;"; break;
      case '"': escaped += "&quot;"; break;
      case '\'': escaped += "&#39;"; break;
      default: escaped += ch;
    }
  }
  return escaped;
}

namespace html {

namespace {

constexpr const char* style_sheet = R"css(
:root { --ink: #1f2933; --muted: #616e7c; --line: #cbd2d9; --accent: #1f5f8b; }
* { box-sizing: border-box; }
body { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: var(--ink);
       max-width: 190mm; margin: 0 auto; padding: 12px; font-size: 11pt; line-height: 1.4; }
h1 { font-size: 20pt; margin: 0 0 4px; color: var(--accent); }
h2 { font-size: 14pt; margin: 22px 0 8px; border-bottom: 2px solid var(--accent); padding-bottom: 2px; }
h3 { font-size: 12pt; margin: 16px 0 6px; }
.meta { color: var(--muted); margin: 0 0 12px; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; background: #f5f7fa; }
.card .value { font-size: 20pt; font-weight: bold; color: var(--accent); line-height: 1.1; }
.card .label { font-size: 9pt; color: var(--muted); }
figure { margin: 12px 0 18px; }
figcaption { font-size: 9pt; color: var(--muted); margin-top: 4px; }
svg { width: 100%; height: auto; display: block; }
svg text { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; fill: var(--ink); }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 9.5pt; }
th, td { border-bottom: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #e4e7eb; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
ul.facts { margin: 4px 0 10px; padding-left: 18px; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  figure, .cards, tr { break-inside: avoid; page-break-inside: avoid; }
  section.tables { break-before: page; page-break-before: always; }
  th { background: #e4e7eb; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  svg, .card { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

// Colour-blind-safe phase colours (Okabe–Ito), repeated when phases outnumber them.
constexpr const char* phase_colours[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"};

}  // namespace

// One decimal: locale-free and the same on every machine.
std::string coord(double value) { return fmt::format("{:.1f}", value); }

const char* phase_colour(std::size_t index) { return phase_colours[index % std::size(phase_colours)]; }

void page_open(std::ostream& out, Language language, const std::string& title, std::string_view extra_css) {
  out << "<!DOCTYPE html>\n<html lang=\"" << to_string(language) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" << escape_html(title)
      << "</title>\n<style>" << style_sheet << extra_css << "</style>\n</head>\n<body>\n";
}

void page_close(std::ostream& out) { out << "</body>\n</html>\n"; }

void rect(std::ostream& out, double x, double y, double w, double h, const char* fill, const std::string& title,
          const char* extra) {
  out << "<rect x=\"" << coord(x) << "\" y=\"" << coord(y) << "\" width=\"" << coord(std::max(w, 0.0))
      << "\" height=\"" << coord(h) << "\" fill=\"" << fill << '"' << extra << '>';
  if (!title.empty()) out << "<title>" << escape_html(title) << "</title>";
  out << "</rect>";
}

void text(std::ostream& out, double x, double y, const std::string& content, const char* extra) {
  out << "<text x=\"" << coord(x) << "\" y=\"" << coord(y) << '"' << extra << '>' << escape_html(content)
      << "</text>";
}

void line(std::ostream& out, double x1, double y1, double x2, double y2, const char* stroke, double width,
          const char* extra) {
  out << "<line x1=\"" << coord(x1) << "\" y1=\"" << coord(y1) << "\" x2=\"" << coord(x2) << "\" y2=\""
      << coord(y2) << "\" stroke=\"" << stroke << "\" stroke-width=\"" << fmt::format("{}", width) << '"' << extra
      << "/>";
}

void svg_open(std::ostream& out, double width, double height, const std::string& title, const char* id) {
  out << "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" << id << "\" viewBox=\"0 0 " << coord(width) << ' '
      << coord(height) << "\" role=\"img\" aria-labelledby=\"" << id << "-title\"><title id=\"" << id << "-title\">"
      << escape_html(title) << "</title>";
}

void figure_close(std::ostream& out, const std::string& caption) {
  out << "</svg>\n<figcaption>" << escape_html(caption) << "</figcaption></figure>\n";
}

std::string short_label(const std::string& name, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if ((static_cast<unsigned char>(name[i]) & 0xC0) != 0x80 && ++chars > max_chars) {
      return name.substr(0, i) + "\u2026";
    }
  }
  return name;
}

double DateAxis::x_of(Date day) const {
  const auto total_days = static_cast<double>((to - from).count() + 1);
  return left + (right - left) * static_cast<double>((day - from).count()) / total_days;
}

void month_grid(std::ostream& out, const DateAxis& axis, double top, double bottom) {
  date::year_month_day first{axis.from};
  date::year_month month = first.year() / first.month();
  int months = 0;
  for (date::year_month m = month; Date{m / 1} <= axis.to; m += date::months{1}) ++months;
  int step = months > 36 ? 6 : months > 18 ? 3 : months > 9 ? 2 : 1;
  int index = 0;
  for (date::year_month m = month; Date{m / 1} <= axis.to; m += date::months{1}, ++index) {
    Date day{m / 1};
    if (day < axis.from) continue;
    double x = axis.x_of(day);
    line(out, x, top, x, bottom, "#cbd2d9", 0.5);
    if (index % step == 0 && x < axis.right - 44) {  // a label cut off at the edge helps nobody
      text(out, x + 2, top - 6, format_date(day).substr(0, 7), " font-size=\"10\" fill=\"#616e7c\"");
    }
  }
}

void holiday_bands(std::ostream& out, const DateAxis& axis, const std::vector<std::pair<Date, Date>>& weeks,
                   double top, double height, const std::string& word) {
  for (const auto& [from, to] : weeks) {
    Date a = std::max(from, axis.from);
    Date b = std::min(to, axis.to);
    if (a > b) continue;
    rect(out, axis.x_of(a), top, axis.x_after(b) - axis.x_of(a), height, "#d9d9d9",
         say("{}: {} – {}", word, format_date(from), format_date(to)), " opacity=\"0.8\"");
  }
}

void as_of_line(std::ostream& out, const DateAxis& axis, Date day, double top, double bottom,
                const std::string& label) {
  double x = axis.x_after(day);
  out << "<line x1=\"" << coord(x) << "\" y1=\"" << coord(top) << "\" x2=\"" << coord(x) << "\" y2=\""
      << coord(bottom) << "\" stroke=\"#c81e1e\" stroke-width=\"1.5\" "
      << "stroke-dasharray=\"4 2\"><title>" << escape_html(label) << "</title></line>";
  // Near the right edge the label reads leftwards from the line.
  const char* anchor = x > axis.right - 120 ? " text-anchor=\"end\"" : "";
  std::string style = std::string(" font-size=\"10\" fill=\"#c81e1e\"") + anchor;
  text(out, *anchor ? x - 3 : x + 3, bottom + 12, label, style.c_str());
}

void table(std::ostream& out, const std::vector<std::string>& headers, const std::vector<bool>& right,
           const std::vector<std::vector<std::string>>& rows) {
  out << "<table><thead><tr>";
  for (std::size_t i = 0; i < headers.size(); ++i) {
    out << (right[i] ? "<th class=\"num\">" : "<th>") << escape_html(headers[i]) << "</th>";
  }
  out << "</tr></thead><tbody>\n";
  for (const auto& cells : rows) {
    out << "<tr>";
    for (std::size_t i = 0; i < cells.size(); ++i) {
      out << (right[i] ? "<td class=\"num\">" : "<td>") << escape_html(cells[i]) << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
}

void facts(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& items) {
  out << "<ul class=\"facts\">";
  for (const auto& [label, value] : items) {
    out << "<li>" << escape_html(label) << (value.empty() ? "" : ": ") << escape_html(value) << "</li>";
  }
  out << "</ul>\n";
}

void heading(std::ostream& out, const std::string& content) { out << "<h3>" << escape_html(content) << "</h3>\n"; }

void card(std::ostream& out, const std::string& value, const std::string& label, const char* value_class) {
  out << "<div class=\"card\"><div class=\"" << value_class << "\">" << escape_html(value) << "</div><div class=\"label\">"
      << escape_html(label) << "</div></div>";
}

}  // namespace html

void write_quarterly_html(std::ostream& out, const QuarterlyReport& report) {
  const Language lang = report.language;
  const Labels& l = labels_for(lang);
  const ChartWords& w = words_for(lang);
  const std::string title = say(l.quarterly_title, report.quarter.label(), report.programme);

  page_open(out, lang, title);
  out << "<header><h1>" << escape_html(title) << "</h1>\n<p class=\"meta\">"
      << escape_html(say(l.period, format_date(report.from), format_date(report.to))) << ". "
      << escape_html(say(l.as_of, format_date(report.as_of))) << ". "
      << escape_html(report.region ? say(l.region, *report.region) : std::string(l.all_regions)) << ".</p></header>\n";

  // The key numbers first, the way a board member reads a page.
  const Portfolio& p = report.portfolio;
  const TrainingSummary& t = report.training;
  out << "<section class=\"key-numbers\"><h2>" << escape_html(w.key_numbers) << "</h2>\n<div class=\"cards\">";
  card(out, number(p.active), l.active_at_end);
  card(out, number(p.started), l.started);
  card(out, number(p.completed), l.completed);
  card(out, number(p.withdrawn), l.withdrawn);
  card(out, number(report.visits.held) + " / " + number(report.visits.expected),
       std::string(l.visits_held) + " / " + l.visits_expected);
  card(out, format_percent(report.visits.adherence_pct, lang, l), std::string(l.visits) + ": " + l.adherence);
  card(out, number(report.pulse.red), std::string(l.pulse) + ": " + l.red);
  card(out, number(t.companies_meeting_quota) + " / " + number(t.companies_active),
       say(w.quota_card, t.quota));
  out << "</div></section>\n";

  out << "<section class=\"charts\"><h2>" << escape_html(w.charts) << "</h2>\n";
  timeline_chart(out, report, l, w);
  visits_chart(out, report, l, w);
  pulse_chart(out, report, l, w);
  kpi_chart(out, report, l, w);
  out << "</section>\n";

  // The same content as the Markdown report.
  out << "<section class=\"tables\"><h2>" << escape_html(w.tables) << "</h2>\n";
  heading(out, l.portfolio);
  facts(out, {{l.active_at_end, number(p.active)},
              {l.started, number(p.started)},
              {l.completed, number(p.completed)},
              {l.withdrawn, number(p.withdrawn)},
              {l.planned_at_end, number(p.planned)}});
  if (!p.by_phase.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& [phase, count] : p.by_phase) rows.push_back({phase_name(report, phase), number(count)});
    table(out, {l.phase, l.active_column}, {false, true}, rows);
  }
  if (!p.by_region.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const RegionCounts& r : p.by_region) {
      rows.push_back({r.region, number(r.active), number(r.started), number(r.completed), number(r.withdrawn),
                      number(r.planned)});
    }
    table(out, {l.region_column, l.active_column, l.started_column, l.completed_column, l.withdrawn_column,
                l.planned_column},
          {false, true, true, true, true, true}, rows);
  }

  heading(out, l.visits);
  facts(out, {{l.visits_held, number(report.visits.held)},
              {l.visits_expected, number(report.visits.expected)},
              {l.adherence, format_percent(report.visits.adherence_pct, lang, l)}});
  if (!report.visits.by_coach.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const CoachVisits& c : report.visits.by_coach) {
      rows.push_back({c.coach ? c.name : std::string(l.no_coach), number(c.companies), number(c.held),
                      number(c.expected), format_percent(c.adherence_pct, lang, l)});
    }
    table(out, {l.coach, l.company_count, l.held, l.expected, l.adherence}, {false, true, true, true, true}, rows);
  }

  heading(out, l.pulse);
  out << "<p>" << escape_html(l.pulse_intro) << "</p>\n";
  facts(out, {{l.green, number(report.pulse.green)},
              {l.yellow, number(report.pulse.yellow)},
              {l.red, number(report.pulse.red)},
              {l.no_pulse, number(report.pulse.none)}});

  heading(out, l.training);
  facts(out, {{l.enrolled_in_quarter, number(t.enrolled_in_quarter)},
              {l.completed_in_quarter, number(t.completed_in_quarter)},
              {l.enrolled_total, number(t.enrolled_total)},
              {l.completed_total, number(t.completed_total)},
              {say(l.meeting_quota, t.companies_meeting_quota, t.companies_active, t.quota), ""}});

  const GatheringSummary& g = report.gatherings;
  heading(out, l.gatherings);
  facts(out, {{l.gatherings_held, number(g.held)},
              {l.attendances, number(g.attendances)},
              {l.seminars_held, number(g.seminars_held)},
              {l.seminar_participants, number(g.seminar_participants)},
              {l.seminar_companies, number(g.seminar_companies)}});

  heading(out, l.kpis);
  if (report.kpis.empty()) {
    out << "<p>" << escape_html(l.no_kpis) << "</p>\n";
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const KpiOutcome& k : report.kpis) {
      rows.push_back({k.unit.empty() ? k.name : k.name + " (" + k.unit + ")", number(k.companies), number(k.improved),
                      format_signed_percent(k.median_change_pct, lang, l)});
    }
    table(out, {l.kpi, l.kpi_companies, l.improved, l.median_change}, {false, true, true, true}, rows);
  }

  const AssessmentSummary& a = report.assessments;
  heading(out, l.assessments);
  std::vector<std::pair<std::string, std::string>> assessed{{l.companies_assessed, number(a.companies_assessed)},
                                                            {l.companies_reassessed, number(a.companies_reassessed)}};
  if (a.mean_baseline && a.mean_latest && a.mean_change) {
    std::string change = format_decimal(*a.mean_change, 2, lang);
    if (*a.mean_change > 0) change = "+" + change;
    assessed.emplace_back(
        say(l.mean_score, format_decimal(*a.mean_baseline, 2, lang), format_decimal(*a.mean_latest, 2, lang), change),
        "");
  }
  facts(out, assessed);

  heading(out, l.risks);
  if (report.risks.empty()) {
    out << "<p>" << escape_html(l.no_risks) << "</p>\n";
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const Reminder& r : report.risks) rows.push_back({format_date(r.due), r.message});
    table(out, {l.due, l.message}, {false, false}, rows);
  }

  heading(out, l.companies);
  if (report.companies.empty()) {
    out << "<p>" << escape_html(l.no_companies) << "</p>\n";
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const CompanyRow& row : report.companies) {
      std::string changes;
      for (const CompanyKpiChange& change : row.kpis) {
        if (!change.change_pct) continue;
        if (!changes.empty()) changes += "; ";
        changes += kpi_name(report, change.kpi) + " " + format_signed_percent(change.change_pct, lang, l);
      }
      rows.push_back({row.name, row.region, status_label(l, row.status),
                      row.phase ? phase_name(report, *row.phase) : std::string(l.none),
                      number(row.visits_held) + "/" + number(row.visits_expected),
                      row.pulse ? pulse_label(l, *row.pulse) : std::string(l.none),
                      changes.empty() ? std::string(l.none) : changes, number(static_cast<int>(row.risks.size()))});
    }
    table(out,
          {l.company, l.region_column, l.status, l.phase, l.visits_column, l.latest_pulse, l.kpi_changes, l.risks},
          {false, false, false, false, true, false, false, true}, rows);
  }
  out << "</section>\n";
  page_close(out);
}

}  // namespace plift::report
