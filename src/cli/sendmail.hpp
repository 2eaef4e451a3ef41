#pragma once
// Handing an e-mail message to the mail transfer agent: [reminders].sendmail,
// run without a shell, the message on its standard input.

#include <string>
#include <string_view>
#include <vector>

namespace plift::cli {

struct Handover {
  bool accepted = false;  // it exited 0
  std::string problem;    // otherwise: why not, for the error message
};

// Runs `command` (its first word found on PATH when it has no '/') with
// `message` on standard input; its own output goes to plift's standard error,
// so that it never mixes with what plift prints.
Handover hand_to_sendmail(const std::vector<std::string>& command, std::string_view message);

}  // namespace plift::cli
