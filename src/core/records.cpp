#include "plift/core/records.hpp"

#include <array>
#include <utility>

namespace plift {

namespace {

// One table per enumeration keeps names and values from drifting apart.
template <typename Enum, std::size_t N>
std::optional<Enum> parse_named(const std::array<std::pair<Enum, const char*>, N>& names, std::string_view text) {
  for (const auto& [value, name] : names) {
    if (text == name) return value;
  }
  return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string name_of(const std::array<std::pair<Enum, const char*>, N>& names, Enum value) {
  for (const auto& [candidate, name] : names) {
    if (candidate == value) return name;
  }
  return "?";
}

constexpr std::array<std::pair<VisitMode, const char*>, 2> visit_modes{
    {{VisitMode::onsite, "onsite"}, {VisitMode::remote, "remote"}}};
constexpr std::array<std::pair<TrainingRole, const char*>, 4> training_roles{{{TrainingRole::employee, "employee"},
                                                                               {TrainingRole::manager, "manager"},
                                                                               {TrainingRole::union_member, "union"},
                                                                               {TrainingRole::other, "other"}}};
constexpr std::array<std::pair<TrainingStatus, const char*>, 3> training_statuses{
    {{TrainingStatus::enrolled, "enrolled"}, {TrainingStatus::completed, "completed"}, {TrainingStatus::dropped, "dropped"}}};
constexpr std::array<std::pair<GatheringKind, const char*>, 2> gathering_kinds{
    {{GatheringKind::joint, "joint"}, {GatheringKind::seminar, "seminar"}}};
constexpr std::array<std::pair<SteeringRole, const char*>, 3> steering_roles{{{SteeringRole::management, "management"},
                                                                               {SteeringRole::union_member, "union"},
                                                                               {SteeringRole::employee, "employee"}}};

}  // namespace

std::string to_string(VisitMode m) { return name_of(visit_modes, m); }
std::optional<VisitMode> parse_visit_mode(std::string_view text) { return parse_named(visit_modes, text); }
std::string to_string(TrainingRole r) { return name_of(training_roles, r); }
std::optional<TrainingRole> parse_training_role(std::string_view text) { return parse_named(training_roles, text); }
std::string to_string(TrainingStatus s) { return name_of(training_statuses, s); }
std::string to_string(GatheringKind k) { return name_of(gathering_kinds, k); }
std::optional<GatheringKind> parse_gathering_kind(std::string_view text) { return parse_named(gathering_kinds, text); }
std::string to_string(SteeringRole r) { return name_of(steering_roles, r); }
std::optional<SteeringRole> parse_steering_role(std::string_view text) { return parse_named(steering_roles, text); }

std::string describe(RecordKind kind) {
  switch (kind) {
    case RecordKind::pulse: return "pulse meeting";
    case RecordKind::visit: return "visit";
    case RecordKind::participant: return "course participant";
    case RecordKind::attendance: return "attendance record";
    case RecordKind::steering_member: return "steering-group member";
    case RecordKind::kpi_value: return "key-figure value";
    case RecordKind::assessment: return "assessment";
  }
  return "record";
}

TrainingStatus TrainingParticipant::status() const {
  if (dropped) return TrainingStatus::dropped;
  if (completed) return TrainingStatus::completed;
  return TrainingStatus::enrolled;
}

}  // namespace plift
