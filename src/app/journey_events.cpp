#include "plift/app/journey_events.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

#include "plift/app/checks.hpp"
#include "plift/core/error.hpp"
#include "plift/core/journey.hpp"
#include "plift/core/keys.hpp"
#include "plift/core/rules.hpp"
#include "plift/core/text.hpp"
#include "plift/render/render.hpp"
#include "plift/store/database.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"

namespace plift::app {

void log_pulse(Recorder& recorder, const PulseLog& request) {
  Session& session = recorder.session;
  const Company& company = recorder.company(request.key);
  if (!recorder.policy.history()) require_active(session, company, "log a pulse meeting for");
  require_event_date(session, company, request.day, recorder.policy.about("date", "the pulse date"));
  Pulse pulse{company.key, request.day, request.status, empty_as_none(request.note)};
  // One pulse meeting a day: a second would hide the first from "the latest pulse".
  if (std::optional<Pulse> logged = store::find_pulse_on(session.database(), company.key, request.day)) {
    if (recorder.policy.replaces()) {
      pulse.id = logged->id;
      store::rewrite_pulse(recorder.tx, pulse);
      return;
    }
    recorder.policy.refuse_existing(
        fmt::format("{} already has a pulse meeting on {} (#{}, {})", company.key, format_date(request.day),
                    logged->id, to_string(logged->status)),
        fmt::format("; correct that one with 'plift pulse edit {}'", logged->id), "its status and note");
  }
  // One prepared statement for every pulse the recorder writes.
  pulse.id = recorder.record_id;
  recorder.insert_pulse(pulse);
}

void log_pulse(Session& session, const PulseLog& request) {
  store::WriteTransaction tx(session.database());
  Recorder recorder(session, tx, RecordingPolicy::command());
  log_pulse(recorder, request);
  tx.commit();
}

Visit log_visit(Recorder& recorder, const VisitLog& request) {
  Session& session = recorder.session;
  const RecordingPolicy& policy = recorder.policy;
  if (request.coach && request.coach->empty()) {
    throw UsageError(fmt::format("{} may not be empty", policy.name("--coach", "coach")));
  }
  const Company& company = recorder.company(request.key);
  std::optional<std::string> coach = policy.history() ? std::nullopt : company.coach;
  if (request.coach) coach = require_coach(session, *request.coach).key;
  require_event_date(session, company, request.day, policy.about("date", "the visit date"));
  Visit visit{company.key, request.day, coach, request.mode, empty_as_none(request.note)};
  visit.id = recorder.record_id;
  if (policy.replaces()) {
    if (store::update_visit(recorder.tx, visit)) return visit;
  } else {
    try {
      require_visit_not_logged(session, company.key, request.day, coach);
    } catch (const RuleError& e) {
      policy.refuse_existing(e.what(), {}, "its mode and note");
    }
  }
  store::insert_visit(recorder.tx, visit);
  return visit;
}

Visit log_visit(Session& session, const VisitLog& request) {
  store::WriteTransaction tx(session.database());
  Recorder recorder(session, tx, RecordingPolicy::command());
  Visit visit = log_visit(recorder, request);
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

}  // namespace

template <typename Person>
std::optional<Person> person_named(std::vector<Person> people, const std::string& name, std::string_view group) {
  std::string normal = normalize_person_name(name);
  std::vector<Person> alike;
  for (Person& person : people) {
    if (person.person == normal) return std::move(person);
    if (same_person_name(person.person, normal)) alike.push_back(std::move(person));
  }
  if (alike.size() > 1) {
    // Two names that differ only in case, kept from before names were matched so.
    std::vector<std::string> named;
    for (const Person& person : alike) named.push_back(fmt::format("{} (#{})", person.person, person.id));
    throw RuleError(fmt::format("'{}' matches {} in {}; name one exactly as written", name, join_list(named), group));
  }
  if (alike.empty()) return std::nullopt;
  return std::move(alike.front());
}

namespace {

// The company's participant of that name, however its case and blanks were typed.
std::optional<TrainingParticipant> find_participant_named(Session& session, const std::string& company,
                                                          const std::string& person) {
  return person_named(store::list_participants(session.database(), company), person, "the course at " + company);
}

// The participant with this name, or RuleError naming the company's participants.
TrainingParticipant require_participant(Session& session, const Company& company, const std::string& person) {
  store::Database& db = session.database();
  if (auto participant = find_participant_named(session, company.key, person)) return *participant;
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

Enrolled enrol_participant(Recorder& recorder, const Enrolment& request) {
  Session& session = recorder.session;
  const RecordingPolicy& policy = recorder.policy;
  require_person_name(request.person, policy.name("--person", "person"), "participant");
  const Company& company = recorder.company(request.key);
  if (!policy.history()) require_active(session, company, "enrol course participants at");
  require_event_date(session, company, request.day, policy.about("enrolled", "the enrolment date"));
  std::optional<TrainingParticipant> existing = find_participant_named(session, company.key, request.person);
  // A participant keeps the name they were first enrolled under.
  std::string person = existing ? existing->person : normalize_person_name(request.person);
  Enrolled enrolled{{company.key, person, request.role.value_or(TrainingRole::employee), request.day,
                     std::nullopt, std::nullopt},
                    std::nullopt,
                    {}};
  enrolled.participant.id = existing ? existing->id : recorder.record_id;
  if (!existing) {
    store::insert_participant(recorder.tx, enrolled.participant);
  } else if (policy.existing == RecordingPolicy::Existing::refuse) {
    policy.refuse_existing(fmt::format("{} at {} is already a course participant (enrolled {})", person,
                                       company.key, format_date(existing->enrolled)));
  } else if (policy.replaces()) {
    store::update_participant(recorder.tx, enrolled.participant);
  } else if (existing->completed) {
    throw RuleError(fmt::format("{} at {} already completed the course on {}", person, company.key,
                                format_date(*existing->completed)));
  } else if (!existing->dropped) {
    throw RuleError(fmt::format("{} at {} is already enrolled in the course, since {}", person, company.key,
                                format_date(existing->enrolled)));
  } else {
    // Coming back after dropping out starts the course afresh: the new
    // enrolment replaces the old one, and the drop is forgotten.
    if (request.day < *existing->dropped) {
      throw RuleError(fmt::format("the enrolment date {} is before {} dropped the course on {}",
                                  format_date(request.day), person, format_date(*existing->dropped)));
    }
    enrolled.participant.role = request.role.value_or(existing->role);
    enrolled.dropped_before = existing->dropped;
    store::update_participant(recorder.tx, enrolled.participant);
  }
  return enrolled;
}

Enrolled enrol_participant(Session& session, const Enrolment& request) {
  store::WriteTransaction tx(session.database());
  Recorder recorder(session, tx, RecordingPolicy::command());
  Enrolled enrolled = enrol_participant(recorder, request);
  enrolled.count = company_course(session, enrolled.participant.company);
  tx.commit();
  return enrolled;
}

void end_course(Recorder& recorder, const CourseEnding& request) {
  Session& session = recorder.session;
  const RecordingPolicy& policy = recorder.policy;
  require_person_name(request.person, policy.name("--person", "person"), "participant");
  bool completion = request.end == CourseEnd::completion;
  const Company& company = recorder.company(request.key);
  if (!policy.history()) {
    require_active(session, company, completion ? "record course completions at" : "record course drop-outs at");
  }
  TrainingParticipant participant = participant_on_course(session, company, request.person, request.end);
  std::string what = policy.about(completion ? "completed" : "dropped",
                                  completion ? "the completion date" : "the drop date");
  require_event_date(session, company, request.day, what);
  require_after_enrolment(participant, request.day, what);
  (completion ? participant.completed : participant.dropped) = request.day;
  store::update_participant(recorder.tx, participant);
}

CourseCount end_course(Session& session, const CourseEnding& request) {
  store::WriteTransaction tx(session.database());
  Recorder recorder(session, tx, RecordingPolicy::command());
  end_course(recorder, request);
  CourseCount count = company_course(session, recorder.company(request.key).key);
  tx.commit();
  return count;
}

namespace {

std::string people_text(long long people) { return people == 1 ? "1 person" : fmt::format("{} people", people); }

// Whether an attendee may stand at the gathering: a joint gathering takes
// enrolled companies whose journey includes its day, a seminar anyone.
void require_attendee_fits(Recorder& recorder, const Gathering& gathering, const Attendance& attendance) {
  if (gathering.kind != GatheringKind::joint) return;
  if (attendance.company) {
    require_event_date(recorder.session, recorder.company(*attendance.company), gathering.date,
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

}  // namespace

void add_gathering(Recorder& recorder, const NewGathering& request) {
  Session& session = recorder.session;
  const RecordingPolicy& policy = recorder.policy;
  policy.in_column("key", [&] { require_valid_key(request.key, "gathering key"); });
  Gathering gathering{request.key, trim_blanks(request.title), request.date, std::nullopt, request.kind, {}};
  require_text(gathering.title, policy.name("--title", "title"));
  if (request.location) {
    std::string location = trim_blanks(*request.location);
    if (!location.empty()) gathering.location = location;
  }
  // A gathering may lie in the future: the programme plans them ahead.
  auto existing = store::find_gathering(session.database(), request.key);
  if (!existing) {
    store::insert_gathering(recorder.tx, gathering);
    return;
  }
  if (!policy.replaces()) {
    policy.refuse_existing(fmt::format("a gathering with key '{}' already exists ({}, {})", request.key,
                                       existing->title, format_date(existing->date)));
  }
  // The new day and kind must still suit the attendance recorded.
  if (!existing->attendance.empty()) {
    try {
      require_gathering_held(session, gathering);
      for (const Attendance& attendance : existing->attendance) require_attendee_fits(recorder, gathering, attendance);
    } catch (const RuleError& e) {
      throw RuleError(fmt::format("cannot replace gathering {}: its recorded attendance would no longer hold: {}",
                                  gathering.key, e.what()));
    }
  }
  store::update_gathering(recorder.tx, gathering);
  recorder.forget_gathering(gathering.key);
}

void add_gathering(Session& session, const NewGathering& request) {
  store::WriteTransaction tx(session.database());
  Recorder recorder(session, tx, RecordingPolicy::command());
  add_gathering(recorder, request);
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

// Only enrolled companies may attend a joint gathering.
Company require_joint_attendee(Session& session, const std::string& key) {
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
  return *company;
}

}  // namespace

Attended record_attendance(Recorder& recorder, const AttendanceRecord& request) {
  Session& session = recorder.session;
  const RecordingPolicy& policy = recorder.policy;
  if (request.people) {
    require_attendance_people(*request.people, policy.name("--people", "people"));
    if (*request.people > std::numeric_limits<int>::max()) {
      throw UsageError(policy.about("people", fmt::format("{} is more people than plift counts", *request.people)));
    }
  }
  Gathering& gathering = recorder.gathering(request.gathering);
  std::string name = request.company ? trim_blanks(*request.company) : std::string();
  if (request.company && name.empty()) {
    throw UsageError(fmt::format("{} may not be empty", policy.name("the company", "company")));
  }
  std::optional<std::string> guest;
  if (request.guest) {
    guest = trim_blanks(*request.guest);
    if (guest->empty()) throw UsageError(fmt::format("{} may not be blank", policy.name("the guest", "guest")));
    if (request.company) {
      throw UsageError("columns 'company' and 'guest': a row names an enrolled company or a guest, not both");
    }
  }
  // Attendance is a fact: a planned gathering has none yet.
  require_gathering_held(session, gathering);
  Attended attended{gathering, {}, std::nullopt, {}};
  Attendance& attendance = attended.attendance;
  if (guest) {
    attendance.guest = guest;
  } else if (!name.empty()) {
    if (policy.history()) {
      attendance.company = recorder.company(name).key;
    } else if (gathering.kind == GatheringKind::joint) {
      attendance.company = require_joint_attendee(session, name).key;
    } else if (auto company = find_enrolled(session, name)) {
      attendance.company = company->key;
    } else {
      // At a seminar any name that is no enrolled company is a guest from outside the programme.
      attendance.guest = name;
      // A mistyped key would otherwise pass silently as a guest.
      attended.guest_hint = did_you_mean(name, store::company_keys(session.database()));
    }
  } else if (gathering.kind == GatheringKind::joint) {
    throw UsageError(policy.about("company", fmt::format("give the key of the company that attended: {} is a joint "
                                                         "gathering of enrolled companies",
                                                         gathering.key)));
  } else if (!request.people) {
    if (policy.names == RecordingPolicy::Names::options) {
      throw UsageError("give the company that attended, or --people N for a head count without a company");
    }
    throw UsageError(policy.about("people", "give the company that attended, a guest, or the number of people for a "
                                            "head count without a company"));
  }
  require_attendee_fits(recorder, gathering, attendance);
  attendance.people = static_cast<int>(request.people.value_or(1));
  attendance.id = recorder.record_id;
  auto same_attendee = [&](const Attendance& existing) {
    return (attendance.company && existing.company == attendance.company) ||
           (attendance.guest && existing.guest == attendance.guest);
  };
  auto existing = std::find_if(gathering.attendance.begin(), gathering.attendance.end(), same_attendee);
  if (existing != gathering.attendance.end()) {
    if (policy.existing == RecordingPolicy::Existing::refuse) {
      std::string who = attendance.company ? *attendance.company : fmt::format("guest '{}'", *attendance.guest);
      policy.refuse_existing(
          fmt::format("{} is already recorded at {} with {}", who, gathering.key, people_text(existing->people)));
    }
    attended.replaced = existing->people;
  }
  bool replaced = store::upsert_attendance(recorder.tx, gathering.key, attendance);
  // The recorder's gathering as the write left it, for the attendance recorded next.
  if (replaced && existing != gathering.attendance.end()) {
    existing->people = attendance.people;
  } else {
    gathering.attendance.push_back(attendance);
  }
  return attended;
}

Attended record_attendance(Session& session, const AttendanceRecord& request) {
  store::WriteTransaction tx(session.database());
  Recorder recorder(session, tx, RecordingPolicy::command());
  Attended attended = record_attendance(recorder, request);
  tx.commit();
  return attended;
}

SteeringChange add_steering_member(Recorder& recorder, const std::string& key, const std::string& person,
                                   SteeringRole role) {
  Session& session = recorder.session;
  const RecordingPolicy& policy = recorder.policy;
  require_person_name(person, policy.name("--person", "person"), "member");
  store::Database& db = session.database();
  const Company& company = recorder.company(key);
  if (!policy.history()) require_active(session, company, "change the steering group of");
  SteeringChange change;
  std::optional<SteeringMember> existing =
      person_named(store::steering_group(db, company.key), person, "the steering group of " + company.key);
  change.person = existing ? existing->person : normalize_person_name(person);
  if (existing) change.before = existing->role;
  if (existing && policy.existing == RecordingPolicy::Existing::refuse) {
    policy.refuse_existing(fmt::format("{} is already in the steering group of {} as {}", existing->person,
                                       company.key, to_string(existing->role)));
  }
  if (!existing) {
    SteeringMember member{company.key, normalize_person_name(person), role};
    member.id = recorder.record_id;
    store::upsert_steering_member(recorder.tx, member);
  } else if (existing->role != role) {
    existing->role = role;
    store::rewrite_steering_member(recorder.tx, *existing);
  }
  change.members = store::steering_group(db, company.key);
  return change;
}

SteeringChange add_steering_member(Session& session, const std::string& key, const std::string& person,
                                   SteeringRole role) {
  store::WriteTransaction tx(session.database());
  Recorder recorder(session, tx, RecordingPolicy::command());
  SteeringChange change = add_steering_member(recorder, key, person, role);
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
  std::vector<SteeringMember> group = store::steering_group(db, company.key);
  for (const SteeringMember& member : group) names.push_back(member.person);
  std::optional<SteeringMember> existing = person_named(group, person, "the steering group of " + company.key);
  if (existing) {
    change.before = existing->role;
    change.person = existing->person;
  }
  if (!change.before) {
    if (names.empty()) throw RuleError(fmt::format("{} has no steering-group members yet", company.key));
    throw RuleError(fmt::format("no steering-group member '{}' at {}{}; its members: {}", person, company.key,
                                did_you_mean(person, names), join_list(names, 20)));
  }
  store::delete_record(tx, RecordKind::steering_member, existing->id);
  change.members = store::steering_group(db, company.key);
  tx.commit();
  return change;
}

std::optional<double> record_kpi(Recorder& recorder, const KpiRecord& request) {
  Session& session = recorder.session;
  const RecordingPolicy& policy = recorder.policy;
  const Company& company = recorder.company(request.key);
  const KpiDefinition& kpi = require_kpi(session, request.kpi);
  require_event_date(session, company, request.day, policy.about("date", "the date"));
  if (policy.existing == RecordingPolicy::Existing::refuse) {
    if (auto existing = store::find_kpi_value(session.database(), company.key, kpi.key, request.day)) {
      policy.refuse_existing(fmt::format("{} already has a {} value for {}: {}", company.key, kpi.key,
                                         format_date(request.day),
                                         render::cell_text(render::recorded_number_json(*existing))));
    }
  }
  KpiValue value{company.key, kpi.key, request.day, request.value};
  value.id = recorder.record_id;
  return store::upsert_kpi_value(recorder.tx, value);
}

std::optional<double> record_kpi(Session& session, const KpiRecord& request) {
  store::WriteTransaction tx(session.database());
  Recorder recorder(session, tx, RecordingPolicy::command());
  std::optional<double> previous = record_kpi(recorder, request);
  tx.commit();
  return previous;
}

void begin_assessment(Recorder& recorder, const std::string& key, Date day) {
  Session& session = recorder.session;
  const RecordingPolicy& policy = recorder.policy;
  const Company& company = recorder.company(key);
  require_event_date(session, company, day, policy.about("date", "the assessment date"));
  std::optional<std::int64_t> existing = store::assessment_on(session.database(), company.key, day);
  if (!existing) return;
  if (!policy.replaces()) {
    policy.refuse_existing(fmt::format("{} already has an assessment for {}", company.key, format_date(day)),
                           "; an assessment is never replaced");
  }
  // The assessment replaced keeps its id, unless the row gives one.
  if (recorder.record_id == 0) recorder.record_id = *existing;
  store::delete_assessment(recorder.tx, company.key, day);
}

void add_assessment_scores(Recorder& recorder, const std::string& key, Date day,
                           const std::map<std::string, int>& scores) {
  Assessment assessment{recorder.company(key).key, day, scores};
  assessment.id = recorder.record_id;
  store::insert_assessment(recorder.tx, assessment);
}

std::vector<Assessment> record_assessment(Session& session, const std::string& key, Date day,
                                          const std::map<std::string, int>& scores) {
  store::WriteTransaction tx(session.database());
  Recorder recorder(session, tx, RecordingPolicy::command());
  begin_assessment(recorder, key, day);
  add_assessment_scores(recorder, key, day, scores);
  std::vector<Assessment> all = store::list_assessments(session.database(), recorder.company(key).key);
  tx.commit();
  return all;
}

}  // namespace plift::app
