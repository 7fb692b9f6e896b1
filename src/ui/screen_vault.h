// The vault's screens: creating one, unlocking it (passphrase or recovery key), the recovery
// key shown once, the wait while keys are derived, and the open vault's home.
#pragma once

#include "ui/frame.h"

namespace carnet::ui {

void DrawCreateVault(Frame& frame);
void DrawUnlockVault(Frame& frame, bool recovery_key);
void DrawRecoveryKey(Frame& frame);
void DrawVaultBusy(Frame& frame);
void DrawVaultHome(Frame& frame);

// The message for a refused vault action, in the user's language (empty if none).
const char* VaultErrorText(const Frame& frame, const Status& error);

}  // namespace carnet::ui
