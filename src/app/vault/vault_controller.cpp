#include "app/vault/vault_controller.h"

#include <cmath>

#include "core/base/secret_text.h"
#include "core/base/text_rules.h"
#include "core/vault/vault_keys.h"

namespace carnet {
namespace {

constexpr std::int64_t kSaveDelayMs = 1000;

}  // namespace

Status CheckNewPassphrase(const std::string& passphrase, const std::string& confirmation) {
  if (passphrase != confirmation) {
    return Status::Invalid(Problem::kWrongPassphrase, "confirmation", "the two passphrases differ");
  }
  return CheckPassphrase(passphrase);
}

VaultController::VaultController(VaultShelf& shelf)
    : own_deriver_(std::make_unique<InlineKeyDeriver>()), deriver_(*own_deriver_), shelf_(shelf) {}

VaultController::VaultController(VaultShelf& shelf, KeyDeriver& deriver)
    : deriver_(deriver), shelf_(shelf) {}

VaultController::~VaultController() { CloseSession(); }

void VaultController::Fail(Status status) {
  state_.error = std::move(status);
  state_.deriving = false;
  if (state_.phase == VaultPhase::kBusy) {
    state_.phase = session_ ? VaultPhase::kUnlocked : VaultPhase::kLocked;
  }
}

void VaultController::RefreshList() {
  shelf_.List([this](Result<std::vector<VaultListing>> list) {
    if (list.ok()) {
      state_.vaults = std::move(list).value();
    } else {
      Fail(list.status());
    }
  });
}

void VaultController::Calibrate(double target_seconds) {
  if (calibrating_) return;
  calibrating_ = true;
  deriver_.Calibrate(target_seconds, [this](KdfCalibration calibration) {
    calibrating_ = false;
    calibrated_ = calibration.params;
    if (calibration.floor_seconds > 0) floor_seconds_ = calibration.floor_seconds;
    if (after_calibration_) {
      std::function<void()> next = std::move(after_calibration_);
      after_calibration_ = nullptr;
      next();
    }
  });
}

void VaultController::ShowDeriving(const KdfParams& kdf) {
  const double seconds =
      floor_seconds_ > 0 ? ExpectedKdfSeconds(kdf, floor_seconds_) : kUnmeasuredKdfSeconds;
  state_.deriving = true;
  state_.derive_progress = 0;
  state_.derive_seconds = seconds <= 1 ? 1 : static_cast<int>(std::ceil(seconds));
  derive_started_ms_ = now_ms_;
  derive_expected_ms_ = seconds * 1000;
}

void VaultController::Derive(std::string_view passphrase, const Salt& salt, const KdfParams& kdf,
                             std::function<void(const AeadKey&)> use) {
  const std::uint64_t request = ++derivation_;
  const std::uint64_t epoch = epoch_;
  ShowDeriving(kdf);
  deriver_.Derive(passphrase, salt, kdf,
                  [this, request, epoch, use = std::move(use)](Result<AeadKey> key) {
                    if (request != derivation_ || epoch != epoch_) {
                      if (key.ok()) WipeKey(key.value());  // locked, or superseded: ignored
                      return;
                    }
                    state_.deriving = false;
                    if (!key.ok()) {
                      Fail(key.status());
                      return;
                    }
                    use(key.value());
                    WipeKey(key.value());
                  });
}

void VaultController::Create(const std::string& display_name, const std::string& passphrase,
                             const std::string& confirmation, const KdfParams& kdf) {
  state_.error = Status::Ok();
  if (Status s = CheckNewPassphrase(passphrase, confirmation); !s.ok()) {
    Fail(s);
    return;
  }
  if (Status s = CheckText(display_name, "display_name", 64, TextKind::kLine, true); !s.ok()) {
    Fail(s);
    return;
  }
  state_.phase = VaultPhase::kBusy;
  const std::uint64_t epoch = epoch_;
  if (calibrating_) {
    ShowDeriving(StrongerKdf(kdf, calibrated_));
    after_calibration_ = [this, epoch, display_name, secret = SecretText(passphrase), kdf] {
      if (epoch == epoch_) StartCreate(display_name, secret.view(), kdf);
    };
    return;
  }
  StartCreate(display_name, passphrase, kdf);
}

void VaultController::StartCreate(const std::string& display_name, std::string_view passphrase,
                                  const KdfParams& requested) {
  const KdfParams kdf = StrongerKdf(requested, calibrated_);
  const Salt salt = NewSalt();
  Derive(passphrase, salt, kdf, [this, display_name, salt, kdf](const AeadKey& kek) {
    FinishCreate(display_name, kek, salt, kdf);
  });
}

void VaultController::FinishCreate(const std::string& display_name, const AeadKey& kek,
                                   const Salt& salt, const KdfParams& kdf) {
  auto mirror = std::make_unique<MemoryStorage>();
  std::string recovery;
  Result<Vault> vault = Vault::CreateWithKek(*mirror, display_name, kek, salt, kdf, &recovery);
  if (!vault.ok()) {
    Fail(vault.status());
    return;
  }
  // Everything the new vault holds goes to the shelf in one commit.
  PendingSave first;
  first.new_generation = mirror->Generation().value();
  for (const auto& record : mirror->records()) first.batch.puts.push_back(record);
  const std::string id = vault.value().id_hex();
  const std::string name = vault.value().display_name();
  Result<VaultSession> session = VaultSession::Open(std::move(vault).value());
  if (!session.ok()) {
    Fail(session.status());
    return;
  }
  CloseSession();
  mirror_ = std::move(mirror);
  session_ = std::make_unique<VaultSession>(std::move(session).value());
  state_.phase = VaultPhase::kBusy;
  const std::uint64_t epoch = ++epoch_;
  // The recovery key is shown once: its copies in these callbacks are wiped with them.
  const SecretText shown(recovery);
  WipeText(&recovery);
  shelf_.Commit(id, first, [this, epoch, id, name, shown](const Status& written) {
    if (epoch != epoch_) return;
    if (!written.ok()) {
      CloseSession();
      Fail(written);
      return;
    }
    shelf_.Register(id, name, [this, epoch, id, name, shown](const Status& registered) {
      if (epoch != epoch_) return;
      if (!registered.ok()) {
        Fail(registered);
        return;
      }
      state_.open_id = id;
      state_.display_name = name;
      state_.recovery_text = std::string(shown.view());
      state_.phase = VaultPhase::kShowRecoveryKey;
      state_.save = SaveState::kSaved;
      BecomeWriter(id);
      RaiseMark(session_->vault().generation());
      RefreshList();
    });
  });
}

void VaultController::ConfirmRecoveryKeySeen() {
  if (state_.phase != VaultPhase::kShowRecoveryKey) return;
  WipeText(&state_.recovery_text);  // shown once only
  state_.key_rotated = false;
  state_.phase = VaultPhase::kUnlocked;
}

void VaultController::Unlock(const std::string& id, const std::string& secret, bool recovery_key) {
  state_.error = Status::Ok();
  CloseSession();
  state_.phase = VaultPhase::kBusy;
  const std::uint64_t epoch = ++epoch_;
  shelf_.Load(id, [this, epoch, id, secret = SecretText(secret),
                   recovery_key](Result<RecordSnapshot> snapshot) {
    if (epoch != epoch_) return;
    if (!snapshot.ok()) {
      Fail(snapshot.status());
      return;
    }
    // Moved, not copied: the records of a large vault are held once, beside its decrypted image.
    auto mirror = std::make_unique<MemoryStorage>();
    RecordSnapshot loaded = std::move(snapshot).value();
    mirror->Adopt(std::move(loaded.records), loaded.generation);
    if (recovery_key) {  // a raw key: nothing to derive
      Result<Vault> vault = Vault::UnlockWithRecoveryKey(*mirror, secret.view());
      unlocking_ = std::move(mirror);
      FinishUnlock(id, std::move(vault));
      return;
    }
    // The header is checked before any derivation: a damaged vault is refused at once.
    Result<VaultSummary> summary = Vault::Inspect(*mirror);
    if (!summary.ok()) {
      Fail(summary.status());
      return;
    }
    unlocking_ = std::move(mirror);
    Derive(secret.view(), summary.value().salt, summary.value().kdf,
           [this, id](const AeadKey& kek) {
             FinishUnlock(id, Vault::UnlockWithKek(*unlocking_, kek));
           });
  });
}

void VaultController::FinishUnlock(const std::string& id, Result<Vault> vault) {
  if (!vault.ok()) {
    unlocking_.reset();
    Fail(vault.status());
    return;
  }
  CheckMarkThenOpen(id, std::move(vault).value());  // then OpenUnlocked, or the warning
}

void VaultController::OpenUnlocked(const std::string& id) {
  std::unique_ptr<MemoryStorage> mirror = std::move(unlocking_);
  std::unique_ptr<Vault> vault = std::move(held_);
  if (!vault || !mirror) return;
  const std::string name = vault->display_name();
  Result<VaultSession> session = VaultSession::Open(std::move(*vault));
  if (!session.ok()) {
    Fail(session.status());
    return;
  }
  mirror_ = std::move(mirror);
  session_ = std::make_unique<VaultSession>(std::move(session).value());
  state_.open_id = id;
  state_.display_name = name;
  state_.phase = VaultPhase::kUnlocked;
  state_.save = SaveState::kSaved;
  state_.save_error = Status::Ok();
  last_activity_ms_ = now_ms_;
  BecomeWriter(id);
}

void VaultController::ChangePassphrase(const std::string& passphrase,
                                       const std::string& confirmation, const KdfParams& kdf) {
  state_.error = Status::Ok();
  if (!session_ || session_->vault().save_pending()) {
    Fail(Status::Error(StatusCode::kInternal, Problem::kWrongState, "no vault open, or busy"));
    return;
  }
  if (Status s = CheckNewPassphrase(passphrase, confirmation); !s.ok()) {
    Fail(s);
    return;
  }
  state_.phase = VaultPhase::kBusy;
  const std::uint64_t epoch = epoch_;
  const KdfParams strong = StrongerKdf(kdf, calibrated_);
  const Salt salt = NewSalt();
  Derive(passphrase, salt, strong, [this, epoch, salt, strong](const AeadKey& kek) {
    if (!session_) return;
    Result<PendingSave> change =
        session_->vault().PreparePassphraseChangeWithKek(kek, salt, strong);
    if (!change.ok()) {
      Fail(change.status());
      return;
    }
    PendingSave save = std::move(change).value();
    shelf_.Commit(state_.open_id, save, [this, epoch, save](Status written) {
      if (epoch != epoch_) return;
      if (written.ok()) {
        written = mirror_->Commit(save.batch, save.expected_generation, save.new_generation);
      }
      session_->vault().FinishSave(written, nullptr);
      state_.phase = VaultPhase::kUnlocked;
      if (!written.ok()) Fail(written);
      if (written.ok()) {
        RaiseMark(save.new_generation);
        SuggestKeyRotation(KeyRotationReason::kAfterPassphraseChange);
      }
    });
  });
}

void VaultController::OpenDemo(const std::string& display_name) {
  state_.error = Status::Ok();
  CloseSession();
  auto storage = std::make_unique<MemoryStorage>();
  const AeadKey kek = RandomAeadKey();
  Salt salt{};
  std::string recovery;
  Result<Vault> vault =
      Vault::CreateWithKek(*storage, display_name, kek, salt, kKdfFloor, &recovery);
  WipeText(&recovery);
  if (!vault.ok()) {
    Fail(vault.status());
    return;
  }
  Result<VaultSession> session = VaultSession::Open(std::move(vault).value());
  if (!session.ok()) {
    Fail(session.status());
    return;
  }
  ++epoch_;
  mirror_ = std::move(storage);
  session_ = std::make_unique<VaultSession>(std::move(session).value());
  state_.open_id.clear();
  state_.display_name = display_name;
  state_.demo = true;
  state_.phase = VaultPhase::kUnlocked;
  state_.save = SaveState::kSaved;
  state_.save_error = Status::Ok();
}

void VaultController::BecomeWriter(const std::string& id) {
  state_.read_only = true;  // until the lock is granted
  const std::uint64_t epoch = epoch_;
  shelf_.AcquireWriter(id, [this, epoch](bool granted) {
    if (epoch == epoch_) state_.read_only = !granted;
  });
}

void VaultController::StartSave() {
  if (state_.read_only || state_.demo || !session_ || session_->vault().save_pending() ||
      !session_->has_unsaved_changes())
    return;
  Result<PendingSave> prepared = session_->PrepareSave();
  if (!prepared.ok()) {
    state_.save = SaveState::kFailed;
    state_.save_error = prepared.status();
    return;
  }
  state_.save = SaveState::kSaving;
  dirty_since_ms_ = -1;
  const std::uint64_t epoch = epoch_;
  PendingSave save = std::move(prepared).value();
  shelf_.Commit(state_.open_id, save, [this, epoch, save](Status written) {
    if (epoch != epoch_ || !session_) return;
    if (written.ok())
      written = mirror_->Commit(save.batch, save.expected_generation, save.new_generation);
    session_->FinishSave(written);
    if (written.ok()) {
      RaiseMark(save.new_generation);
      state_.save_error = Status::Ok();
      state_.lock_refused = false;
      state_.save = session_->has_unsaved_changes() ? SaveState::kUnsaved : SaveState::kSaved;
      ContinueLock();
    } else if (state_.locking) {
      RefuseLock(written);  // the vault stays open, its changes pending, and says why
    } else {
      state_.save = SaveState::kFailed;  // shown, never hidden; the changes stay pending
      state_.save_error = written;
    }
  });
}

void VaultController::Tick(std::int64_t now_ms) {
  now_ms_ = now_ms;
  if (state_.deriving) {
    state_.derive_progress =
        DerivationProgress(static_cast<double>(now_ms - derive_started_ms_), derive_expected_ms_);
  }
  deriver_.Tick();  // may answer now (a derivation on this thread, after the busy screen)
  CheckIdle(now_ms);
  if (!session_ || state_.phase != VaultPhase::kUnlocked) return;
  if (session_->has_unsaved_changes()) {
    if (state_.save == SaveState::kSaved) state_.save = SaveState::kUnsaved;
    if (dirty_since_ms_ < 0) dirty_since_ms_ = now_ms;
    // A failed save is retried on the same rhythm; a conflict is not (it needs the user).
    const bool conflict = state_.save_error.problem() == Problem::kSaveConflict;
    if (!conflict && now_ms - dirty_since_ms_ >= kSaveDelayMs) StartSave();
  }
}

void VaultController::CheckIdle(std::int64_t now_ms) {
  now_ms_ = now_ms;
  // A vault held behind the older-vault warning holds its key too: it locks as well.
  const bool open = (session_ && state_.phase == VaultPhase::kUnlocked) ||
                    (held_ && state_.phase == VaultPhase::kConfirmOlder);
  if (!open || state_.auto_lock_minutes <= 0) return;
  if (lock_refused_ms_ >= 0 && now_ms - lock_refused_ms_ < 5000) return;
  if (now_ms - last_activity_ms_ >= std::int64_t{state_.auto_lock_minutes} * 60 * 1000) Lock();
}

void VaultController::SetAutoLockMinutes(int minutes) {
  state_.auto_lock_minutes = minutes < 0 ? 0 : (minutes > 240 ? 240 : minutes);
}

void VaultController::Flush() { StartSave(); }

void VaultController::Lock() {
  if (state_.locking) return;
  if (!session_ || state_.read_only || state_.demo) {
    CloseLocked();
    return;
  }
  state_.locking = true;
  state_.lock_refused = false;
  state_.phase = VaultPhase::kBusy;  // nothing of the case file is drawn from now on
  ContinueLock();
}

void VaultController::LockDiscardingChanges() { CloseLocked(); }

void VaultController::ContinueLock() {
  if (!state_.locking || !session_) return;
  if (session_->vault().save_pending()) return;  // its answer continues the lock
  if (!session_->has_unsaved_changes()) {
    CloseLocked();
    return;
  }
  StartSave();  // its answer (at once from some shelves) continues or refuses the lock
  if (state_.locking && session_ && !session_->vault().save_pending()) {
    RefuseLock(state_.save_error);  // the save could not even start
  }
}

void VaultController::RefuseLock(Status why) {
  state_.locking = false;
  state_.lock_refused = true;
  state_.phase = VaultPhase::kUnlocked;
  state_.save = SaveState::kFailed;
  state_.save_error = std::move(why);
  lock_refused_ms_ = now_ms_;
}

void VaultController::CloseLocked() {
  CloseSession();
  state_.phase = VaultPhase::kLocked;
  state_.open_id.clear();
  state_.display_name.clear();
  state_.save = SaveState::kSaved;
  state_.save_error = Status::Ok();
  if (on_locked_) on_locked_();
}

void VaultController::CloseSession() {
  ++epoch_;
  state_.deriving = false;
  state_.locking = false;
  state_.lock_refused = false;
  lock_refused_ms_ = -1;
  unlocking_.reset();
  held_.reset();  // its destructor wipes the data key
  state_.older = OlderVaultWarning{};
  state_.suggest_rotation = KeyRotationReason::kNone;
  state_.key_rotated = false;
  after_calibration_ = nullptr;
  if (session_ && !state_.read_only && !state_.open_id.empty())
    shelf_.ReleaseWriter(state_.open_id);
  state_.read_only = false;
  state_.demo = false;
  if (session_) session_->Lock();
  session_.reset();
  mirror_.reset();
  dirty_since_ms_ = -1;
  WipeText(&state_.recovery_text);
}

}  // namespace carnet
