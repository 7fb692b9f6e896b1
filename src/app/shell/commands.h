// What the user asked for. The UI emits these; the controller validates and applies them.
// Commands carrying a passphrase are wiped by the controller once applied.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "app/base/app_state.h"
#include "app/base/i18n.h"
#include "app/case/case_commands.h"
#include "app/sharing/sharing_commands.h"
#include "app/stats/stats_commands.h"

namespace carnet {

struct SetLanguage {
  Lang lang;
};

struct ShowScreen {
  Screen screen;
  std::string vault_id;  // for the unlock screens
};

struct CreateVaultRequested {
  std::string display_name;
  std::string passphrase;
  std::string confirmation;
};

struct UnlockVaultRequested {
  std::string vault_id;
  std::string secret;  // the passphrase, or the recovery key
  bool recovery_key = false;
};

struct RecoveryKeySeen {};
struct FillDemoRequested {};  // adds the small synthetic caseload to the open vault
struct TryDemoRequested {};   // opens a demonstration in memory, filled with the small caseload
struct LockVaultRequested {
  bool discard_unsaved = false;  // after a refused lock, on the user's explicit choice
};

// After the warning that the vault is older than the last one opened here: open it all the same.
struct OlderVaultAccepted {};

struct ChangePassphraseRequested {
  std::string passphrase;
  std::string confirmation;
};

// A new data key and recovery key for the open vault; the passphrase may be the current one.
struct RotateKeyRequested {
  std::string passphrase;
  std::string confirmation;
};
struct KeyRotationSuggestionDismissed {};

// Backups and settings of the open vault (app/vault/vault_home.h).
struct ExportBackupRequested {};
struct ImportBackupRequested {};  // opens the file picker
struct SetAutoLockRequested {
  int minutes = 0;  // 0: never
};
struct SetBackupReminderRequested {
  int days = 0;  // 0: never remind
};

// Display preferences: they apply before any vault is open.
struct SetTheme {
  Theme theme;
};
struct SetTextSize {
  int percent = 100;  // kMinTextPercent to kMaxTextPercent; anything else is refused
};

using Command = std::variant<
    SetLanguage, ShowScreen, CreateVaultRequested, UnlockVaultRequested, RecoveryKeySeen,
    LockVaultRequested, ChangePassphraseRequested, FillDemoRequested, ExportBackupRequested,
    ImportBackupRequested, SetAutoLockRequested, SetBackupReminderRequested, ShowCaseView,
    OpenDossierRequested, SetOverviewFilter, PaletteSearch, CreateDossierRequested,
    RecordContactRequested, AddRequestRequested, ScheduleRequested, WriteNoteRequested,
    ChangeStatusRequested, CloseDossierRequested, ReopenDossierRequested, SetRequestStatusRequested,
    CompleteTaskRequested, PostponeTaskRequested, AddLocalCategoryRequested,
    DeactivateCategoryRequested, AddProcessStatusRequested, DeactivateProcessStatusRequested,
    SetTheme, SetTextSize, TryDemoRequested, UpdatePersonRequested, PrepareStatsRequested,
    DownloadStatsRequested, DiscardStatsRequested, PickMergeFilesRequested,
    ClearMergeFilesRequested, MergeStatsRequested, DownloadMergedRequested, ShowSharingTab,
    SetIdentityNameRequested, DownloadOwnCardRequested, ImportCardRequested, PickCardFileRequested,
    ConfirmContactRequested, RemoveContactRequested, SharePackageRequested, PickPackageRequested,
    ConfirmSenderRequested, DismissPackageRequested, OpenReceivedRequested, AdoptReceivedRequested,
    DeleteReceivedRequested, SetRegisterFilterRequested, PersonCopyRequested,
    ProcessingRecordRequested, EraseDossierRequested, PurgeRequested, SetRetentionRequested,
    CopyCoordinatesRequested, PrintingRequested, ConfirmHeldCardRequested, DropHeldCardRequested,
    OlderVaultAccepted, RotateKeyRequested, KeyRotationSuggestionDismissed>;
using CommandQueue = std::vector<Command>;

}  // namespace carnet
