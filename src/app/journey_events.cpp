#include "plift/app/journey_events.hpp"

#include <fmt/format.h>

#include "plift/app/checks.hpp"
#include "plift/core/error.hpp"
#include "plift/core/journey.hpp"
#include "plift/core/keys.hpp"
#include "plift/core/rules.hpp"
#include "plift/store/database.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"

namespace plift::app {

void log_pulse(Session& session, const PulseLog& request) {
  store::WriteTransaction tx(session.database());
  Company company = require_company(session, request.key);
  require_active(session, company, "log a pulse meeting for");
  require_event_date(session, company, request.day, "the pulse date");
  store::insert_pulse(tx, {company.key, request.day, request.status, empty_as_none(request.note)});
  tx.commit();
}

Visit log_visit(Session& session, const VisitLog& request) {
  if (request.coach && request.coach->empty()) throw UsageError("--coach may not be empty");
  store::WriteTransaction tx(session.database());
  Company company = require_company(session, request.key);
  std::optional<std::string> coach = company.coach;
  if (request.coach) coach = require_coach(session, *request.coach).key;
  require_event_date(session, company, request.day, "the visit date");
  require_visit_not_logged(session, company.key, request.day, coach);
  Visit visit{company.key, request.day, coach, request.mode, empty_as_none(request.note)};
  store::insert_visit(tx, visit);
  tx.commit();
  return visit;
}

CourseCount count_course(const std::vector<TrainingParticipant>& participants, int required) {
  CourseCount count;
  count.participants = course_participants(participants);
  count.required = required;
  for (const TrainingParticipant& p : participants) {
    switch (p.status()) {
      case TrainingStatus::enrolled:
        ++count.enrolled;
        break;
      case TrainingStatus::completed:
        ++count.completed;
        break;
      case TrainingStatus::dropped:
        ++count.dropped;
        break;
    }
  }
  return count;
}

namespace {

CourseCount company_course(Session& session, const std::string& company) {
  return count_course(store::list_participants(session.database(), company),
                      session.program().training_min_per_company);
}

// The participant with this name, or RuleError naming the company's participants.
TrainingParticipant require_participant(Session& session, const Company& company, const std::string& person) {
  store::Database& db = session.database();
  if (auto participant = store::find_participant(db, company.key, person)) return *participant;
  std::vector<std::string> names;
  for (const TrainingParticipant& p : store::list_participants(db, company.key)) names.push_back(p.person);
  if (names.empty()) {
    throw RuleError(fmt::format(
        "{} has no course participants yet; enrol one with 'plift training enroll {} --person NAME'", company.key,
        company.key));
  }
  throw RuleError(fmt::format("no course participant '{}' at {}{}; its participants: {}", person, company.key,
                              did_you_mean(person, names), join_list(names, 20)));
}

// The participant whose course is to end, refused unless still on the course.
TrainingParticipant participant_on_course(Session& session, const Company& company, const std::string& person,
                                          CourseEnd end) {
  TrainingParticipant participant = require_participant(session, company, person);
  if (participant.completed) {
    throw RuleError(end == CourseEnd::completion
                        ? fmt::format("{} at {} already completed the course on {}", person, company.key,
                                      format_date(*participant.completed))
                        : fmt::format("cannot drop {} at {}: they completed the course on {}", person, company.key,
                                      format_date(*participant.completed)));
  }
  if (participant.dropped) {
    throw RuleError(end == CourseEnd::drop
                        ? fmt::format("{} at {} already dropped the course on {}", person, company.key,
                                      format_date(*participant.dropped))
                        : fmt::format("cannot complete the course for {} at {}: they dropped it on {}; re-enrol "
                                      "them first with 'plift training enroll {} --person NAME'",
                                      person, company.key, format_date(*participant.dropped), company.key));
  }
  return participant;
}

}  // namespace

Enrolled enrol_participant(Session& session, const Enrolment& request) {
  require_person_name(request.person, "--person", "participant");
  store::WriteTransaction tx(session.database());
  Company company = require_company(session, request.key);
  require_active(session, company, "enrol course participants at");
  require_event_date(session, company, request.day, "the enrolment date");
  std::optional<TrainingParticipant> existing = store::find_participant(session.database(), company.key,
                                                                        request.person);
  Enrolled enrolled{{company.key, request.person, request.role.value_or(TrainingRole::employee), request.day,
                     std::nullopt, std::nullopt},
                    std::nullopt,
                    {}};
  if (!existing) {
    store::insert_participant(tx, enrolled.participant);
  } else if (existing->completed) {
    throw RuleError(fmt::format("{} at {} already completed the course on {}", request.person, company.key,
                                format_date(*existing->completed)));
  } else if (!existing->dropped) {
    throw RuleError(fmt::format("{} at {} is already enrolled in the course, since {}", request.person, company.key,
                                format_date(existing->enrolled)));
  } else {
    // Coming back after dropping out starts the course afresh: the new
    // enrolment replaces the old one, and the drop is forgotten.
    if (request.day < *existing->dropped) {
      throw RuleError(fmt::format("the enrolment date {} is before {} dropped the course on {}",
                                  format_date(request.day), request.person, format_date(*existing->dropped)));
    }
    enrolled.participant.role = request.role.value_or(existing->role);
    enrolled.dropped_before = existing->dropped;
    store::update_participant(tx, enrolled.participant);
  }
  enrolled.count = company_course(session, company.key);
  tx.commit();
  return enrolled;
}

CourseCount end_course(Session& session, const CourseEnding& request) {
  require_person_name(request.person, "--person", "participant");
  bool completion = request.end == CourseEnd::completion;
  store::WriteTransaction tx(session.database());
  Company company = require_company(session, request.key);
  require_active(session, company, completion ? "record course completions at" : "record course drop-outs at");
  TrainingParticipant participant = participant_on_course(session, company, request.person, request.end);
  std::string_view what = completion ? "the completion date" : "the drop date";
  require_event_date(session, company, request.day, what);
  require_after_enrolment(participant, request.day, what);
  (completion ? participant.completed : participant.dropped) = request.day;
  store::update_participant(tx, participant);
  CourseCount count = company_course(session, company.key);
  tx.commit();
  return count;
}

void add_gathering(Session& session, const NewGathering& request) {
  require_valid_key(request.key, "gathering key");
  Gathering gathering{request.key, trim_blanks(request.title), request.date, std::nullopt, request.kind, {}};
  if (gathering.title.empty()) throw UsageError("--title may not be empty");
  if (request.location) {
    std::string location = trim_blanks(*request.location);
    if (!location.empty()) gathering.location = location;
  }
  store::WriteTransaction tx(session.database());
  if (auto existing = store::find_gathering(session.database(), request.key)) {
    throw RuleError(fmt::format("a gathering with key '{}' already exists ({}, {})", request.key, existing->title,
                                format_date(existing->date)));
  }
  store::insert_gathering(tx, gathering);
  tx.commit();
}

namespace {

// An enrolled company named by its key, or by its exact name as coordinators
// often type it.
std::optional<Company> find_enrolled(Session& session, const std::string& name) {
  store::Database& db = session.database();
  if (auto company = store::find_company(db, name)) return company;
  for (const store::CompanyOverview& row : store::list_companies(db)) {
    if (row.company.name == name) return row.company;
  }
  return std::nullopt;
}

// Only enrolled companies whose journey includes the day may attend a joint
// gathering.
Company require_joint_attendee(Session& session, const Gathering& gathering, const std::string& key) {
  auto company = find_enrolled(session, key);
  if (!company) {
    std::vector<std::string> known = store::company_keys(session.database());
    if (known.empty()) {
      throw RuleError(fmt::format("no company '{}': there are no companies yet; add one with 'plift company add'", key));
    }
    throw RuleError(fmt::format("no company '{}'{}; known companies: {} (only seminars take guests from outside "
                                "the programme)",
                                key, did_you_mean(key, known), join_list(known)));
  }
  require_event_date(session, *company, gathering.date, fmt::format("joint gathering {} on", gathering.key));
  return *company;
}

}  // namespace

Attended record_attendance(Session& session, const AttendanceRecord& request) {
  if (request.people) require_attendance_people(*request.people, "--people");
  store::WriteTransaction tx(session.database());
  Gathering gathering = require_gathering(session, request.gathering);
  std::string name = request.company ? trim_blanks(*request.company) : std::string();
  if (request.company && name.empty()) throw UsageError("the company may not be empty");
  // Attendance is a fact: a planned gathering has none yet.
  require_gathering_held(session, gathering);
  Attended attended{gathering, {}, std::nullopt, {}};
  Attendance& attendance = attended.attendance;
  if (gathering.kind == GatheringKind::joint) {
    if (name.empty()) {
      throw UsageError(fmt::format("give the key of the company that attended: {} is a joint gathering of enrolled "
                                   "companies",
                                   gathering.key));
    }
    attendance.company = require_joint_attendee(session, gathering, name).key;
  } else if (!name.empty()) {
    // At a seminar any name that is no enrolled company is a guest from outside the programme.
    if (auto company = find_enrolled(session, name)) {
      attendance.company = company->key;
    } else {
      attendance.guest = name;
      // A mistyped key would otherwise pass silently as a guest.
      attended.guest_hint = did_you_mean(name, store::company_keys(session.database()));
    }
  } else if (!request.people) {
    throw UsageError("give the company that attended, or --people N for a head count without a company");
  }
  attendance.people = request.people.value_or(1);
  for (const Attendance& existing : gathering.attendance) {
    bool same = (attendance.company && existing.company == attendance.company) ||
                (attendance.guest && existing.guest == attendance.guest);
    if (same) attended.replaced = existing.people;
  }
  store::upsert_attendance(tx, gathering.key, attendance);
  tx.commit();
  return attended;
}

SteeringChange add_steering_member(Session& session, const std::string& key, const std::string& person,
                                   SteeringRole role) {
  require_person_name(person, "--person", "member");
  store::WriteTransaction tx(session.database());
  store::Database& db = session.database();
  Company company = require_company(session, key);
  require_active(session, company, "change the steering group of");
  SteeringChange change;
  for (const SteeringMember& member : store::steering_group(db, company.key)) {
    if (member.person == person) change.before = member.role;
  }
  if (change.before != role) store::upsert_steering_member(tx, {company.key, person, role});
  change.members = store::steering_group(db, company.key);
  tx.commit();
  return change;
}

SteeringChange remove_steering_member(Session& session, const std::string& key, const std::string& person) {
  require_person_name(person, "--person", "member");
  store::WriteTransaction tx(session.database());
  store::Database& db = session.database();
  Company company = require_company(session, key);
  require_active(session, company, "change the steering group of");
  SteeringChange change;
  std::vector<std::string> names;
  for (const SteeringMember& member : store::steering_group(db, company.key)) {
    names.push_back(member.person);
    if (member.person == person) change.before = member.role;
  }
  if (!change.before) {
    if (names.empty()) throw RuleError(fmt::format("{} has no steering-group members yet", company.key));
    throw RuleError(fmt::format("no steering-group member '{}' at {}{}; its members: {}", person, company.key,
                                did_you_mean(person, names), join_list(names, 20)));
  }
  store::delete_steering_member(tx, company.key, person);
  change.members = store::steering_group(db, company.key);
  tx.commit();
  return change;
}

std::optional<double> record_kpi(Session& session, const KpiRecord& request) {
  store::WriteTransaction tx(session.database());
  Company company = require_company(session, request.key);
  const KpiDefinition& kpi = require_kpi(session, request.kpi);
  require_event_date(session, company, request.day, "the date");
  std::optional<double> previous = store::upsert_kpi_value(tx, {company.key, kpi.key, request.day, request.value});
  tx.commit();
  return previous;
}

std::vector<Assessment> record_assessment(Session& session, const std::string& key, Date day,
                                          const std::map<std::string, int>& scores) {
  store::WriteTransaction tx(session.database());
  store::Database& db = session.database();
  Company company = require_company(session, key);
  require_event_date(session, company, day, "the assessment date");
  if (store::assessment_exists(db, company.key, day)) {
    throw RuleError(fmt::format("{} already has an assessment for {}; an assessment is never replaced", company.key,
                                format_date(day)));
  }
  store::insert_assessment(tx, {company.key, day, scores});
  std::vector<Assessment> all = store::list_assessments(db, company.key);
  tx.commit();
  return all;
}

}  // namespace plift::app
