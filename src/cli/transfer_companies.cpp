// Import and export of coaches, companies, their phases and pulse meetings.
#include <fmt/format.h>

#include "lookup.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/store/records.hpp"
#include "transfer.hpp"

namespace plift::cli {

namespace {

render::Json date_json(const std::optional<Date>& day) {
  return day ? render::Json(format_date(*day)) : render::Json(nullptr);
}

std::string column(std::string_view name) { return fmt::format("column '{}'", name); }

// The rows below check what `plift coach add` checks.
void import_coach(ImportSession& session, const ImportRow& row) {
  Coach coach;
  coach.key = row.required_text("key");
  require_valid_key(coach.key, column("key"));
  coach.name = row.required_text("name");
  app::require_text(coach.name, column("name"));
  coach.organisation = row.required_text("organisation");
  app::require_text(coach.organisation, column("organisation"));
  coach.email = app::empty_as_none(row.text("email"));
  if (coach.email) app::require_email(*coach.email, column("email"));
  if (auto region = app::empty_as_none(row.text("region"))) coach.region = app::require_region(session.ctx.session(), *region);
  store::Database& db = session.ctx.database();
  if (auto existing = store::find_coach(db, coach.key)) {
    if (!session.update) {
      throw RuleError(fmt::format("a coach with key '{}' already exists ({}); pass --update to replace it", coach.key,
                                  existing->name));
    }
    store::replace_coach(session.tx, coach);
    return;
  }
  store::insert_coach(session.tx, coach);
}

void export_coaches(Context& ctx, const std::function<void(const render::Json&)>& emit) {
  for (const Coach& coach : store::list_coaches(ctx.database())) {
    emit({{"key", coach.key},
          {"name", coach.name},
          {"organisation", coach.organisation},
          {"email", optional_json(coach.email)},
          {"region", optional_json(coach.region)}});
  }
}

// The journey's end, as `company withdraw` and the last `phase advance` set it.
void check_journey_end(Context& ctx, Company& company, const ImportRow& row) {
  company.completed = row.date("completed");
  company.withdrawn = row.date("withdrawn");
  company.withdraw_reason = app::empty_as_none(row.text("withdraw_reason"));
  if (company.completed && company.withdrawn) {
    throw UsageError("columns 'completed' and 'withdrawn': a journey ends one way, not both");
  }
  if (company.withdrawn && !company.withdraw_reason) {
    throw UsageError("column 'withdraw_reason': a withdrawal needs its reason");
  }
  if (company.withdraw_reason && !company.withdrawn) {
    throw UsageError("column 'withdrawn': a withdraw_reason needs the withdrawal date");
  }
  for (auto [end, name] : {std::pair{company.completed, "completed"}, std::pair{company.withdrawn, "withdrawn"}}) {
    if (!end) continue;
    if (*end < company.start) {
      throw RuleError(fmt::format("{}: {} is before {} started the programme on {}", column(name), format_date(*end),
                                  company.key, format_date(company.start)));
    }
    if (*end > ctx.today()) {
      throw RuleError(fmt::format("{}: {} is in the future (today is {})", column(name), format_date(*end),
                                  format_date(ctx.today())));
    }
  }
}

// What `plift company add` checks, plus the end of the journey; with
// --update, what `company edit` allows.
void import_company(ImportSession& session, const ImportRow& row) {
  Context& ctx = session.ctx;
  Company company;
  company.name = row.required_text("name");
  app::require_text(company.name, column("name"));
  if (auto key = app::empty_as_none(row.text("key"))) {
    require_valid_key(*key, column("key"));
    company.key = *key;
  } else {
    company.key = derive_key(company.name);
    if (company.key.empty()) {
      throw UsageError(fmt::format("{}: cannot make a key from the name '{}'; give one", column("key"), company.name));
    }
  }
  company.region = app::require_region(ctx.session(), row.required_text("region"));
  company.sector = row.required_text("sector");
  app::require_text(company.sector, column("sector"));
  long long employees = row.integer("employees").value_or(0);
  app::require_employees(employees, column("employees"));
  company.employees = static_cast<int>(employees);
  company.start = row.required_date("start");
  app::require_plan_fits_calendar(ctx.program(), 0, company.start,
                             fmt::format("{}: {}", column("start"), format_date(company.start)));
  company.org_number = app::empty_as_none(row.text("org_number"));
  if (auto coach = app::empty_as_none(row.text("coach"))) company.coach = app::require_coach(ctx.session(), *coach).key;
  check_journey_end(ctx, company, row);

  store::Database& db = ctx.database();
  if (auto existing = store::find_company(db, company.key)) {
    if (!session.update) {
      throw RuleError(fmt::format("a company with key '{}' already exists ({}); pass --update to replace it",
                                  company.key, existing->name));
    }
    if (company.start != existing->start) {
      std::vector<PhaseRecord> history = store::phase_history(db, company.key);
      if (history.size() > 1) {
        throw RuleError(fmt::format("{}: cannot move the start of {}: it has already left its first phase",
                                    column("start"), company.key));
      }
      store::replace_first_phase(session.tx, company.key, enter_phase(ctx.program(), 0, company.start));
    }
    store::replace_company(session.tx, company);
  } else {
    store::insert_company(session.tx, company);
    PhaseRecord first = enter_phase(ctx.program(), 0, company.start);
    if (auto end = company.completed ? company.completed : company.withdrawn) first.ended = std::max(*end, company.start);
    store::insert_phase(session.tx, company.key, 1, first);
  }
  session.remember(company);
}

void export_companies(Context& ctx, const std::function<void(const render::Json&)>& emit) {
  for (const store::CompanyOverview& overview : store::list_companies(ctx.database())) {
    const Company& c = overview.company;
    emit({{"key", c.key},
          {"name", c.name},
          {"region", c.region},
          {"sector", c.sector},
          {"employees", c.employees},
          {"start", format_date(c.start)},
          {"org_number", optional_json(c.org_number)},
          {"coach", optional_json(c.coach)},
          {"completed", date_json(c.completed)},
          {"withdrawn", date_json(c.withdrawn)},
          {"withdraw_reason", optional_json(c.withdraw_reason)}});
  }
}

// A company's phases, one row each in the order entered. The first row of a
// company in a file replaces the phases it has; the rows must then follow
// one another as `phase advance` moves them: the next phase, starting the
// day the one before ended.
void import_phase(ImportSession& session, const ImportRow& row) {
  Context& ctx = session.ctx;
  const Company& company = session.company(row.required_text("company"));
  std::size_t index = app::require_phase(ctx.session(), row.required_text("phase"));
  Date started = row.required_date("started");
  std::optional<Date> ended = row.date("ended");
  bool first = session.first_row_for("phases", company.key);
  // The first phase starts with the company, which may be planned to start
  // later; a later phase starts when one ended, so never in the future.
  if (!first) app::require_event_date(ctx.session(), company, started, fmt::format("{}: the phase start", column("started")));
  if (ended) {
    app::require_event_date(ctx.session(), company, *ended, fmt::format("{}: the phase end", column("ended")));
    if (*ended < started) {
      throw RuleError(fmt::format("{}: the phase ends on {}, before it started on {}", column("ended"),
                                  format_date(*ended), format_date(started)));
    }
  }
  store::Database& db = ctx.database();
  const Program& program = ctx.program();
  int seq = 1;
  if (first) {
    if (index != 0) {
      throw RuleError(fmt::format("{}: {}'s journey begins in phase '{}', not '{}'", column("phase"), company.key,
                                  program.phases.front().key, program.phases[index].key));
    }
    if (started != company.start) {
      throw RuleError(fmt::format("{}: the first phase starts on {}'s start, {}, not {}", column("started"),
                                  company.key, format_date(company.start), format_date(started)));
    }
    store::delete_phase_history(session.tx, company.key);
  } else {
    std::vector<PhaseRecord> history = store::phase_history(db, company.key);
    const PhaseRecord& before = history.back();
    std::size_t before_index = *program.phase_index(before.phase);
    if (index != before_index + 1) {
      std::string expected = before_index + 1 < program.phases.size()
                                 ? fmt::format("'{}'", program.phases[before_index + 1].key)
                                 : std::string("no further phase");
      throw RuleError(fmt::format("{}: after '{}' comes {}, not '{}'", column("phase"), before.phase, expected,
                                  program.phases[index].key));
    }
    if (!before.ended || *before.ended != started) {
      throw RuleError(fmt::format("{}: phase '{}' starts on {}, but the phase before it ended on {}", column("started"),
                                  program.phases[index].key, format_date(started),
                                  before.ended ? format_date(*before.ended) : std::string("no day (it is open)")));
    }
    seq = static_cast<int>(history.size()) + 1;
  }
  PhaseRecord record = enter_phase(program, index, started);
  record.ended = ended;
  record.forced_reason = app::empty_as_none(row.text("forced_reason"));
  store::insert_phase(session.tx, company.key, seq, record);
}

void export_phases(Context& ctx, const std::function<void(const render::Json&)>& emit) {
  for (const auto& [key, history] : store::phase_histories_by_company(ctx.database())) {
    for (const PhaseRecord& record : history) {
      emit({{"company", key},
            {"phase", record.phase},
            {"started", format_date(record.started)},
            {"ended", date_json(record.ended)},
            {"forced_reason", optional_json(record.forced_reason)}});
    }
  }
}

// What `plift pulse log` checks, except that the company need not be active
// today: history may be imported, so a finished journey takes pulses dated
// within it.
void import_pulse(ImportSession& session, const ImportRow& row) {
    Context& ctx = session.ctx;
    const std::string& status_text = row.required_text("status");
    auto status = parse_pulse_status(status_text);
    if (!status) {
      throw UsageError(fmt::format("{}: unknown status '{}': use green, yellow or red", column("status"), status_text));
    }
    const Company& company = session.company(row.required_text("company"));
    Date day = row.date("date").value_or(ctx.today());
    app::require_event_date(ctx.session(), company, day, fmt::format("{}: the pulse date", column("date")));
    // One prepared statement for all the rows of a file.
    auto& inserter = session.state<store::PulseInserter>("pulses", session.tx);
    inserter.insert(store::PulseEntry{company.key, day, *status, app::empty_as_none(row.text("note"))});
}

void export_pulses(Context& ctx, const std::function<void(const render::Json&)>& emit) {
  for (const store::PulseEntry& entry : store::list_pulses(ctx.database(), store::PulseFilter{})) {
    emit({{"company", entry.company},
          {"date", format_date(entry.date)},
          {"status", to_string(entry.status)},
          {"note", optional_json(entry.note)}});
  }
}

}  // namespace

void add_company_transfers(std::vector<EntityTransfer>& entities) {
  entities.push_back({"coaches",
                      {{"key", true}, {"name", true}, {"organisation", true, {"org"}}, {"email"}, {"region"}},
                      import_coach,
                      export_coaches,
                      nullptr});
  entities.push_back({"companies",
                      {{"key"},
                       {"name", true},
                       {"region", true},
                       {"sector", true},
                       {"employees", true},
                       {"start", true},
                       {"org_number"},
                       {"coach"},
                       {"completed"},
                       {"withdrawn"},
                       {"withdraw_reason"}},
                      import_company,
                      export_companies,
                      nullptr});
  entities.push_back({"phases",
                      {{"company", true}, {"phase", true}, {"started", true}, {"ended"}, {"forced_reason"}},
                      import_phase,
                      export_phases,
                      nullptr});
  entities.push_back({"pulses",
                      {{"company", true}, {"date"}, {"status", true}, {"note"}},
                      import_pulse,
                      export_pulses,
                      nullptr,
                      {"pulse", {"pulse_company_date", "pulse_date"}}});
}

}  // namespace plift::cli
