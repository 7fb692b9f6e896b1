// The user-facing text catalogue. French first, English second. Every string shown to the user
// is a Msg; no screen holds literal text.
#pragma once

#include <cstddef>

namespace carnet {

enum class Lang : unsigned char { kFr, kEn };
inline constexpr std::size_t kLangCount = 2;

enum class Msg : unsigned short {
  kAppName,
  kWelcomeTitle,
  kWelcomeIntro,
  kWelcomePrivacy,
  kCreateVault,
  kOpenVault,
  kVaultNotYetAvailable,
  kLanguageLabel,
  kLanguageFrench,
  kLanguageEnglish,
  kVaultsOnThisComputer,
  kNoVaultYet,
  kVaultsUnavailable,
  kCreateVaultTitle,
  kCreateVaultIntro,
  kDisplayName,
  kDisplayNameHint,
  kPassphrase,
  kPassphraseConfirm,
  kStrengthWeak,
  kStrengthFair,
  kStrengthGood,
  kStrengthStrong,
  kCreateVaultSubmit,
  kCancel,
  kBusyDeriving,
  kDerivingKey,
  kAboutSeconds,
  kRecoveryTitle,
  kRecoveryIntro,
  kRecoveryNoted,
  kContinue,
  kUnlockTitle,
  kUnlockSubmit,
  kForgotPassphrase,
  kRecoveryKey,
  kRecoveryUnlockIntro,
  kBack,
  kLock,
  kSaved,
  kUnsaved,
  kSaving,
  kSaveFailed,
  kSaveConflict,
  kDossierCount,
  kFillDemo,
  kChangePassphrase,
  kNewPassphrase,
  kSetPassphrase,
  kPassphraseChanged,
  kVaultHomeIntro,
  kErrorRequired,
  kErrorTooShort,
  kErrorTooLong,
  kErrorMismatch,
  kErrorWrongPassphrase,
  kErrorWrongRecoveryKey,
  kErrorRecoveryTypo,
  kErrorDamaged,
  kErrorStorage,
  kErrorGeneric,
  kReadOnly,
  kExportBackup,
  kExportingBackup,
  kBackupExported,
  kBackupExportFailed,
  kLastBackup,
  kNoBackupYet,
  kBackupReminder,
  kBackupReminderDays,
  kAutoLock,
  kNeverHint,
  kImportBackup,
  kImportingBackup,
  kBackupImported,
  kImportNewerFormat,
  kImportCorrupt,
  kImportNotABackup,
  kImportAlreadyPresent,
  kPersistenceGranted,
  kPersistenceRefused,
  kPersistenceUnsupported,
  kQuotaLow,
  kDisplaySettings,
  kThemeLabel,
  kThemeLight,
  kThemeHighContrast,
  kTextSize,
  kTextSizeFormat,
  kCount,  // keep last
};
inline constexpr std::size_t kMsgCount = static_cast<std::size_t>(Msg::kCount);

// UTF-8 text of `msg` in `lang`; never null, never empty.
const char* Tr(Msg msg, Lang lang);

// BCP 47 code of a language, for the page's lang attribute: "fr" or "en".
const char* LangCode(Lang lang);

}  // namespace carnet
