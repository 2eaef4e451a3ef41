// Import and export of the journey's records: checklist ticks, visits, course
// participants, gatherings and their attendance, steering groups, key figures
// and assessments.
//
// Each row becomes the request of the command it stands for and goes through
// its use case (journey_events.hpp, phase.hpp) under the import's policy
// (recording.hpp): history may be imported, so a company that has completed
// the programme or withdrawn takes records dated within its journey, where
// the commands also want the company active today; and a record already
// there is refused unless --update, which replaces it.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>
#include <tuple>
#include <utility>

#include "plift/app/checks.hpp"
#include "plift/app/journey_events.hpp"
#include "plift/app/phase.hpp"
#include "plift/core/error.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"
#include "transfer.hpp"

namespace plift::app {

namespace {

using render::optional_json;

// Runs a check the commands share, whose message names the value as an
// option would ("unknown mode 'walk': …"), and puts the column in front.
template <typename Check>
auto in_column(ImportSession& session, std::string_view name, Check&& check) -> decltype(check()) {
  return session.recorder.policy.in_column(name, std::forward<Check>(check));
}

render::Json date_json(const std::optional<Date>& day) {
  return day ? render::Json(format_date(*day)) : render::Json(nullptr);
}

// --- checklist: company, phase, item, date ---------------------------------

// `plift phase check`; a row may name the item's phase.
void import_tick(ImportSession& session, const ImportRow& row) {
  const std::string& company = row.required_text("company");
  const std::string& item = row.required_text("item");
  std::optional<std::string> phase = empty_as_none(row.text("phase"));
  Date day = row.date("date").value_or(session.session().today());
  check_item(session.recorder, company, item, day, phase);
}

void export_ticks(Session& session, const std::function<void(const render::Json&)>& emit) {
  for (auto& [company, ticks] : store::checklist_ticks_by_company(session.database())) {
    std::sort(ticks.begin(), ticks.end(), [](const ChecklistTick& a, const ChecklistTick& b) {
      return std::tie(a.date, a.phase, a.item) < std::tie(b.date, b.phase, b.item);
    });
    for (const ChecklistTick& tick : ticks) {
      emit({{"company", company}, {"phase", tick.phase}, {"item", tick.item}, {"date", format_date(tick.date)}});
    }
  }
}

// --- visits: company, date, coach, mode, note ------------------------------

// `plift visit log`. An empty coach is a visit without a coach, as the
// export writes visits logged without one.
void import_visit(ImportSession& session, const ImportRow& row) {
  VisitMode mode = VisitMode::onsite;
  if (auto text = empty_as_none(row.text("mode"))) {
    mode = in_column(session, "mode", [&] { return require_visit_mode(*text, "mode"); });
  }
  Date day = row.date("date").value_or(session.session().today());
  const std::string& company = row.required_text("company");
  log_visit(session.recorder, {company, day, empty_as_none(row.text("coach")), mode, row.text("note")});
}

void export_visits(Session& session, const std::function<void(const render::Json&)>& emit) {
  for (const Visit& visit : store::list_visits(session.database(), store::VisitFilter{})) {
    emit({{"id", visit.id},
          {"company", visit.company},
          {"date", format_date(visit.date)},
          {"coach", optional_json(visit.coach)},
          {"mode", to_string(visit.mode)},
          {"note", optional_json(visit.note)}});
  }
}

// --- training: company, person, role, enrolled, completed, dropped ---------

// `plift training enroll`, then `complete` or `drop`, in one row.
void import_participant(ImportSession& session, const ImportRow& row) {
  std::optional<TrainingRole> role;
  if (auto text = empty_as_none(row.text("role"))) {
    role = in_column(session, "role", [&] { return require_training_role(*text, "role"); });
  }
  const std::string& person = row.required_text("person");
  const std::string& company = row.required_text("company");
  Date enrolled = row.date("enrolled").value_or(session.session().today());
  std::optional<Date> completed = row.date("completed");
  std::optional<Date> dropped = row.date("dropped");
  if (completed && dropped) {
    throw UsageError("columns 'completed' and 'dropped': a participant completes the course or drops it, not both");
  }
  // Replacing a participant replaces their role too: employee unless the row says.
  enrol_participant(session.recorder, {company, person, role.value_or(TrainingRole::employee), enrolled});
  if (completed) end_course(session.recorder, {company, person, CourseEnd::completion, *completed});
  if (dropped) end_course(session.recorder, {company, person, CourseEnd::drop, *dropped});
}

void export_participants(Session& session, const std::function<void(const render::Json&)>& emit) {
  for (const TrainingParticipant& p : store::list_participants(session.database(), std::nullopt)) {
    emit({{"id", p.id},
          {"company", p.company},
          {"person", p.person},
          {"role", to_string(p.role)},
          {"enrolled", format_date(p.enrolled)},
          {"completed", date_json(p.completed)},
          {"dropped", date_json(p.dropped)}});
  }
}

// --- gatherings: key, title, date, location, kind ---------------------------

// `plift gathering add`.
void import_gathering(ImportSession& session, const ImportRow& row) {
  NewGathering gathering;
  gathering.key = row.required_text("key");
  gathering.title = row.required_text("title");
  if (auto kind = empty_as_none(row.text("kind"))) {
    gathering.kind = in_column(session, "kind", [&] { return require_gathering_kind(*kind, "kind"); });
  }
  gathering.date = row.required_date("date");
  gathering.location = row.text("location");
  add_gathering(session.recorder, gathering);
}

void export_gatherings(Session& session, const std::function<void(const render::Json&)>& emit) {
  for (const Gathering& g : store::list_gatherings(session.database())) {
    emit({{"key", g.key},
          {"title", g.title},
          {"date", format_date(g.date)},
          {"location", optional_json(g.location)},
          {"kind", to_string(g.kind)}});
  }
}

// --- attendance: gathering, company, guest, people --------------------------

// `plift gathering attend`. A file says in which column a name belongs:
// `company` an enrolled company's key, `guest` a company from outside the
// programme (kept a guest even if its name is an enrolled company's, as the
// export writes it); neither, a head count of its own.
void import_attendance(ImportSession& session, const ImportRow& row) {
  AttendanceRecord attendance;
  attendance.people = row.integer("people");
  attendance.gathering = row.required_text("gathering");
  attendance.company = empty_as_none(row.text("company"));
  attendance.guest = empty_as_none(row.text("guest"));
  record_attendance(session.recorder, attendance);
}

void export_attendance(Session& session, const std::function<void(const render::Json&)>& emit) {
  for (const Gathering& g : store::list_gatherings(session.database())) {
    for (const Attendance& a : g.attendance) {
      emit({{"id", a.id},
            {"gathering", g.key},
            {"company", optional_json(a.company)},
            {"guest", optional_json(a.guest)},
            {"people", a.people}});
    }
  }
}

// --- steering: company, person, role ----------------------------------------

// `plift steering add`.
void import_steering_member(ImportSession& session, const ImportRow& row) {
  const std::string& role_text = row.required_text("role");
  SteeringRole role = in_column(session, "role", [&] { return require_steering_role(role_text, "role"); });
  const std::string& person = row.required_text("person");
  const std::string& company = row.required_text("company");
  add_steering_member(session.recorder, company, person, role);
}

void export_steering(Session& session, const std::function<void(const render::Json&)>& emit) {
  for (const auto& [company, members] : store::steering_groups(session.database())) {
    for (const SteeringMember& member : members) {
      emit({{"id", member.id}, {"company", company}, {"person", member.person}, {"role", to_string(member.role)}});
    }
  }
}

// --- kpis: company, kpi, date, value ----------------------------------------

// A value as `kpi record` reads it (12.5, -3, 12,5), or as the export writes
// a JSON number too small or large for that (1e-07, 1.5e+20).
double kpi_value(const std::string& text) {
  if (parse_decimal_value(text)) return require_kpi_value(text, "column 'value'");
  double value = 0;
  const char* end = text.data() + text.size();
  auto [next, error] = std::from_chars(text.data(), end, value, std::chars_format::scientific);
  if (error == std::errc() && next == end && std::isfinite(value)) return value;
  return require_kpi_value(text, "column 'value'");
}

// `plift kpi record`.
void import_kpi_value(ImportSession& session, const ImportRow& row) {
  double value = kpi_value(row.required_text("value"));
  const std::string& company = row.required_text("company");
  const std::string& kpi = row.required_text("kpi");
  Date day = row.date("date").value_or(session.session().today());
  record_kpi(session.recorder, {company, kpi, value, day});
}

void export_kpi_values(Session& session, const std::function<void(const render::Json&)>& emit) {
  for (const KpiValue& value : store::list_kpi_values(session.database(), std::nullopt)) {
    emit({{"id", value.id},
          {"company", value.company},
          {"kpi", value.kpi},
          {"date", format_date(value.date)},
          {"value", render::recorded_number_json(value.value)}});
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

// `plift assess`, spread over the rows of one assessment: each dimension the
// config's and scored once on the scale, every dimension scored (checked
// when the next assessment's rows begin), and the assessment begun (its
// company and day checked, one already on that day refused or, with
// --update, replaced) with its first row.
void import_assessment_score(ImportSession& session, const ImportRow& row) {
  const Program& program = session.session().program();
  require_assessment_dimensions(program);
  const Company& company = session.recorder.company(row.required_text("company"));
  Date day = row.date("date").value_or(session.session().today());
  const std::string& dimension = row.required_text("dimension");
  require_assessment_dimension(program, dimension);
  const std::string& score_text = row.required_text("score");
  int score = in_column(session, "score", [&] { return require_assessment_score(program, dimension, score_text); });

  auto& rows = session.state<AssessmentRows>("assessments");
  if (rows.current && rows.current->company == company.key && rows.current->date == day) {
    if (rows.current->scores.contains(dimension)) {
      throw UsageError(fmt::format("column 'dimension': '{}' is scored twice in the assessment of {} on {}; score "
                                   "each dimension once",
                                   dimension, company.key, format_date(day)));
    }
  } else {
    if (rows.current) {
      std::vector<std::string> missing = unscored_dimensions(program, rows.current->scores);
      if (!missing.empty()) {
        std::string previous =
            fmt::format("the assessment of {} on {}", rows.current->company, format_date(rows.current->date));
        // This row begins the next assessment, so that a dry run goes on to
        // check that one rather than report the same gap again.
        rows.current = AssessmentRows::Current{company.key, day, {{dimension, score}}};
        rows.begun.emplace(company.key, day);
        throw UsageError(
            fmt::format("{} (the rows before this one) has {}", previous, unscored_message(program, missing)));
      }
    }
    if (rows.begun.contains({company.key, day})) {
      throw UsageError(fmt::format("the rows of the assessment of {} on {} must follow one another; more of them "
                                   "came before another assessment's",
                                   company.key, format_date(day)));
    }
    begin_assessment(session.recorder, company.key, day);
  }
  add_assessment_scores(session.recorder, company.key, day, {{dimension, score}});
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
  const Program& program = session.session().program();
  std::vector<std::string> missing = unscored_dimensions(program, rows.current->scores);
  if (missing.empty()) return;
  throw UsageError(fmt::format("the assessment of {} on {} (the last rows) has {}", rows.current->company,
                               format_date(rows.current->date), unscored_message(program, missing)));
}

void export_assessment_scores(Session& session, const std::function<void(const render::Json&)>& emit) {
  for (const Assessment& assessment : store::list_assessments(session.database(), std::nullopt)) {
    for (const auto& [dimension, score] : assessment.scores) {
      emit({{"id", assessment.id},
            {"company", assessment.company},
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
                      {{"id"}, {"company", true}, {"date"}, {"coach"}, {"mode"}, {"note"}},
                      import_visit,
                      export_visits,
                      nullptr,
                      // Duplicate checks look visits up by company and date, never by coach.
                      {"visit", {"visit_coach_date"}}});
  entities.back().ids = RecordKind::visit;
  entities.push_back({"training",
                      {{"id"}, {"company", true}, {"person", true}, {"role"}, {"enrolled"}, {"completed"}, {"dropped"}},
                      import_participant,
                      export_participants,
                      nullptr});
  entities.back().ids = RecordKind::participant;
  entities.push_back({"gatherings",
                      {{"key", true}, {"title", true}, {"date", true}, {"location"}, {"kind"}},
                      import_gathering,
                      export_gatherings,
                      nullptr});
  entities.push_back({"attendance",
                      {{"id"}, {"gathering", true}, {"company"}, {"guest"}, {"people"}},
                      import_attendance,
                      export_attendance,
                      nullptr});
  entities.back().ids = RecordKind::attendance;
  entities.push_back({"steering",
                      {{"id"}, {"company", true}, {"person", true}, {"role", true}},
                      import_steering_member,
                      export_steering,
                      nullptr});
  entities.back().ids = RecordKind::steering_member;
  entities.push_back({"kpis",
                      {{"id"}, {"company", true}, {"kpi", true}, {"date"}, {"value", true}},
                      import_kpi_value,
                      export_kpi_values,
                      nullptr});
  entities.back().ids = RecordKind::kpi_value;
  entities.push_back({"assessments",
                      {{"id"}, {"company", true}, {"date"}, {"dimension", true}, {"score", true}},
                      import_assessment_score,
                      export_assessment_scores,
                      finish_assessments});
  entities.back().ids = RecordKind::assessment;
}

}  // namespace plift::app
