#include "context.hpp"

namespace plift::cli {

void add_kpi_commands(CLI::App&, Context&) {}

}  // namespace plift::cli
