#include "context.hpp"

namespace plift::cli {

void add_check_command(CLI::App&, Context&) {}

}  // namespace plift::cli
