#include "context.hpp"

namespace plift::cli {

void add_assess_commands(CLI::App&, Context&) {}

}  // namespace plift::cli
