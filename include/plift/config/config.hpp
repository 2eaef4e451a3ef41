#pragma once
// plift.toml: discovery, precedence and validation into a Program.
//
// Where the config comes from, highest first (numbered as in the code):
//   1. --config FILE   2. $PLIFT_CONFIG   3. plift.toml in the current folder
//   or its nearest parent   4. $XDG_CONFIG_HOME/plift/plift.toml   5. built-in defaults.
// The database: --db, else $PLIFT_DB, else [database].path (relative to the
// config file's folder), else plift.db beside the config file (or in the
// current folder when no file was found).

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "plift/core/program.hpp"

namespace plift::config {

// What the environment and command line say, passed in so tests need no real environment.
struct Inputs {
  std::optional<std::filesystem::path> config_option;  // --config
  std::optional<std::filesystem::path> db_option;      // --db
  std::optional<std::string> env_config;               // $PLIFT_CONFIG
  std::optional<std::string> env_db;                   // $PLIFT_DB
  std::optional<std::string> env_xdg_config_home;      // $XDG_CONFIG_HOME
  std::optional<std::string> env_home;                 // $HOME (for ~/.config)
  std::filesystem::path cwd;
};

// One setting as `config show` prints it.
struct Setting {
  std::string key;     // "program.name", "phase.vision.weeks", "database.path"
  std::string value;   // as TOML would write it
  std::string origin;  // "default", "plift.toml:12", "--db", "PLIFT_DB", ...
};

struct Config {
  Program program;
  std::optional<std::filesystem::path> file;  // the config file read, if any
  std::string file_origin;                    // how it was found: "--config", "PLIFT_CONFIG", "current folder", ...
  std::filesystem::path database;             // absolute or relative to cwd
  std::string database_origin;
  std::vector<Setting> settings;              // every value with its origin
};

// Finds and loads the config. Throws ConfigError (file:line: key: problem) on
// bad TOML, unknown keys (with the nearest known key) and bad values; a
// --config or $PLIFT_CONFIG file that does not exist is a ConfigError too.
Config load(const Inputs& inputs);

// Parses TOML text as if read from `file_name` (for tests and `config check`).
Config load_text(const std::string& text, const std::filesystem::path& file_name,
                 const Inputs& inputs);

// Where a new config would be written by `init`: the discovered file, else
// plift.toml in the current folder.
std::filesystem::path init_target(const Inputs& inputs);

// The templates `init` writes: commented TOML.
enum class Template { standard, produktionslyftet, produktivitetsspranget };
std::optional<Template> parse_template(std::string_view name);
std::vector<std::string> template_names();
std::string template_text(Template t);

}  // namespace plift::config
