#include "private_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <ext/stdio_filebuf.h>
#include <filesystem>
#include <ostream>
#include <random>
#include <utility>

#include "plift/core/error.hpp"

namespace plift::cli {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& target, int error) {
  throw IoError(fmt::format("cannot write '{}': {}", target, std::strerror(error)));
}

// Where the content goes: the file named, or the file a link names (the link
// stays), and whether that is a regular file to be replaced or something else
// (a device, a FIFO, a terminal) to be written in place.
struct Destination {
  fs::path path;
  bool in_place = false;
  mode_t mode = 0600;  // of the new file: the old one's, or owner-only
};

Destination destination_of(const std::string& target) {
  Destination destination{fs::path(target)};
  struct stat info {};
  if (::lstat(target.c_str(), &info) != 0) {
    if (errno != ENOENT) fail(target, errno);
    return destination;
  }
  if (S_ISLNK(info.st_mode)) {
    std::error_code ec;
    fs::path resolved = fs::canonical(target, ec);
    if (ec || ::stat(resolved.c_str(), &info) != 0) {
      // A link to nothing: refused rather than followed to where it points.
      throw IoError(fmt::format("cannot write '{}': it is a link to a file that does not exist", target));
    }
    destination.path = resolved;
  }
  if (S_ISDIR(info.st_mode)) throw IoError(fmt::format("cannot write '{}': it is a folder", target));
  if (!S_ISREG(info.st_mode)) {
    destination.in_place = true;
    return destination;
  }
  destination.mode = info.st_mode & 07777;
  return destination;
}

// Writes through a descriptor, closing it however the write ends.
class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }
  int release() { return std::exchange(fd_, -1); }

 private:
  int fd_;
};

void write_through(int fd, const std::string& target, const std::function<void(std::ostream&)>& write) {
  // The buffer does not own the descriptor: the Descriptor closes it.
  __gnu_cxx::stdio_filebuf<char> buffer(::dup(fd), std::ios::out | std::ios::binary);
  if (!buffer.is_open()) fail(target, errno);
  std::ostream out(&buffer);
  write(out);
  out.flush();
  if (!out) fail(target, errno ? errno : EIO);
  if (buffer.close() == nullptr) fail(target, errno ? errno : EIO);
}

std::string random_suffix() {
  static std::mt19937_64 generator(std::random_device{}());
  return fmt::format("{:016x}", generator());
}

// A new file in `folder` that no other run shares and no planted link leads
// out of: unnamed (O_TMPFILE) where the file system allows, so a killed run
// leaves nothing; else created under a random name with O_EXCL|O_NOFOLLOW.
struct Temporary {
  int fd = -1;
  std::optional<fs::path> name;  // set once it has a name
};

Temporary create_temporary(const fs::path& folder, const std::string& target) {
  // An unnamed file is named later through /proc/self/fd; without /proc it could not be.
  static const bool can_name_unnamed = ::access("/proc/self/fd", X_OK) == 0;
  int fd = can_name_unnamed ? ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600) : -1;
  if (fd >= 0) return {fd, std::nullopt};
  if (can_name_unnamed && errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) fail(target, errno);
  for (int attempt = 0; attempt < 100; ++attempt) {
    fs::path name = folder / fmt::format(".plift-{}.partial", random_suffix());
    fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd >= 0) return {fd, name};
    if (errno != EEXIST) fail(target, errno);
  }
  fail(target, EEXIST);
}

// Gives an unnamed temporary a unique name beside the target.
fs::path name_temporary(int fd, const fs::path& folder, const std::string& target) {
  std::string self = fmt::format("/proc/self/fd/{}", fd);
  for (int attempt = 0; attempt < 100; ++attempt) {
    fs::path name = folder / fmt::format(".plift-{}.partial", random_suffix());
    if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) return name;
    if (errno != EEXIST) fail(target, errno);
  }
  fail(target, EEXIST);
}

void write_in_place(const Destination& destination, const std::string& target,
                    const std::function<void(std::ostream&)>& write) {
  Descriptor fd(::open(destination.path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC));
  if (fd.get() < 0) fail(target, errno);
  write_through(fd.get(), target, write);
}

void write_replacing(const Destination& destination, const std::string& target,
                     const std::function<void(std::ostream&)>& write) {
  fs::path folder = destination.path.parent_path();
  if (folder.empty()) folder = ".";
  Temporary temporary = create_temporary(folder, target);
  Descriptor fd(temporary.fd);
  // Removes a named temporary unless it took the target's place.
  struct RemoveUnlessRenamed {
    std::optional<fs::path>* name;
    ~RemoveUnlessRenamed() {
      if (*name) ::unlink((*name)->c_str());
    }
  } cleanup{&temporary.name};
  // The umask must not narrow the mode kept from the file replaced.
  if (::fchmod(fd.get(), destination.mode) != 0) fail(target, errno);
  write_through(fd.get(), target, write);
  if (::fsync(fd.get()) != 0) fail(target, errno);
  if (!temporary.name) temporary.name = name_temporary(fd.get(), folder, target);
  if (::close(fd.release()) != 0) fail(target, errno);
  if (::rename(temporary.name->c_str(), destination.path.c_str()) != 0) fail(target, errno);
  temporary.name.reset();
  // The rename itself onto the disk.
  Descriptor directory(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (directory.get() >= 0) ::fsync(directory.get());
}

}  // namespace

bool names_standard_output(const std::optional<std::string>& file) { return !file || *file == "-"; }

void write_private_file(const std::string& file, const std::string& content) {
  write_private_file_streamed(
      file, [&](std::ostream& out) { out.write(content.data(), static_cast<std::streamsize>(content.size())); });
}

void write_private_file_streamed(const std::string& file, const std::function<void(std::ostream&)>& write) {
  if (file.empty()) throw UsageError("an output file name may not be empty");
  Destination destination = destination_of(file);
  if (destination.in_place) {
    write_in_place(destination, file, write);
  } else {
    write_replacing(destination, file, write);
  }
}

}  // namespace plift::cli
