#include "plift/app/maintenance.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "plift/core/company_view.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/store/acknowledgements.hpp"
#include "plift/store/audit.hpp"
#include "plift/store/company_records.hpp"
#include "plift/store/database.hpp"
#include "plift/store/maintenance.hpp"

namespace plift::app {

const std::vector<std::string>& verify_checks() {
  static const std::vector<std::string> checks = {"integrity",     "foreign-key",    "schema", "audit",
                                                  "phase-history", "outside-journey", "acknowledgement"};
  return checks;
}

Verification verify_database(Session& session) {
  store::Database& db = session.database();
  store::ReadTransaction snapshot(db);
  Verification verification;
  for (store::Flaw& flaw : store::engine_flaws(db)) {
    verification.flaws.push_back({std::move(flaw.check), std::move(flaw.message)});
  }
  store::AuditFilter every;
  every.limit = 0;
  verification.audit_entries = store::list_audit_entries(db, every).size();
  bool readable = std::none_of(verification.flaws.begin(), verification.flaws.end(),
                               [](const DatabaseFlaw& flaw) { return flaw.check == "integrity"; });
  if (!readable) return verification;  // the records cannot be trusted to load
  for (const CompanyRecords& records : store::load_all_company_records(db)) {
    ++verification.companies;
    for (std::string& message : phase_history_breaks(records.company, records.history)) {
      verification.flaws.push_back({"phase-history", std::move(message)});
    }
    for (const Finding& finding : records_outside_journey(records)) {
      verification.flaws.push_back({"outside-journey", finding.company + ": " + finding.message});
    }
  }
  // Acknowledged findings (check ack) of rules plift knows, with days it can read.
  try {
    const auto& rules = check_rules();
    for (const Acknowledgement& ack : store::list_acknowledgements(db)) {
      if (std::find(rules.begin(), rules.end(), ack.rule) != rules.end()) continue;
      verification.flaws.push_back(
          {"acknowledgement", fmt::format("{}: the acknowledgement of '{}' names no rule plift knows{}", ack.company,
                                          ack.rule, did_you_mean(ack.rule, rules))});
    }
  } catch (const DataError& e) {
    verification.flaws.push_back({"acknowledgement", e.what()});
  }
  const auto& checks = verify_checks();
  auto rank = [&](const DatabaseFlaw& flaw) { return std::find(checks.begin(), checks.end(), flaw.check) - checks.begin(); };
  std::stable_sort(verification.flaws.begin(), verification.flaws.end(),
                   [&](const DatabaseFlaw& a, const DatabaseFlaw& b) { return rank(a) < rank(b); });
  return verification;
}

void backup_database(Session& session, const std::filesystem::path& target, bool replace) {
  store::backup_database(session.database(), target, replace);
}

}  // namespace plift::app
