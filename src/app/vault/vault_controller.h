// The life of a vault in the app: listing, creating, unlocking, saving (debounced, and when
// the page is hidden), locking (by hand or after inactivity). Talks to storage only through a
// VaultShelf, whose answers may come later; the UI reads state() and never waits.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app/vault/key_deriver.h"
#include "app/vault/vault_shelf.h"
#include "core/vault/vault_session.h"

namespace carnet {

enum class VaultPhase : unsigned char {
  kLocked,           // choose, create or unlock a vault
  kBusy,             // deriving a key, loading or writing
  kShowRecoveryKey,  // a new vault: its recovery key, shown once
  kUnlocked,
  kConfirmOlder,  // unlocked, but older than its mark here (or the mark is damaged): ask first
};

enum class SaveState : unsigned char { kSaved, kUnsaved, kSaving, kFailed };

// What the check of a vault's mark found at unlock (vault_controller_marks.cpp).
enum class MarkCheck : unsigned char {
  kNone,     // nothing to say: no mark yet (first open here), or not older than the mark
  kOlder,    // the stored vault is older than the last one opened or saved here
  kGarbled,  // the mark kept here is damaged or forged: treated as absent, and said so
};

// While phase is kConfirmOlder: why the vault is not shown yet. The case file stays closed
// until the worker continues knowingly (AcceptOlderVault) or locks.
struct OlderVaultWarning {
  MarkCheck check = MarkCheck::kNone;
  std::uint64_t stored_generation = 0;  // the version just unlocked
  std::uint64_t marked_generation = 0;  // the last version seen here (kOlder only)
  Day marked_on = 0;                    // when it was seen (kOlder only; 0 when unknown)
};

// Why a new data key is suggested (VaultController::SuggestKeyRotation): after an erasure the
// old key still opens copies of the erased records; after a passphrase change the old
// passphrase still opens an older header kept somewhere, and both through the same data key.
enum class KeyRotationReason : unsigned char { kNone, kAfterErasure, kAfterPassphraseChange };

struct VaultUiState {
  std::vector<VaultListing> vaults;
  VaultPhase phase = VaultPhase::kLocked;
  Status error;               // the last refused action (problem and field), until the next one
  std::string recovery_text;  // while kShowRecoveryKey only; wiped once confirmed
  std::string open_id;
  std::string display_name;
  bool read_only = false;  // open in another tab: nothing is saved from this one
  bool demo = false;       // a demonstration held in memory only: nothing is ever stored
  SaveState save = SaveState::kSaved;
  Status save_error;  // why the last save failed, shown until a save succeeds
  int auto_lock_minutes = 10;
  // Locking waits for the pending save and saves what is still unsaved (phase kBusy meanwhile,
  // nothing of the case file drawn). When that save fails the vault stays open, unlocked, with
  // `lock_refused` set and the failure in `save_error`, until a lock or a save succeeds.
  bool locking = false;
  bool lock_refused = false;
  // While a key is being derived (phase kBusy): an honest estimate of how far it has got, the
  // time elapsed against the expected duration (Argon2id reports no progress), always below 1
  // until the key arrives; and that expected duration, in whole seconds (at least 1).
  bool deriving = false;
  float derive_progress = 0;
  int derive_seconds = 0;
  OlderVaultWarning older;  // phase kConfirmOlder only
  // A key rotation suggested, until done, dismissed or the vault locked.
  KeyRotationReason suggest_rotation = KeyRotationReason::kNone;
  // While kShowRecoveryKey after a rotation: the recovery key shown replaces the previous one.
  bool key_rotated = false;
};

// A new passphrase, typed twice, checked before any key is derived: kWrongPassphrase (field
// "confirmation") when the two differ, then the passphrase policy (CheckPassphrase).
Status CheckNewPassphrase(const std::string& passphrase, const std::string& confirmation);

class VaultController {
 public:
  // Derives keys on the calling thread, at once (InlineKeyDeriver).
  explicit VaultController(VaultShelf& shelf);
  // Derives keys with `deriver`, which must outlive the controller (or never answer after it).
  VaultController(VaultShelf& shelf, KeyDeriver& deriver);
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
  // Measures this device (through the deriver) for the parameters of new keys: Create and
  // ChangePassphrase then use the stronger of theirs and the calibrated ones, and wait for a
  // calibration under way. The measurement also gives the expected duration of derivations.
  void Calibrate(double target_seconds);
  // Creates a vault; `confirmation` must repeat the passphrase. On success the recovery key
  // is shown (kShowRecoveryKey) until ConfirmRecoveryKeySeen(). While the key is derived the
  // phase is kBusy; a refusal that needs no derivation is immediate.
  void Create(const std::string& display_name, const std::string& passphrase,
              const std::string& confirmation, const KdfParams& kdf);
  void ConfirmRecoveryKeySeen();
  void Unlock(const std::string& id, const std::string& secret, bool recovery_key);
  // Opens a demonstration case file held in memory only, under a random key: never stored,
  // never listed, gone when locked or when the page closes. Writable, so that every screen can
  // be tried; the save status says that nothing is kept.
  void OpenDemo(const std::string& display_name);
  // Sets a new passphrase (after unlocking with the recovery key, or any time).
  void ChangePassphrase(const std::string& passphrase, const std::string& confirmation,
                        const KdfParams& kdf);
  // Replaces the data key and the recovery key (core Vault::PrepareKeyRotation): every chunk
  // written again under a new key in one commit, wrapped under `passphrase` (typed twice; the
  // current one or a new one) and a new recovery key, then shown once (kShowRecoveryKey with
  // key_rotated). Unsaved changes go with it. On failure the vault stays open under its keys.
  // (vault_controller_rotation.cpp)
  void RotateKey(const std::string& passphrase, const std::string& confirmation,
                 const KdfParams& kdf);
  void SuggestKeyRotation(KeyRotationReason why);
  void DismissKeyRotationSuggestion() { state_.suggest_rotation = KeyRotationReason::kNone; }
  // After the warning of an older vault (phase kConfirmOlder): opens it all the same, on the
  // worker's explicit choice, which is recorded in its mark (accepted_from); the mark then
  // follows this version. Lock() is the other choice.
  void AcceptOlderVault();
  // Closes the vault once nothing is left unsaved: waits for the save under way, saves what is
  // still unsaved, then wipes the keys and the decrypted data (and calls the locked callback).
  // If that save fails, the vault stays open and says why (lock_refused, save_error). A
  // read-only tab or the demonstration has nothing to save and closes at once.
  void Lock();
  // Closes the vault now, dropping what is unsaved: the user's explicit choice after a refused
  // lock.
  void LockDiscardingChanges();
  // Called each time a lock has closed the vault (the browser then reloads the page, which
  // drops every decrypted string the module and the accessible layer still hold).
  void SetOnLocked(std::function<void()> on_locked) { on_locked_ = std::move(on_locked); }

  // Each frame: moves the derivation's progress estimate, lets the deriver run queued work,
  // saves at most 1 s after the first unsaved change, locks after inactivity.
  void Tick(std::int64_t now_ms);
  // Locks if the vault has been idle for the auto-lock delay. Cheap; the browser calls it
  // before drawing a frame, from a timer (frames stop in a hidden tab) and when the page is
  // shown again.
  void CheckIdle(std::int64_t now_ms);
  void NoteActivity(std::int64_t now_ms) { last_activity_ms_ = now_ms; }
  void SetAutoLockMinutes(int minutes);
  // Saves now (the page is being hidden or closed).
  void Flush();

 private:
  void StartSave();
  // The next step of a lock under way: wait, save, or close.
  void ContinueLock();
  void RefuseLock(Status why);
  void CloseLocked();
  void Fail(Status status);
  void CloseSession();
  void BecomeWriter(const std::string& id);
  void StartCreate(const std::string& display_name, std::string_view passphrase,
                   const KdfParams& requested);
  void FinishCreate(const std::string& display_name, const AeadKey& kek, const Salt& salt,
                    const KdfParams& kdf);
  void FinishUnlock(const std::string& id, Result<Vault> vault);
  // The rollback check (vault_controller_marks.cpp): reads the vault's mark, then opens it or
  // holds it behind the warning; OpenUnlocked opens the held vault; RaiseMark records a
  // generation just unlocked or saved.
  void CheckMarkThenOpen(const std::string& id, Vault vault);
  void OpenUnlocked(const std::string& id);
  void RaiseMark(std::uint64_t generation, std::uint64_t accepted_from = 0);
  // The answer to a key rotation's commit (vault_controller_rotation.cpp).
  void FinishRotation(const PendingSave& save, Status written, std::string_view recovery_text);
  // Derives a key for the current request; `use` gets it unless the vault was locked or
  // another derivation started meanwhile (the key is wiped after `use` in every case).
  void Derive(std::string_view passphrase, const Salt& salt, const KdfParams& kdf,
              std::function<void(const AeadKey&)> use);
  void ShowDeriving(const KdfParams& kdf);

  std::unique_ptr<KeyDeriver> own_deriver_;  // when none is given
  KeyDeriver& deriver_;
  VaultShelf& shelf_;
  VaultUiState state_;
  std::unique_ptr<MemoryStorage> mirror_;  // the stored records, kept in step with the shelf
  std::unique_ptr<VaultSession> session_;
  std::uint64_t epoch_ = 0;  // answers for a session that has since been locked are ignored
  std::int64_t dirty_since_ms_ = -1;
  std::int64_t last_activity_ms_ = 0;
  std::int64_t now_ms_ = 0;
  std::uint64_t derivation_ = 0;  // the latest derivation asked for; older answers are ignored
  std::int64_t derive_started_ms_ = 0;
  double derive_expected_ms_ = 0;
  std::unique_ptr<MemoryStorage> unlocking_;  // the records of the vault being unlocked
  std::unique_ptr<Vault> held_;  // unlocked, waiting for its mark's check or the worker's choice
  KdfParams calibrated_ = kKdfFloor;
  double floor_seconds_ = 0;  // one derivation at the floor, as measured; 0 while unknown
  bool calibrating_ = false;
  std::function<void()> after_calibration_;  // a creation waiting for the calibration
  std::function<void()> on_locked_;
  std::int64_t lock_refused_ms_ = -1;  // an automatic lock is tried again 5 s after a refusal
};

}  // namespace carnet
