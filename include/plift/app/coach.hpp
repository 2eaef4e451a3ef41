#pragma once
// plift coach add|edit.

#include <optional>
#include <string>
#include <vector>

#include "plift/app/recording.hpp"
#include "plift/app/session.hpp"

namespace plift::app {

struct NewCoach {
  std::string key;
  std::string name;
  std::string organisation;
  std::optional<std::string> email;   // empty: none
  std::optional<std::string> region;  // empty: none
};
void add_coach(Session& session, const NewCoach& coach);
// In the recorder's transaction. A coach whose key exists is refused, or
// under Existing::replace replaced whole.
void add_coach(Recorder& recorder, const NewCoach& coach);

// Only the fields given change; an empty e-mail or region clears it.
struct CoachEdit {
  std::optional<std::string> name;
  std::optional<std::string> organisation;
  std::optional<std::string> email;
  std::optional<std::string> region;
};
// The names of the fields changed: "name", "organisation", "email", "region".
std::vector<std::string> edit_coach(Session& session, const std::string& key, const CoachEdit& edit);

}  // namespace plift::app
