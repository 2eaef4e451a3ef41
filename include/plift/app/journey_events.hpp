#pragma once
// What a coordinator records along a company's journey: pulse meetings, coach
// visits, Lean-course participants, gatherings and who attended them,
// steering-group members, key figures and assessments. Each function is one
// command's use case: it opens its transaction, then reads, checks and writes.
// Those an import row stands for have a second form on a Recorder
// (recording.hpp), which records in the import's transaction under its policy.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "plift/app/recording.hpp"
#include "plift/app/session.hpp"
#include "plift/core/records.hpp"

namespace plift::app {

// plift pulse log
struct PulseLog {
  std::string key;
  PulseStatus status = PulseStatus::green;
  Date day;
  std::optional<std::string> note;  // empty: none
};
void log_pulse(Session& session, const PulseLog& request);
void log_pulse(Recorder& recorder, const PulseLog& request);

// plift visit log: by the coach given, else the company's own coach (in
// history: else by none).
struct VisitLog {
  std::string key;
  Date day;
  std::optional<std::string> coach;
  VisitMode mode = VisitMode::onsite;
  std::optional<std::string> note;  // empty: none
};
// The visit as logged (with the coach it counts for).
Visit log_visit(Session& session, const VisitLog& request);
// A visit by the same coach on the same day is refused, or under
// Existing::replace given the new mode and note.
Visit log_visit(Recorder& recorder, const VisitLog& request);

// The course quota of one company after a change.
struct CourseCount {
  int participants = 0;  // those who count: enrolled or completed
  int enrolled = 0;
  int completed = 0;
  int dropped = 0;
  int required = 0;
  bool met() const { return participants >= required; }
  int missing() const { return participants >= required ? 0 : required - participants; }
};
CourseCount count_course(const std::vector<TrainingParticipant>& participants, int required);

// plift training enroll|complete|drop
struct Enrolment {
  std::string key;
  std::string person;
  std::optional<TrainingRole> role;  // none: employee, or the role they had
  Date day;
};
struct Enrolled {
  TrainingParticipant participant;
  std::optional<Date> dropped_before;  // a re-enrolment: the day they had dropped
  CourseCount count;                   // the company's course afterwards (the command's form only)
};
Enrolled enrol_participant(Session& session, const Enrolment& request);
// A participant already there re-enrols after a drop, as the command allows,
// or is refused; under Existing::replace the enrolment replaces theirs, a
// completion or drop forgotten. An import row needs no count: it is left empty.
Enrolled enrol_participant(Recorder& recorder, const Enrolment& request);

enum class CourseEnd { completion, drop };
struct CourseEnding {
  std::string key;
  std::string person;
  CourseEnd end = CourseEnd::completion;
  Date day;
};
// The command's form returns the company's course afterwards.
CourseCount end_course(Session& session, const CourseEnding& request);
void end_course(Recorder& recorder, const CourseEnding& request);

// plift gathering add|attend
struct NewGathering {
  std::string key;
  std::string title;
  Date date;
  std::optional<std::string> location;
  GatheringKind kind = GatheringKind::joint;
};
void add_gathering(Session& session, const NewGathering& request);
// A gathering whose key exists is refused, or under Existing::replace
// replaced when its day and kind still suit the attendance recorded.
void add_gathering(Recorder& recorder, const NewGathering& request);

struct AttendanceRecord {
  std::string gathering;
  // A company's key or exact name; at a seminar also a guest. In history a
  // company's key only, as the export writes it: nothing is guessed.
  std::optional<std::string> company;
  std::optional<long long> people;
  std::optional<std::string> guest = {};  // a company from outside the programme, named as a guest
};
struct Attended {
  Gathering gathering;           // as it stood before
  Attendance attendance;         // as recorded
  std::optional<int> replaced;   // the head count it replaced
  std::string guest_hint;        // for a guest: " (did you mean …?)" when close to a company key
};
Attended record_attendance(Session& session, const AttendanceRecord& request);
// The same attendee recorded again replaces the head count, or is refused
// under Existing::refuse.
Attended record_attendance(Recorder& recorder, const AttendanceRecord& request);

// plift steering add|remove
struct SteeringChange {
  std::string person;                   // the name as the group knows them
  std::optional<SteeringRole> before;   // the role the person had
  std::vector<SteeringMember> members;  // the group afterwards
};
SteeringChange add_steering_member(Session& session, const std::string& key, const std::string& person,
                                   SteeringRole role);
// A member already in the group gets the role, or is refused under Existing::refuse.
SteeringChange add_steering_member(Recorder& recorder, const std::string& key, const std::string& person,
                                   SteeringRole role);
SteeringChange remove_steering_member(Session& session, const std::string& key, const std::string& person);

// plift kpi record: returns the value it replaced, if any.
struct KpiRecord {
  std::string key;
  std::string kpi;
  double value = 0;
  Date day;
};
std::optional<double> record_kpi(Session& session, const KpiRecord& request);
// A value already recorded for the day is replaced, or refused under Existing::refuse.
std::optional<double> record_kpi(Recorder& recorder, const KpiRecord& request);

// plift assess: returns every assessment of the company, oldest first.
std::vector<Assessment> record_assessment(Session& session, const std::string& key, Date day,
                                          const std::map<std::string, int>& scores);
// The same, in two steps, for an assessment recorded over several calls (an
// import's rows, one per dimension). begin_assessment checks the company and
// the day; an assessment already on that day is refused (never replaced, the
// command says), or under Existing::replace removed. add_assessment_scores
// then writes scores the assessment does not have yet.
void begin_assessment(Recorder& recorder, const std::string& key, Date day);
void add_assessment_scores(Recorder& recorder, const std::string& key, Date day,
                           const std::map<std::string, int>& scores);

}  // namespace plift::app
