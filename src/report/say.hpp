#pragma once
// A label pattern filled in: the patterns live in labels.cpp, one per
// language, so they are only known at run time.
#include <fmt/format.h>

#include <string>

namespace plift::report {

inline std::string say(const char* pattern, const auto&... args) {
  return fmt::format(fmt::runtime(pattern), args...);
}

}  // namespace plift::report
