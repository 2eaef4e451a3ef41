#pragma once
// plift company add|edit|withdraw: enrolling, changing and withdrawing a company.

#include <optional>
#include <string>
#include <vector>

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
};
// Enrols the company in the first phase; returns its key.
std::string add_company(Session& session, const NewCompany& company);

// Only the fields given change; an empty org number or coach clears it.
struct CompanyEdit {
  std::optional<std::string> name;
  std::optional<std::string> region;
  std::optional<std::string> sector;
  std::optional<long long> employees;
  std::optional<Date> start;  // only while in the first phase
  std::optional<std::string> org_number;
  std::optional<std::string> coach;
};
// The names of the fields changed ("name", "org_number", …), in the order above
// but with start last.
std::vector<std::string> edit_company(Session& session, const std::string& key, const CompanyEdit& edit);

// Ends the journey on `day`: closes the open phase, keeps the reason.
void withdraw_company(Session& session, const std::string& key, Date day, const std::string& reason);

}  // namespace plift::app
