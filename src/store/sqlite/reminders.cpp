#include "plift/store/reminders.hpp"
#include "connection.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "sql_values.hpp"

namespace plift::store {

namespace {

ReminderKind kind_column(const SQLite::Column& column) {
  std::string text = column.getString();
  auto kind = parse_reminder_kind(text);
  if (!kind) throw DataError(fmt::format("the database holds an unknown reminder kind '{}'", text));
  return *kind;
}

}  // namespace

ReminderIdentity identity_of(const Reminder& reminder) { return {reminder.kind, reminder.company, reminder.due}; }

bool was_shown(Database& db, const Reminder& reminder) {
  SQLite::Statement stmt(sqlite(db), "SELECT 1 FROM shown_reminder WHERE kind = ? AND company = ? AND due = ?");
  stmt.bind(1, to_string(reminder.kind));
  stmt.bind(2, reminder.company);
  stmt.bind(3, format_date(reminder.due));
  return stmt.executeStep();
}

std::set<ReminderIdentity> shown_reminders(Database& db) {
  std::set<ReminderIdentity> shown;
  for (ShownReminder& row : list_shown_reminders(db)) shown.insert(std::move(row.reminder));
  return shown;
}

std::vector<ShownReminder> list_shown_reminders(Database& db) {
  SQLite::Statement stmt(sqlite(db),
                         "SELECT kind, company, due, first_shown FROM shown_reminder ORDER BY company, kind, due");
  std::vector<ShownReminder> shown;
  while (stmt.executeStep()) {
    shown.push_back({{kind_column(stmt.getColumn(0)), stmt.getColumn(1).getString(), date_column(stmt.getColumn(2))},
                     date_column(stmt.getColumn(3))});
  }
  return shown;
}

bool record_shown(WriteTransaction& tx, const Reminder& reminder, Date shown_on) {
  Database& db = tx.database();
  SQLite::Statement stmt(sqlite(db),
                         "INSERT INTO shown_reminder (kind, company, due, first_shown) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT (kind, company, due) DO NOTHING");
  stmt.bind(1, to_string(reminder.kind));
  stmt.bind(2, reminder.company);
  stmt.bind(3, format_date(reminder.due));
  stmt.bind(4, format_date(shown_on));
  return stmt.exec() == 1;
}

}  // namespace plift::store
