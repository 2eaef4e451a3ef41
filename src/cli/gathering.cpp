#include "context.hpp"

namespace plift::cli {

void add_gathering_commands(CLI::App&, Context&) {}

}  // namespace plift::cli
