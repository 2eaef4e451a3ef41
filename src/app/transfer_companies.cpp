// Import and export of coaches, companies, their phases and pulse meetings.
// Each row becomes the request of the command it stands for and goes through
// its use case under the import's policy (recording.hpp).
#include <fmt/format.h>

#include "plift/app/checks.hpp"
#include "plift/app/coach.hpp"
#include "plift/app/company.hpp"
#include "plift/app/journey_events.hpp"
#include "plift/app/phase.hpp"
#include "plift/core/error.hpp"
#include "plift/store/records.hpp"
#include "transfer.hpp"

namespace plift::app {

namespace {

using render::optional_json;

render::Json date_json(const std::optional<Date>& day) {
  return day ? render::Json(format_date(*day)) : render::Json(nullptr);
}

// `plift coach add`.
void import_coach(ImportSession& session, const ImportRow& row) {
  add_coach(session.recorder, {row.required_text("key"), row.required_text("name"), row.required_text("organisation"),
                               row.text("email"), row.text("region")});
}

void export_coaches(Session& session, const std::function<void(const render::Json&)>& emit) {
  for (const Coach& coach : store::list_coaches(session.database())) {
    emit({{"key", coach.key},
          {"name", coach.name},
          {"organisation", coach.organisation},
          {"email", optional_json(coach.email)},
          {"region", optional_json(coach.region)}});
  }
}

// `plift company add`, with the end of the journey as `company withdraw`
// and the last `phase advance` leave it.
void import_company(ImportSession& session, const ImportRow& row) {
  NewCompany company;
  company.name = row.required_text("name");
  company.key = row.text("key").value_or("");
  company.region = row.required_text("region");
  company.sector = row.required_text("sector");
  company.employees = row.integer("employees").value_or(0);
  company.start = row.required_date("start");
  company.org_number = row.text("org_number");
  company.coach = row.text("coach");
  company.completed = row.date("completed");
  company.withdrawn = row.date("withdrawn");
  company.withdraw_reason = row.text("withdraw_reason");
  add_company(session.recorder, company);
}

void export_companies(Session& session, const std::function<void(const render::Json&)>& emit) {
  for (const store::CompanyOverview& overview : store::list_companies(session.database())) {
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

// A company's phases, one row each in the order entered (record_phase).
void import_phase(ImportSession& session, const ImportRow& row) {
  const Company& company = session.recorder.company(row.required_text("company"));
  PhaseEntry entry{company.key, row.required_text("phase"), row.required_date("started"), row.date("ended"),
                   row.text("forced_reason"), session.first_row_for("phases", company.key)};
  record_phase(session.recorder, entry);
}

void export_phases(Session& session, const std::function<void(const render::Json&)>& emit) {
  for (const auto& [key, history] : store::phase_histories_by_company(session.database())) {
    for (const PhaseRecord& record : history) {
      emit({{"company", key},
            {"phase", record.phase},
            {"started", format_date(record.started)},
            {"ended", date_json(record.ended)},
            {"forced_reason", optional_json(record.forced_reason)}});
    }
  }
}

// `plift pulse log`.
void import_pulse(ImportSession& session, const ImportRow& row) {
  const std::string& status_text = row.required_text("status");
  auto status = parse_pulse_status(status_text);
  if (!status) {
    throw UsageError(fmt::format("column 'status': unknown status '{}': use green, yellow or red", status_text));
  }
  const std::string& company = row.required_text("company");
  Date day = row.date("date").value_or(session.session().today());
  log_pulse(session.recorder, {company, *status, day, row.text("note")});
}

void export_pulses(Session& session, const std::function<void(const render::Json&)>& emit) {
  for (const store::PulseEntry& entry : store::list_pulses(session.database(), store::PulseFilter{})) {
    emit({{"id", entry.id},
          {"company", entry.company},
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
                      {{"id"}, {"company", true}, {"date"}, {"status", true}, {"note"}},
                      import_pulse,
                      export_pulses,
                      nullptr,
                      // pulse_company_date stays: each row looks up the company's pulse that day.
                      {"pulse", {"pulse_date"}}});
  entities.back().ids = RecordKind::pulse;
}

}  // namespace plift::app
