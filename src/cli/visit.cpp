#include "context.hpp"

namespace plift::cli {

void add_visit_commands(CLI::App&, Context&) {}

}  // namespace plift::cli
