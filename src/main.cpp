#include "plift/cli/app.hpp"

int main(int argc, char** argv) { return plift::cli::main(argc, argv); }
