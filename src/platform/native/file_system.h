// Everything the native build asks of the host's file system, behind one small interface in
// the style of leveldb's Env: the POSIX implementation is HostFileSystem(); tests wrap it in a
// fault-injecting one that "crashes" at a chosen step. Only src/platform/native knows the host.
//
// Errors come back as Status values carrying the path and the system's reason: kNotFound for a
// missing file or directory, kIoError for everything else. Paths are plain strings; JoinPath
// builds them. An implementation must be usable from one thread at a time.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "core/base/bytes.h"
#include "core/base/status.h"

namespace carnet {

enum class FileKind { kMissing, kFile, kDirectory, kOther };

// An exclusive lock, held until this object is destroyed (or the process ends).
class FileLock {
 public:
  virtual ~FileLock() = default;
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;

  // The whole file. Reads at most `max_bytes`: a longer file is refused (kCorrupt) without
  // allocating more, so a damaged or hostile file cannot exhaust memory.
  virtual Result<Bytes> ReadFile(const std::string& path, std::size_t max_bytes) = 0;
  // Creates `path` (truncating a file of that name), writes `bytes` and flushes them to the
  // disk (fsync) before returning. Not atomic: write under a fresh name, then Rename. The new
  // file's name is durable only once its directory is synced (SyncDir).
  virtual Status WriteFile(const std::string& path, ByteView bytes) = 0;
  // Atomically replaces `to` by `from` (rename(2)); durable once the directory is synced.
  virtual Status Rename(const std::string& from, const std::string& to) = 0;
  // Removes a file; kNotFound when there is none.
  virtual Status Remove(const std::string& path) = 0;
  // The names in `dir`, sorted, without "." and "..".
  virtual Result<std::vector<std::string>> ListDir(const std::string& dir) = 0;
  // Makes the directory's entries (files created, renamed or removed) durable (fsync).
  virtual Status SyncDir(const std::string& dir) = 0;
  // Creates a directory readable by its owner only; succeeds if it already exists.
  virtual Status CreateDir(const std::string& dir) = 0;
  virtual Result<FileKind> Kind(const std::string& path) = 0;
  // Takes an exclusive lock on `path` (created if needed) that other processes, and other
  // locks taken in this process, must wait for. Waits a few seconds at most, then kIoError.
  virtual Result<std::unique_ptr<FileLock>> Lock(const std::string& path) = 0;
};

// The host's file system. One instance serves the whole process.
FileSystem& HostFileSystem();

// "dir/name" (no doubled slash).
std::string JoinPath(const std::string& dir, const std::string& name);

}  // namespace carnet
