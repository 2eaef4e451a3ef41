#pragma once
// Splitting one line of a `plift batch` file into the words of a command.

#include <string>
#include <string_view>
#include <vector>

namespace plift::io {

// One batch line split as a POSIX shell splits words: spaces and tabs (and a
// stray CR or LF) separate words; '...' is literal; "..." is literal except
// for the escapes \" \\ \$ \` (a backslash before anything else stays);
// outside quotes a backslash escapes the next character; "" or '' make an
// empty word; '#' at the start of a word starts a comment to the end of the
// line. Nothing is expanded: $NAME, ~, globs and $(...) stay as written.
// A blank or comment-only line gives an empty vector. Throws plift::DataError
// "column N: ..." for an unclosed quote or a backslash at the end of the line
// (the caller prefixes file:line).
std::vector<std::string> split_shell_words(std::string_view line);

}  // namespace plift::io
