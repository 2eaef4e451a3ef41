#include "plift/app/audit.hpp"

#include <fmt/format.h>

#include "plift/app/checks.hpp"
#include "plift/core/error.hpp"
#include "plift/store/audit.hpp"
#include "plift/store/database.hpp"
#include "plift/store/records.hpp"

namespace plift::app {

namespace {

[[noreturn]] void no_such_entry(store::Database& db, std::int64_t id) {
  std::int64_t newest = store::newest_audit_id(db);
  if (newest == 0) throw RuleError(fmt::format("no entry #{} in the log: the log is empty", id));
  throw RuleError(fmt::format("no entry #{} in the log; its entries are #1 to #{} (see 'plift log')", id, newest));
}

// Runs the undo; a dry run's refusal says what would happen.
Undone revert(store::WriteTransaction& tx, const AuditEntry& entry, bool dry_run) {
  try {
    Undone undone{entry, store::undo_entry(tx, entry)};
    // Rows brought back may stand beside ones recorded since (a pulse meeting
    // removed, then logged again for the same day).
    for (const std::string& company : entry.companies) {
      if (auto second = store::second_record(tx.database(), company)) {
        throw RuleError(fmt::format("cannot undo #{} ({}): {} would have {}; remove one first", entry.id,
                                    entry.command, company, *second));
      }
    }
    if (!dry_run) tx.commit();  // a dry run rolls back
    return undone;
  } catch (const RuleError& e) {
    if (!dry_run) throw;
    std::string message = e.what();
    const std::string cannot = "cannot undo ";
    if (message.rfind(cannot, 0) == 0) message = "would refuse to undo " + message.substr(cannot.size());
    throw RuleError(message);
  }
}

}  // namespace

std::vector<AuditEntry> audit_log(Session& session, const AuditFilter& filter) {
  store::ReadTransaction snapshot(session.database());
  store::Database& db = session.database();
  if (filter.company && !store::find_company(db, *filter.company)) {
    // A withdrawn-and-undone company's key may live only in the log.
    AuditFilter any;
    any.company = filter.company;
    any.limit = 1;
    if (store::list_audit_entries(db, any).empty()) require_company(session, *filter.company);
  }
  return store::list_audit_entries(db, filter);
}

void show_audit_entry(Session& session, std::int64_t id, const std::function<void(const AuditEntry&)>& head,
                      const std::function<void(const RowChange&)>& row) {
  store::ReadTransaction snapshot(session.database());
  store::Database& db = session.database();
  std::optional<AuditEntry> entry = store::find_audit_entry(db, id);
  if (!entry) no_such_entry(db, id);
  head(*entry);
  store::for_each_row_change(db, id, row);
}

Undone undo_latest(Session& session, bool dry_run) {
  store::WriteTransaction tx(session.database());
  std::optional<AuditEntry> entry = store::latest_undoable_entry(session.database());
  if (!entry) throw RuleError("nothing to undo: the log has no change that is not undone already (see 'plift log')");
  return revert(tx, *entry, dry_run);
}

Undone undo_entry(Session& session, std::int64_t id, bool dry_run) {
  store::WriteTransaction tx(session.database());
  store::Database& db = session.database();
  std::optional<AuditEntry> entry = store::find_audit_entry(db, id);
  if (!entry) no_such_entry(db, id);
  if (entry->undone_by) {
    std::optional<AuditEntry> undo = store::find_audit_entry(db, *entry->undone_by);
    throw RuleError(fmt::format("#{} ({}) is undone already, by {}", entry->id, entry->command,
                                undo ? store::describe_entry(*undo) : fmt::format("#{}", *entry->undone_by)));
  }
  if (entry->undoes) {
    throw RuleError(fmt::format("#{} ({}) is itself an undo (of #{}) and is not undone in turn; to have that change "
                                "again, make it again",
                                entry->id, entry->command, *entry->undoes));
  }
  return revert(tx, *entry, dry_run);
}

}  // namespace plift::app
