#include "core/db/chunked_image.h"

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace carnet {
namespace {

void Wipe(std::uint8_t* bytes, std::size_t n) {
  if (n > 0) sodium_memzero(bytes, n);
}

// Changes a chunk's length without leaving a copy of its bytes in freed memory: the bytes cut
// off are zeroed, and a chunk that outgrows its buffer moves to one with room for a whole
// chunk (so it moves at most once), the old buffer zeroed. Bytes added read as zeros.
void ResizeChunk(Bytes& chunk, std::size_t size) {
  if (size < chunk.size()) {
    Wipe(chunk.data() + size, chunk.size() - size);
  } else if (size > chunk.capacity()) {
    Bytes roomier;
    roomier.reserve(std::max<std::size_t>(size, kChunkSize));
    roomier.assign(chunk.begin(), chunk.end());
    Wipe(chunk.data(), chunk.size());
    chunk.swap(roomier);
  }
  chunk.resize(size, 0);
}

}  // namespace

std::size_t ChunkedImage::Read(std::uint64_t offset, std::uint8_t* out, std::size_t n) const {
  if (offset >= size_) return 0;
  const std::size_t available =
      static_cast<std::size_t>(std::min<std::uint64_t>(n, size_ - offset));
  std::size_t done = 0;
  while (done < available) {
    const std::uint64_t at = offset + done;
    const auto index = static_cast<std::size_t>(at / kChunkSize);
    const auto within = static_cast<std::size_t>(at % kChunkSize);
    const std::size_t take = std::min(available - done, kChunkSize - within);
    std::memcpy(out + done, chunks_[index].data() + within, take);
    done += take;
  }
  return available;
}

void ChunkedImage::Write(std::uint64_t offset, const std::uint8_t* data, std::size_t n) {
  const std::uint64_t end = offset + n;
  if (end > size_) Grow(end);
  std::size_t done = 0;
  while (done < n) {
    const std::uint64_t at = offset + done;
    const auto index = static_cast<std::size_t>(at / kChunkSize);
    const auto within = static_cast<std::size_t>(at % kChunkSize);
    const std::size_t take = std::min(n - done, kChunkSize - within);
    std::memcpy(chunks_[index].data() + within, data + done, take);
    SetDirty(index);
    done += take;
  }
}

void ChunkedImage::Truncate(std::uint64_t size) {
  if (size >= size_) return;
  size_ = size;
  const auto count = static_cast<std::size_t>((size + kChunkSize - 1) / kChunkSize);
  if (count < chunks_.size()) {
    for (std::size_t i = count; i < chunks_.size(); ++i) {
      if (dirty_[i]) --dirty_count_;
      Wipe(chunks_[i].data(), chunks_[i].size());  // a shrinking VACUUM: no page lingers
    }
    chunks_.resize(count);
    dirty_.resize(count);
    truncated_ = true;
  }
  if (count > 0) {
    Bytes& last = chunks_[count - 1];
    const auto keep = static_cast<std::size_t>(size - std::uint64_t{count - 1} * kChunkSize);
    if (last.size() > keep) {
      ResizeChunk(last, keep);
      SetDirty(count - 1);
    }
  }
}

std::vector<std::size_t> ChunkedImage::TakeDirty(bool* truncated) {
  std::vector<std::size_t> indexes;
  indexes.reserve(dirty_count_);
  for (std::size_t i = 0; i < dirty_.size(); ++i) {
    if (dirty_[i]) indexes.push_back(i);
  }
  *truncated = truncated_;
  MarkAllClean();
  return indexes;
}

void ChunkedImage::Redirty(const std::vector<std::size_t>& indexes, bool truncated) {
  for (const std::size_t i : indexes) {
    if (i < dirty_.size()) SetDirty(i);
  }
  truncated_ = truncated_ || truncated;
}

void ChunkedImage::AppendClean(Bytes chunk, std::uint64_t total_size) {
  chunks_.push_back(std::move(chunk));
  dirty_.push_back(false);
  size_ = total_size;
}

void ChunkedImage::MarkAllClean() {
  std::fill(dirty_.begin(), dirty_.end(), false);
  dirty_count_ = 0;
  truncated_ = false;
}

void ChunkedImage::MarkAllDirty() {
  std::fill(dirty_.begin(), dirty_.end(), true);
  dirty_count_ = dirty_.size();
}

void ChunkedImage::Clear() {
  for (Bytes& chunk : chunks_) Wipe(chunk.data(), chunk.size());
  chunks_.clear();
  dirty_.clear();
  dirty_count_ = 0;
  truncated_ = false;
  size_ = 0;
}

void ChunkedImage::Grow(std::uint64_t size) {
  // Every chunk but the last is full; bytes never written read as zeros.
  const auto count = static_cast<std::size_t>((size + kChunkSize - 1) / kChunkSize);
  const std::size_t old_count = chunks_.size();
  while (chunks_.size() < count) {
    chunks_.emplace_back();
    dirty_.push_back(false);
  }
  for (std::size_t i = old_count > 0 ? old_count - 1 : 0; i < count; ++i) {
    const std::size_t want =
        i + 1 < count ? kChunkSize : static_cast<std::size_t>(size - std::uint64_t{i} * kChunkSize);
    if (chunks_[i].size() < want) {
      ResizeChunk(chunks_[i], want);
      SetDirty(i);
    }
  }
  size_ = size;
}

void ChunkedImage::SetDirty(std::size_t index) {
  if (!dirty_[index]) {
    dirty_[index] = true;
    ++dirty_count_;
  }
}

}  // namespace carnet
