// plift calendar: planned phase ends, expected coach visits and gatherings as
// an iCalendar file for Outlook, Google Calendar and the like.
#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>

#include "context.hpp"
#include "lookup.hpp"
#include "plift/app/listings.hpp"
#include "private_file.hpp"
#include "plift/core/company_view.hpp"
#include "plift/core/error.hpp"
#include "plift/core/journey_dates.hpp"
#include "plift/core/rules.hpp"
#include "plift/render/ical.hpp"

namespace plift::cli {

namespace {

constexpr int max_weeks = 104;

constexpr const char* calendar_help_footer = R"help(Events (all-day, one file, UTF-8):
  phase ends      for each company active today (or KEY): the planned end of
                  its current phase, then of each later phase, laid back to
                  back from it, as every command shows them (man plift,
                  JOURNEY DATES). UID phase-end.COMPANY.PHASE@plift.
  coach visits    the next visit the cadence calls for (today if overdue),
                  then one every visit_every_weeks coaching weeks, in phases
                  with visits, up to --weeks weeks from today. UID
                  visit.COMPANY.N@plift: the company's Nth visit, so logging
                  a visit moves the later slots instead of duplicating them.
  gatherings      every gathering; with KEY, those the company attended and
                  the joint ones still to come. UID gathering.KEY@plift.
Importing the file again updates these events instead of adding copies.
DTSTAMP is 00:00:00 UTC on today, so the same data gives the same bytes.)help";

// The words of the events, in the programme's language.
struct Frame {
  const char* phase_end_summary;   // {company} {phase}
  const char* current_phase_end;   // {number} {total} {phase} {company} {start}
  const char* later_phase_end;     // {number} {total} {phase} {company}
  const char* visit_summary;       // {company}
  const char* visit_description;   // {number} {company} {weeks}
  const char* visit_overdue;       // {due}
  const char* coach;               // {coach}
  const char* joint;               // {programme}
  const char* seminar;             // {programme}
  const char* attending;           // {names}
  const char* phase_end_category;
  const char* visit_category;
  const char* joint_category;
  const char* seminar_category;
};

constexpr Frame english_frame{
    "{company}: end of {phase}",
    "Planned end of phase {number} of {total}, {phase}, which {company} began on {start}.",
    "Planned end of phase {number} of {total}, {phase}, for {company}, if the phases before it end as planned.",
    "{company}: coach visit",
    "Coach visit number {number} to {company}; one every {weeks} coaching weeks.",
    "Overdue: it fell due on {due}.",
    "Coach: {coach}.",
    "Joint gathering of {programme}.",
    "Seminar of {programme}.",
    "Attending: {names}.",
    "Phase end",
    "Coach visit",
    "Gathering",
    "Seminar",
};

constexpr Frame swedish_frame{
    "{company}: slut på {phase}",
    "Planerat slut på fas {number} av {total}, {phase}, som {company} började {start}.",
    "Planerat slut på fas {number} av {total}, {phase}, för {company}, om faserna före den slutar som planerat.",
    "{company}: coachbesök",
    "Coachbesök nummer {number} hos {company}; ett var {weeks}:e coachningsvecka.",
    "Försenat: besöket skulle ha skett {due}.",
    "Coach: {coach}.",
    "Gemensam träff i {programme}.",
    "Seminarium i {programme}.",
    "Deltar: {names}.",
    "Fasslut",
    "Coachbesök",
    "Träff",
    "Seminarium",
};

constexpr Frame norwegian_frame{
    "{company}: slutt på {phase}",
    "Planlagt slutt på fase {number} av {total}, {phase}, som {company} startet {start}.",
    "Planlagt slutt på fase {number} av {total}, {phase}, for {company}, hvis fasene før den slutter som planlagt.",
    "{company}: coachbesøk",
    "Coachbesøk nummer {number} hos {company}; ett hver {weeks}. coachinguke.",
    "Forsinket: besøket skulle vært {due}.",
    "Coach: {coach}.",
    "Felles samling i {programme}.",
    "Seminar i {programme}.",
    "Deltar: {names}.",
    "Faseslutt",
    "Coachbesøk",
    "Samling",
    "Seminar",
};

const Frame& frame_for(Language language) {
  switch (language) {
    case Language::sv: return swedish_frame;
    case Language::nb: return norwegian_frame;
    case Language::en: break;
  }
  return english_frame;
}

struct CalendarOptions {
  std::optional<std::string> company;
  std::optional<std::string> output;
  int weeks = 8;
};

// What the events of one company are computed from.
struct Setting {
  const Program* program;
  const Frame* frame;
  Date today;
  Date horizon;  // visit slots before this day
  const std::map<std::string, std::string>* coach_names;
};

void add_phase_ends(const Setting& s, const CompanyRecords& records, const PhaseRecord& current, std::size_t index,
                    std::vector<render::CalendarEvent>& events) {
  const Company& company = records.company;
  std::string total = std::to_string(s.program->phases.size());
  for (const PhaseDates& phase : journey_dates(*s.program, company, records.history).phases) {
    if (phase.index < index) continue;
    const PhaseDefinition& definition = s.program->phases[phase.index];
    std::string number = std::to_string(phase.index + 1);
    Date end = phase.planned_end;
    std::string start = format_date(current.started);
    render::CalendarEvent event;
    event.uid = fmt::format("phase-end.{}.{}@plift", company.key, definition.key);
    event.day = end;
    event.summary = fmt::format(fmt::runtime(s.frame->phase_end_summary), fmt::arg("company", company.name),
                                fmt::arg("phase", definition.name));
    const char* pattern = phase.current ? s.frame->current_phase_end : s.frame->later_phase_end;
    event.description = fmt::format(fmt::runtime(pattern), fmt::arg("number", number), fmt::arg("total", total),
                                    fmt::arg("phase", definition.name), fmt::arg("company", company.name),
                                    fmt::arg("start", start));
    event.categories = {s.frame->phase_end_category};
    events.push_back(std::move(event));
  }
}

void add_visit_slots(const Setting& s, const CompanyRecords& records, std::vector<render::CalendarEvent>& events) {
  const Company& company = records.company;
  std::string coach;
  if (company.coach) {
    auto found = s.coach_names->find(*company.coach);
    coach = fmt::format(fmt::runtime(s.frame->coach),
                        fmt::arg("coach", found != s.coach_names->end() ? found->second : *company.coach));
  }
  for (const PlannedVisit& visit : planned_visits(*s.program, records.history, records.visits, s.today, s.horizon)) {
    std::string number_text = std::to_string(visit.number);
    std::string weeks_text = std::to_string(visit.every_weeks);
    render::CalendarEvent event;
    event.uid = fmt::format("visit.{}.{}@plift", company.key, visit.number);
    event.day = visit.day;
    event.summary = fmt::format(fmt::runtime(s.frame->visit_summary), fmt::arg("company", company.name));
    event.description = fmt::format(fmt::runtime(s.frame->visit_description), fmt::arg("number", number_text),
                                    fmt::arg("company", company.name), fmt::arg("weeks", weeks_text));
    if (visit.fell_due) {
      event.description +=
          ' ' + fmt::format(fmt::runtime(s.frame->visit_overdue), fmt::arg("due", format_date(*visit.fell_due)));
    }
    if (!coach.empty()) event.description += ' ' + coach;
    event.categories = {s.frame->visit_category};
    events.push_back(std::move(event));
  }
}

void add_company_events(const Setting& s, const CompanyRecords& records, std::vector<render::CalendarEvent>& events) {
  const PhaseRecord* current = current_phase(records.history);
  if (!current) return;
  auto index = s.program->phase_index(current->phase);
  if (!index) return;  // a phase the config no longer has: nothing to plan from
  add_phase_ends(s, records, *current, *index, events);
  add_visit_slots(s, records, events);
}

render::CalendarEvent gathering_event(const Setting& s, const Gathering& gathering,
                                      const std::map<std::string, std::string>& company_names) {
  render::CalendarEvent event;
  event.uid = fmt::format("gathering.{}@plift", gathering.key);
  event.day = gathering.date;
  event.summary = gathering.title;
  bool joint = gathering.kind == GatheringKind::joint;
  event.description = fmt::format(fmt::runtime(joint ? s.frame->joint : s.frame->seminar),
                                  fmt::arg("programme", s.program->name));
  std::vector<std::string> names;
  for (const Attendance& attendance : gathering.attendance) {
    if (attendance.company) {
      auto found = company_names.find(*attendance.company);
      names.push_back(found != company_names.end() ? found->second : *attendance.company);
    } else if (attendance.guest) {
      names.push_back(*attendance.guest);
    }
  }
  if (!names.empty()) {
    std::string list;
    for (const std::string& name : names) list += (list.empty() ? "" : ", ") + name;
    event.description += ' ' + fmt::format(fmt::runtime(s.frame->attending), fmt::arg("names", list));
  }
  event.location = gathering.location;
  event.categories = {joint ? s.frame->joint_category : s.frame->seminar_category};
  return event;
}

bool attended_by(const Gathering& gathering, const std::string& company) {
  return std::any_of(gathering.attendance.begin(), gathering.attendance.end(),
                     [&](const Attendance& a) { return a.company == company; });
}

void run_calendar(Context& ctx, const CalendarOptions& o) {
  // Usage first (exit 64), then the lookups (exit 1).
  if (ctx.options.json || !ctx.options.format.empty()) {
    throw UsageError("calendar writes iCalendar only; leave out --format and --json");
  }
  if (o.weeks < 1 || o.weeks > max_weeks) {
    throw UsageError(fmt::format("--weeks takes a whole number from 1 to {}, not {}", max_weeks, o.weeks));
  }
  if (o.output && o.output->empty()) throw UsageError("-o may not be empty; leave it out to write to stdout");
  std::optional<Company> only = o.company ? std::optional(app::require_company(ctx.session(), *o.company)) : std::nullopt;

  const Program& program = ctx.program();
  Date today = ctx.today();

  std::map<std::string, std::string> company_names;
  for (const CompanyOverview& overview : app::list_companies(ctx.session())) {
    company_names.emplace(overview.company.key, overview.company.name);
  }
  std::map<std::string, std::string> coach_names;
  for (const Coach& coach : app::list_coaches(ctx.session())) coach_names.emplace(coach.key, coach.name);

  Setting setting{&program, &frame_for(program.language), today, today + date::days{7 * o.weeks}, &coach_names};
  std::vector<render::CalendarEvent> events;
  if (only) {
    add_company_events(setting, app::company_records(ctx.session(), *only), events);
  } else {
    for (const CompanyRecords& records : app::company_records_active_on(ctx.session(), today)) {
      add_company_events(setting, records, events);
    }
  }
  for (const Gathering& gathering : app::list_gatherings(ctx.session())) {
    if (only && !attended_by(gathering, only->key) &&
        !(gathering.kind == GatheringKind::joint && gathering.date >= today)) {
      continue;
    }
    events.push_back(gathering_event(setting, gathering, company_names));
  }
  // Visit slots and phase ends chained past 9999-12-31 have no date to be written with.
  std::erase_if(events, [](const render::CalendarEvent& event) {
    return date::year_month_day{event.day}.year() > date::year{9999};
  });
  std::stable_sort(events.begin(), events.end(), [](const render::CalendarEvent& a, const render::CalendarEvent& b) {
    return a.day != b.day ? a.day < b.day : a.uid < b.uid;
  });

  render::Calendar calendar;
  calendar.product = fmt::format("-//plift//plift {}//EN", PLIFT_VERSION);
  calendar.name = only ? fmt::format("{}: {}", program.name, only->name) : program.name;
  calendar.stamp = today;
  calendar.events = std::move(events);
  std::string text = render::format_calendar(calendar);
  if (names_standard_output(o.output)) {
    ctx.out << text;
    return;
  }
  write_private_file(*o.output, text);
  std::size_t count = calendar.events.size();
  ctx.note(fmt::format("wrote {} ({} {})", *o.output, count, count == 1 ? "event" : "events"));
}

}  // namespace

void add_calendar_command(CLI::App& app, Context& ctx) {
  auto options = std::make_shared<CalendarOptions>();
  CLI::App* calendar = app.add_subcommand(
      "calendar", "Planned phase ends, coach visits and gatherings as an iCalendar file (.ics)");
  calendar->add_option("KEY", options->company, "Only this company (and the gatherings it attended or may attend)");
  calendar->add_option("-o,--output", options->output, "Write to this file, whole, owner-only when new (- for stdout)");
  calendar->add_option("--weeks", options->weeks,
                       fmt::format("Coach visits this many weeks ahead, 1 to {} (default 8)", max_weeks))
      ->transform(whole_number(true));
  calendar->footer(calendar_help_footer);
  calendar->callback([&ctx, options] { run_calendar(ctx, *options); });
}

}  // namespace plift::cli
