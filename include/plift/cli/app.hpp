#pragma once
// The command line: parses arguments, runs one command, renders its result,
// and turns every error into `plift: error: …` and an exit status.

#include <filesystem>
#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace plift::cli {

// What a run may read from outside: environment variables and the current
// folder are passed in, so tests and batches control them.
struct Environment {
  std::map<std::string, std::string> variables;
  std::filesystem::path cwd;
  bool stdout_is_terminal = false;
  bool stderr_is_terminal = false;

  static Environment from_process();
};

// Runs `plift args…` (args without the program name) and returns the exit status.
int run(const std::vector<std::string>& args, const Environment& env, std::ostream& out, std::ostream& err);

int main(int argc, char** argv);

}  // namespace plift::cli
