// A FileSystem that "crashes": it passes every call to a real one until the k-th operation that
// changes the disk, which fails, and from then on every call fails, as if the process had died
// there. Optionally the failing write is torn: a prefix of its bytes reaches the disk first.
// Operations that change the disk: WriteFile, Rename, Remove, SyncDir, CreateDir, Lock.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "platform/native/file_system.h"

namespace carnet::test {

class FaultyFileSystem : public FileSystem {
 public:
  explicit FaultyFileSystem(FileSystem& real) : real_(&real) {}

  // The `k`-th operation that changes the disk from now on (0: the next one) fails; with
  // `tear`, a failing WriteFile first writes the first half of its bytes.
  void CrashAt(int k, bool tear) {
    countdown_ = k;
    tear_ = tear;
    steps_ = 0;
  }
  bool crashed() const { return crashed_; }
  int steps() const { return steps_; }  // operations that changed the disk since CrashAt
  const std::vector<std::string>& log() const { return log_; }

  Result<Bytes> ReadFile(const std::string& path, std::size_t max_bytes) override {
    if (crashed_) return Dead();
    return real_->ReadFile(path, max_bytes);
  }
  Status WriteFile(const std::string& path, ByteView bytes) override {
    if (Step("write " + path)) return real_->WriteFile(path, bytes);
    if (tear_ && !torn_once_) {
      torn_once_ = true;
      (void)real_->WriteFile(path, ByteView(bytes.data, bytes.size / 2));
    }
    return Dead();
  }
  Status Rename(const std::string& from, const std::string& to) override {
    return Step("rename " + from) ? real_->Rename(from, to) : Dead();
  }
  Status Remove(const std::string& path) override {
    return Step("remove " + path) ? real_->Remove(path) : Dead();
  }
  Result<std::vector<std::string>> ListDir(const std::string& dir) override {
    if (crashed_) return Dead();
    return real_->ListDir(dir);
  }
  Status SyncDir(const std::string& dir) override {
    return Step("sync " + dir) ? real_->SyncDir(dir) : Dead();
  }
  Status CreateDir(const std::string& dir) override {
    return Step("mkdir " + dir) ? real_->CreateDir(dir) : Dead();
  }
  Result<FileKind> Kind(const std::string& path) override {
    if (crashed_) return Dead();
    return real_->Kind(path);
  }
  Result<std::unique_ptr<FileLock>> Lock(const std::string& path) override {
    if (!Step("lock " + path)) return Dead();
    return real_->Lock(path);
  }

 private:
  static Status Dead() { return Status::Error(StatusCode::kIoError, "crashed (fault injected)"); }
  // True if the operation may proceed; counts it.
  bool Step(std::string what) {
    if (crashed_) return false;
    if (countdown_ == 0) {
      crashed_ = true;
      log_.push_back("CRASH at " + what);
      return false;
    }
    if (countdown_ > 0) --countdown_;
    ++steps_;
    log_.push_back(std::move(what));
    return true;
  }

  FileSystem* real_;
  int countdown_ = -1;  // -1: never
  bool tear_ = false;
  bool torn_once_ = false;
  bool crashed_ = false;
  int steps_ = 0;
  std::vector<std::string> log_;
};

}  // namespace carnet::test
