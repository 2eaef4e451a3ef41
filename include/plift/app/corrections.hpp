#pragma once
// Correcting a record by its stable id: `plift pulse|visit|training|steering|
// kpi|assess edit ID`, `gathering edit-attendance ID`, and `remove ID` for each.
// An edit changes only the fields given and re-checks what the recording
// command checks (a date within the company's journey, a known coach or key
// figure, a score on the scale, no second record where one is allowed); a
// record that would then break a rule is refused and nothing changes. Each is
// one transaction, so one change in the audit log, and undoable.
// An unknown id is a RuleError naming the kind and the id.

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "plift/app/session.hpp"
#include "plift/core/records.hpp"

namespace plift::app {

template <typename Record>
struct Edited {
  Record before;
  Record after;
};

// An optional text field of an edit: unset leaves it, "" clears it.
using TextEdit = std::optional<std::string>;
// An optional date field of an edit: unset leaves it; set to nullopt clears it.
using DateEdit = std::optional<std::optional<Date>>;

struct PulseEdit {
  std::int64_t id = 0;
  std::optional<Date> day;
  std::optional<PulseStatus> status;
  TextEdit note;
};
Edited<Pulse> edit_pulse(Session& session, const PulseEdit& edit);

struct VisitEdit {
  std::int64_t id = 0;
  std::optional<Date> day;
  std::optional<std::string> coach;
  std::optional<VisitMode> mode;
  TextEdit note;
};
Edited<Visit> edit_visit(Session& session, const VisitEdit& edit);

struct ParticipantEdit {
  std::int64_t id = 0;
  std::optional<std::string> person;
  std::optional<TrainingRole> role;
  std::optional<Date> enrolled;
  DateEdit completed;
  DateEdit dropped;
};
Edited<TrainingParticipant> edit_participant(Session& session, const ParticipantEdit& edit);

struct SteeringEdit {
  std::int64_t id = 0;
  std::optional<std::string> person;
  std::optional<SteeringRole> role;
};
Edited<SteeringMember> edit_steering_member(Session& session, const SteeringEdit& edit);

struct KpiEdit {
  std::int64_t id = 0;
  std::optional<std::string> kpi;
  std::optional<double> value;
  std::optional<Date> day;
};
Edited<KpiValue> edit_kpi_value(Session& session, const KpiEdit& edit);

struct AssessmentEdit {
  std::int64_t id = 0;
  std::optional<Date> day;
  std::map<std::string, int> scores;  // only the dimensions that change
};
Edited<Assessment> edit_assessment(Session& session, const AssessmentEdit& edit);

struct AttendanceEdit {
  std::int64_t id = 0;
  std::optional<long long> people;
};
struct AttendanceRecordView {
  std::string gathering;
  Attendance attendance;
};
Edited<AttendanceRecordView> edit_attendance(Session& session, const AttendanceEdit& edit);

// What `remove ID` took away: the company it belonged to, and one line for
// the confirmation ("2026-09-22, onsite by anna").
struct Removed {
  RecordKind kind = RecordKind::pulse;
  std::int64_t id = 0;
  std::string company;  // empty for a guest's or head count's attendance
  std::string summary;
};
Removed remove_record(Session& session, RecordKind kind, std::int64_t id);

}  // namespace plift::app
