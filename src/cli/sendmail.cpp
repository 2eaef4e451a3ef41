#include "sendmail.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace plift::cli {

namespace {

// A SIGPIPE from a sendmail that exits before reading everything must not
// end plift: the write then fails with EPIPE and the exit status tells.
class IgnoredSigpipe {
 public:
  IgnoredSigpipe() {
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    ::sigaction(SIGPIPE, &ignore, &previous_);
  }
  IgnoredSigpipe(const IgnoredSigpipe&) = delete;
  IgnoredSigpipe& operator=(const IgnoredSigpipe&) = delete;
  ~IgnoredSigpipe() { ::sigaction(SIGPIPE, &previous_, nullptr); }

 private:
  struct sigaction previous_ {};
};

std::string describe_status(int status) {
  if (WIFEXITED(status)) return fmt::format("it exited with status {}", WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return fmt::format("it was killed by signal {}", WTERMSIG(status));
  return "it stopped unexpectedly";
}

}  // namespace

Handover hand_to_sendmail(const std::vector<std::string>& command, std::string_view message) {
  if (command.empty()) return {false, "[reminders].sendmail names no command"};
  int pipe_ends[2];
  if (::pipe2(pipe_ends, O_CLOEXEC) != 0) return {false, fmt::format("cannot make a pipe: {}", std::strerror(errno))};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_ends[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, STDOUT_FILENO);
  std::vector<char*> argv;
  for (const std::string& word : command) argv.push_back(const_cast<char*>(word.c_str()));
  argv.push_back(nullptr);
  pid_t child = 0;
  int spawned = ::posix_spawnp(&child, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_ends[0]);
  if (spawned != 0) {
    ::close(pipe_ends[1]);
    return {false, fmt::format("cannot run '{}': {}", command.front(), std::strerror(spawned))};
  }
  std::string write_problem;
  {
    IgnoredSigpipe ignored;
    std::size_t written = 0;
    while (written < message.size()) {
      ssize_t n = ::write(pipe_ends[1], message.data() + written, message.size() - written);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        write_problem = fmt::format("it did not read the whole message: {}", std::strerror(errno));
        break;
      }
      written += static_cast<std::size_t>(n);
    }
    ::close(pipe_ends[1]);
  }
  int status = 0;
  while (::waitpid(child, &status, 0) < 0) {
    if (errno != EINTR) return {false, fmt::format("cannot wait for '{}': {}", command.front(), std::strerror(errno))};
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && write_problem.empty()) return {true, ""};
  return {false, fmt::format("'{}' did not take the message: {}", command.front(),
                             write_problem.empty() ? describe_status(status) : write_problem)};
}

}  // namespace plift::cli
