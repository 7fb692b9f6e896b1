// The commit protocol, under the directory's lock:
//   1. read the index from the disk; refuse (kSaveConflict) unless its generation is `expected`;
//      a directory without an index first gets an empty one (so that record files never exist
//      without an index: record files without an index mean damage, never a leftover);
//   2. write each new record to a new file "<key>.<new generation>", fsync'ed;
//   3. write the new index to "index.tmp", fsync'ed; fsync the directory (the new files' names);
//   4. rename "index.tmp" over "index" and fsync the directory: the commit point;
//   5. remove the files the new index no longer names.
// A crash before step 4 leaves the previous index, naming only untouched files; one after it
// leaves the new index, whose files were all durable before it. Either way, what remains of the
// crashed save is unnamed files, which the next read-write Open removes (under the same lock, so
// never the files of a save in progress elsewhere).
#include "platform/native/dir_storage.h"

#include <utility>

#include "core/vault/vault_backup.h"
#include "core/vault/vault_format.h"

namespace carnet {
namespace {

Status Conflict(const std::string& message) {
  return Status::Error(StatusCode::kIoError, Problem::kSaveConflict, message);
}

// The problem of a record file too long to be what it claims.
Problem DamageOf(const std::string& key) {
  if (key == kHeaderKey) return Problem::kHeaderCorrupt;
  if (key == kManifestKey) return Problem::kManifestCorrupt;
  return Problem::kChunkCorrupt;
}

}  // namespace

Result<std::unique_ptr<DirectoryStorage>> DirectoryStorage::Open(FileSystem& fs, std::string dir,
                                                                 Mode mode) {
  Result<FileKind> kind = fs.Kind(dir);
  if (!kind.ok()) return kind.status();
  if (kind.value() != FileKind::kDirectory) {
    return Status::Error(StatusCode::kNotFound, "there is no directory " + dir);
  }
  std::unique_ptr<DirectoryStorage> storage(new DirectoryStorage(fs, std::move(dir), mode));
  std::unique_ptr<FileLock> lock;
  if (mode == Mode::kReadWrite) {
    Result<std::unique_ptr<FileLock>> locked = fs.Lock(storage->PathOf(kLockFileName));
    if (!locked.ok()) return locked.status();
    lock = std::move(locked).value();
  }
  Result<std::optional<DirectoryIndex>> index = storage->ReadIndex();
  if (!index.ok()) return index.status();
  if (!index.value()) {
    Result<std::vector<std::string>> names = fs.ListDir(storage->dir_);
    if (!names.ok()) return names.status();
    for (const std::string& name : names.value()) {
      if (ParseRecordFileName(name)) {
        return Status::Error(StatusCode::kCorrupt,
                             "the vault directory " + storage->dir_ +
                                 " holds records but no index: it was damaged (nothing was "
                                 "deleted; restore a backup elsewhere)");
      }
    }
  }
  storage->index_ = index.value().value_or(DirectoryIndex{});
  if (mode == Mode::kReadWrite) {
    if (Status s = storage->RemoveLeftovers(storage->index_); !s.ok()) return s;
  }
  return storage;
}

Result<std::optional<Bytes>> DirectoryStorage::Get(const std::string& key) {
  const auto entry = index_.versions.find(key);
  if (entry == index_.versions.end()) return std::optional<Bytes>();
  Result<Bytes> bytes =
      fs_->ReadFile(PathOf(RecordFileName(key, entry->second)), MaxVaultRecordBytes(key));
  if (bytes.ok()) return std::optional<Bytes>(std::move(bytes).value());
  if (bytes.status().code() == StatusCode::kCorrupt) {
    return Status::Error(StatusCode::kCorrupt, DamageOf(key), bytes.status().message());
  }
  if (bytes.status().code() != StatusCode::kNotFound) return bytes.status();
  // A missing file: removed by a newer save elsewhere, or lost (then the vault names the record).
  Result<std::optional<DirectoryIndex>> disk = ReadIndex();
  if (disk.ok() && disk.value() && disk.value()->generation != index_.generation) {
    return Conflict("the vault was saved by another program while being read: open it again");
  }
  return std::optional<Bytes>();
}

Result<std::vector<std::string>> DirectoryStorage::Keys() {
  std::vector<std::string> keys;
  keys.reserve(index_.versions.size());
  for (const auto& entry : index_.versions) keys.push_back(entry.first);
  return keys;
}

Status DirectoryStorage::Commit(const WriteBatch& batch, std::uint64_t expected,
                                std::uint64_t new_generation) {
  if (mode_ == Mode::kReadOnly) {
    return Status::Error(StatusCode::kInternal, "the vault directory was opened read-only");
  }
  if (new_generation <= expected) {
    return Status::Error(StatusCode::kInternal, "a commit must move to a later generation");
  }
  for (const auto& put : batch.puts) {
    if (!IsVaultRecordKey(put.first) || put.second.size() > MaxVaultRecordBytes(put.first)) {
      return Status::Error(StatusCode::kInvalidArgument, "not a vault record: " + put.first);
    }
  }
  for (const std::string& key : batch.deletes) {
    if (!IsVaultRecordKey(key)) {
      return Status::Error(StatusCode::kInvalidArgument, "not a vault record: " + key);
    }
  }

  Result<std::unique_ptr<FileLock>> lock = fs_->Lock(PathOf(kLockFileName));
  if (!lock.ok()) return lock.status();
  Result<std::optional<DirectoryIndex>> disk = ReadIndex();
  if (!disk.ok()) return disk.status();
  const std::uint64_t disk_generation = disk.value() ? disk.value()->generation : 0;
  if (disk_generation != expected) {
    return Conflict("the vault was saved by another program meanwhile (generation " +
                    std::to_string(disk_generation) + ", expected " + std::to_string(expected) +
                    ")");
  }
  if (!disk.value()) {
    if (Status s = WriteIndex(DirectoryIndex{}); !s.ok()) return s;
  }
  const DirectoryIndex old = disk.value().value_or(DirectoryIndex{});

  DirectoryIndex next = old;
  next.generation = new_generation;
  std::vector<std::string> written;
  Status status;
  for (const auto& put : batch.puts) {
    const std::string name = RecordFileName(put.first, new_generation);
    status = fs_->WriteFile(PathOf(name), put.second);
    if (!status.ok()) break;
    written.push_back(name);
    next.versions[put.first] = new_generation;
  }
  for (const std::string& key : batch.deletes) next.versions.erase(key);
  if (status.ok()) status = WriteIndex(next);
  if (!status.ok()) {
    // Unless the index was replaced (then these files are named and must stay), the new files
    // are unnamed: remove them now if possible; otherwise the next Open will.
    Result<std::optional<DirectoryIndex>> now = ReadIndex();
    if (now.ok() && (!now.value() || now.value()->generation != new_generation)) {
      for (const std::string& name : written) (void)fs_->Remove(PathOf(name));
    }
    return status;
  }

  index_ = std::move(next);
  for (const auto& entry : old.versions) {
    const auto kept = index_.versions.find(entry.first);
    if (kept == index_.versions.end() || kept->second != entry.second) {
      // Failing here loses nothing: the file is unnamed, and the next Open removes it.
      (void)fs_->Remove(PathOf(RecordFileName(entry.first, entry.second)));
    }
  }
  return Status::Ok();
}

Status DirectoryStorage::Refresh() {
  Result<std::optional<DirectoryIndex>> disk = ReadIndex();
  if (!disk.ok()) return disk.status();
  index_ = disk.value().value_or(DirectoryIndex{});
  return Status::Ok();
}

std::vector<std::string> DirectoryStorage::RecordFiles() const {
  std::vector<std::string> names;
  names.reserve(index_.versions.size());
  for (const auto& entry : index_.versions) {
    names.push_back(RecordFileName(entry.first, entry.second));
  }
  return names;
}

Result<std::optional<DirectoryIndex>> DirectoryStorage::ReadIndex() {
  Result<Bytes> bytes = fs_->ReadFile(PathOf(kIndexFileName), kMaxIndexBytes);
  if (!bytes.ok()) {
    if (bytes.status().code() == StatusCode::kNotFound) return std::optional<DirectoryIndex>();
    if (bytes.status().code() == StatusCode::kCorrupt) {
      return Status::Error(StatusCode::kCorrupt,
                           "the vault directory's index is damaged (too long)");
    }
    return bytes.status();
  }
  Result<DirectoryIndex> index = ParseDirectoryIndex(bytes.value());
  if (!index.ok()) return index.status();
  return std::optional<DirectoryIndex>(std::move(index).value());
}

// Steps 3 and 4 of the protocol.
Status DirectoryStorage::WriteIndex(const DirectoryIndex& index) {
  const std::string temporary = PathOf(kIndexTempFileName);
  if (Status s = fs_->WriteFile(temporary, EncodeDirectoryIndex(index)); !s.ok()) return s;
  if (Status s = fs_->SyncDir(dir_); !s.ok()) return s;
  if (Status s = fs_->Rename(temporary, PathOf(kIndexFileName)); !s.ok()) return s;
  return fs_->SyncDir(dir_);
}

Status DirectoryStorage::RemoveLeftovers(const DirectoryIndex& index) {
  Result<std::vector<std::string>> names = fs_->ListDir(dir_);
  if (!names.ok()) return names.status();
  bool removed = false;
  for (const std::string& name : names.value()) {
    bool leftover = name == kIndexTempFileName;
    if (const auto record = ParseRecordFileName(name)) {
      const auto entry = index.versions.find(record->first);
      leftover = entry == index.versions.end() || entry->second != record->second;
    }
    if (!leftover) continue;
    Status s = fs_->Remove(PathOf(name));
    if (!s.ok() && s.code() != StatusCode::kNotFound) return s;
    removed = true;
  }
  return removed ? fs_->SyncDir(dir_) : Status::Ok();
}

}  // namespace carnet
