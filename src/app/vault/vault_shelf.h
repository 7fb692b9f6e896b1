// Where this browser (or host) keeps its vaults: IndexedDB in the web build, memory in tests.
// Every call answers through its callback, possibly later (IndexedDB is asynchronous); the
// callback runs on the main thread, never inside the call when `deferred()` is true.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <optional>

#include "core/base/calendar.h"
#include "core/base/status.h"
#include "core/vault/vault.h"

namespace carnet {

struct VaultListing {
  std::string id;
  std::string display_name;
};

struct RecordSnapshot {
  std::uint64_t generation = 0;
  std::map<std::string, Bytes> records;
};

// The last generation of a vault opened or saved from this shelf, kept beside its listing and
// never among its records (core/vault/vault_mark.h), so that an older set of records put back in
// their place is seen at the next unlock. Only `tag` is checked (Vault::CheckMark); the rest
// is shown to the worker and is not authenticated.
struct VaultMark {
  std::uint64_t generation = 0;
  Bytes tag;        // Vault::MarkFor(generation); anything else is refused by its check
  Day seen_on = 0;  // the day the shelf wrote it (local date; 0 when unknown)
  // When the worker chose to go on with an older copy: the generation the mark held before.
  std::uint64_t accepted_from = 0;
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
  // The vault's mark, or nothing when it has none (first opened here, or just imported: an
  // import never carries a mark). A mark whose stored bytes are damaged comes back with an
  // empty tag, which its check refuses: never an error, never a crash.
  virtual void ReadMark(const std::string& id,
                        std::function<void(Result<std::optional<VaultMark>>)> done) = 0;
  // Replaces the mark of a listed vault (kNotFound otherwise), stamping `seen_on` with today;
  // its listing is otherwise unchanged. Writes to one vault's mark are applied in call order.
  virtual void WriteMark(const std::string& id, const VaultMark& mark,
                         std::function<void(Status)> done) = 0;
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
  void ReadMark(const std::string& id,
                std::function<void(Result<std::optional<VaultMark>>)> done) override;
  void WriteMark(const std::string& id, const VaultMark& mark,
                 std::function<void(Status)> done) override;
  void AcquireWriter(const std::string& id, std::function<void(bool granted)> done) override;
  void ReleaseWriter(const std::string& id) override { writers_.erase(id); }

  MemoryStorage& storage(const std::string& id) { return vaults_[id].storage; }
  // The mark kept for `id`, to read or garble in a test.
  std::optional<VaultMark>& mark(const std::string& id) { return vaults_[id].mark; }
  // The day WriteMark stamps (0 until set).
  void SetToday(Day today) { today_ = today; }
  bool holds(const std::string& id) const { return vaults_.count(id) != 0; }
  // The next commit fails with this status (a test of failed saves).
  void FailNextCommit(Status status) { next_failure_ = std::move(status); }

 private:
  struct Entry {
    std::string display_name;
    MemoryStorage storage;
    std::optional<VaultMark> mark;
  };
  std::map<std::string, Entry> vaults_;
  std::map<std::string, bool> writers_;
  Status next_failure_;
  Day today_ = 0;
};

}  // namespace carnet
