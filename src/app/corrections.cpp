#include "plift/app/corrections.hpp"

#include <fmt/format.h>

#include <cmath>
#include <limits>

#include "plift/app/checks.hpp"
#include "plift/core/error.hpp"
#include "plift/core/text.hpp"
#include "plift/render/render.hpp"
#include "plift/store/database.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"

namespace plift::app {

namespace {

template <typename Record>
Record require_record(std::optional<Record> found, RecordKind kind, std::int64_t id) {
  if (!found) {
    throw RuleError(fmt::format("no {} with id {} (the ids are shown first in the listings)", describe(kind), id));
  }
  return std::move(*found);
}

std::string value_text(double value) { return render::cell_text(render::recorded_number_json(value)); }

std::optional<std::string> edited_text(const std::optional<std::string>& before, const TextEdit& edit) {
  return edit ? empty_as_none(edit) : before;
}

// The company's other participant or member with the same name, told apart
// from the record itself by id.
template <typename Person>
void require_unique_person(const std::vector<Person>& people, const Person& person, std::string_view group) {
  for (const Person& other : people) {
    if (other.id != person.id && same_person_name(other.person, person.person)) {
      throw RuleError(fmt::format("{} at {} already has {} (#{})", group, person.company, other.person, other.id));
    }
  }
}

}  // namespace

Edited<Pulse> edit_pulse(Session& session, const PulseEdit& edit) {
  store::WriteTransaction tx(session.database());
  Pulse before = require_record(store::find_pulse(session.database(), edit.id), RecordKind::pulse, edit.id);
  Pulse after = before;
  after.date = edit.day.value_or(before.date);
  after.status = edit.status.value_or(before.status);
  after.note = edited_text(before.note, edit.note);
  if (after.date != before.date) {
    require_event_date(session, require_company(session, after.company), after.date, "the pulse date");
    require_no_other_pulse(session, after);
  }
  store::rewrite_pulse(tx, after);
  tx.commit();
  return {before, after};
}

Edited<Visit> edit_visit(Session& session, const VisitEdit& edit) {
  store::WriteTransaction tx(session.database());
  Visit before = require_record(store::find_visit(session.database(), edit.id), RecordKind::visit, edit.id);
  Visit after = before;
  if (edit.coach) {
    if (edit.coach->empty()) throw UsageError("--coach may not be empty");
    after.coach = require_coach(session, *edit.coach).key;
  }
  after.date = edit.day.value_or(before.date);
  after.mode = edit.mode.value_or(before.mode);
  after.note = edited_text(before.note, edit.note);
  if (after.date != before.date) {
    require_event_date(session, require_company(session, after.company), after.date, "the visit date");
  }
  if (after.date != before.date || after.coach != before.coach) {
    store::VisitFilter same_day;
    same_day.company = after.company;
    same_day.since = after.date;
    same_day.until = after.date;
    for (const Visit& logged : store::list_visits(session.database(), same_day)) {
      if (logged.id != after.id && logged.coach == after.coach) {
        throw RuleError(fmt::format("a visit to {} on {}{} is already logged (#{})", after.company,
                                    format_date(after.date),
                                    after.coach ? fmt::format(" by {}", *after.coach) : std::string(" without a coach"),
                                    logged.id));
      }
    }
  }
  store::rewrite_visit(tx, after);
  tx.commit();
  return {before, after};
}

Edited<TrainingParticipant> edit_participant(Session& session, const ParticipantEdit& edit) {
  store::WriteTransaction tx(session.database());
  store::Database& db = session.database();
  TrainingParticipant before = require_record(store::find_participant(db, edit.id), RecordKind::participant, edit.id);
  TrainingParticipant after = before;
  if (edit.person) {
    require_person_name(*edit.person, "--person", "participant");
    after.person = normalize_person_name(*edit.person);
    require_unique_person(store::list_participants(db, after.company), after, "the course");
  }
  after.role = edit.role.value_or(before.role);
  after.enrolled = edit.enrolled.value_or(before.enrolled);
  if (edit.completed) after.completed = *edit.completed;
  if (edit.dropped) after.dropped = *edit.dropped;
  if (after.completed && after.dropped) {
    throw RuleError(fmt::format("{} cannot both complete and drop the course; clear one with --completed none or "
                                 "--dropped none",
                                 after.person));
  }
  Company company = require_company(session, after.company);
  if (after.enrolled != before.enrolled) require_event_date(session, company, after.enrolled, "the enrolment date");
  for (auto [day, what] : {std::pair{after.completed, "the completion date"}, std::pair{after.dropped, "the drop date"}}) {
    if (!day) continue;
    require_event_date(session, company, *day, what);
    require_after_enrolment(after, *day, what);
  }
  store::update_participant(tx, after);
  tx.commit();
  return {before, after};
}

Edited<SteeringMember> edit_steering_member(Session& session, const SteeringEdit& edit) {
  store::WriteTransaction tx(session.database());
  store::Database& db = session.database();
  SteeringMember before =
      require_record(store::find_steering_member(db, edit.id), RecordKind::steering_member, edit.id);
  SteeringMember after = before;
  if (edit.person) {
    require_person_name(*edit.person, "--person", "member");
    after.person = normalize_person_name(*edit.person);
    require_unique_person(store::steering_group(db, after.company), after, "the steering group");
  }
  after.role = edit.role.value_or(before.role);
  store::rewrite_steering_member(tx, after);
  tx.commit();
  return {before, after};
}

Edited<KpiValue> edit_kpi_value(Session& session, const KpiEdit& edit) {
  store::WriteTransaction tx(session.database());
  store::Database& db = session.database();
  KpiValue before = require_record(store::find_kpi_value(db, edit.id), RecordKind::kpi_value, edit.id);
  KpiValue after = before;
  if (edit.kpi) after.kpi = require_kpi(session, *edit.kpi).key;
  if (edit.value) {
    if (!std::isfinite(*edit.value)) throw UsageError("--value must be a decimal number such as 12.5");
    after.value = *edit.value;
  }
  after.date = edit.day.value_or(before.date);
  if (after.date != before.date) {
    require_event_date(session, require_company(session, after.company), after.date, "the date");
  }
  if (after.date != before.date || after.kpi != before.kpi) {
    if (auto other = store::find_kpi_value(db, after.company, after.kpi, after.date)) {
      throw RuleError(fmt::format("{} already has a {} value for {}: {}; correct that one, or remove it first",
                                  after.company, after.kpi, format_date(after.date), value_text(*other)));
    }
  }
  store::rewrite_kpi_value(tx, after);
  tx.commit();
  return {before, after};
}

Edited<Assessment> edit_assessment(Session& session, const AssessmentEdit& edit) {
  store::WriteTransaction tx(session.database());
  store::Database& db = session.database();
  Assessment before = require_record(store::find_assessment(db, edit.id), RecordKind::assessment, edit.id);
  Assessment after = before;
  for (const auto& [dimension, score] : edit.scores) {
    require_assessment_dimension(session.program(), dimension);
    if (!before.scores.contains(dimension)) {
      throw RuleError(fmt::format("assessment #{} of {} has no score of '{}' to correct (a dimension added to the "
                                  "config after it was recorded)",
                                  before.id, before.company, dimension));
    }
    after.scores[dimension] = score;
  }
  after.date = edit.day.value_or(before.date);
  if (after.date != before.date) {
    require_event_date(session, require_company(session, after.company), after.date, "the assessment date");
    if (auto other = store::assessment_on(db, after.company, after.date)) {
      throw RuleError(fmt::format("{} already has an assessment for {} (#{})", after.company, format_date(after.date),
                                  *other));
    }
  }
  store::rewrite_assessment(tx, after);
  tx.commit();
  return {before, after};
}

Edited<AttendanceRecordView> edit_attendance(Session& session, const AttendanceEdit& edit) {
  store::WriteTransaction tx(session.database());
  store::AttendanceRow row =
      require_record(store::find_attendance(session.database(), edit.id), RecordKind::attendance, edit.id);
  AttendanceRecordView before{row.gathering, row.attendance};
  if (edit.people) {
    require_attendance_people(*edit.people, "--people");
    if (*edit.people > std::numeric_limits<int>::max()) {
      throw UsageError(fmt::format("--people: {} is more people than plift counts", *edit.people));
    }
    row.attendance.people = static_cast<int>(*edit.people);
  }
  store::rewrite_attendance(tx, row);
  tx.commit();
  return {before, {row.gathering, row.attendance}};
}

Removed remove_record(Session& session, RecordKind kind, std::int64_t id) {
  store::WriteTransaction tx(session.database());
  store::Database& db = session.database();
  Removed removed{kind, id, {}, {}};
  switch (kind) {
    case RecordKind::pulse: {
      Pulse pulse = require_record(store::find_pulse(db, id), kind, id);
      removed.company = pulse.company;
      removed.summary = fmt::format("{}, {}", format_date(pulse.date), to_string(pulse.status));
      break;
    }
    case RecordKind::visit: {
      Visit visit = require_record(store::find_visit(db, id), kind, id);
      removed.company = visit.company;
      removed.summary = fmt::format("{}, {}{}", format_date(visit.date), to_string(visit.mode),
                                    visit.coach ? " by " + *visit.coach : std::string());
      break;
    }
    case RecordKind::participant: {
      TrainingParticipant participant = require_record(store::find_participant(db, id), kind, id);
      removed.company = participant.company;
      removed.summary = fmt::format("{}, enrolled {}", participant.person, format_date(participant.enrolled));
      break;
    }
    case RecordKind::attendance: {
      store::AttendanceRow row = require_record(store::find_attendance(db, id), kind, id);
      removed.company = row.attendance.company.value_or("");
      removed.summary = fmt::format("{} at {}, {} {}",
                                    row.attendance.company ? *row.attendance.company
                                                           : row.attendance.guest.value_or("head count"),
                                    row.gathering, row.attendance.people, row.attendance.people == 1 ? "person" : "people");
      break;
    }
    case RecordKind::steering_member: {
      SteeringMember member = require_record(store::find_steering_member(db, id), kind, id);
      removed.company = member.company;
      removed.summary = fmt::format("{} ({})", member.person, to_string(member.role));
      break;
    }
    case RecordKind::kpi_value: {
      KpiValue value = require_record(store::find_kpi_value(db, id), kind, id);
      removed.company = value.company;
      removed.summary = fmt::format("{} {} = {}", value.kpi, format_date(value.date), value_text(value.value));
      break;
    }
    case RecordKind::assessment: {
      Assessment assessment = require_record(store::find_assessment(db, id), kind, id);
      removed.company = assessment.company;
      removed.summary = format_date(assessment.date);
      break;
    }
  }
  store::delete_record(tx, kind, id);
  tx.commit();
  return removed;
}

}  // namespace plift::app
