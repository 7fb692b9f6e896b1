// Applies commands to the application state. A rejected command changes nothing and says why.
#pragma once

#include "app/base/app_state.h"
#include "app/shell/commands.h"
#include "core/base/calendar.h"
#include "core/base/status.h"
#include "core/vault/vault_keys.h"

namespace carnet {

class VaultController;
class VaultHomeController;
class CaseloadController;
class StatsController;
class SharingController;

// What commands act on besides the state. Without a vault controller, vault commands are
// refused.
struct AppServices {
  VaultController* vaults = nullptr;
  // The least for new vaults and new passphrases; the vault controller's calibration (when
  // `calibrate_kdf`, on the way to the first vault's creation) may make them stronger.
  KdfParams kdf = kKdfFloor;
  bool calibrate_kdf = false;  // measure this device's speed before the first vault is created
  Day today = 0;               // the local date, from the platform
  VaultHomeController* home = nullptr;  // backups and settings; their commands are refused without
  CaseloadController* caseload = nullptr;  // the case file's screens and forms; likewise
  StatsController* stats = nullptr;        // statistics and their merge; likewise
  SharingController* sharing = nullptr;    // contacts, packages, the register; likewise
};

Status Apply(AppState& state, AppServices& services, Command& command);

// Applies and empties the queue in order; returns the first failure, if any, after trying all.
Status ApplyAll(AppState& state, AppServices& services, CommandQueue& queue);

}  // namespace carnet
