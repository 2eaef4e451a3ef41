// The main of a fuzz target in a normal build (no libFuzzer): feeds every
// file given, and every file in the folders given, to LLVMFuzzerTestOneInput
// once, so the seed corpora and past findings run as regression tests.
//   fuzz_date tests/fuzz/corpus/date [more files or folders...]
// A broken property aborts; an input that cannot be read, or no input at all,
// fails with status 1.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

bool replay(const fs::path& file) {
  std::error_code error;
  const auto size = fs::file_size(file, error);
  std::ifstream in(file, std::ios::binary);
  // Exactly its size, so AddressSanitizer sees a read past the end.
  std::vector<std::uint8_t> data(error ? 0 : static_cast<std::size_t>(size));
  if (error || !in || !in.read(reinterpret_cast<char*>(data.data()), static_cast<std::streamsize>(data.size()))) {
    std::fprintf(stderr, "replay: cannot read %s\n", file.c_str());
    return false;
  }
  LLVMFuzzerTestOneInput(data.data(), data.size());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    const fs::path given = argv[i];
    std::error_code error;
    if (fs::is_directory(given, error)) {
      for (const auto& entry : fs::recursive_directory_iterator(given, error)) {
        if (entry.is_regular_file()) {
          files.push_back(entry.path());
        }
      }
    } else if (fs::is_regular_file(given, error)) {
      files.push_back(given);
    } else {
      std::fprintf(stderr, "replay: no such file or folder: %s\n", argv[i]);
      return 1;
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "replay: no inputs; usage: %s FILE_OR_FOLDER...\n", argc > 0 ? argv[0] : "replay");
    return 1;
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    // Named first: should the input break a property, the last line says which file.
    std::fprintf(stderr, "replay: %s\n", file.c_str());
    if (!replay(file)) {
      return 1;
    }
  }
  std::fprintf(stderr, "replay: %zu inputs, every property held\n", files.size());
  return 0;
}
