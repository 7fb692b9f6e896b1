#include "app/vault/vault_home.h"

#include "core/case/store.h"
#include "core/rights/access_log.h"
#include "core/vault/vault_backup.h"
#include "core/vault/vault_format.h"

namespace carnet {
namespace {

constexpr const char* kAutoLockKey = "auto_lock_minutes";
constexpr const char* kReminderKey = "backup_reminder_days";
constexpr const char* kLastBackupKey = "last_backup_day";

int Clamp(int value, int low, int high) {
  return value < low ? low : (value > high ? high : value);
}

int IntOr(Result<std::optional<std::int64_t>> setting, int fallback, int low, int high) {
  if (!setting.ok() || !setting.value()) return fallback;
  const std::int64_t v = *setting.value();
  return v < low || v > high ? fallback : static_cast<int>(v);
}

Status NoVault() {
  return Status::Error(StatusCode::kInternal, Problem::kWrongState, "no vault is open");
}

// The vault id of a checked backup's header, in hexadecimal (the name of its storage).
Result<std::string> VaultIdHex(MemoryStorage& staged) {
  Result<std::optional<Bytes>> header = staged.Get(kHeaderKey);
  if (!header.ok()) return header.status();
  if (!header.value()) {
    return Status::Error(StatusCode::kCorrupt, Problem::kBackupCorrupt, "no header");
  }
  Result<VaultHeader> decoded = DecodeHeader(ByteView(*header.value()));
  if (!decoded.ok()) return decoded.status();
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  for (const std::uint8_t b : decoded.value().vault_id) {
    hex += kDigits[b >> 4];
    hex += kDigits[b & 15];
  }
  return hex;
}

}  // namespace

void VaultHomeController::Tick(Day today) {
  today_ = today;
  VaultSession* session = vaults_.session();
  if (session == nullptr) {
    if (seen_session_) {
      const Persistence persistence = state_.persistence;
      const bool quota_known = state_.quota_known;
      const std::uint64_t usage = state_.usage_bytes;
      const std::uint64_t quota = state_.quota_bytes;
      const Status import_error = state_.import_error;
      const std::string imported = state_.imported_name;
      state_ = HomeUiState();  // nothing of the closed vault stays
      state_.persistence = persistence;
      state_.quota_known = quota_known;
      state_.usage_bytes = usage;
      state_.quota_bytes = quota;
      state_.import_error = import_error;
      state_.imported_name = imported;
    }
    seen_session_ = false;
    export_pending_ = false;
    return;
  }
  Store& store = session->store();
  if (!seen_session_ || seen_epoch_ != vaults_.session_epoch()) {
    seen_session_ = true;
    seen_epoch_ = vaults_.session_epoch();
    seen_changes_ = -1;
    state_.import_error = Status::Ok();
    state_.imported_name.clear();
    state_.exported = false;
    state_.export_error = Status::Ok();
    LoadSettings(store);
  }
  // Counted again only when the case file changed since (never once per frame).
  const std::int64_t changes = store.TotalChanges();
  if (changes != seen_changes_) {
    Result<int> count = store.DossierCount();
    state_.dossier_count = count.ok() ? count.value() : 0;
    seen_changes_ = changes;
  }
  std::uint64_t stored = 0;
  if (MemoryStorage* records = vaults_.stored_records(); records != nullptr) {
    for (const auto& record : records->records())
      stored += record.first.size() + record.second.size();
  }
  state_.vault_bytes = stored;
  if (export_pending_) FinishExport(today);
  state_.reminder_due =
      BackupReminderDue(state_.last_backup, today, state_.reminder_days, state_.dossier_count > 0);
  state_.quota_low =
      state_.quota_known && QuotaLow(state_.usage_bytes, state_.quota_bytes, state_.vault_bytes);
}

void VaultHomeController::LoadSettings(Store& store) {
  state_.auto_lock_minutes =
      IntOr(store.IntSetting(kAutoLockKey), kDefaultAutoLockMinutes, 0, kMaxAutoLockMinutes);
  state_.reminder_days =
      IntOr(store.IntSetting(kReminderKey), kDefaultBackupReminderDays, 0, kMaxBackupReminderDays);
  Result<std::optional<std::int64_t>> last = store.IntSetting(kLastBackupKey);
  state_.last_backup.reset();
  if (last.ok() && last.value() && IsValidDay(static_cast<Day>(*last.value()))) {
    state_.last_backup = static_cast<Day>(*last.value());
  }
  vaults_.SetAutoLockMinutes(state_.auto_lock_minutes);
}

Status VaultHomeController::WritableStore(Store** store) {
  if (vaults_.session() == nullptr) return NoVault();
  if (vaults_.state().read_only) {
    return Status::Error(StatusCode::kInternal, Problem::kWrongState,
                         "the vault is open read-only in this tab");
  }
  *store = &vaults_.session()->store();
  return Status::Ok();
}

Status VaultHomeController::SetAutoLockMinutes(int minutes) {
  Store* store = nullptr;
  if (Status s = WritableStore(&store); !s.ok()) return s;
  minutes = Clamp(minutes, 0, kMaxAutoLockMinutes);
  if (Status s = store->SetIntSetting(kAutoLockKey, minutes); !s.ok()) return s;
  state_.auto_lock_minutes = minutes;
  vaults_.SetAutoLockMinutes(minutes);
  return Status::Ok();
}

Status VaultHomeController::SetReminderDays(int days) {
  Store* store = nullptr;
  if (Status s = WritableStore(&store); !s.ok()) return s;
  days = Clamp(days, 0, kMaxBackupReminderDays);
  if (Status s = store->SetIntSetting(kReminderKey, days); !s.ok()) return s;
  state_.reminder_days = days;
  state_.reminder_due =
      BackupReminderDue(state_.last_backup, today_, days, state_.dossier_count > 0);
  return Status::Ok();
}

void VaultHomeController::SetQuota(std::uint64_t usage, std::uint64_t quota) {
  state_.quota_known = quota > 0;
  state_.usage_bytes = usage;
  state_.quota_bytes = quota;
}

Status VaultHomeController::RequestExport() {
  if (vaults_.session() == nullptr || vaults_.stored_records() == nullptr) return NoVault();
  if (vaults_.state().demo) {
    return Status::Error(StatusCode::kInternal, Problem::kWrongState,
                         "a demonstration is never stored, so never backed up");
  }
  if (files_ == nullptr) {
    return Status::Error(StatusCode::kInternal, "files cannot be handed over here");
  }
  state_.exported = false;
  state_.export_error = Status::Ok();
  state_.exporting = true;
  export_pending_ = true;
  vaults_.Flush();  // the backup holds what the user sees: pending changes are saved first
  return Status::Ok();
}

void VaultHomeController::FinishExport(Day today) {
  VaultSession* session = vaults_.session();
  const VaultUiState& vault = vaults_.state();
  auto fail = [this](Status status) {
    state_.export_error = std::move(status);
    state_.exporting = false;
    export_pending_ = false;
  };
  if (!vault.read_only) {
    if (session->vault().save_pending()) return;  // the save is on its way: wait for it
    if (vault.save == SaveState::kFailed) {
      fail(vault.save_error);
      return;
    }
    if (session->has_unsaved_changes()) {
      vaults_.Flush();
      return;
    }
  }
  Result<Bytes> backup = ExportBackup(*vaults_.stored_records());
  if (!backup.ok()) {
    fail(backup.status());
    return;
  }
  files_->OfferDownload(BackupFileName(vault.display_name, today), backup.value());
  // The date is a change of its own, saved after the backup (which therefore does not hold it).
  if (!vault.read_only) {
    if (Status s = session->store().SetIntSetting(kLastBackupKey, today); !s.ok()) {
      fail(s);
      return;
    }
    // The access log notes every export (app/sharing/sharing_controller.h); a failure to note
    // it is shown like the export's own.
    const AccessEntry entry{0,
                            static_cast<Minute>(today) * kMinutesPerDay,
                            AccessAction::kBackupExport,
                            {},
                            "sauvegarde chiffrée"};
    if (Status s = LogAccess(session->store(), entry); !s.ok()) {
      fail(s);
      return;
    }
  }
  state_.last_backup = today;
  state_.exported = true;
  state_.exporting = false;
  export_pending_ = false;
}

Status VaultHomeController::RequestImportFile() {
  if (files_ == nullptr) {
    return Status::Error(StatusCode::kInternal, "files cannot be chosen here");
  }
  state_.import_error = Status::Ok();
  state_.imported_name.clear();
  files_->PickBackupFile();
  return Status::Ok();
}

void VaultHomeController::ImportBackup(ByteView bytes) {
  state_.import_error = Status::Ok();
  state_.imported_name.clear();
  if (state_.importing) {
    state_.import_error =
        Status::Error(StatusCode::kInternal, Problem::kWrongState, "an import is under way");
    return;
  }
  // Decoded and checked whole, in memory, before anything is written.
  MemoryStorage staged;
  if (Status s = carnet::ImportBackup(bytes, staged); !s.ok()) {
    state_.import_error = s;
    return;
  }
  Result<VaultSummary> summary = Vault::Inspect(staged);
  Result<std::string> id = VaultIdHex(staged);
  if (!summary.ok() || !id.ok()) {
    state_.import_error = summary.ok() ? id.status() : summary.status();
    return;
  }
  for (const VaultListing& listed : vaults_.state().vaults) {
    if (listed.id == id.value()) {
      state_.import_error = Status::Invalid(Problem::kAlreadyExists, "backup",
                                            "this vault is already in this browser");
      return;
    }
  }
  RecordSnapshot snapshot;
  snapshot.generation = summary.value().generation;
  snapshot.records = std::move(staged.records());
  state_.importing = true;
  const std::string name = summary.value().display_name;
  shelf_.Import(id.value(), name, snapshot, [this, name](const Status& written) {
    state_.importing = false;
    if (!written.ok()) {
      state_.import_error = written;
      return;
    }
    state_.imported_name = name;
    vaults_.RefreshList();
  });
}

}  // namespace carnet
