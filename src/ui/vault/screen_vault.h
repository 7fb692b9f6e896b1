// The vault's screens: creating one, unlocking it (passphrase or recovery key), the recovery
// key shown once, the wait while keys are derived, and the open vault's home.
#pragma once

#include <string>

#include "ui/kit/frame.h"
#include "ui/kit/widgets.h"

namespace carnet::ui {

void DrawCreateVault(Frame& frame);
void DrawUnlockVault(Frame& frame, bool recovery_key);
void DrawRecoveryKey(Frame& frame);
void DrawVaultBusy(Frame& frame);
// After unlocking a vault older than its mark here, or with a damaged mark: say so, and let the
// worker lock or continue knowingly (screen_older_vault.cpp).
void DrawOlderVault(Frame& frame);
void DrawVaultHome(Frame& frame);
// The open vault's own matters: dossier count, demonstration data, backups, auto-lock, storage,
// change of passphrase (on the home screen, or in the case file's settings).
void DrawVaultSections(Frame& frame);
// The save status as text: "Enregistré", "Enregistrement…", a failure, read-only, the
// demonstration's "rien n'est enregistré".
const char* SaveStatusText(const Frame& frame);
// Announces the end of a save (a failure urgently) in the frame its status changes.
void AnnounceSaveOutcome(Frame& frame);
// After a lock refused because its save failed: why, and "Verrouiller sans enregistrer".
void DrawLockRefusal(Frame& frame);
// Key rotation (screen_rotate_key.cpp): the suggestion above every view of the case file, and
// the form in the settings.
void DrawKeyRotationSuggestion(Frame& frame);
void DrawRotateKey(Frame& frame);

// The message for a refused vault action, in the user's language (empty if none).
const char* VaultErrorText(const Frame& frame, const Status& error);
// The message to show under `field`, if the last refusal was about it; null otherwise.
const char* VaultFieldError(const Frame& frame, const char* field);
// Why an import was refused, in the user's language (empty if it was not).
const char* ImportErrorText(const Frame& frame, const Status& error);
// What the browser answered about persistent storage (empty while it has not answered).
const char* PersistenceText(const Frame& frame);
// A day as the user's language writes it: "28/11/2026", "2026-11-28".
std::string DayText(const Frame& frame, Day day);
// A field for a new passphrase in the current column, with its error if any.
TextFieldOptions NewPassphraseField(const Frame& frame, const char* field);
// The strength meter under a new passphrase: a bar and its word, and while the passphrase would
// be refused, why (the same estimate as CheckPassphrase's refusal). Shows none of its text.
void DrawPassphraseStrength(Frame& frame, const std::string& passphrase);
// Why a passphrase is refused, for `problem` (kTooShort, kWeakDictionaryWord...); null if
// `problem` is not a passphrase's weakness.
const char* WeaknessText(const Frame& frame, Problem problem);

}  // namespace carnet::ui
