// Finding plift.toml and the database: load and init_target over real temp folders.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "plift/config/config.hpp"
#include "plift/core/error.hpp"

namespace fs = std::filesystem;
using plift::ConfigError;
using plift::config::Config;
using plift::config::Inputs;
using plift::config::load;

namespace {

// A fresh folder under the system temp folder, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::random_device random;
    path_ = fs::temp_directory_path() / ("plift-config-test-" + std::to_string(random()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Writes a config naming the programme `name`, creating folders as needed.
fs::path write_config(const fs::path& file, const std::string& name, const std::string& extra = "") {
  fs::create_directories(file.parent_path());
  std::ofstream(file) << "[program]\nname = \"" << name << "\"\n" << extra;
  return file;
}

// Inputs with no environment at all, working in `cwd`.
Inputs inputs_in(const fs::path& cwd) {
  Inputs inputs;
  inputs.cwd = cwd;
  return inputs;
}

}  // namespace

TEST_CASE("discovery: built-in defaults when nothing is found") {
  TempDir tmp;
  fs::path work = tmp.path() / "work";
  fs::create_directories(work);
  Inputs inputs = inputs_in(work);
  inputs.env_home = (tmp.path() / "home").string();
  Config config = load(inputs);
  CHECK_FALSE(config.file);
  CHECK(config.file_origin == "built-in defaults");
  CHECK(config.program.name == plift::default_program().name);
  CHECK(config.database == work / "plift.db");
  CHECK(config.database_origin == "default");
  CHECK(plift::config::init_target(inputs) == work / "plift.toml");
}

TEST_CASE("discovery: --config over PLIFT_CONFIG over the current folder over XDG") {
  TempDir tmp;
  fs::path work = tmp.path() / "work";
  write_config(work / "plift.toml", "cwd");
  write_config(tmp.path() / "option.toml", "option");
  write_config(tmp.path() / "env.toml", "env");
  write_config(tmp.path() / "xdg" / "plift" / "plift.toml", "xdg");

  Inputs inputs = inputs_in(work);
  inputs.env_xdg_config_home = (tmp.path() / "xdg").string();
  inputs.env_config = (tmp.path() / "env.toml").string();
  inputs.config_option = tmp.path() / "option.toml";

  Config config = load(inputs);
  CHECK(config.program.name == "option");
  CHECK(config.file_origin == "--config");
  CHECK(*config.file == tmp.path() / "option.toml");
  CHECK(plift::config::init_target(inputs) == tmp.path() / "option.toml");

  inputs.config_option.reset();
  config = load(inputs);
  CHECK(config.program.name == "env");
  CHECK(config.file_origin == "PLIFT_CONFIG");

  inputs.env_config = "";  // empty counts as unset
  config = load(inputs);
  CHECK(config.program.name == "cwd");
  CHECK(config.file_origin == "current folder");
  CHECK(*config.file == work / "plift.toml");
  CHECK(config.database == work / "plift.db");
  CHECK(config.database_origin == "beside the config file");

  fs::remove(work / "plift.toml");
  config = load(inputs);
  CHECK(config.program.name == "xdg");
  CHECK(config.file_origin == "XDG_CONFIG_HOME");
  CHECK(config.database == tmp.path() / "xdg" / "plift" / "plift.db");
  CHECK(plift::config::init_target(inputs) == tmp.path() / "xdg" / "plift" / "plift.toml");
}

TEST_CASE("discovery: the nearest parent folder, with messages relative to the current folder") {
  TempDir tmp;
  fs::path project = tmp.path() / "project";
  fs::path deep = project / "a" / "b";
  fs::create_directories(deep);
  write_config(tmp.path() / "plift.toml", "outer");
  write_config(project / "plift.toml", "project", "\n[database]\npath = \"data/p.db\"\n");

  Config config = load(inputs_in(deep));
  CHECK(config.program.name == "project");
  CHECK(config.file_origin == "parent folder " + project.string());
  CHECK(*config.file == project / "plift.toml");
  CHECK(config.database == project / "data" / "p.db");
  CHECK(config.database_origin == "../../plift.toml:5");
  CHECK(plift::config::init_target(inputs_in(deep)) == project / "plift.toml");

  write_config(project / "plift.toml", "project", "[pulse]\nevry_days = 3\n");
  try {
    load(inputs_in(deep));
    FAIL("no error");
  } catch (const ConfigError& e) {
    CHECK(std::string(e.what()) ==
          "../../plift.toml:4: pulse.evry_days: unknown key (did you mean 'every_days'?)");
  }
}

TEST_CASE("discovery: HOME/.config when XDG_CONFIG_HOME is unset") {
  TempDir tmp;
  fs::path work = tmp.path() / "work";
  fs::create_directories(work);
  write_config(tmp.path() / "home" / ".config" / "plift" / "plift.toml", "home");
  Inputs inputs = inputs_in(work);
  inputs.env_home = (tmp.path() / "home").string();
  Config config = load(inputs);
  CHECK(config.program.name == "home");
  CHECK(config.file_origin == "~/.config");
}

TEST_CASE("discovery: a named config file that does not exist is an error") {
  TempDir tmp;
  Inputs inputs = inputs_in(tmp.path());
  inputs.config_option = "missing.toml";
  CHECK_THROWS_WITH_AS(load(inputs), "config file 'missing.toml' (from --config) does not exist",
                       ConfigError);
  // init writes it.
  CHECK(plift::config::init_target(inputs) == "missing.toml");

  inputs.config_option.reset();
  inputs.env_config = "gone.toml";
  CHECK_THROWS_WITH_AS(load(inputs), "config file 'gone.toml' (from PLIFT_CONFIG) does not exist",
                       ConfigError);
}

TEST_CASE("discovery: a relative --config is read from the current folder and named as given") {
  TempDir tmp;
  write_config(tmp.path() / "conf" / "mine.toml", "mine", "nmae = 1\n");
  Inputs inputs = inputs_in(tmp.path());
  inputs.config_option = "conf/mine.toml";
  CHECK_THROWS_WITH_AS(load(inputs), "conf/mine.toml:3: program.nmae: unknown key (did you mean 'name'?)",
                       ConfigError);

  write_config(tmp.path() / "conf" / "mine.toml", "mine");
  Config config = load(inputs);
  CHECK(config.program.name == "mine");
  CHECK(config.database == fs::path("conf/plift.db"));
  auto name = std::find_if(config.settings.begin(), config.settings.end(),
                           [](const auto& s) { return s.key == "program.name"; });
  REQUIRE(name != config.settings.end());
  CHECK(name->origin == "conf/mine.toml:2");
}

TEST_CASE("discovery: database precedence") {
  TempDir tmp;
  write_config(tmp.path() / "plift.toml", "p", "[database]\npath = \"sub/file.db\"\n");
  Inputs inputs = inputs_in(tmp.path());

  Config config = load(inputs);
  CHECK(config.database == tmp.path() / "sub" / "file.db");
  CHECK(config.database_origin == "plift.toml:4");

  inputs.env_db = "/var/env.db";
  config = load(inputs);
  CHECK(config.database == "/var/env.db");
  CHECK(config.database_origin == "PLIFT_DB");

  inputs.db_option = "opt.db";
  config = load(inputs);
  CHECK(config.database == "opt.db");
  CHECK(config.database_origin == "--db");
}
