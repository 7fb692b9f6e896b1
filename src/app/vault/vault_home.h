// What the open vault's home screen shows and does beyond the vault itself: encrypted backups
// (exported after pending changes are saved, imported as a new vault), the backup reminder, the
// auto-lock setting, the browser's storage facts (persistence, quota) and the dossier count.
// Settings live in the case file (Store::IntSetting), so they are encrypted and saved like any
// change. Talks to the vault through VaultController and to the browser through FileExchange and
// the Set* calls of the platform. Main thread only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/base/file_exchange.h"
#include "app/vault/backup_policy.h"
#include "app/vault/vault_controller.h"
#include "core/base/bytes.h"
#include "core/base/calendar.h"
#include "core/base/status.h"

namespace carnet {

// The browser's answer to navigator.storage.persist().
enum class Persistence : unsigned char { kUnknown, kGranted, kRefused, kUnsupported };

struct HomeUiState {
  int dossier_count = 0;
  int auto_lock_minutes = kDefaultAutoLockMinutes;  // 0: never
  int reminder_days = kDefaultBackupReminderDays;   // 0: never remind
  std::optional<Day> last_backup;
  bool reminder_due = false;
  bool exporting = false;     // waiting for the save before the backup is written
  bool exported = false;      // the last export succeeded (until the next one)
  Status export_error;        // why the last export failed
  bool importing = false;     // a backup is being written to storage
  Status import_error;        // why the last import was refused; nothing was written
  std::string imported_name;  // display name of the vault just imported
  Persistence persistence = Persistence::kUnknown;
  bool quota_known = false;
  std::uint64_t usage_bytes = 0;
  std::uint64_t quota_bytes = 0;
  std::uint64_t vault_bytes = 0;  // what the open vault stores
  bool quota_low = false;
};

class VaultHomeController {
 public:
  // `files` may be null (no downloads or picker: export and import are refused).
  VaultHomeController(VaultController& vaults, VaultShelf& shelf, FileExchange* files)
      : vaults_(vaults), shelf_(shelf), files_(files) {}
  VaultHomeController(const VaultHomeController&) = delete;
  VaultHomeController& operator=(const VaultHomeController&) = delete;

  const HomeUiState& state() const { return state_; }

  // Each frame, after VaultController::Tick: loads a newly opened vault's settings (and
  // applies its auto-lock), refreshes the count when the case file changed, finishes an export
  // once the save it waits for is done, and re-evaluates the reminder and the quota warning.
  void Tick(Day today);

  // Saves pending changes, then offers the whole stored vault as a backup file and records
  // today as the date of the last backup. Refused when no vault is open.
  Status RequestExport();
  // Opens the file picker; the chosen file arrives through ImportBackup.
  Status RequestImportFile();
  // Checks `bytes` as a backup (format, truncation, corruption, a vault inside) and, only if
  // valid and not already in this browser, stores it as a new vault and lists it. On any
  // refusal nothing is written and import_error says why (kUnsupportedFormat, kBackupCorrupt,
  // kNotAVault, kAlreadyExists, or a storage error).
  void ImportBackup(ByteView bytes);

  // Settings of the open vault, written to its case file (one row) and saved like any change.
  Status SetAutoLockMinutes(int minutes);
  Status SetReminderDays(int days);

  // Facts from the browser.
  void SetPersistence(Persistence persistence) { state_.persistence = persistence; }
  void SetQuota(std::uint64_t usage, std::uint64_t quota);

 private:
  void LoadSettings(Store& store);
  void FinishExport(Day today);
  Status WritableStore(Store** store);

  VaultController& vaults_;
  VaultShelf& shelf_;
  FileExchange* files_;
  HomeUiState state_;
  std::uint64_t seen_epoch_ = 0;
  bool seen_session_ = false;
  std::int64_t seen_changes_ = -1;
  bool export_pending_ = false;
  Day today_ = 0;
};

}  // namespace carnet
