#include "context.hpp"

namespace plift::cli {

void add_training_commands(CLI::App&, Context&) {}

}  // namespace plift::cli
