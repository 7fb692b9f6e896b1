// A database file held in memory as fixed-size chunks, remembering which chunks changed since
// the last save. The SQLite VFS (mem_vfs.h) reads and writes it; the vault saves its dirty
// chunks only. Bytes it lets go (truncated, moved to a larger buffer, cleared) are zeroed
// first, so that an erased page leaves no copy in freed memory. Not thread-safe.
#pragma once

#include <cstdint>
#include <vector>

#include "core/base/bytes.h"

namespace carnet {

// The size of a chunk, here and in the vault that encrypts each one (vault_format.h).
// 32 KiB: a one-row edit dirties some ten to fifteen pages far apart (the row, its indexes,
// full-text segments, page 1), so it writes at most about 480 KiB, under the 512 KiB target;
// 64 KiB chunks wrote up to 880 KiB on the large synthetic caseload.
inline constexpr std::uint32_t kChunkSize = 32 * 1024;

class ChunkedImage {
 public:
  std::uint64_t size() const { return size_; }
  std::size_t chunk_count() const { return chunks_.size(); }
  const Bytes& chunk(std::size_t index) const { return chunks_[index]; }
  bool dirty(std::size_t index) const { return dirty_[index]; }
  bool any_dirty() const { return dirty_count_ > 0 || truncated_; }

  // Copies up to `n` bytes at `offset` into `out`; returns how many were available.
  std::size_t Read(std::uint64_t offset, std::uint8_t* out, std::size_t n) const;
  void Write(std::uint64_t offset, const std::uint8_t* data, std::size_t n);
  void Truncate(std::uint64_t size);

  // The chunks changed since the last call, and whether chunks were dropped; marks all clean.
  std::vector<std::size_t> TakeDirty(bool* truncated);
  // Marks chunks dirty again (a save that failed); indexes past the end are ignored.
  void Redirty(const std::vector<std::size_t>& indexes, bool truncated);

  // Loading a saved vault: chunks arrive in order, clean.
  void AppendClean(Bytes chunk, std::uint64_t total_size);
  void MarkAllClean();
  void MarkAllDirty();
  void Clear();  // wipes the bytes (locking the vault)

 private:
  void Grow(std::uint64_t size);
  void SetDirty(std::size_t index);
  std::vector<Bytes> chunks_;  // each kChunkSize bytes, except that the last may be shorter
  std::vector<bool> dirty_;
  std::size_t dirty_count_ = 0;
  bool truncated_ = false;  // chunks were dropped: the manifest must say so
  std::uint64_t size_ = 0;
};

}  // namespace carnet
