#pragma once
// The schema migrations compiled into the binary (see cmake/embed_migrations.cmake).

#include <string>
#include <vector>

namespace plift::store {

struct Migration {
  int version;       // PRAGMA user_version after it ran
  const char* name;  // "001_initial"
  const char* sql;
};

// In ascending version order; a number may be missing (a version no plift wrote).
const std::vector<Migration>& migrations();

}  // namespace plift::store
