#include "private_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "plift/core/error.hpp"

namespace plift::cli {

namespace {

// Closes the descriptor and removes the partial file unless the write got through.
class PartialFile {
 public:
  PartialFile(std::filesystem::path path, const std::string& target) : path_(std::move(path)), target_(target) {
    fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd_ < 0) fail(errno);
    ::fchmod(fd_, 0600);  // an existing leftover keeps its old mode otherwise
  }
  PartialFile(const PartialFile&) = delete;
  PartialFile& operator=(const PartialFile&) = delete;
  ~PartialFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!done_) {
      std::error_code ec;
      std::filesystem::remove(path_, ec);
    }
  }

  const std::filesystem::path& path() const { return path_; }

  // Onto the disk, then in the target's place.
  void finish() {
    if (::fsync(fd_) != 0) fail(errno);
    int closed = ::close(fd_);
    fd_ = -1;
    if (closed != 0) fail(errno);
    std::error_code ec;
    std::filesystem::rename(path_, target_, ec);
    if (ec) throw IoError(fmt::format("cannot write '{}': {}", target_, ec.message()));
    done_ = true;
  }

  [[noreturn]] void fail(int error) const {
    throw IoError(fmt::format("cannot write '{}': {}", target_, std::strerror(error)));
  }

 private:
  std::filesystem::path path_;
  std::string target_;
  int fd_ = -1;
  bool done_ = false;
};

}  // namespace

void write_private_file(const std::string& file, const std::string& content) {
  write_private_file_streamed(
      file, [&](std::ostream& out) { out.write(content.data(), static_cast<std::streamsize>(content.size())); });
}

void write_private_file_streamed(const std::string& file, const std::function<void(std::ostream&)>& write) {
  std::filesystem::path partial_path(file);
  partial_path += ".partial";
  PartialFile partial(partial_path, file);
  {
    // The file exists with mode 0600 already: opening it again keeps the mode.
    std::ofstream out(partial.path(), std::ios::binary | std::ios::trunc);
    if (!out) partial.fail(errno);
    write(out);
    out.flush();
    if (!out) partial.fail(errno ? errno : EIO);
  }
  partial.finish();
}

}  // namespace plift::cli
