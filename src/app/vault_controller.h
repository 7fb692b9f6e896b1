// The life of a vault in the app: listing, creating, unlocking, saving (debounced, and when
// the page is hidden), locking (by hand or after inactivity). Talks to storage only through a
// VaultShelf, whose answers may come later; the UI reads state() and never waits.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/vault_shelf.h"
#include "core/vault_session.h"

namespace carnet {

enum class VaultPhase : unsigned char {
  kLocked,           // choose, create or unlock a vault
  kBusy,             // deriving a key, loading or writing
  kShowRecoveryKey,  // a new vault: its recovery key, shown once
  kUnlocked,
};

enum class SaveState : unsigned char { kSaved, kUnsaved, kSaving, kFailed };

struct VaultUiState {
  std::vector<VaultListing> vaults;
  VaultPhase phase = VaultPhase::kLocked;
  Status error;               // the last refused action (problem and field), until the next one
  std::string recovery_text;  // while kShowRecoveryKey only; wiped once confirmed
  std::string open_id;
  std::string display_name;
  bool read_only = false;  // open in another tab: nothing is saved from this one
  SaveState save = SaveState::kSaved;
  Status save_error;  // why the last save failed, shown until a save succeeds
  int auto_lock_minutes = 10;
};

class VaultController {
 public:
  explicit VaultController(VaultShelf& shelf) : shelf_(shelf) {}
  VaultController(const VaultController&) = delete;
  VaultController& operator=(const VaultController&) = delete;
  ~VaultController();

  const VaultUiState& state() const { return state_; }
  // The open case file, or null when locked.
  VaultSession* session() { return session_.get(); }
  // The open vault's records as last stored (what a backup holds), or null when locked.
  MemoryStorage* stored_records() { return mirror_.get(); }
  // Changes whenever a session is opened or closed: tells a new session from the previous one.
  std::uint64_t session_epoch() const { return epoch_; }

  void RefreshList();
  // Creates a vault; `confirmation` must repeat the passphrase. On success the recovery key
  // is shown (kShowRecoveryKey) until ConfirmRecoveryKeySeen().
  void Create(const std::string& display_name, const std::string& passphrase,
              const std::string& confirmation, const KdfParams& kdf);
  void ConfirmRecoveryKeySeen();
  void Unlock(const std::string& id, const std::string& secret, bool recovery_key);
  // Sets a new passphrase (after unlocking with the recovery key, or any time).
  void ChangePassphrase(const std::string& passphrase, const std::string& confirmation,
                        const KdfParams& kdf);
  // Wipes the keys and the decrypted data. Unsaved changes are saved first when possible.
  void Lock();

  // Each frame: saves at most 1 s after the first unsaved change, locks after inactivity.
  void Tick(std::int64_t now_ms);
  void NoteActivity(std::int64_t now_ms) { last_activity_ms_ = now_ms; }
  void SetAutoLockMinutes(int minutes);
  // Saves now (the page is being hidden or closed).
  void Flush();
  // With `defer`, key derivation (create, unlock, change of passphrase) waits until the busy
  // screen has been on screen for two frames, so that it is seen before the page stalls.
  void SetDeferKeyDerivation(bool defer) { defer_heavy_ = defer; }

 private:
  void StartSave();
  void Fail(Status status);
  void CloseSession();
  void BecomeWriter(const std::string& id);
  // Runs `work` now, or after two more Ticks when deferring (see SetDeferKeyDerivation).
  void RunHeavy(std::function<void()> work);

  VaultShelf& shelf_;
  VaultUiState state_;
  std::unique_ptr<MemoryStorage> mirror_;  // the stored records, kept in step with the shelf
  std::unique_ptr<VaultSession> session_;
  std::uint64_t epoch_ = 0;  // answers for a session that has since been locked are ignored
  std::int64_t dirty_since_ms_ = -1;
  std::int64_t last_activity_ms_ = 0;
  std::int64_t now_ms_ = 0;
  bool defer_heavy_ = false;
  std::function<void()> deferred_;
  int deferred_wait_ = 0;
};

}  // namespace carnet
