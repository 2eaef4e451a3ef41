#include "context.hpp"

namespace plift::cli {

void add_steering_commands(CLI::App&, Context&) {}

}  // namespace plift::cli
