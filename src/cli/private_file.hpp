#pragma once
// Files plift writes for people (exports, reports, mail, calendars, config).
// A regular file is written whole or not at all: into a temporary of its own
// in the target's folder (unnamed where the file system allows, so a killed
// run leaves nothing; never through a link planted at its name), flushed to
// disk and renamed over the target. The new file is owner-only (they hold
// personal data) unless it replaces one, whose mode it keeps. A link as the
// target is followed and stays a link; a device, FIFO or terminal is written
// in place, never replaced.

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

namespace plift::cli {

// No -o, or -o -: the output goes to standard output.
bool names_standard_output(const std::optional<std::string>& file);

void write_private_file(const std::string& file, const std::string& content);
// What `write` writes, streamed to the file: for output too large to hold.
void write_private_file_streamed(const std::string& file, const std::function<void(std::ostream&)>& write);

}  // namespace plift::cli
