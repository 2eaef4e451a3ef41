// Import and export of the journey's records: checklist ticks, visits, course
// participants, gatherings and their attendance, steering groups, key figures
// and assessments.
//
// Each row gets the checks of the command it stands for (the functions in
// lookup.hpp), with one difference on purpose: history may be imported, so a
// company that has completed the programme or withdrawn takes records dated
// within its journey (require_event_date), where the commands also want the
// company active today (require_active).
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <set>
#include <tuple>
#include <utility>

#include "lookup.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"
#include "record_json.hpp"
#include "transfer.hpp"

namespace plift::cli {

namespace {

std::string column(std::string_view name) { return fmt::format("column '{}'", name); }

// "column 'date': the visit date", for the checks that name what they check.
std::string in_column_named(std::string_view name, std::string_view what) {
  return fmt::format("{}: {}", column(name), what);
}

// Runs a check the commands share, whose message names the value as an
// option would ("unknown mode 'walk': …"), and puts the column in front.
template <typename Check>
auto in_column(std::string_view name, Check&& check) -> decltype(check()) {
  try {
    return check();
  } catch (const UsageError& e) {
    throw UsageError(fmt::format("{}: {}", column(name), e.what()));
  } catch (const RuleError& e) {
    throw RuleError(fmt::format("{}: {}", column(name), e.what()));
  }
}

// A row whose key names an existing record, without --update.
[[noreturn]] void refuse_existing(const std::string& what, std::string_view replaced = "it") {
  throw RuleError(fmt::format("{}; pass --update to replace {}", what, replaced));
}

render::Json date_json(const std::optional<Date>& day) {
  return day ? render::Json(format_date(*day)) : render::Json(nullptr);
}

// --- checklist: company, phase, item, date ---------------------------------

// The item of the named phase, which the company must have reached. Without
// a phase the item is looked for as `phase check` looks for it.
app::FoundChecklistItem find_item_in_phase(Context& ctx, const Company& company, const std::vector<PhaseRecord>& history,
                                      const std::string& phase_key, const std::string& item_key) {
  const Program& program = ctx.program();
  std::size_t index = app::require_phase(ctx.session(), phase_key);
  const PhaseDefinition& phase = program.phases[index];
  const ChecklistItem* item = phase.find_item(item_key);
  if (!item) {
    std::vector<std::string> known;
    for (const ChecklistItem& candidate : phase.checklist) known.push_back(candidate.key);
    throw RuleError(fmt::format("{}: phase '{}' has no checklist item '{}'{}; its items are: {}", column("item"),
                                phase.key, item_key, did_you_mean(item_key, known),
                                known.empty() ? "(none)" : join_list(known)));
  }
  for (std::size_t i = history.size(); i-- > 0;) {
    if (history[i].phase == phase.key) return {i, &phase, item};
  }
  throw RuleError(fmt::format("{}: checklist item '{}' belongs to phase '{}', which {} has not reached",
                              column("phase"), item_key, phase.key, company.key));
}

// What `plift phase check` checks; a tick already there is refused unless
// --update, which moves it to the row's date.
void import_tick(ImportSession& session, const ImportRow& row) {
  Context& ctx = session.ctx;
  const Company& company = session.company(row.required_text("company"));
  const std::string& item_key = row.required_text("item");
  store::Database& db = ctx.database();
  std::vector<PhaseRecord> history = store::phase_history(db, company.key);
  std::optional<std::string> phase_key = app::empty_as_none(row.text("phase"));
  app::FoundChecklistItem found = phase_key ? find_item_in_phase(ctx, company, history, *phase_key, item_key)
                                       : app::find_checklist_item(ctx.session(), company, history, item_key);
  Date day = row.date("date").value_or(ctx.today());
  app::require_event_date(ctx.session(), company, day, in_column_named("date", "the date"));
  app::require_in_phase(company, history, found, day, in_column_named("date", "the date"));
  for (const ChecklistTick& tick : store::checklist_ticks(db, company.key)) {
    if (tick.phase != found.phase->key || tick.item != item_key) continue;
    if (!session.update) {
      refuse_existing(fmt::format("{}: '{}' of phase '{}' was already ticked on {}", company.key, item_key,
                                  tick.phase, format_date(tick.date)));
    }
    store::delete_tick(session.tx, company.key, tick.phase, tick.item);
  }
  store::insert_tick(session.tx, company.key, {found.phase->key, item_key, day});
}

void export_ticks(Context& ctx, const std::function<void(const render::Json&)>& emit) {
  for (auto& [company, ticks] : store::checklist_ticks_by_company(ctx.database())) {
    std::sort(ticks.begin(), ticks.end(), [](const ChecklistTick& a, const ChecklistTick& b) {
      return std::tie(a.date, a.phase, a.item) < std::tie(b.date, b.phase, b.item);
    });
    for (const ChecklistTick& tick : ticks) {
      emit({{"company", company}, {"phase", tick.phase}, {"item", tick.item}, {"date", format_date(tick.date)}});
    }
  }
}

// --- visits: company, date, coach, mode, note ------------------------------

// What `plift visit log` checks. An empty coach is a visit without a coach,
// not the company's coach as `visit log` assumes: the export writes visits
// logged without one that way, and must get them back. A visit is known by
// company, day and coach (the command refuses the same one twice); with
// --update such a row replaces its mode and note.
void import_visit(ImportSession& session, const ImportRow& row) {
  Context& ctx = session.ctx;
  VisitMode mode = VisitMode::onsite;
  if (auto text = app::empty_as_none(row.text("mode"))) {
    mode = in_column("mode", [&] { return app::require_visit_mode(*text, "mode"); });
  }
  Date day = row.date("date").value_or(ctx.today());
  const Company& company = session.company(row.required_text("company"));
  std::optional<std::string> coach;
  if (auto key = app::empty_as_none(row.text("coach"))) coach = app::require_coach(ctx.session(), *key).key;
  app::require_event_date(ctx.session(), company, day, in_column_named("date", "the visit date"));
  Visit visit{company.key, day, coach, mode, app::empty_as_none(row.text("note"))};
  if (session.update) {
    if (store::update_visit(session.tx, visit)) return;
  } else {
    try {
      app::require_visit_not_logged(ctx.session(), company.key, day, coach);
    } catch (const RuleError& e) {
      refuse_existing(e.what(), "its mode and note");
    }
  }
  store::insert_visit(session.tx, visit);
}

void export_visits(Context& ctx, const std::function<void(const render::Json&)>& emit) {
  for (const Visit& visit : store::list_visits(ctx.database(), store::VisitFilter{})) {
    emit({{"company", visit.company},
          {"date", format_date(visit.date)},
          {"coach", optional_json(visit.coach)},
          {"mode", to_string(visit.mode)},
          {"note", optional_json(visit.note)}});
  }
}

// --- training: company, person, role, enrolled, completed, dropped ---------

// What `plift training enroll`, `complete` and `drop` check, in one row.
void import_participant(ImportSession& session, const ImportRow& row) {
  Context& ctx = session.ctx;
  std::optional<TrainingRole> role;
  if (auto text = app::empty_as_none(row.text("role"))) {
    role = in_column("role", [&] { return app::require_training_role(*text, "role"); });
  }
  const std::string& person = row.required_text("person");
  app::require_person_name(person, column("person"), "participant");
  const Company& company = session.company(row.required_text("company"));
  TrainingParticipant participant{company.key,
                                  person,
                                  role.value_or(TrainingRole::employee),
                                  row.date("enrolled").value_or(ctx.today()),
                                  row.date("completed"),
                                  row.date("dropped")};
  app::require_event_date(ctx.session(), company, participant.enrolled, in_column_named("enrolled", "the enrolment date"));
  if (participant.completed && participant.dropped) {
    throw UsageError("columns 'completed' and 'dropped': a participant completes the course or drops it, not both");
  }
  for (auto [end, name, what] : {std::tuple{participant.completed, "completed", "the completion date"},
                                 std::tuple{participant.dropped, "dropped", "the drop date"}}) {
    if (!end) continue;
    app::require_event_date(ctx.session(), company, *end, in_column_named(name, what));
    app::require_after_enrolment(participant, *end, in_column_named(name, what));
  }
  store::Database& db = ctx.database();
  if (auto existing = store::find_participant(db, company.key, person)) {
    if (!session.update) {
      refuse_existing(fmt::format("{} at {} is already a course participant (enrolled {})", person, company.key,
                                  format_date(existing->enrolled)));
    }
    store::update_participant(session.tx, participant);
    return;
  }
  store::insert_participant(session.tx, participant);
}

void export_participants(Context& ctx, const std::function<void(const render::Json&)>& emit) {
  for (const TrainingParticipant& p : store::list_participants(ctx.database(), std::nullopt)) {
    emit({{"company", p.company},
          {"person", p.person},
          {"role", to_string(p.role)},
          {"enrolled", format_date(p.enrolled)},
          {"completed", date_json(p.completed)},
          {"dropped", date_json(p.dropped)}});
  }
}

// --- gatherings: key, title, date, location, kind ---------------------------

// Whether one attendance row may stand at the gathering, as `gathering
// attend` decides: a joint gathering takes enrolled companies whose journey
// includes its day, a seminar anyone.
void check_attendee(ImportSession& session, const Gathering& gathering, const Attendance& attendance) {
  if (gathering.kind != GatheringKind::joint) return;
  if (attendance.company) {
    app::require_event_date(session.ctx.session(), session.company(*attendance.company), gathering.date,
                       fmt::format("joint gathering {} on", gathering.key));
  } else if (attendance.guest) {
    throw RuleError(fmt::format("joint gathering {} takes enrolled companies only; guest '{}' from outside the "
                                "programme may come to seminars",
                                gathering.key, *attendance.guest));
  } else {
    throw RuleError(fmt::format("joint gathering {} counts enrolled companies, not head counts without one",
                                gathering.key));
  }
}

// What `plift gathering add` checks. With --update the gathering's new day
// and kind must still suit the attendance recorded for it.
void import_gathering(ImportSession& session, const ImportRow& row) {
  Context& ctx = session.ctx;
  Gathering gathering;
  gathering.key = row.required_text("key");
  in_column("key", [&] { require_valid_key(gathering.key, "gathering key"); });
  gathering.title = app::trim_blanks(row.required_text("title"));
  app::require_text(gathering.title, column("title"));
  if (auto kind = app::empty_as_none(row.text("kind"))) {
    gathering.kind = in_column("kind", [&] { return app::require_gathering_kind(*kind, "kind"); });
  }
  // A gathering may lie in the future: the programme plans them ahead.
  gathering.date = row.required_date("date");
  if (auto location = app::empty_as_none(row.text("location"))) {
    std::string trimmed_location = app::trim_blanks(*location);
    if (!trimmed_location.empty()) gathering.location = trimmed_location;
  }
  store::Database& db = ctx.database();
  auto existing = store::find_gathering(db, gathering.key);
  if (!existing) {
    store::insert_gathering(session.tx, gathering);
    return;
  }
  if (!session.update) {
    refuse_existing(fmt::format("a gathering with key '{}' already exists ({}, {})", gathering.key, existing->title,
                                format_date(existing->date)));
  }
  if (!existing->attendance.empty()) {
    try {
      app::require_gathering_held(ctx.session(), gathering);
      for (const Attendance& attendance : existing->attendance) check_attendee(session, gathering, attendance);
    } catch (const RuleError& e) {
      throw RuleError(fmt::format("cannot replace gathering {}: its recorded attendance would no longer hold: {}",
                                  gathering.key, e.what()));
    }
  }
  store::update_gathering(session.tx, gathering);
}

void export_gatherings(Context& ctx, const std::function<void(const render::Json&)>& emit) {
  for (const Gathering& g : store::list_gatherings(ctx.database())) {
    emit({{"key", g.key},
          {"title", g.title},
          {"date", format_date(g.date)},
          {"location", optional_json(g.location)},
          {"kind", to_string(g.kind)}});
  }
}

// --- attendance: gathering, company, guest, people --------------------------

std::string people_text(long long people) { return people == 1 ? "1 person" : fmt::format("{} people", people); }

// What `plift gathering attend` checks. A file says in which column a name
// belongs: `company` an enrolled company's key, `guest` a company from
// outside the programme (kept a guest even if its name is an enrolled
// company's, as the export writes it); neither, a head count of its own.
void import_attendance(ImportSession& session, const ImportRow& row) {
  Context& ctx = session.ctx;
  std::optional<long long> people = row.integer("people");
  if (people) {
    app::require_attendance_people(*people, column("people"));
    if (*people > std::numeric_limits<int>::max()) {
      throw UsageError(fmt::format("{}: {} is more people than plift counts", column("people"), *people));
    }
  }
  // Gatherings read once per import, and kept as the rows before this one
  // left them: a file's rows name the same few hundred over and over.
  auto& gatherings = session.state<std::map<std::string, Gathering, std::less<>>>("attendance.gatherings");
  const std::string& gathering_key = row.required_text("gathering");
  auto cached = gatherings.find(gathering_key);
  if (cached == gatherings.end()) cached = gatherings.emplace(gathering_key, app::require_gathering(ctx.session(), gathering_key)).first;
  Gathering& gathering = cached->second;
  app::require_gathering_held(ctx.session(), gathering);
  std::optional<std::string> company_key = app::empty_as_none(row.text("company"));
  std::optional<std::string> guest = app::empty_as_none(row.text("guest"));
  if (guest) {
    guest = app::trim_blanks(*guest);
    if (guest->empty()) throw UsageError(fmt::format("{} may not be blank", column("guest")));
  }
  if (company_key && guest) {
    throw UsageError("columns 'company' and 'guest': a row names an enrolled company or a guest, not both");
  }
  Attendance attendance;
  attendance.people = static_cast<int>(people.value_or(1));
  if (company_key) {
    attendance.company = session.company(*company_key).key;
  } else if (guest) {
    attendance.guest = guest;
  } else if (gathering.kind == GatheringKind::joint) {
    throw UsageError(fmt::format("{}: give the key of the company that attended: {} is a joint gathering of "
                                 "enrolled companies",
                                 column("company"), gathering.key));
  } else if (!people) {
    throw UsageError(fmt::format("{}: give the company that attended, a guest, or the number of people for a head "
                                 "count without a company",
                                 column("people")));
  }
  check_attendee(session, gathering, attendance);
  if (attendance.company || attendance.guest) {
    for (const Attendance& existing : gathering.attendance) {
      bool same = (attendance.company && existing.company == attendance.company) ||
                  (attendance.guest && existing.guest == attendance.guest);
      if (same && !session.update) {
        std::string who = attendance.company ? *attendance.company : fmt::format("guest '{}'", *attendance.guest);
        refuse_existing(fmt::format("{} is already recorded at {} with {}", who, gathering.key,
                                    people_text(existing.people)));
      }
    }
  }
  bool replaced = store::upsert_attendance(session.tx, gathering.key, attendance);
  auto same_attendee = [&](const Attendance& existing) {
    return (attendance.company && existing.company == attendance.company) ||
           (attendance.guest && existing.guest == attendance.guest);
  };
  auto existing = std::find_if(gathering.attendance.begin(), gathering.attendance.end(), same_attendee);
  if (replaced && existing != gathering.attendance.end()) {
    existing->people = attendance.people;
  } else {
    gathering.attendance.push_back(attendance);
  }
}

void export_attendance(Context& ctx, const std::function<void(const render::Json&)>& emit) {
  for (const Gathering& g : store::list_gatherings(ctx.database())) {
    for (const Attendance& a : g.attendance) {
      emit({{"gathering", g.key},
            {"company", optional_json(a.company)},
            {"guest", optional_json(a.guest)},
            {"people", a.people}});
    }
  }
}

// --- steering: company, person, role ----------------------------------------

// What `plift steering add` checks; a member already in the group is refused
// unless --update, which gives them the row's role.
void import_steering_member(ImportSession& session, const ImportRow& row) {
  Context& ctx = session.ctx;
  const std::string& role_text = row.required_text("role");
  SteeringRole role = in_column("role", [&] { return app::require_steering_role(role_text, "role"); });
  const std::string& person = row.required_text("person");
  app::require_person_name(person, column("person"), "member");
  const Company& company = session.company(row.required_text("company"));
  store::Database& db = ctx.database();
  for (const SteeringMember& member : store::steering_group(db, company.key)) {
    if (member.person == person && !session.update) {
      refuse_existing(fmt::format("{} is already in the steering group of {} as {}", person, company.key,
                                  to_string(member.role)));
    }
  }
  store::upsert_steering_member(session.tx, {company.key, person, role});
}

void export_steering(Context& ctx, const std::function<void(const render::Json&)>& emit) {
  for (const auto& [company, members] : store::steering_groups(ctx.database())) {
    for (const SteeringMember& member : members) {
      emit({{"company", company}, {"person", member.person}, {"role", to_string(member.role)}});
    }
  }
}

// --- kpis: company, kpi, date, value ----------------------------------------

// A value as `kpi record` reads it (12.5, -3, 12,5), or as the export writes
// a JSON number too small or large for that (1e-07, 1.5e+20).
double kpi_value(const std::string& text) {
  if (app::parse_decimal_value(text)) return app::require_kpi_value(text, column("value"));
  double value = 0;
  const char* end = text.data() + text.size();
  auto [next, error] = std::from_chars(text.data(), end, value, std::chars_format::scientific);
  if (error == std::errc() && next == end && std::isfinite(value)) return value;
  return app::require_kpi_value(text, column("value"));
}

// What `plift kpi record` checks. The command replaces a value already
// recorded for the day; a file does so only with --update.
void import_kpi_value(ImportSession& session, const ImportRow& row) {
  Context& ctx = session.ctx;
  double value = kpi_value(row.required_text("value"));
  const Company& company = session.company(row.required_text("company"));
  const KpiDefinition& kpi = app::require_kpi(ctx.session(), row.required_text("kpi"));
  Date day = row.date("date").value_or(ctx.today());
  app::require_event_date(ctx.session(), company, day, in_column_named("date", "the date"));
  store::Database& db = ctx.database();
  if (!session.update) {
    if (auto existing = store::find_kpi_value(db, company.key, kpi.key, day)) {
      refuse_existing(fmt::format("{} already has a {} value for {}: {}", company.key, kpi.key, format_date(day),
                                  render::cell_text(recorded_number_json(*existing))));
    }
  }
  store::upsert_kpi_value(session.tx, {company.key, kpi.key, day, value});
}

void export_kpi_values(Context& ctx, const std::function<void(const render::Json&)>& emit) {
  for (const KpiValue& value : store::list_kpi_values(ctx.database(), std::nullopt)) {
    emit({{"company", value.company},
          {"kpi", value.kpi},
          {"date", format_date(value.date)},
          {"value", recorded_number_json(value.value)}});
  }
}

// --- assessments: company, date, dimension, score ---------------------------

// An assessment is the run of consecutive rows with the same company and
// date, one per dimension; what this import has seen of them.
struct AssessmentRows {
  struct Current {
    std::string company;
    Date date;
    std::map<std::string, int> scores;
  };
  std::optional<Current> current;
  std::set<std::pair<std::string, Date>> begun;
};

// What `plift assess` checks, spread over the rows of one assessment: each
// dimension the config's and scored once on the scale, every dimension
// scored (checked when the next assessment's rows begin), and no assessment
// already on that day — with --update the rows replace it.
void import_assessment_score(ImportSession& session, const ImportRow& row) {
  Context& ctx = session.ctx;
  const Program& program = ctx.program();
  app::require_assessment_dimensions(program);
  const Company& company = session.company(row.required_text("company"));
  Date day = row.date("date").value_or(ctx.today());
  const std::string& dimension = row.required_text("dimension");
  app::require_assessment_dimension(program, dimension);
  const std::string& score_text = row.required_text("score");
  int score = in_column("score", [&] { return app::require_assessment_score(program, dimension, score_text); });
  app::require_event_date(ctx.session(), company, day, in_column_named("date", "the assessment date"));

  auto& rows = session.state<AssessmentRows>("assessments");
  store::Database& db = ctx.database();
  if (rows.current && rows.current->company == company.key && rows.current->date == day) {
    if (rows.current->scores.contains(dimension)) {
      throw UsageError(fmt::format("{}: '{}' is scored twice in the assessment of {} on {}; score each dimension "
                                   "once",
                                   column("dimension"), dimension, company.key, format_date(day)));
    }
  } else {
    if (rows.current) {
      std::vector<std::string> missing = app::unscored_dimensions(program, rows.current->scores);
      if (!missing.empty()) {
        std::string previous =
            fmt::format("the assessment of {} on {}", rows.current->company, format_date(rows.current->date));
        // This row begins the next assessment, so that a dry run goes on to
        // check that one rather than report the same gap again.
        rows.current = AssessmentRows::Current{company.key, day, {{dimension, score}}};
        rows.begun.emplace(company.key, day);
        throw UsageError(fmt::format("{} (the rows before this one) has {}", previous,
                                     app::unscored_message(program, missing)));
      }
    }
    if (rows.begun.contains({company.key, day})) {
      throw UsageError(fmt::format("the rows of the assessment of {} on {} must follow one another; more of them "
                                   "came before another assessment's",
                                   company.key, format_date(day)));
    }
    if (store::assessment_exists(db, company.key, day)) {
      if (!session.update) {
        refuse_existing(fmt::format("{} already has an assessment for {}", company.key, format_date(day)));
      }
      store::delete_assessment(session.tx, company.key, day);
    }
  }
  store::insert_assessment(session.tx, {company.key, day, {{dimension, score}}});
  if (!rows.current || rows.current->company != company.key || rows.current->date != day) {
    rows.current = AssessmentRows::Current{company.key, day, {}};
    rows.begun.emplace(company.key, day);
  }
  rows.current->scores[dimension] = score;
}

// The last assessment of the file has no next one to close it.
void finish_assessments(ImportSession& session) {
  auto& rows = session.state<AssessmentRows>("assessments");
  if (!rows.current) return;
  std::vector<std::string> missing = app::unscored_dimensions(session.ctx.program(), rows.current->scores);
  if (missing.empty()) return;
  throw UsageError(fmt::format("the assessment of {} on {} (the last rows) has {}", rows.current->company,
                               format_date(rows.current->date), app::unscored_message(session.ctx.program(), missing)));
}

void export_assessment_scores(Context& ctx, const std::function<void(const render::Json&)>& emit) {
  for (const Assessment& assessment : store::list_assessments(ctx.database(), std::nullopt)) {
    for (const auto& [dimension, score] : assessment.scores) {
      emit({{"company", assessment.company},
            {"date", format_date(assessment.date)},
            {"dimension", dimension},
            {"score", score}});
    }
  }
}

}  // namespace

void add_journey_transfers(std::vector<EntityTransfer>& entities) {
  entities.push_back({"checklist",
                      {{"company", true}, {"phase"}, {"item", true}, {"date"}},
                      import_tick,
                      export_ticks,
                      nullptr});
  entities.push_back({"visits",
                      {{"company", true}, {"date"}, {"coach"}, {"mode"}, {"note"}},
                      import_visit,
                      export_visits,
                      nullptr,
                      // Duplicate checks look visits up by company and date, never by coach.
                      {"visit", {"visit_coach_date"}}});
  entities.push_back({"training",
                      {{"company", true}, {"person", true}, {"role"}, {"enrolled"}, {"completed"}, {"dropped"}},
                      import_participant,
                      export_participants,
                      nullptr});
  entities.push_back({"gatherings",
                      {{"key", true}, {"title", true}, {"date", true}, {"location"}, {"kind"}},
                      import_gathering,
                      export_gatherings,
                      nullptr});
  entities.push_back({"attendance",
                      {{"gathering", true}, {"company"}, {"guest"}, {"people"}},
                      import_attendance,
                      export_attendance,
                      nullptr});
  entities.push_back({"steering",
                      {{"company", true}, {"person", true}, {"role", true}},
                      import_steering_member,
                      export_steering,
                      nullptr});
  entities.push_back({"kpis",
                      {{"company", true}, {"kpi", true}, {"date"}, {"value", true}},
                      import_kpi_value,
                      export_kpi_values,
                      nullptr});
  entities.push_back({"assessments",
                      {{"company", true}, {"date"}, {"dimension", true}, {"score", true}},
                      import_assessment_score,
                      export_assessment_scores,
                      finish_assessments});
}

}  // namespace plift::cli
