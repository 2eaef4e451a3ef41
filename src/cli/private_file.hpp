#pragma once
// Files plift writes for people (exports, reports, mail, calendars, config):
// written beside the target with mode 0600 and renamed over it, so a reader
// never sees half a file and nobody else can read it (they hold personal data).

#include <functional>
#include <iosfwd>
#include <string>

namespace plift::cli {

void write_private_file(const std::string& file, const std::string& content);
// What `write` writes, streamed to the file: for output too large to hold.
void write_private_file_streamed(const std::string& file, const std::function<void(std::ostream&)>& write);

}  // namespace plift::cli
