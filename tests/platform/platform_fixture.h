// Helpers for the native platform's tests: a temporary directory, and vaults kept in one.
#pragma once

#include <doctest/doctest.h>
#include <stdlib.h>  // mkdtemp

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/vault/vault.h"
#include "core/vault/vault_session.h"
#include "platform/native/dir_storage.h"
#include "platform/native/file_system.h"

namespace carnet::test {

inline constexpr const char* kTestPassphrase = "cheval batterie agrafe correcte";

// A new empty directory, removed with everything in it when this object goes.
class TempDir {
 public:
  // `in_memory`: on /dev/shm when there is one, where fsync costs nothing (for tests that
  // simulate crashes rather than rely on the disk).
  explicit TempDir(bool in_memory = false) {
    std::filesystem::path parent = std::filesystem::temp_directory_path();
    std::error_code error;
    if (in_memory && std::filesystem::is_directory("/dev/shm", error)) parent = "/dev/shm";
    std::string pattern = (parent / "carnet-test-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return JoinPath(path_, name); }

 private:
  std::string path_;
};

inline std::unique_ptr<DirectoryStorage> OpenDir(
    FileSystem& fs, const std::string& dir,
    DirectoryStorage::Mode mode = DirectoryStorage::Mode::kReadWrite) {
  Result<std::unique_ptr<DirectoryStorage>> storage = DirectoryStorage::Open(fs, dir, mode);
  REQUIRE_MESSAGE(storage.ok(), storage.status().message());
  return std::move(storage).value();
}

inline std::vector<std::string> ListNames(const std::string& dir) {
  Result<std::vector<std::string>> names = HostFileSystem().ListDir(dir);
  REQUIRE(names.ok());
  return names.value();
}

// What a clean vault directory holds: the index, the lock and one file per record.
inline std::vector<std::string> CleanListing(const DirectoryStorage& storage) {
  std::vector<std::string> names = storage.RecordFiles();
  names.emplace_back(kIndexFileName);
  names.emplace_back(kLockFileName);
  std::sort(names.begin(), names.end());
  return names;
}

inline Bytes ReadAll(const std::string& path) {
  Result<Bytes> bytes = HostFileSystem().ReadFile(path, std::size_t{1} << 30);
  REQUIRE_MESSAGE(bytes.ok(), bytes.status().message());
  return bytes.value();
}

inline void WriteAll(const std::string& path, ByteView bytes) {
  REQUIRE(HostFileSystem().WriteFile(path, bytes).ok());
}

inline std::string IntegrityCheck(Store& store) {
  Result<Statement> check = store.db().Prepare("PRAGMA integrity_check");
  REQUIRE(check.ok());
  Result<bool> row = check.value().Step();
  REQUIRE(row.ok());
  REQUIRE(row.value());
  return check.value().ColumnText(0);
}

}  // namespace carnet::test
