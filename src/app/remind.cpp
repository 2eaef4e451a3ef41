#include "plift/app/remind.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "plift/store/company_records.hpp"
#include "plift/store/database.hpp"
#include "plift/store/records.hpp"
#include "plift/store/reminders.hpp"

namespace plift::app {

void remind(Session& session, const ReminderQuery& query,
            const std::function<void(const DueReminders&, Reached&)>& deliver) {
  store::Database& db = session.database();
  // Taken before reading what was shown, so two runs at once cannot both
  // find a reminder new; a busy database waits, then exits 75.
  std::optional<store::WriteTransaction> write;
  std::optional<store::ReadTransaction> read;
  if (query.new_only && query.remember) {
    write.emplace(db);
  } else {
    read.emplace(db);
  }
  DueReminders due;
  // Only companies active on the day can have reminders.
  for (const CompanyRecords& records : store::load_all_company_records(db, store::CompanyScope::active_on(query.as_of))) {
    if (query.company && records.company.key != *query.company) continue;
    if (query.coach && records.company.coach != query.coach) continue;
    for (Reminder& r : reminders_for(session.program(), records, query.as_of)) {
      if (!query.kinds.empty() && std::find(query.kinds.begin(), query.kinds.end(), r.kind) == query.kinds.end()) {
        continue;
      }
      due.reminders.push_back(std::move(r));
    }
  }
  if (query.new_only) {
    std::set<store::ReminderIdentity> shown = store::shown_reminders(db);
    std::erase_if(due.reminders, [&](const Reminder& r) { return shown.contains(store::identity_of(r)); });
  }
  sort_reminders(due.reminders);
  if (!due.reminders.empty()) {
    for (Coach& coach : store::list_coaches(db)) due.coaches.emplace(coach.key, std::move(coach));
  }
  Reached reached(due.reminders.size(), true);
  deliver(due, reached);
  if (write) {
    for (std::size_t i = 0; i < due.reminders.size(); ++i) {
      if (i < reached.size() && reached[i]) store::record_shown(*write, due.reminders[i], query.as_of);
    }
    write->commit();
  }
}

}  // namespace plift::app
