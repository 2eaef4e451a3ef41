#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "plift/core/error.hpp"
#include "plift/store/database.hpp"

using namespace plift;
namespace fs = std::filesystem;

namespace {

// A fresh folder of its own for each test, removed afterwards.
struct ScratchFolder {
  ScratchFolder() {
    std::string pattern = (fs::temp_directory_path() / "plift-door-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~ScratchFolder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::size_t entries() const { return static_cast<std::size_t>(std::distance(fs::directory_iterator(path), {})); }
  fs::path path;
};

}  // namespace

TEST_CASE("a device given as the database is refused and nothing is created beside it") {
  const fs::path device = "/dev/null";
  const fs::path journal = "/dev/null-journal";
  const bool journal_was_there = fs::exists(journal);
  CHECK_THROWS_AS(store::Database::open(device), NoInputError);
  bool created = false;
  CHECK_THROWS_AS(store::Database::create(device, created), NoInputError);
  CHECK_FALSE(created);
  if (journal_was_there) {
    MESSAGE("/dev/null-journal existed before this test; whether plift creates it is not checked");
  } else {
    CHECK_FALSE(fs::exists(journal));
    CHECK_FALSE(fs::exists("/dev/null-wal"));
  }
}

TEST_CASE("a folder or a named pipe is refused as the database, also by create") {
  ScratchFolder scratch;
  fs::path folder = scratch.path / "folder.db";
  fs::create_directory(folder);
  fs::path pipe = scratch.path / "pipe.db";
  REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
  bool created = false;
  CHECK_THROWS_AS(store::Database::open(folder), NoInputError);
  CHECK_THROWS_AS(store::Database::create(folder, created), NoInputError);
  CHECK_THROWS_AS(store::Database::open(pipe), NoInputError);
  CHECK_THROWS_AS(store::Database::create(pipe, created), NoInputError);
  CHECK(scratch.entries() == 2);
  CHECK(fs::is_empty(folder));
}

TEST_CASE("an empty file is refused by open, and create makes a programme in it") {
  ScratchFolder scratch;
  fs::path file = scratch.path / "empty.db";
  std::ofstream{file};
  CHECK_THROWS_AS(store::Database::open(file), DataError);
  CHECK(fs::file_size(file) == 0);
  CHECK(scratch.entries() == 1);
  bool created = true;
  auto db = store::Database::create(file, created);
  CHECK_FALSE(created);
  CHECK(db.schema_version() == store::Database::latest_schema_version());
}
