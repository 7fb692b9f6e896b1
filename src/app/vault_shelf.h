// Where this browser (or host) keeps its vaults: IndexedDB in the web build, memory in tests.
// Every call answers through its callback, possibly later (IndexedDB is asynchronous); the
// callback runs on the main thread, never inside the call when `deferred()` is true.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/vault.h"

namespace carnet {

struct VaultListing {
  std::string id;
  std::string display_name;
};

struct RecordSnapshot {
  std::uint64_t generation = 0;
  std::map<std::string, Bytes> records;
};

class VaultShelf {
 public:
  virtual ~VaultShelf() = default;
  virtual void List(std::function<void(Result<std::vector<VaultListing>>)> done) = 0;
  virtual void Load(const std::string& id, std::function<void(Result<RecordSnapshot>)> done) = 0;
  // Writes the save atomically with the generation compare-and-swap (vault_storage.h).
  virtual void Commit(const std::string& id, const PendingSave& save,
                      std::function<void(Status)> done) = 0;
  virtual void Register(const std::string& id, const std::string& display_name,
                        std::function<void(Status)> done) = 0;
  // Stores a restored vault (every record, at `snapshot.generation`) and lists it under
  // `display_name`. Refused with kAlreadyExists, writing nothing, when this shelf already holds
  // a vault with this id: a vault is never overwritten by an import.
  virtual void Import(const std::string& id, const std::string& display_name,
                      const RecordSnapshot& snapshot, std::function<void(Status)> done) = 0;
  // Asks to be the vault's only writer (a second tab gets false and opens it read-only).
  virtual void AcquireWriter(const std::string& id, std::function<void(bool granted)> done) = 0;
  virtual void ReleaseWriter(const std::string& id) = 0;
};

// Vaults in memory; answers at once. Tests reach in through storage().
class MemoryShelf : public VaultShelf {
 public:
  void List(std::function<void(Result<std::vector<VaultListing>>)> done) override;
  void Load(const std::string& id, std::function<void(Result<RecordSnapshot>)> done) override;
  void Commit(const std::string& id, const PendingSave& save,
              std::function<void(Status)> done) override;
  void Register(const std::string& id, const std::string& display_name,
                std::function<void(Status)> done) override;
  void Import(const std::string& id, const std::string& display_name,
              const RecordSnapshot& snapshot, std::function<void(Status)> done) override;
  void AcquireWriter(const std::string& id, std::function<void(bool granted)> done) override;
  void ReleaseWriter(const std::string& id) override { writers_.erase(id); }

  MemoryStorage& storage(const std::string& id) { return vaults_[id].storage; }
  bool holds(const std::string& id) const { return vaults_.count(id) != 0; }
  // The next commit fails with this status (a test of failed saves).
  void FailNextCommit(Status status) { next_failure_ = std::move(status); }

 private:
  struct Entry {
    std::string display_name;
    MemoryStorage storage;
  };
  std::map<std::string, Entry> vaults_;
  std::map<std::string, bool> writers_;
  Status next_failure_;
};

}  // namespace carnet
