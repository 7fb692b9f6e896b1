// What a screen gets to draw one frame: the state to read, the queue to emit commands into,
// the accessible registry its widgets publish to, and the text of the forms being filled.
#pragma once

#include <cstdint>
#include <string>

#include "app/base/app_state.h"
#include "app/case/caseload.h"
#include "app/sharing/sharing_controller.h"
#include "app/shell/commands.h"
#include "app/stats/stats_controller.h"
#include "app/vault/vault_controller.h"
#include "app/vault/vault_home.h"
#include "ui/kit/a11y_registry.h"
#include "ui/kit/case_forms.h"

namespace carnet {
class Store;
}

namespace carnet::ui {

// What the user is typing in the vault forms. Lives across frames; secrets are wiped once used.
struct VaultForms {
  std::string display_name;
  std::string passphrase;
  std::string confirmation;
  std::string secret;             // passphrase or recovery key on the unlock screens
  std::string rotate_passphrase;  // the key rotation's form, apart from the passphrase change's
  std::string rotate_confirmation;
  bool recovery_noted = false;
  bool changing_passphrase = false;
  void WipeSecrets();
};

// The statistics screen's choices (period, tables, mode...) and what the screen last announced.
// Lives across frames; the period is set to the last complete quarter the first time it shows.
enum class StatsAction : unsigned char { kNone, kPrepare, kDownload, kMerge };
struct StatsForms {
  StatsDraft draft;
  bool draft_ready = false;
  // The action whose outcome is awaited, and StatsUiState::serial when it was asked for.
  StatsAction awaiting = StatsAction::kNone;
  std::uint64_t awaiting_serial = 0;
};

// The check typed before a card or a sender is trusted (app/sharing/sharing_trust.h): the last
// group of the fingerprint and the acknowledgment of a new key under a known name, for `subject`
// (the fingerprint shown); both start again when another one is shown.
struct TrustForm {
  std::string subject;
  std::string last_group;
  bool acknowledged = false;
  std::uint64_t shown_at = 0;  // the sharing state's serial when `subject` was first shown
};

// What the sharing screens hold across frames: text being typed, the open share form, the
// confirmations asked for, and the action whose outcome is awaited.
struct SharingForms {
  std::string own_name;
  bool own_name_loaded = false;
  std::string card_text;
  Id reviewing = 0;   // an unconfirmed contact of the list whose fingerprint is being checked
  TrustForm contact;  // the card read, held or reviewed, on the contacts tab
  TrustForm sender;   // the sender of the package being imported
  bool share_open = false;
  ShareDraft draft;
  bool erase_confirm = false;
  RegisterFilter filter;
  std::string retention_months;
  std::string access_log_months;
  bool retention_loaded = false;
  bool purge_confirm = false;
  std::uint64_t seen_serial = 0;  // the sharing state's serial last announced
};

struct Frame {
  const AppState& state;
  CommandQueue& commands;
  A11yRegistry& a11y;
  VaultForms& forms;
  const VaultUiState* vault = nullptr;  // null where vaults are not available
  Store* store = nullptr;               // the open case file, or null
  const HomeUiState* home = nullptr;    // backups, settings, storage facts; null: not offered
  // The case file's screens (overview, today, dossier, settings); null: the vault home alone.
  const CaseloadUiState* caseload = nullptr;
  CaseForms* case_forms = nullptr;  // with `caseload`
  // Statistics and their merge; null: not offered.
  const StatsUiState* stats = nullptr;
  StatsForms* stats_forms = nullptr;  // with `stats`
  // Contacts, packages, the register and the person's rights; null: not offered.
  const SharingUiState* sharing = nullptr;
  SharingForms* sharing_forms = nullptr;  // with `sharing`

  const char* Tr(Msg msg) const { return carnet::Tr(msg, state.lang); }
};

}  // namespace carnet::ui
