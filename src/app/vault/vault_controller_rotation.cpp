// Key rotation in VaultController (vault_controller.h): a new data key and recovery key, every
// chunk written again, suggested after an erasure and after a passphrase change.
#include "app/vault/vault_controller.h"
#include "core/base/secret_text.h"

namespace carnet {

void VaultController::SuggestKeyRotation(KeyRotationReason why) {
  if (!session_ || state_.demo || state_.read_only) return;
  state_.suggest_rotation = why;
}

void VaultController::RotateKey(const std::string& passphrase, const std::string& confirmation,
                                const KdfParams& kdf) {
  state_.error = Status::Ok();
  if (!session_ || state_.read_only || state_.demo || state_.phase != VaultPhase::kUnlocked ||
      session_->vault().save_pending()) {
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
    std::string shown;
    Result<PendingSave> rotation = session_->PrepareKeyRotation(kek, salt, strong, &shown);
    if (!rotation.ok()) {
      Fail(rotation.status());
      return;
    }
    // The new recovery key is held in the callback only, wiped with it.
    const SecretText recovery(shown);
    WipeText(&shown);
    PendingSave save = std::move(rotation).value();
    state_.save = SaveState::kSaving;
    shelf_.Commit(state_.open_id, save, [this, epoch, save, recovery](const Status& written) {
      if (epoch != epoch_ || !session_) return;
      FinishRotation(save, written, recovery.view());
    });
  });
}

void VaultController::FinishRotation(const PendingSave& save, Status written,
                                     std::string_view recovery_text) {
  if (written.ok()) {
    written = mirror_->Commit(save.batch, save.expected_generation, save.new_generation);
  }
  session_->FinishSave(written);  // the new key replaces the old one only if written
  state_.save = session_->has_unsaved_changes() ? SaveState::kUnsaved : SaveState::kSaved;
  if (!written.ok()) {
    if (state_.locking) {
      RefuseLock(written);
      return;
    }
    Fail(written);  // said in the rotation's form; unsaved changes are saved as usual
    return;
  }
  RaiseMark(save.new_generation);
  state_.save_error = Status::Ok();
  state_.suggest_rotation = KeyRotationReason::kNone;
  if (state_.locking) {
    ContinueLock();  // the passphrase typed for the rotation opens the vault
    return;
  }
  state_.recovery_text = std::string(recovery_text);
  state_.key_rotated = true;
  state_.phase = VaultPhase::kShowRecoveryKey;
}

}  // namespace carnet
