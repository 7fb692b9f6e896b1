// Where a vault's records live: IndexedDB in the browser, a directory natively, memory in
// tests (plus a fault-injecting wrapper). Records are opaque bytes under short string keys.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/base/bytes.h"
#include "core/base/status.h"

namespace carnet {

// One atomic change: every put and delete, or none of them.
struct WriteBatch {
  std::vector<std::pair<std::string, Bytes>> puts;
  std::vector<std::string> deletes;
};

class VaultStorage {
 public:
  virtual ~VaultStorage() = default;
  // The record, or nothing if there is none under `key`.
  virtual Result<std::optional<Bytes>> Get(const std::string& key) = 0;
  virtual Result<std::vector<std::string>> Keys() = 0;
  // The generation of the last commit (0 when empty).
  virtual Result<std::uint64_t> Generation() = 0;
  // Applies `batch` atomically, even across a crash, and records `new_generation` — only if
  // the stored generation is still `expected` (a compare-and-swap); otherwise kSaveConflict
  // and nothing is written. Reports success only once the batch is durable.
  virtual Status Commit(const WriteBatch& batch, std::uint64_t expected,
                        std::uint64_t new_generation) = 0;
};

// In memory, for tests and benchmarks; a test can reach in to tamper with the records.
class MemoryStorage : public VaultStorage {
 public:
  Result<std::optional<Bytes>> Get(const std::string& key) override;
  Result<std::vector<std::string>> Keys() override;
  Result<std::uint64_t> Generation() override { return generation_; }
  Status Commit(const WriteBatch& batch, std::uint64_t expected,
                std::uint64_t new_generation) override;

  std::map<std::string, Bytes>& records() { return records_; }
  // Takes over `records` at `generation`, replacing what was held (a vault just loaded from
  // elsewhere: moved, not copied, so the large vault is in memory once).
  void Adopt(std::map<std::string, Bytes>&& records, std::uint64_t generation) {
    records_ = std::move(records);
    generation_ = generation;
  }
  std::uint64_t bytes_written() const { return bytes_written_; }

 private:
  std::map<std::string, Bytes> records_;
  std::uint64_t generation_ = 0;
  std::uint64_t bytes_written_ = 0;
};

}  // namespace carnet
