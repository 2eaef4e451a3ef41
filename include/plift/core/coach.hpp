#pragma once
// Coaches: the people from RISE, IUC, SINTEF, Kiwa, C2U… who visit companies.

#include <optional>
#include <string>

namespace plift {

struct Coach {
  std::string key;
  std::string name;
  std::string organisation;
  std::optional<std::string> email;
  std::optional<std::string> region;
};

}  // namespace plift
