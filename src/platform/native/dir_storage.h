// A vault's records in a directory of the host: one file per record, and an index naming the
// file that holds each record (dir_index.h). A commit writes new files and then replaces the
// index in one rename, so a crash at any step leaves either the previous generation or the new
// one, whole. Another process (or another DirectoryStorage) on the same directory cannot lose
// an update silently: the generation is compared under a lock, against the index on disk.
//
// Get, Keys and Generation read through the index as it was at Open (or the last Commit or
// Refresh): a consistent snapshot. If another program saved meanwhile and a file of that
// snapshot is gone, Get says so (kSaveConflict) instead of mixing generations.
// Not thread-safe; the FileSystem must outlive the storage.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/vault/vault_storage.h"
#include "platform/native/dir_index.h"
#include "platform/native/file_system.h"

namespace carnet {

class DirectoryStorage : public VaultStorage {
 public:
  enum class Mode {
    kReadWrite,  // removes the leftovers of interrupted saves when opening
    kReadOnly,   // writes nothing, not even to clean up (to verify a vault); Commit refuses
  };

  // Opens the vault directory `dir`, which must exist (kNotFound otherwise). An empty directory
  // is an empty storage. Refuses a directory whose index is damaged (kCorrupt) or that holds
  // record files but no index (someone removed it: nothing is deleted then).
  static Result<std::unique_ptr<DirectoryStorage>> Open(FileSystem& fs, std::string dir,
                                                        Mode mode = Mode::kReadWrite);

  Result<std::optional<Bytes>> Get(const std::string& key) override;
  Result<std::vector<std::string>> Keys() override;
  Result<std::uint64_t> Generation() override { return index_.generation; }
  Status Commit(const WriteBatch& batch, std::uint64_t expected,
                std::uint64_t new_generation) override;

  // Reads the index from the disk again (after another program saved).
  Status Refresh();
  const std::string& dir() const { return dir_; }
  // The files a clean directory holds besides the index and the lock: one per record.
  std::vector<std::string> RecordFiles() const;

 private:
  DirectoryStorage(FileSystem& fs, std::string dir, Mode mode)
      : fs_(&fs), dir_(std::move(dir)), mode_(mode) {}
  // The index on disk; nothing if there is none yet.
  Result<std::optional<DirectoryIndex>> ReadIndex();
  Status WriteIndex(const DirectoryIndex& index);
  Status RemoveLeftovers(const DirectoryIndex& index);
  std::string PathOf(const std::string& name) const { return JoinPath(dir_, name); }

  FileSystem* fs_;
  std::string dir_;
  Mode mode_;
  DirectoryIndex index_;
};

}  // namespace carnet
