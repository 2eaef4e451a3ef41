#include "plift/app/recording.hpp"

#include <fmt/format.h>

#include "plift/app/checks.hpp"
#include "plift/store/database.hpp"
#include "plift/store/records.hpp"

namespace plift::app {

std::string RecordingPolicy::name(std::string_view as_command, std::string_view column) const {
  if (names == Names::options) return std::string(as_command);
  return fmt::format("column '{}'", column);
}

std::string RecordingPolicy::about(std::string_view column, std::string_view text) const {
  if (names == Names::options) return std::string(text);
  return fmt::format("column '{}': {}", column, text);
}

std::string RecordingPolicy::valued(std::string_view option, std::string_view column, std::string_view value) const {
  if (names == Names::options) return fmt::format("{} {}", option, value);
  return about(column, value);
}

void RecordingPolicy::refuse_existing(const std::string& message, std::string_view command_hint,
                                      std::string_view replaced) const {
  if (existing == Existing::as_command) throw RuleError(message + std::string(command_hint));
  throw RuleError(fmt::format("{}; pass --update to replace {}", message, replaced));
}

struct Recorder::PreparedWrites {
  explicit PreparedWrites(store::WriteTransaction& tx) : pulses(tx) {}
  store::PulseInserter pulses;
};

Recorder::Recorder(Session& recording_session, store::WriteTransaction& transaction, RecordingPolicy recording_policy)
    : session(recording_session), tx(transaction), policy(recording_policy) {}

Recorder::~Recorder() = default;

const Company& Recorder::company(const std::string& key) {
  auto found = companies_.find(key);
  if (found != companies_.end()) return found->second;
  Company company = require_company(session, key);
  return companies_.emplace(key, std::move(company)).first->second;
}

void Recorder::remember(const Company& company) { companies_[company.key] = company; }

Gathering& Recorder::gathering(const std::string& key) {
  auto found = gatherings_.find(key);
  if (found != gatherings_.end()) return found->second;
  Gathering gathering = require_gathering(session, key);
  return gatherings_.emplace(key, std::move(gathering)).first->second;
}

void Recorder::forget_gathering(const std::string& key) {
  auto found = gatherings_.find(key);
  if (found != gatherings_.end()) gatherings_.erase(found);
}

void Recorder::insert_pulse(const Pulse& pulse) {
  if (!prepared_) prepared_ = std::make_unique<PreparedWrites>(tx);
  prepared_->pulses.insert(pulse);
}

}  // namespace plift::app
