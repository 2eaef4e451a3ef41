#include "plift/app/audit.hpp"

#include "plift/app/checks.hpp"
#include "plift/core/error.hpp"
#include "plift/store/audit.hpp"
#include "plift/store/database.hpp"
#include "plift/store/records.hpp"

namespace plift::app {

std::vector<AuditEntry> audit_log(Session& session, const AuditFilter& filter) {
  store::ReadTransaction snapshot(session.database());
  store::Database& db = session.database();
  if (filter.company && !store::find_company(db, *filter.company)) {
    // A withdrawn-and-undone company's key may live only in the log.
    AuditFilter any = filter;
    any.limit = 1;
    if (store::list_audit_entries(db, any).empty()) require_company(session, *filter.company);
  }
  return store::list_audit_entries(db, filter);
}

Undone undo_latest(Session& session, bool dry_run) {
  store::WriteTransaction tx(session.database());
  std::optional<AuditEntry> entry = store::latest_undoable_entry(session.database());
  if (!entry) throw RuleError("nothing to undo: the log has no change that is not undone already (see 'plift log')");
  Undone undone{*entry, store::undo_entry(tx, *entry)};
  if (!dry_run) tx.commit();  // a dry run rolls back
  return undone;
}

}  // namespace plift::app
