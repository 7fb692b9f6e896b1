#include "app/vault_controller.h"

#include "core/text_rules.h"
#include "core/vault_keys.h"

namespace carnet {
namespace {

constexpr std::int64_t kSaveDelayMs = 1000;

// A new passphrase, typed twice, checked before any key is derived.
Status CheckNewPassphrase(const std::string& passphrase, const std::string& confirmation) {
  if (passphrase != confirmation) {
    return Status::Invalid(Problem::kWrongPassphrase, "confirmation", "the two passphrases differ");
  }
  return CheckPassphrase(passphrase);
}

}  // namespace

VaultController::~VaultController() { CloseSession(); }

void VaultController::Fail(Status status) {
  state_.error = std::move(status);
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

void VaultController::Create(const std::string& display_name, const std::string& passphrase,
                             const std::string& confirmation, const KdfParams& kdf) {
  state_.error = Status::Ok();
  if (Status s = CheckNewPassphrase(passphrase, confirmation); !s.ok()) {
    Fail(s);
    return;
  }
  state_.phase = VaultPhase::kBusy;
  RunHeavy([this, display_name, passphrase, kdf] {
    auto mirror = std::make_unique<MemoryStorage>();
    std::string recovery;
    Result<Vault> vault = Vault::Create(*mirror, display_name, passphrase, kdf, &recovery);
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
    shelf_.Commit(id, first, [this, epoch, id, name, recovery](const Status& written) {
      if (epoch != epoch_) return;
      if (!written.ok()) {
        CloseSession();
        Fail(written);
        return;
      }
      shelf_.Register(id, name, [this, epoch, id, name, recovery](const Status& registered) {
        if (epoch != epoch_) return;
        if (!registered.ok()) {
          Fail(registered);
          return;
        }
        state_.open_id = id;
        state_.display_name = name;
        state_.recovery_text = recovery;
        state_.phase = VaultPhase::kShowRecoveryKey;
        state_.save = SaveState::kSaved;
        BecomeWriter(id);
        RefreshList();
      });
    });
  });
}

void VaultController::ConfirmRecoveryKeySeen() {
  if (state_.phase != VaultPhase::kShowRecoveryKey) return;
  for (char& c : state_.recovery_text) c = '\0';  // wiped: shown once only
  state_.recovery_text.clear();
  state_.phase = VaultPhase::kUnlocked;
}

void VaultController::Unlock(const std::string& id, const std::string& secret, bool recovery_key) {
  state_.error = Status::Ok();
  CloseSession();
  state_.phase = VaultPhase::kBusy;
  const std::uint64_t epoch = ++epoch_;
  shelf_.Load(id, [this, epoch, id, secret, recovery_key](Result<RecordSnapshot> snapshot) {
    if (epoch != epoch_) return;
    if (!snapshot.ok()) {
      Fail(snapshot.status());
      return;
    }
    RunHeavy([this, epoch, id, secret, recovery_key, snapshot = std::move(snapshot)]() mutable {
      if (epoch != epoch_) return;
      auto mirror = std::make_unique<MemoryStorage>();
      PendingSave all;
      all.new_generation = snapshot.value().generation;
      for (auto& record : snapshot.value().records) all.batch.puts.push_back(record);
      if (Status s = mirror->Commit(all.batch, 0, all.new_generation); !s.ok()) {
        Fail(s);
        return;
      }
      Result<Vault> vault = recovery_key ? Vault::UnlockWithRecoveryKey(*mirror, secret)
                                         : Vault::Unlock(*mirror, secret);
      if (!vault.ok()) {
        Fail(vault.status());
        return;
      }
      const std::string name = vault.value().display_name();
      Result<VaultSession> session = VaultSession::Open(std::move(vault).value());
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
    });
  });
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
  RunHeavy([this, epoch, passphrase, kdf] {
    if (epoch != epoch_ || !session_) return;
    Result<PendingSave> change = session_->vault().PreparePassphraseChange(passphrase, kdf);
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
    });
  });
}

void VaultController::BecomeWriter(const std::string& id) {
  state_.read_only = true;  // until the lock is granted
  const std::uint64_t epoch = epoch_;
  shelf_.AcquireWriter(id, [this, epoch](bool granted) {
    if (epoch == epoch_) state_.read_only = !granted;
  });
}

void VaultController::StartSave() {
  if (state_.read_only || !session_ || session_->vault().save_pending() ||
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
      state_.save_error = Status::Ok();
      state_.save = session_->has_unsaved_changes() ? SaveState::kUnsaved : SaveState::kSaved;
    } else {
      state_.save = SaveState::kFailed;  // shown, never hidden; the changes stay pending
      state_.save_error = written;
    }
  });
}

void VaultController::RunHeavy(std::function<void()> work) {
  if (!defer_heavy_) {
    work();
    return;
  }
  deferred_ = std::move(work);
  deferred_wait_ = 2;
}

void VaultController::Tick(std::int64_t now_ms) {
  now_ms_ = now_ms;
  if (deferred_) {
    if (deferred_wait_-- > 0) return;
    std::function<void()> work = std::move(deferred_);
    deferred_ = nullptr;
    work();
    return;
  }
  if (!session_ || state_.phase != VaultPhase::kUnlocked) return;
  if (state_.auto_lock_minutes > 0 &&
      now_ms - last_activity_ms_ >= std::int64_t{state_.auto_lock_minutes} * 60 * 1000) {
    Lock();
    return;
  }
  if (session_->has_unsaved_changes()) {
    if (state_.save == SaveState::kSaved) state_.save = SaveState::kUnsaved;
    if (dirty_since_ms_ < 0) dirty_since_ms_ = now_ms;
    // A failed save is retried on the same rhythm; a conflict is not (it needs the user).
    const bool conflict = state_.save_error.problem() == Problem::kSaveConflict;
    if (!conflict && now_ms - dirty_since_ms_ >= kSaveDelayMs) StartSave();
  }
}

void VaultController::SetAutoLockMinutes(int minutes) {
  state_.auto_lock_minutes = minutes < 0 ? 0 : (minutes > 240 ? 240 : minutes);
}

void VaultController::Flush() { StartSave(); }

void VaultController::Lock() {
  StartSave();  // the write is on its way; the answer is ignored once locked
  CloseSession();
  state_.phase = VaultPhase::kLocked;
  state_.open_id.clear();
  state_.display_name.clear();
  state_.save = SaveState::kSaved;
}

void VaultController::CloseSession() {
  ++epoch_;
  if (session_ && !state_.read_only && !state_.open_id.empty())
    shelf_.ReleaseWriter(state_.open_id);
  state_.read_only = false;
  if (session_) session_->Lock();
  session_.reset();
  mirror_.reset();
  dirty_since_ms_ = -1;
  for (char& c : state_.recovery_text) c = '\0';
  state_.recovery_text.clear();
}

}  // namespace carnet
