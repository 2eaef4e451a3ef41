#include "plift/core/company_view.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "plift/core/reminders.hpp"
#include "plift/core/rules.hpp"

namespace plift {

namespace {

std::string number_text(double value) {
  std::string text = fmt::format("{:.2f}", value);
  while (!text.empty() && text.back() == '0') text.pop_back();
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text == "-0" ? "0" : text;
}

std::string with_note(std::string text, const std::optional<std::string>& note) {
  if (note && !note->empty()) text += ": " + *note;
  return text;
}

std::string phase_name(const Program& program, const std::string& key) {
  auto index = program.phase_index(key);
  return index ? fmt::format("{} ({})", program.phases[*index].name, key) : key;
}

}  // namespace

std::vector<TimelineEvent> build_timeline(const Program& program, const CompanyRecords& r) {
  std::vector<TimelineEvent> events;
  const Company& c = r.company;
  for (std::size_t i = 0; i < r.history.size(); ++i) {
    const PhaseRecord& record = r.history[i];
    events.push_back({record.started, "phase",
                      fmt::format("entered phase {}: {}, planned to end {}", i + 1, phase_name(program, record.phase),
                                  format_date(record.planned_end))});
    if (record.ended && record.forced_reason) {
      events.push_back({*record.ended, "phase",
                        fmt::format("left phase '{}' with open checklist items: {}", record.phase, *record.forced_reason)});
    }
  }
  if (c.completed) events.push_back({*c.completed, "phase", "completed the programme"});
  if (c.withdrawn) {
    events.push_back({*c.withdrawn, "phase", with_note("withdrew from the programme", c.withdraw_reason)});
  }
  for (const ChecklistTick& tick : r.ticks) {
    std::string title = tick.item;
    if (auto index = program.phase_index(tick.phase)) {
      if (const ChecklistItem* item = program.phases[*index].find_item(tick.item)) title = item->title;
    }
    events.push_back({tick.date, "checklist", fmt::format("ticked '{}' in phase '{}': {}", tick.item, tick.phase, title)});
  }
  for (const Visit& visit : r.visits) {
    std::string text = fmt::format("{} visit", visit.mode == VisitMode::onsite ? "on-site" : "remote");
    if (visit.coach) text += " by " + *visit.coach;
    events.push_back({visit.date, "visit", with_note(text, visit.note)});
  }
  for (const Pulse& pulse : r.pulses) {
    events.push_back({pulse.date, "pulse", with_note(fmt::format("pulse meeting: {}", to_string(pulse.status)), pulse.note)});
  }
  for (const TrainingParticipant& p : r.participants) {
    events.push_back({p.enrolled, "training", fmt::format("{} ({}) enrolled in the Lean course", p.person, to_string(p.role))});
    if (p.completed) events.push_back({*p.completed, "training", fmt::format("{} completed the Lean course", p.person)});
    if (p.dropped) events.push_back({*p.dropped, "training", fmt::format("{} left the Lean course", p.person)});
  }
  for (const Gathering& g : r.gatherings) {
    int people = 0;
    for (const Attendance& a : g.attendance) people += a.people;
    events.push_back({g.date, "gathering",
                      fmt::format("attended {} '{}' with {} {}", g.kind == GatheringKind::joint ? "joint gathering" : "seminar",
                                  g.title, people, people == 1 ? "person" : "people")});
  }
  for (const KpiValue& value : r.kpi_values) {
    const KpiDefinition* kpi = program.find_kpi(value.kpi);
    std::string name = kpi ? kpi->name : value.kpi;
    std::string unit = kpi && !kpi->unit.empty() ? " " + kpi->unit : "";
    events.push_back({value.date, "kpi", fmt::format("{}: {}{}", name, number_text(value.value), unit)});
  }
  for (const Assessment& a : r.assessments) {
    events.push_back({a.date, "assessment", fmt::format("Lean status assessment, mean {}", number_text(assessment_mean(a)))});
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const TimelineEvent& a, const TimelineEvent& b) { return a.date < b.date; });
  return events;
}

const std::vector<std::string>& check_rules() {
  static const std::vector<std::string> rules = {"event-outside-journey", "steering-incomplete", "training-quota",
                                                 "phase-overdue",         "visit-overdue",       "pulse-gap",
                                                 "gathering-behind"};
  return rules;
}

namespace {

}  // namespace

std::vector<Finding> records_outside_journey(const CompanyRecords& r) {
  std::vector<Finding> findings;
  const Company& c = r.company;
  auto check = [&](Date day, const std::string& what) {
    if (within_journey(c, day)) return;
    std::string bound = day < c.start ? fmt::format("before the journey started on {}", format_date(c.start))
                        : c.completed ? fmt::format("after the journey was completed on {}", format_date(*c.completed))
                                      : fmt::format("after the company withdrew on {}", format_date(*c.withdrawn));
    findings.push_back({c.key, "event-outside-journey", day, fmt::format("{} on {} is {}.", what, format_date(day), bound)});
  };
  for (const ChecklistTick& t : r.ticks) check(t.date, fmt::format("Checklist item '{}'", t.item));
  for (const Visit& v : r.visits) check(v.date, "A coach visit");
  for (const Pulse& p : r.pulses) check(p.date, "A pulse meeting");
  for (const TrainingParticipant& p : r.participants) check(p.enrolled, fmt::format("The course enrolment of {}", p.person));
  for (const Gathering& g : r.gatherings) {
    if (g.kind == GatheringKind::joint) check(g.date, fmt::format("Joint gathering '{}'", g.key));
  }
  for (const KpiValue& v : r.kpi_values) check(v.date, fmt::format("A value of KPI '{}'", v.kpi));
  for (const Assessment& a : r.assessments) check(a.date, "A Lean status assessment");
  return findings;
}

namespace {

void check_pulse_gaps(const Program& program, const CompanyRecords& r, Date today, std::vector<Finding>& findings) {
  int every = program.pulse_every_days;
  if (every <= 0) return;
  HolidayWeeks holidays = program.holidays();
  std::vector<Date> dates;
  for (const Pulse& p : r.pulses) {
    if (p.date >= r.company.start && p.date <= today) dates.push_back(p.date);
  }
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  auto gap = [&](Date from, Date to, bool from_start) {
    int days = coaching_days_between(from + date::days{1}, to, holidays);
    if (days <= every) return;
    Date fell_due = add_coaching_days(from, every, holidays);
    std::string since = from_start ? fmt::format("since the journey started on {}", format_date(from))
                                   : fmt::format("after the one on {}", format_date(from));
    std::string until = to == today ? "up to today" : fmt::format("until {}", format_date(to));
    findings.push_back({r.company.key, "pulse-gap", fell_due,
                        fmt::format("No pulse meeting {} {} ({} coaching days; the rhythm is every {} days).", since, until,
                                    days, every)});
  };
  Date previous = r.company.start;
  bool from_start = true;
  for (Date day : dates) {
    gap(previous, day, from_start);
    previous = day;
    from_start = false;
  }
  gap(previous, today, from_start);
}

}  // namespace

std::vector<Finding> check_company(const Program& program, const CompanyRecords& r, Date today) {
  std::vector<Finding> findings = records_outside_journey(r);
  if (status_on(r.company, today) == CompanyStatus::active) {
    // What is wrong right now is what reminders say; the history rules follow.
    const auto& rules = check_rules();
    for (const Reminder& reminder : reminders_for(program, r, today)) {
      std::string rule = to_string(reminder.kind);
      if (std::find(rules.begin(), rules.end(), rule) == rules.end()) continue;
      findings.push_back({r.company.key, rule, reminder.due, reminder.message});
    }
    check_pulse_gaps(program, r, today, findings);
  }
  const auto& rules = check_rules();
  auto rank = [&](const std::string& rule) { return std::find(rules.begin(), rules.end(), rule) - rules.begin(); };
  std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
    if (rank(a.rule) != rank(b.rule)) return rank(a.rule) < rank(b.rule);
    return a.date < b.date;
  });
  return findings;
}

}  // namespace plift
