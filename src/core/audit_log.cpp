#include "plift/core/audit_log.hpp"

#include <fmt/format.h>

namespace plift {

std::string describe_changes(const std::vector<TableChanges>& changes) {
  std::vector<std::string> parts;
  for (const TableChanges& change : changes) {
    if (change.inserted) parts.push_back(fmt::format("+{} {}", change.inserted, change.table));
    if (change.updated) parts.push_back(fmt::format("~{} {}", change.updated, change.table));
    if (change.deleted) parts.push_back(fmt::format("-{} {}", change.deleted, change.table));
  }
  return parts.empty() ? "no change" : fmt::format("{}", fmt::join(parts, ", "));
}

}  // namespace plift
