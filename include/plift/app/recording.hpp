#pragma once
// How a use case records, and the transaction it records in. A command
// records one thing as it happens now; `plift import` records history, row
// after row, in one transaction, and may do what the command may not. Each
// use case that an import row stands for has two forms: one on a Session
// (the command's: it opens its transaction, records under
// RecordingPolicy::command() and commits) and one on a Recorder (the import's:
// the row runs in the import's transaction, under its policy).

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "plift/app/session.hpp"
#include "plift/core/error.hpp"
#include "plift/core/journey.hpp"
#include "plift/core/records.hpp"

namespace plift::store {
class WriteTransaction;
}  // namespace plift::store

namespace plift::app {

struct RecordingPolicy {
  // now: a record is of a company active today, as the commands record what
  // happens. history: a company that completed or withdrew takes records
  // dated within its journey; and a visit whose coach is not named was made
  // by none (the company's coach today need not be the one who came then).
  enum class Time { now, history };
  // What a record already there (the same key, company and day, person, …)
  // meets: what its command does with it (refused, kept or replaced, as each
  // says); refused with a hint at --update; or replaced by the new one.
  enum class Existing { as_command, refuse, replace };
  // How messages name a value: by its option ("--date") or by the import
  // file's column ("column 'date'").
  enum class Names { options, columns };

  Time time = Time::now;
  Existing existing = Existing::as_command;
  Names names = Names::options;

  // What the commands do.
  static RecordingPolicy command() { return {}; }
  // What an import does; `update` (--update): rows replace existing records.
  static RecordingPolicy import(bool update) {
    return {Time::history, update ? Existing::replace : Existing::refuse, Names::columns};
  }

  bool history() const { return time == Time::history; }
  bool replaces() const { return existing == Existing::replace; }

  // The value as the command names it ("--org", "the company name"), or its
  // column ("column 'organisation'").
  std::string name(std::string_view as_command, std::string_view column) const;
  // A message about a column's value: `text`, or "column 'date': text".
  std::string about(std::string_view column, std::string_view text) const;
  // A value named with it: "--start 2026-01-05", or "column 'start': 2026-01-05".
  std::string valued(std::string_view option, std::string_view column, std::string_view value) const;
  // Runs `check`; in an import the column goes in front of what it throws
  // ("column 'mode': unknown mode 'walk': …").
  template <typename Check>
  auto in_column(std::string_view column, Check&& check) const -> decltype(check()) {
    if (names == Names::options) return check();
    try {
      return check();
    } catch (const UsageError& e) {
      throw UsageError(about(column, e.what()));
    } catch (const RuleError& e) {
      throw RuleError(about(column, e.what()));
    }
  }
  // RuleError for a record already there: `message`, then the command's
  // `command_hint` ("; choose another with --key"), or in an import
  // "; pass --update to replace " `replaced`.
  [[noreturn]] void refuse_existing(const std::string& message, std::string_view command_hint = {},
                                    std::string_view replaced = "it") const;
};

// One write transaction and the policy the use cases record under in it.
// What they look up over and over (companies and gatherings by key) is read
// once and kept as the writes through the recorder leave it, and the pulse
// insert is prepared once: an import of a million rows runs every row
// through its use case without a million lookups and preparations.
class Recorder {
 public:
  Recorder(Session& session, store::WriteTransaction& tx, RecordingPolicy policy);
  Recorder(const Recorder&) = delete;
  Recorder& operator=(const Recorder&) = delete;
  ~Recorder();

  Session& session;
  store::WriteTransaction& tx;
  const RecordingPolicy policy;
  // The stable id an import row gives the record it adds (its 'id' column,
  // as the export wrote it); 0: the next free id of its kind.
  std::int64_t record_id = 0;

  // The company with this key, or RuleError naming the nearest keys (require_company).
  const Company& company(const std::string& key);
  // After a company is written.
  void remember(const Company& company);
  // The gathering with this key, or RuleError (require_gathering), with the
  // attendance recorded through this recorder.
  Gathering& gathering(const std::string& key);
  // After a gathering is written: read again when next asked for.
  void forget_gathering(const std::string& key);
  // Inserts a pulse through a statement prepared once per recorder.
  void insert_pulse(const Pulse& pulse);

 private:
  struct PreparedWrites;
  std::map<std::string, Company, std::less<>> companies_;
  std::map<std::string, Gathering, std::less<>> gatherings_;
  std::unique_ptr<PreparedWrites> prepared_;
};

}  // namespace plift::app
