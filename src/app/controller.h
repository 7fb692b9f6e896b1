// Applies commands to the application state. A rejected command changes nothing and says why.
#pragma once

#include "app/app_state.h"
#include "app/commands.h"
#include "core/calendar.h"
#include "core/status.h"
#include "core/vault_keys.h"

namespace carnet {

class VaultController;
class VaultHomeController;

// What commands act on besides the state. Without a vault controller, vault commands are
// refused.
struct AppServices {
  VaultController* vaults = nullptr;
  KdfParams kdf = kKdfFloor;   // for new vaults and new passphrases
  bool calibrate_kdf = false;  // measure this device's speed before the first vault is created
  Day today = 0;               // the local date, from the platform
  VaultHomeController* home = nullptr;  // backups and settings; their commands are refused without
};

Status Apply(AppState& state, AppServices& services, Command& command);

// Applies and empties the queue in order; returns the first failure, if any, after trying all.
Status ApplyAll(AppState& state, AppServices& services, CommandQueue& queue);

}  // namespace carnet
