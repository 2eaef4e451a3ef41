#pragma once
// plift company add|edit|withdraw: enrolling, changing and withdrawing a company.

#include <optional>
#include <string>
#include <vector>

#include "plift/app/recording.hpp"
#include "plift/app/session.hpp"
#include "plift/core/journey.hpp"

namespace plift::app {

struct NewCompany {
  std::string key;  // empty: derived from the name
  std::string name;
  std::string region;
  std::string sector;
  long long employees = 0;
  Date start;
  std::optional<std::string> org_number;  // empty: none
  std::optional<std::string> coach;       // empty: none
  // How the journey ended, for history (an import): completed, or withdrawn
  // with a reason; the first phase then ends with it.
  std::optional<Date> completed = {};
  std::optional<Date> withdrawn = {};
  std::optional<std::string> withdraw_reason = {};  // empty: none
};
// Enrols the company in the first phase; returns its key.
std::string add_company(Session& session, const NewCompany& company);
// In the recorder's transaction. A company whose key exists is refused, or
// under Existing::replace replaced whole, its start moved as `company edit
// --start` moves it.
std::string add_company(Recorder& recorder, const NewCompany& company);

// Only the fields given change; an empty org number or coach clears it.
struct CompanyEdit {
  std::optional<std::string> name;
  std::optional<std::string> region;
  std::optional<std::string> sector;
  std::optional<long long> employees;
  std::optional<Date> start;  // only while in the first phase
  std::optional<std::string> org_number;
  std::optional<std::string> coach;
  // Of a withdrawn company only: the day it withdrew (its last phase ends
  // then too) and why.
  std::optional<Date> withdrawn = {};
  std::optional<std::string> withdraw_reason = {};
};
// The names of the fields changed ("name", "org_number", …), in the order above
// but with start last.
std::vector<std::string> edit_company(Session& session, const std::string& key, const CompanyEdit& edit);

// plift company remove: a company enrolled by mistake. Refused (RuleError,
// naming what it has) while anything is recorded for it beyond its
// enrolment, unless `with_records`, which removes all of it in the same
// transaction. Returns what was removed with it, as company_record_counts
// gives it (empty when nothing).
std::vector<std::pair<std::string, std::int64_t>> remove_company(Session& session, const std::string& key,
                                                                 bool with_records);

// Ends the journey on `day`: closes the open phase, keeps the reason.
void withdraw_company(Session& session, const std::string& key, Date day, const std::string& reason);

}  // namespace plift::app
