#include "plift/core/reminders.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "plift/core/journey_dates.hpp"
#include "plift/core/rules.hpp"

namespace plift {

namespace {

constexpr std::array<std::pair<ReminderKind, const char*>, 8> kind_names{{
    {ReminderKind::visit_overdue, "visit-overdue"},
    {ReminderKind::phase_overdue, "phase-overdue"},
    {ReminderKind::phase_ending, "phase-ending"},
    {ReminderKind::checklist_open, "checklist-open"},
    {ReminderKind::pulse_missing, "pulse-missing"},
    {ReminderKind::training_quota, "training-quota"},
    {ReminderKind::gathering_behind, "gathering-behind"},
    {ReminderKind::steering_incomplete, "steering-incomplete"},
}};

// One sentence per kind and language; {0} is always the company's name.
struct Phrases {
  const char* visit_since;      // {1} last visit, {2} due
  const char* visit_none;       // {1} due
  const char* phase_overdue;    // {1} days, {2} phase, {3} planned end
  const char* phase_overdue_one_day;  // as phase_overdue
  const char* phase_ending;     // {1} phase, {2} planned end, {3} days
  const char* phase_ending_tomorrow;  // {1} phase, {2} planned end
  const char* phase_ending_today;  // {1} phase, {2} planned end
  const char* checklist_open;   // {1} count, {2} phase, {3} planned end, {4} items
  const char* checklist_open_one;  // as checklist_open, with one item
  const char* pulse_since;      // {1} last pulse, {2} due
  const char* pulse_none;       // {1} due
  const char* training_quota;   // {1} participants, {2} required
  const char* gathering_behind; // {1} attended, {2} per company, {3} expected
  const char* steering;         // {1} what is missing
  const char* management;
  const char* union_member;
  const char* both;
};

constexpr Phrases english{
    "No coach visit at {0} since {1}; the next was due on {2}.",
    "No coach visit at {0} yet; the first was due on {1}.",
    "{0} is {1} days past the planned end of phase {2} ({3}).",
    "{0} is {1} day past the planned end of phase {2} ({3}).",
    "Phase {1} at {0} is planned to end on {2}, in {3} days.",
    "Phase {1} at {0} is planned to end tomorrow, {2}.",
    "Phase {1} at {0} is planned to end today, {2}.",
    "{1} checklist items of phase {2} are still open at {0} (planned end {3}): {4}.",
    "{1} checklist item of phase {2} is still open at {0} (planned end {3}): {4}.",
    "No pulse meeting logged at {0} since {1}; the next was due on {2}.",
    "No pulse meeting logged at {0} yet; the first was due on {1}.",
    "{0} has {1} of the {2} Lean-course participants the programme asks for.",
    "{0} has attended {1} of {2} joint gatherings; {3} should have been attended by now.",
    "The steering group at {0} has no {1} representative.",
    "management",
    "union",
    "management or union",
};

constexpr Phrases swedish{
    "Inget coachbesök hos {0} sedan {1}; nästa besök skulle ha skett senast {2}.",
    "Inget coachbesök hos {0} ännu; det första skulle ha skett senast {1}.",
    "{0} är {1} dagar efter planerat slut för fasen {2} ({3}).",
    "{0} är {1} dag efter planerat slut för fasen {2} ({3}).",
    "Fasen {1} hos {0} planeras avslutas {2}, om {3} dagar.",
    "Fasen {1} hos {0} planeras avslutas i morgon, {2}.",
    "Fasen {1} hos {0} planeras avslutas i dag, {2}.",
    "{1} punkter på checklistan för fasen {2} är fortfarande öppna hos {0} (planerat slut {3}): {4}.",
    "{1} punkt på checklistan för fasen {2} är fortfarande öppen hos {0} (planerat slut {3}): {4}.",
    "Inget pulsmöte registrerat hos {0} sedan {1}; nästa skulle ha hållits senast {2}.",
    "Inget pulsmöte registrerat hos {0} ännu; det första skulle ha hållits senast {1}.",
    "{0} har {1} av de {2} deltagare i Leankursen som programmet kräver.",
    "{0} har deltagit i {1} av {2} gemensamma träffar; {3} borde ha genomförts vid det här laget.",
    "Styrgruppen hos {0} saknar representant för {1}.",
    "ledningen",
    "facket",
    "ledningen och facket",
};

constexpr Phrases norwegian{
    "Ingen coachbesøk hos {0} siden {1}; neste besøk skulle vært gjennomført innen {2}.",
    "Ingen coachbesøk hos {0} ennå; det første skulle vært gjennomført innen {1}.",
    "{0} er {1} dager på overtid i fasen {2} (planlagt slutt {3}).",
    "{0} er {1} dag på overtid i fasen {2} (planlagt slutt {3}).",
    "Fasen {1} hos {0} er planlagt avsluttet {2}, om {3} dager.",
    "Fasen {1} hos {0} er planlagt avsluttet i morgen, {2}.",
    "Fasen {1} hos {0} er planlagt avsluttet i dag, {2}.",
    "{1} punkter på sjekklisten for fasen {2} er fortsatt åpne hos {0} (planlagt slutt {3}): {4}.",
    "{1} punkt på sjekklisten for fasen {2} er fortsatt åpent hos {0} (planlagt slutt {3}): {4}.",
    "Ingen pulsmøter registrert hos {0} siden {1}; neste skulle vært holdt innen {2}.",
    "Ingen pulsmøter registrert hos {0} ennå; det første skulle vært holdt innen {1}.",
    "{0} har {1} av de {2} deltakerne på Lean-kurset som programmet krever.",
    "{0} har deltatt på {1} av {2} felles samlinger; {3} burde vært gjennomført nå.",
    "Styringsgruppen hos {0} mangler representant for {1}.",
    "ledelsen",
    "fagforeningen",
    "ledelsen og fagforeningen",
};

template <typename... Args>
std::string phrase(const char* pattern, Args&&... args) {
  return fmt::format(fmt::runtime(pattern), std::forward<Args>(args)...);
}

const Phrases& phrases_for(Language language) {
  switch (language) {
    case Language::sv: return swedish;
    case Language::nb: return norwegian;
    case Language::en: break;
  }
  return english;
}

// The first day on which the journey called for more joint gatherings than
// were attended; expected_gatherings only grows, so a binary search finds it.
Date shortfall_began(const Program& program, const Company& company, int attended, Date as_of) {
  Date low = company.start;
  Date high = as_of;
  while (low < high) {
    Date middle = low + date::days{(high - low).count() / 2};
    if (expected_gatherings(program, company, middle) > attended) {
      high = middle;
    } else {
      low = middle + date::days{1};
    }
  }
  return low;
}

}  // namespace

std::string to_string(ReminderKind kind) {
  for (const auto& [value, name] : kind_names) {
    if (value == kind) return name;
  }
  return "?";
}

std::optional<ReminderKind> parse_reminder_kind(std::string_view text) {
  for (const auto& [value, name] : kind_names) {
    if (text == name) return value;
  }
  return std::nullopt;
}

const std::vector<ReminderKind>& all_reminder_kinds() {
  static const std::vector<ReminderKind> kinds = [] {
    std::vector<ReminderKind> all;
    for (const auto& [value, name] : kind_names) all.push_back(value);
    return all;
  }();
  return kinds;
}

std::vector<Reminder> reminders_for(const Program& program, const CompanyRecords& r, Date as_of) {
  std::vector<Reminder> reminders;
  const Company& c = r.company;
  if (status_on(c, as_of) != CompanyStatus::active) return reminders;
  const Phrases& say = phrases_for(program.language);
  HolidayWeeks holidays = program.holidays();
  auto add = [&](ReminderKind kind, Date due, std::string message) {
    reminders.push_back({kind, c.key, c.name, c.coach, due, static_cast<int>((as_of - due).count()), std::move(message)});
  };

  // The journey as it stood on the day, so that --as-of a past day sees that day.
  std::vector<PhaseRecord> history = history_as_of(r.history, as_of);
  std::vector<ChecklistTick> ticks;
  for (const ChecklistTick& tick : r.ticks) {
    if (tick.date <= as_of) ticks.push_back(tick);
  }

  const PhaseRecord* current = current_phase(history);
  if (current) {
    auto index = program.phase_index(current->phase);
    std::string phase = index ? program.phases[*index].name : current->phase;
    auto days_left = (current->planned_end - as_of).count();
    std::string end = format_date(current->planned_end);
    if (days_left < 0) {
      add(ReminderKind::phase_overdue, current->planned_end,
          phrase(days_left == -1 ? say.phase_overdue_one_day : say.phase_overdue, c.name, -days_left, phase, end));
    } else if (days_left <= program.reminder_warn_days) {
      add(ReminderKind::phase_ending, current->planned_end,
          days_left == 0   ? phrase(say.phase_ending_today, c.name, phase, end)
          : days_left == 1 ? phrase(say.phase_ending_tomorrow, c.name, phase, end)
                           : phrase(say.phase_ending, c.name, phase, end, days_left));
    }
    if (index && days_left <= program.reminder_warn_days) {
      std::vector<ChecklistItem> open = open_checklist_items(program.phases[*index], ticks);
      if (!open.empty()) {
        std::string items;
        for (const ChecklistItem& item : open) items += (items.empty() ? "" : ", ") + item.title;
        add(ReminderKind::checklist_open, current->planned_end,
            phrase(open.size() == 1 ? say.checklist_open_one : say.checklist_open, c.name, open.size(), phase, end,
                   items));
      }
    }
  }

  std::vector<Visit> visits_so_far;
  for (const Visit& v : r.visits) {
    if (v.date <= as_of) visits_so_far.push_back(v);
  }
  if (auto due = next_visit_due(program, history, visits_so_far); due && as_of > due->overdue) {
    add(ReminderKind::visit_overdue, due->due,
        due->last_visit ? phrase(say.visit_since, c.name, format_date(*due->last_visit), format_date(due->due))
                        : phrase(say.visit_none, c.name, format_date(due->due)));
  }

  if (program.pulse_every_days > 0) {
    std::optional<Date> last_pulse;
    for (const Pulse& p : r.pulses) {
      if (p.date <= as_of && (!last_pulse || p.date > *last_pulse)) last_pulse = p.date;
    }
    Date due = add_coaching_days(last_pulse.value_or(c.start - date::days{1}), program.pulse_every_days, holidays);
    if (as_of > due) {
      add(ReminderKind::pulse_missing, due,
          last_pulse ? phrase(say.pulse_since, c.name, format_date(*last_pulse), format_date(due))
                     : phrase(say.pulse_none, c.name, format_date(due)));
    }
  }

  if (history.size() > 1 && history.front().ended) {
    int participants = 0;
    for (const TrainingParticipant& p : r.participants) {
      if (p.enrolled <= as_of && !(p.dropped && *p.dropped <= as_of)) ++participants;
    }
    if (participants < program.training_min_per_company) {
      add(ReminderKind::training_quota, *history.front().ended,
          phrase(say.training_quota, c.name, participants, program.training_min_per_company));
    }
  }

  int attended = 0;
  for (const Gathering& g : r.gatherings) attended += g.kind == GatheringKind::joint && g.date <= as_of ? 1 : 0;
  int expected = expected_gatherings(program, c, as_of);
  if (attended < expected) {
    add(ReminderKind::gathering_behind, shortfall_began(program, c, attended, as_of),
        phrase(say.gathering_behind, c.name, attended, program.gatherings_per_company, expected));
  }

  std::vector<std::string> gaps = steering_gaps(r.steering);
  if (!gaps.empty()) {
    const char* missing = gaps.size() == 2 ? say.both : gaps.front() == "management" ? say.management : say.union_member;
    add(ReminderKind::steering_incomplete, c.start, phrase(say.steering, c.name, missing));
  }
  return reminders;
}

void sort_reminders(std::vector<Reminder>& reminders) {
  std::stable_sort(reminders.begin(), reminders.end(), [](const Reminder& a, const Reminder& b) {
    if (a.days_overdue != b.days_overdue) return a.days_overdue > b.days_overdue;
    if (a.company != b.company) return a.company < b.company;
    return a.kind < b.kind;
  });
}

}  // namespace plift
