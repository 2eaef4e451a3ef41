#include "plift/app/coach.hpp"

#include <fmt/format.h>

#include "plift/app/checks.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/store/database.hpp"
#include "plift/store/records.hpp"

namespace plift::app {

namespace {

std::optional<std::string> optional_region(Session& session, const std::optional<std::string>& region) {
  if (!region || region->empty()) return std::nullopt;
  return require_region(session, *region);
}

}  // namespace

void add_coach(Recorder& recorder, const NewCoach& request) {
  Session& session = recorder.session;
  const RecordingPolicy& policy = recorder.policy;
  require_valid_key(request.key, policy.name("coach key", "key"));
  require_text(request.name, policy.name("--name", "name"));
  require_text(request.organisation, policy.name("--org", "organisation"));
  if (request.email && !request.email->empty()) require_email(*request.email, policy.name("--email", "email"));
  Coach coach{request.key, request.name, request.organisation, empty_as_none(request.email),
              optional_region(session, request.region)};
  if (auto existing = store::find_coach(session.database(), request.key)) {
    if (!policy.replaces()) {
      policy.refuse_existing(fmt::format("a coach with key '{}' already exists ({})", request.key, existing->name));
    }
    store::replace_coach(recorder.tx, coach);
    return;
  }
  store::insert_coach(recorder.tx, coach);
}

void add_coach(Session& session, const NewCoach& request) {
  store::WriteTransaction tx(session.database());
  Recorder recorder(session, tx, RecordingPolicy::command());
  add_coach(recorder, request);
  tx.commit();
}

std::vector<std::string> edit_coach(Session& session, const std::string& key, const CoachEdit& edit) {
  if (edit.name) require_text(*edit.name, "--name");
  if (edit.organisation) require_text(*edit.organisation, "--org");
  if (edit.email && !edit.email->empty()) require_email(*edit.email, "--email");
  store::WriteTransaction tx(session.database());
  require_coach(session, key);
  store::CoachChanges changes;
  std::vector<std::string> changed;
  if (edit.name) {
    changes.name = edit.name;
    changed.push_back("name");
  }
  if (edit.organisation) {
    changes.organisation = edit.organisation;
    changed.push_back("organisation");
  }
  if (edit.email) {
    changes.email = empty_as_none(edit.email);
    changed.push_back("email");
  }
  if (edit.region) {
    changes.region = optional_region(session, edit.region);
    changed.push_back("region");
  }
  if (changed.empty()) throw UsageError("nothing to change: give --name, --org, --email or --region");
  store::update_coach(tx, key, changes);
  tx.commit();
  return changed;
}

}  // namespace plift::app
