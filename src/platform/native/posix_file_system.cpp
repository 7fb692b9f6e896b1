// FileSystem on POSIX: open/write/fsync, rename(2), flock(2). Every call retries on EINTR.
#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <thread>

#include "platform/native/file_system.h"

namespace carnet {
namespace {

constexpr std::size_t kReadBlock = std::size_t{64} * 1024;
constexpr auto kLockWait = std::chrono::seconds(5);
constexpr auto kLockRetry = std::chrono::milliseconds(10);

Status Failure(const char* what, const std::string& path, int error) {
  const StatusCode code = error == ENOENT ? StatusCode::kNotFound : StatusCode::kIoError;
  return Status::Error(code, std::string(what) + " " + path + ": " + std::strerror(error));
}

// A file descriptor closed when it goes out of scope (errors on close are checked where the
// file was written, by Close()).
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() {
    if (fd_ >= 0) (void)::close(fd_);
  }
  int get() const { return fd_; }
  bool valid() const { return fd_ >= 0; }
  int Close() {
    const int result = ::close(fd_);
    fd_ = -1;
    return result;
  }

 private:
  int fd_;
};

int OpenRetrying(const char* path, int flags, mode_t mode = 0) {
  int fd = -1;
  do {
    fd = ::open(path, flags | O_CLOEXEC, mode);
  } while (fd < 0 && errno == EINTR);
  return fd;
}

class PosixLock : public FileLock {
 public:
  explicit PosixLock(int fd) : fd_(fd) {}
  PosixLock(const PosixLock&) = delete;
  PosixLock& operator=(const PosixLock&) = delete;
  ~PosixLock() override { (void)::close(fd_); }  // closing releases the flock

 private:
  int fd_;
};

class PosixFileSystem : public FileSystem {
 public:
  Result<Bytes> ReadFile(const std::string& path, std::size_t max_bytes) override {
    Fd fd(OpenRetrying(path.c_str(), O_RDONLY));
    if (!fd.valid()) return Failure("cannot open", path, errno);
    max_bytes = std::min(max_bytes, SIZE_MAX - 1);
    Bytes bytes;
    for (;;) {
      // Never hold more than max_bytes + 1: one byte past the limit proves the file too long.
      const std::size_t room = max_bytes + 1 - bytes.size();
      const std::size_t want = std::min(kReadBlock, room);
      const std::size_t old_size = bytes.size();
      bytes.resize(old_size + want);
      const ssize_t got = ::read(fd.get(), bytes.data() + old_size, want);
      if (got < 0) {
        bytes.resize(old_size);
        if (errno == EINTR) continue;
        return Failure("cannot read", path, errno);
      }
      bytes.resize(old_size + static_cast<std::size_t>(got));
      if (bytes.size() > max_bytes) {
        return Status::Error(StatusCode::kCorrupt, "the file " + path + " is larger than " +
                                                       std::to_string(max_bytes) + " bytes");
      }
      if (got == 0) return bytes;
    }
  }

  Status WriteFile(const std::string& path, ByteView bytes) override {
    Fd fd(OpenRetrying(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600));
    if (!fd.valid()) return Failure("cannot create", path, errno);
    std::size_t done = 0;
    while (done < bytes.size) {
      const ssize_t wrote = ::write(fd.get(), bytes.data + done, bytes.size - done);
      if (wrote < 0) {
        if (errno == EINTR) continue;
        return Failure("cannot write", path, errno);
      }
      done += static_cast<std::size_t>(wrote);
    }
    if (::fsync(fd.get()) != 0) return Failure("cannot flush", path, errno);
    if (fd.Close() != 0) return Failure("cannot close", path, errno);
    return Status::Ok();
  }

  Status Rename(const std::string& from, const std::string& to) override {
    if (::rename(from.c_str(), to.c_str()) != 0) return Failure("cannot rename", from, errno);
    return Status::Ok();
  }

  Status Remove(const std::string& path) override {
    if (::unlink(path.c_str()) != 0) return Failure("cannot remove", path, errno);
    return Status::Ok();
  }

  Result<std::vector<std::string>> ListDir(const std::string& dir) override {
    DIR* handle = ::opendir(dir.c_str());
    if (handle == nullptr) return Failure("cannot list", dir, errno);
    std::vector<std::string> names;
    int error = 0;
    for (;;) {
      errno = 0;
      const dirent* entry = ::readdir(handle);
      if (entry == nullptr) {
        error = errno;
        break;
      }
      const std::string name = entry->d_name;
      if (name != "." && name != "..") names.push_back(name);
    }
    (void)::closedir(handle);
    if (error != 0) return Failure("cannot list", dir, error);
    std::sort(names.begin(), names.end());
    return names;
  }

  Status SyncDir(const std::string& dir) override {
    Fd fd(OpenRetrying(dir.c_str(), O_RDONLY | O_DIRECTORY));
    if (!fd.valid()) return Failure("cannot open", dir, errno);
    if (::fsync(fd.get()) != 0) return Failure("cannot flush", dir, errno);
    return Status::Ok();
  }

  Status CreateDir(const std::string& dir) override {
    if (::mkdir(dir.c_str(), 0700) == 0) return Status::Ok();
    const int error = errno;
    Result<FileKind> kind = Kind(dir);
    if (error == EEXIST && kind.ok() && kind.value() == FileKind::kDirectory) return Status::Ok();
    return Failure("cannot create the directory", dir, error);
  }

  Result<FileKind> Kind(const std::string& path) override {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
      if (errno == ENOENT || errno == ENOTDIR) return FileKind::kMissing;
      return Failure("cannot examine", path, errno);
    }
    if (S_ISREG(info.st_mode)) return FileKind::kFile;
    if (S_ISDIR(info.st_mode)) return FileKind::kDirectory;
    return FileKind::kOther;
  }

  Result<std::unique_ptr<FileLock>> Lock(const std::string& path) override {
    const int fd = OpenRetrying(path.c_str(), O_RDWR | O_CREAT, 0600);
    if (fd < 0) return Failure("cannot open", path, errno);
    const auto deadline = std::chrono::steady_clock::now() + kLockWait;
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      const int error = errno;
      if ((error != EWOULDBLOCK && error != EINTR) || std::chrono::steady_clock::now() > deadline) {
        (void)::close(fd);
        return error == EWOULDBLOCK
                   ? Status::Error(StatusCode::kIoError,
                                   "another program keeps " + path + " locked: try again later")
                   : Failure("cannot lock", path, error);
      }
      std::this_thread::sleep_for(kLockRetry);
    }
    return std::unique_ptr<FileLock>(std::make_unique<PosixLock>(fd));
  }
};

}  // namespace

FileSystem& HostFileSystem() {
  static PosixFileSystem file_system;
  return file_system;
}

std::string JoinPath(const std::string& dir, const std::string& name) {
  if (dir.empty()) return name;
  if (dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

}  // namespace carnet
