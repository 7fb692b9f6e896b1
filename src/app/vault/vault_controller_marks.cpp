// The rollback check of VaultController (vault_controller.h): each vault's last generation is
// marked on the shelf, outside its records (core/vault/vault_mark.h). At unlock, a vault older than
// its valid mark, or a mark that fails its check, is held behind a warning instead of opening;
// after each unlock and save, the mark follows the vault.
#include "app/vault/vault_controller.h"

#include <optional>

namespace carnet {

void VaultController::CheckMarkThenOpen(const std::string& id, Vault vault) {
  held_ = std::make_unique<Vault>(std::move(vault));
  state_.phase = VaultPhase::kBusy;
  const std::uint64_t epoch = epoch_;
  shelf_.ReadMark(id, [this, epoch, id](Result<std::optional<VaultMark>> read) {
    if (epoch != epoch_ || !held_) return;
    if (!read.ok()) {
      held_.reset();
      unlocking_.reset();
      Fail(read.status());
      return;
    }
    OlderVaultWarning older;
    older.stored_generation = held_->generation();
    std::optional<std::uint64_t> marked;  // a valid mark's generation
    if (const std::optional<VaultMark>& mark = read.value(); mark) {
      if (!held_->CheckMark(mark->generation, mark->tag)) {
        older.check = MarkCheck::kGarbled;  // treated as absent: its numbers mean nothing
      } else if (older.stored_generation < mark->generation) {
        older.check = MarkCheck::kOlder;
        older.marked_generation = mark->generation;
        older.marked_on = mark->seen_on;
      } else {
        marked = mark->generation;
      }
    }
    if (older.check == MarkCheck::kNone) {
      OpenUnlocked(id);
      if (session_ && (!marked || *marked < session_->vault().generation())) {
        RaiseMark(session_->vault().generation());
      }
      return;
    }
    state_.older = older;
    state_.open_id = id;
    state_.display_name = held_->display_name();
    state_.phase = VaultPhase::kConfirmOlder;
    last_activity_ms_ = now_ms_;
  });
}

void VaultController::AcceptOlderVault() {
  if (state_.phase != VaultPhase::kConfirmOlder || !held_) return;
  const OlderVaultWarning older = state_.older;
  state_.older = OlderVaultWarning{};
  state_.phase = VaultPhase::kBusy;  // a failure to open goes back to the locked screens
  OpenUnlocked(state_.open_id);
  if (!session_) return;
  // The choice is recorded where the mark is kept; the mark now follows this version.
  RaiseMark(session_->vault().generation(),
            older.check == MarkCheck::kOlder ? older.marked_generation : 0);
}

void VaultController::RaiseMark(std::uint64_t generation, std::uint64_t accepted_from) {
  if (!session_ || state_.demo || state_.open_id.empty()) return;
  VaultMark mark;
  mark.generation = generation;
  const VaultMarkTag tag = session_->vault().MarkFor(generation);
  mark.tag.assign(tag.begin(), tag.end());
  mark.accepted_from = accepted_from;
  // A mark that could not be written leaves the previous one: the next unlock then compares
  // with an older generation (less protection, never a false warning).
  shelf_.WriteMark(state_.open_id, mark, [](const Status&) {});
}

}  // namespace carnet
