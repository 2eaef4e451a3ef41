#pragma once
// The dated records of a company's journey beyond phases and pulses.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "plift/core/date.hpp"
#include "plift/core/journey.hpp"

namespace plift {

struct Pulse {
  std::string company;
  Date date;
  PulseStatus status = PulseStatus::green;
  std::optional<std::string> note;
  std::int64_t id = 0;  // the stable id; 0 until stored
};

enum class VisitMode { onsite, remote };
std::string to_string(VisitMode m);
std::optional<VisitMode> parse_visit_mode(std::string_view text);

struct Visit {
  std::string company;
  Date date;
  std::optional<std::string> coach;
  VisitMode mode = VisitMode::onsite;
  std::optional<std::string> note;
  std::int64_t id = 0;  // the stable id; 0 until stored
};

enum class TrainingRole { employee, manager, union_member, other };
std::string to_string(TrainingRole r);  // "employee", "manager", "union", "other"
std::optional<TrainingRole> parse_training_role(std::string_view text);

enum class TrainingStatus { enrolled, completed, dropped };
std::string to_string(TrainingStatus s);

struct TrainingParticipant {
  std::string company;
  std::string person;
  TrainingRole role = TrainingRole::employee;
  Date enrolled;
  std::optional<Date> completed;
  std::optional<Date> dropped;
  std::int64_t id = 0;  // the stable id; 0 until stored
  TrainingStatus status() const;
};

enum class GatheringKind { joint, seminar };
std::string to_string(GatheringKind k);
std::optional<GatheringKind> parse_gathering_kind(std::string_view text);

struct Attendance {
  std::optional<std::string> company;  // an enrolled company
  std::optional<std::string> guest;    // a company outside the programme (seminars)
  int people = 1;
  std::int64_t id = 0;  // the stable id; 0 until stored
};

struct Gathering {
  std::string key;
  std::string title;
  Date date;
  std::optional<std::string> location;
  GatheringKind kind = GatheringKind::joint;
  std::vector<Attendance> attendance;
};

enum class SteeringRole { management, union_member, employee };
std::string to_string(SteeringRole r);  // "management", "union", "employee"
std::optional<SteeringRole> parse_steering_role(std::string_view text);

struct SteeringMember {
  std::string company;
  std::string person;
  SteeringRole role = SteeringRole::employee;
  std::int64_t id = 0;  // the stable id; 0 until stored
};

struct KpiValue {
  std::string company;
  std::string kpi;
  Date date;
  double value = 0;
  std::int64_t id = 0;  // the stable id; 0 until stored
};

// One assessment: every configured dimension scored on one day.
struct Assessment {
  std::string company;
  Date date;
  std::map<std::string, int> scores;  // dimension → score
  std::int64_t id = 0;  // the stable id; 0 until stored
};

// The kinds of record a coordinator corrects by id (`edit ID`, `remove ID`);
// ids are counted per kind.
enum class RecordKind { pulse, visit, participant, attendance, steering_member, kpi_value, assessment };
// "pulse meeting", "visit", "course participant", …: as a sentence names one.
std::string describe(RecordKind kind);

// Which records a listing shows: one company's or all, one coach's or all
// (visits only), from `since` up to `until`, both inclusive.
struct PulseFilter {
  std::optional<std::string> company;
  std::optional<Date> since;
  std::optional<Date> until;
};
struct VisitFilter {
  std::optional<std::string> company;
  std::optional<std::string> coach;
  std::optional<Date> since;
  std::optional<Date> until;
};

}  // namespace plift
