// The vault's screens: creating one, unlocking it (passphrase or recovery key), the recovery
// key shown once, the wait while keys are derived, and the open vault's home.
#pragma once

#include "ui/frame.h"
#include "ui/widgets.h"

namespace carnet::ui {

void DrawCreateVault(Frame& frame);
void DrawUnlockVault(Frame& frame, bool recovery_key);
void DrawRecoveryKey(Frame& frame);
void DrawVaultBusy(Frame& frame);
void DrawVaultHome(Frame& frame);

// The message for a refused vault action, in the user's language (empty if none).
const char* VaultErrorText(const Frame& frame, const Status& error);
// The message to show under `field`, if the last refusal was about it; null otherwise.
const char* VaultFieldError(const Frame& frame, const char* field);
// A field for a new passphrase in the current column, with its error if any.
TextFieldOptions NewPassphraseField(const Frame& frame, const char* field);

}  // namespace carnet::ui
