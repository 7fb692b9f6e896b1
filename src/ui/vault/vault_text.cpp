// Vault errors in the user's words, and the forms' secrets wiped after use.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "core/base/secret_text.h"
#include "core/base/status.h"
#include "core/crypto/passphrase_strength.h"
#include "ui/kit/frame.h"
#include "ui/vault/screen_vault.h"

namespace carnet::ui {

void VaultForms::WipeSecrets() {
  for (std::string* text :
       {&passphrase, &confirmation, &secret, &rotate_passphrase, &rotate_confirmation}) {
    WipeText(text);
  }
}

const char* VaultErrorText(const Frame& frame, const Status& error) {
  if (error.ok()) return "";
  switch (error.problem()) {
    case Problem::kRequired: return frame.Tr(Msg::kErrorRequired);
    case Problem::kTooShort:
    case Problem::kWeakDictionaryWord:
    case Problem::kWeakKeyboardPattern:
    case Problem::kWeakRepeat:
    case Problem::kWeakSequence:
    case Problem::kWeakDate: return WeaknessText(frame, error.problem());
    case Problem::kTooLong: return frame.Tr(Msg::kErrorTooLong);
    case Problem::kWrongPassphrase:
      if (error.field() == "confirmation") return frame.Tr(Msg::kErrorMismatch);
      return frame.state.screen == Screen::kRecoveryUnlock ? frame.Tr(Msg::kErrorWrongRecoveryKey)
                                                           : frame.Tr(Msg::kErrorWrongPassphrase);
    case Problem::kInvalidText:
      return error.field() == "recovery_key" ? frame.Tr(Msg::kErrorRecoveryTypo)
                                             : frame.Tr(Msg::kErrorGeneric);
    case Problem::kNotAVault:
    case Problem::kBackupCorrupt:
    case Problem::kUnsupportedFormat:
    case Problem::kHeaderCorrupt:
    case Problem::kKdfBelowFloor:
    case Problem::kKdfAboveCeiling:
    case Problem::kOtherVault:
    case Problem::kManifestCorrupt:
    case Problem::kManifestStale:
    case Problem::kGenerationMismatch:
    case Problem::kChunkMissing:
    case Problem::kChunkCorrupt:
    case Problem::kChunkMisplaced:
    case Problem::kChunkStale: return frame.Tr(Msg::kErrorDamaged);
    case Problem::kSaveConflict: return frame.Tr(Msg::kSaveConflict);
    default: break;
  }
  return error.code() == StatusCode::kIoError ? frame.Tr(Msg::kErrorStorage)
                                              : frame.Tr(Msg::kErrorGeneric);
}

const char* VaultFieldError(const Frame& frame, const char* field) {
  const Status& error = frame.vault->error;
  return !error.ok() && error.field() == field ? VaultErrorText(frame, error) : nullptr;
}

const char* ImportErrorText(const Frame& frame, const Status& error) {
  if (error.ok()) return "";
  switch (error.problem()) {
    case Problem::kUnsupportedFormat: return frame.Tr(Msg::kImportNewerFormat);
    case Problem::kNotAVault: return frame.Tr(Msg::kImportNotABackup);
    case Problem::kAlreadyExists: return frame.Tr(Msg::kImportAlreadyPresent);
    case Problem::kWrongState: return frame.Tr(Msg::kErrorGeneric);
    case Problem::kNone:
      return error.code() == StatusCode::kIoError ? frame.Tr(Msg::kErrorStorage)
                                                  : frame.Tr(Msg::kErrorGeneric);
    default: break;
  }
  return frame.Tr(Msg::kImportCorrupt);  // damaged, truncated, or inconsistent in itself
}

const char* PersistenceText(const Frame& frame) {
  if (frame.home == nullptr) return "";
  switch (frame.home->persistence) {
    case Persistence::kGranted: return frame.Tr(Msg::kPersistenceGranted);
    case Persistence::kRefused: return frame.Tr(Msg::kPersistenceRefused);
    case Persistence::kUnsupported: return frame.Tr(Msg::kPersistenceUnsupported);
    case Persistence::kUnknown: break;
  }
  return "";
}

std::string DayText(const Frame& frame, Day day) {
  if (frame.state.lang == Lang::kEn) return IsoDay(day);
  const Ymd ymd = YmdFromDay(day);
  char text[16];
  (void)std::snprintf(text, sizeof text, "%02d/%02d/%04d", ymd.day, ymd.month, ymd.year);
  return text;
}

TextFieldOptions NewPassphraseField(const Frame& frame, const char* field) {
  TextFieldOptions options;
  options.width = ImGui::CalcItemWidth();  // the column's width
  options.password = true;
  options.required = true;
  options.autocomplete = "new-password";
  options.max_chars = 1024;
  options.error = VaultFieldError(frame, field);
  return options;
}

const char* WeaknessText(const Frame& frame, Problem problem) {
  switch (problem) {
    case Problem::kTooShort: return frame.Tr(Msg::kErrorTooShort);
    case Problem::kWeakDictionaryWord: return frame.Tr(Msg::kWeakDictionaryWord);
    case Problem::kWeakKeyboardPattern: return frame.Tr(Msg::kWeakKeyboardPattern);
    case Problem::kWeakRepeat: return frame.Tr(Msg::kWeakRepeat);
    case Problem::kWeakSequence: return frame.Tr(Msg::kWeakSequence);
    case Problem::kWeakDate: return frame.Tr(Msg::kWeakDate);
    default: break;
  }
  return nullptr;
}

void DrawPassphraseStrength(Frame& frame, const std::string& passphrase) {
  const PassphraseStrength strength = EstimatePassphrase(passphrase);
  // The bar is full at 10^16 guesses; the threshold (10^10) sits at five eighths.
  constexpr double kFullBar = 16.0;
  const double guesses = strength.log10_guesses;
  const Msg label = !strength.acceptable() ? Msg::kStrengthWeak
                    : guesses < 12.0       ? Msg::kStrengthFair
                    : guesses < 14.0       ? Msg::kStrengthGood
                                           : Msg::kStrengthStrong;
  const float fraction = static_cast<float>(std::min(guesses / kFullBar, 1.0));
  ImGui::ProgressBar(fraction, ImVec2(ImGui::CalcItemWidth(), 6), "");  // the column's width
  Paragraph(frame.a11y, frame.Tr(label));
  if (!passphrase.empty() && !strength.acceptable()) {
    const char* why = WeaknessText(frame, WeaknessProblem(strength.weakness));
    if (why != nullptr) Paragraph(frame.a11y, why);
  }
}

}  // namespace carnet::ui
