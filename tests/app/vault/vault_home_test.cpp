#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/shell/controller.h"
#include "app/vault/backup_policy.h"
#include "app/vault/vault_home.h"
#include "app/vault_steps.h"
#include "core/case/store.h"
#include "core/rights/access_log.h"
#include "recording_files.h"

using namespace carnet;

namespace {

constexpr const char* kPassphrase = "cheval batterie agrafe correcte";
const Day kToday = *DayFromYmd(2026, 11, 28);

using test::RecordingFiles;

using test::AddDossier;

// Saves what is pending (the debounce is a second).
void SaveNow(VaultController& vaults, std::int64_t& now) {
  vaults.Tick(now += 10);
  vaults.Tick(now += 1500);
  REQUIRE(vaults.state().save == SaveState::kSaved);
}

// One browser: a shelf, its vault controller and home controller.
struct Browser {
  MemoryShelf shelf;
  VaultController vaults{shelf};
  RecordingFiles files;
  VaultHomeController home{vaults, shelf, &files};
  std::int64_t now = 0;

  std::string Create(const char* name, std::string* recovery = nullptr) {
    vaults.Create(name, kPassphrase, kPassphrase, kKdfFloor);
    REQUIRE(vaults.state().phase == VaultPhase::kShowRecoveryKey);
    if (recovery != nullptr) *recovery = vaults.state().recovery_text;
    vaults.ConfirmRecoveryKeySeen();
    home.Tick(kToday);
    return vaults.state().open_id;
  }
  // A snapshot of what the shelf holds: every vault's name and records.
  std::map<std::string, std::map<std::string, Bytes>> Contents() {
    std::map<std::string, std::map<std::string, Bytes>> all;
    shelf.List([&](Result<std::vector<VaultListing>> list) {
      REQUIRE(list.ok());
      for (const VaultListing& v : list.value()) {
        all[v.id + "|" + v.display_name] = shelf.storage(v.id).records();
      }
    });
    return all;
  }
};

// Exports the open vault of `b` and returns the file.
Bytes Export(Browser& b, Day today = kToday) {
  REQUIRE(b.home.RequestExport().ok());
  for (int i = 0; i < 5 && b.home.state().exporting; ++i) {
    b.vaults.Tick(b.now += 10);
    b.home.Tick(today);
  }
  REQUIRE(b.home.state().export_error.ok());
  REQUIRE(b.home.state().exported);
  REQUIRE(!b.files.offers.empty());
  return b.files.offers.back().bytes;
}

}  // namespace

TEST_SUITE("vault home") {
  TEST_CASE("an exported backup holds the unsaved changes too and opens in another browser") {
    Browser first;
    std::string recovery;
    const std::string id = first.Create("Marie — CPAM", &recovery);
    AddDossier(first.vaults, "Dupré");
    SaveNow(first.vaults, first.now);
    AddDossier(first.vaults, "Martin");  // not saved yet: the export saves it first
    REQUIRE(first.vaults.session()->has_unsaved_changes());
    const Bytes backup = Export(first);
    CHECK(first.files.offers.size() == 1);
    CHECK(first.files.offers[0].name == "carnet-marie-cpam-2026-11-28.carnet-backup");
    CHECK(first.home.state().last_backup == kToday);
    CHECK(first.vaults.session()->store().IntSetting("last_backup_day").value() == kToday);
    // The access log notes the export (app/sharing/sharing_controller.h).
    const std::vector<AccessEntry> log = AccessEntries(first.vaults.session()->store()).value();
    REQUIRE(log.size() == 1);
    CHECK(log[0].action == AccessAction::kBackupExport);

    Browser second;
    second.home.ImportBackup(backup);
    CHECK(second.home.state().import_error.ok());
    CHECK(second.home.state().imported_name == "Marie — CPAM");
    REQUIRE(second.vaults.state().vaults.size() == 1);
    CHECK(second.vaults.state().vaults[0].id == id);
    CHECK(second.vaults.state().vaults[0].display_name == "Marie — CPAM");

    second.vaults.Unlock(id, kPassphrase, false);
    REQUIRE(second.vaults.state().phase == VaultPhase::kUnlocked);
    second.home.Tick(kToday);
    CHECK(second.home.state().dossier_count == 2);
    second.vaults.Lock();
    second.home.Tick(kToday);
    second.vaults.Unlock(id, recovery, true);
    REQUIRE(second.vaults.state().phase == VaultPhase::kUnlocked);
    second.home.Tick(kToday);
    CHECK(second.home.state().dossier_count == 2);
    // The backup was made before its own date was recorded: a restored vault reminds again.
    CHECK_FALSE(second.home.state().last_backup.has_value());
  }

  TEST_CASE(
      "a damaged, newer, foreign or already present backup is refused and nothing is written") {
    Browser first;
    first.Create("Marie — CPAM");
    AddDossier(first.vaults, "Dupré");
    const Bytes backup = Export(first);

    Browser second;
    second.Create("Paul — CCAS");  // the second browser already has a vault of its own
    second.vaults.Lock();
    second.home.Tick(kToday);
    const auto before = second.Contents();
    REQUIRE(before.size() == 1);

    auto refused = [&](const Bytes& bytes) {
      second.home.ImportBackup(bytes);
      CHECK(second.Contents() == before);
      CHECK(second.vaults.state().vaults.size() == 1);
      CHECK(second.home.state().imported_name.empty());
      return second.home.state().import_error.problem();
    };
    SUBCASE("truncated") {
      Bytes cut(backup.begin(), backup.begin() + static_cast<std::ptrdiff_t>(backup.size() / 2));
      CHECK(refused(cut) == Problem::kBackupCorrupt);
      Bytes short_cut(backup.begin(), backup.begin() + 5);  // starts like one: a cut backup
      CHECK(refused(short_cut) == Problem::kBackupCorrupt);
    }
    SUBCASE("one byte flipped") {
      Bytes flipped = backup;
      flipped[flipped.size() / 2] ^= 0x10;
      CHECK(refused(flipped) == Problem::kBackupCorrupt);
    }
    SUBCASE("written by a newer Carnet") {
      Bytes newer = backup;
      newer[8] = 0xFF;  // the format number follows the 8 bytes of "CARNETVB"
      newer[9] = 0xFF;
      CHECK(refused(newer) == Problem::kUnsupportedFormat);
    }
    SUBCASE("not a backup at all") {
      const std::string text = "Nom;Prénom\nDupré;Élodie\n";
      CHECK(refused(Bytes(text.begin(), text.end())) == Problem::kNotAVault);
      CHECK(refused(Bytes()) == Problem::kNotAVault);
    }
    SUBCASE("the same vault is already in this browser") {
      second.home.ImportBackup(backup);
      REQUIRE(second.home.state().import_error.ok());
      const auto with_it = second.Contents();
      REQUIRE(with_it.size() == 2);
      second.home.ImportBackup(backup);
      CHECK(second.home.state().import_error.problem() == Problem::kAlreadyExists);
      CHECK(second.Contents() == with_it);
      // The shelf refuses it by itself too, whatever the list shown says.
      Status answer;
      second.shelf.Import(first.vaults.state().open_id, "Autre nom", RecordSnapshot(),
                          [&](const Status& s) { answer = s; });
      CHECK(answer.problem() == Problem::kAlreadyExists);
      CHECK(second.Contents() == with_it);
    }
  }

  TEST_CASE("the reminder comes after the chosen number of days without a backup") {
    Browser b;
    b.Create("Marie");
    CHECK_FALSE(b.home.state().reminder_due);  // nothing to lose yet
    AddDossier(b.vaults, "Dupré");
    b.home.Tick(kToday);
    CHECK(b.home.state().reminder_due);  // never backed up, and it holds a dossier
    Export(b);
    b.home.Tick(kToday);
    CHECK_FALSE(b.home.state().reminder_due);
    b.home.Tick(kToday + 6);
    CHECK_FALSE(b.home.state().reminder_due);
    b.home.Tick(kToday + 7);
    CHECK(b.home.state().reminder_due);

    REQUIRE(b.home.SetReminderDays(14).ok());
    b.home.Tick(kToday + 7);
    CHECK_FALSE(b.home.state().reminder_due);
    b.home.Tick(kToday + 14);
    CHECK(b.home.state().reminder_due);
    REQUIRE(b.home.SetReminderDays(0).ok());  // never
    b.home.Tick(kToday + 400);
    CHECK_FALSE(b.home.state().reminder_due);

    // The period is the vault's: it is still there after a lock and an unlock.
    REQUIRE(b.home.SetReminderDays(3).ok());
    SaveNow(b.vaults, b.now);
    const std::string id = b.vaults.state().open_id;
    b.vaults.Lock();
    b.home.Tick(kToday);
    b.vaults.Unlock(id, kPassphrase, false);
    b.home.Tick(kToday + 2);
    CHECK(b.home.state().reminder_days == 3);
    CHECK(b.home.state().last_backup == kToday);
    CHECK_FALSE(b.home.state().reminder_due);
    b.home.Tick(kToday + 3);
    CHECK(b.home.state().reminder_due);
  }

  TEST_CASE("the reminder decision around its period") {
    CHECK_FALSE(BackupReminderDue(kToday, kToday + 6, 7, true));
    CHECK(BackupReminderDue(kToday, kToday + 7, 7, true));
    CHECK(BackupReminderDue(kToday, kToday + 30, 7, false));
    CHECK_FALSE(BackupReminderDue(kToday, kToday + 30, 0, true));
    CHECK(BackupReminderDue(std::nullopt, kToday, 7, true));
    CHECK_FALSE(BackupReminderDue(std::nullopt, kToday, 7, false));
    CHECK(BackupReminderDue(kToday, kToday + 1, 1, true));
  }

  TEST_CASE("the auto-lock setting is one saved row, applied again after unlocking") {
    Browser b;
    const std::string id = b.Create("Marie");
    CHECK(b.home.state().auto_lock_minutes == 10);
    CHECK(b.vaults.state().auto_lock_minutes == 10);
    SaveNow(b.vaults, b.now);
    const std::int64_t changes = b.vaults.session()->store().TotalChanges();
    REQUIRE(b.home.SetAutoLockMinutes(25).ok());
    CHECK(b.vaults.session()->store().TotalChanges() == changes + 1);
    CHECK(b.vaults.state().auto_lock_minutes == 25);
    REQUIRE(b.home.SetAutoLockMinutes(25).ok());  // the same value: nothing to save
    CHECK(b.vaults.session()->store().TotalChanges() == changes + 1);
    CHECK(b.home.SetAutoLockMinutes(100000).ok());
    CHECK(b.home.state().auto_lock_minutes == kMaxAutoLockMinutes);
    REQUIRE(b.home.SetAutoLockMinutes(25).ok());
    SaveNow(b.vaults, b.now);

    // Another vault of the same browser keeps its own (the default).
    b.vaults.Lock();
    b.home.Tick(kToday);
    b.Create("Paul");
    CHECK(b.vaults.state().auto_lock_minutes == 10);
    b.vaults.Lock();
    b.home.Tick(kToday);

    b.vaults.Unlock(id, kPassphrase, false);
    REQUIRE(b.vaults.state().phase == VaultPhase::kUnlocked);
    b.home.Tick(kToday);
    CHECK(b.home.state().auto_lock_minutes == 25);
    CHECK(b.vaults.state().auto_lock_minutes == 25);
    // And it is the one that locks.
    const std::int64_t unlocked_at = b.now;
    b.vaults.Tick(unlocked_at + std::int64_t{24} * 60 * 1000);
    CHECK(b.vaults.state().phase == VaultPhase::kUnlocked);
    b.vaults.Tick(unlocked_at + std::int64_t{25} * 60 * 1000);
    CHECK(b.vaults.state().phase == VaultPhase::kLocked);
  }

  TEST_CASE("settings are refused without an open vault, and commands reach the home") {
    Browser b;
    CHECK(b.home.SetAutoLockMinutes(5).problem() == Problem::kWrongState);
    CHECK(b.home.RequestExport().problem() == Problem::kWrongState);
    AppState state;
    AppServices services;
    services.vaults = &b.vaults;
    services.home = &b.home;
    Command pick = ImportBackupRequested{};
    CHECK(Apply(state, services, pick).ok());
    CHECK(b.files.pickers == 1);
    b.Create("Marie");
    Command set = SetAutoLockRequested{30};
    CHECK(Apply(state, services, set).ok());
    CHECK(b.vaults.state().auto_lock_minutes == 30);
    Command remind = SetBackupReminderRequested{2};
    CHECK(Apply(state, services, remind).ok());
    CHECK(b.home.state().reminder_days == 2);
    Command export_it = ExportBackupRequested{};
    CHECK(Apply(state, services, export_it).ok());
    b.home.Tick(kToday);
    CHECK(b.files.offers.size() == 1);
  }

  TEST_CASE("the quota warning: free space under three times the vault's size") {
    CHECK_FALSE(QuotaLow(0, 0, 1000));        // unknown quota: no warning
    CHECK_FALSE(QuotaLow(1000, 4000, 1000));  // 3000 free: exactly three times
    CHECK(QuotaLow(1001, 4000, 1000));
    CHECK(QuotaLow(5000, 4000, 1));  // over quota
    CHECK_FALSE(QuotaLow(0, UINT64_MAX, UINT64_MAX / 3));

    Browser b;
    b.Create("Marie");
    b.home.SetQuota(0, 100ULL << 30);
    b.home.Tick(kToday);
    REQUIRE(b.home.state().vault_bytes > 0);
    CHECK_FALSE(b.home.state().quota_low);
    const std::uint64_t size = b.home.state().vault_bytes;
    b.home.SetQuota(1000, 1000 + 3 * size - 1);
    b.home.Tick(kToday);
    CHECK(b.home.state().quota_low);
    b.home.SetPersistence(Persistence::kRefused);
    CHECK(b.home.state().persistence == Persistence::kRefused);
  }

  TEST_CASE("the dossier count follows the case file") {
    Browser b;
    b.Create("Marie");
    CHECK(b.home.state().dossier_count == 0);
    AddDossier(b.vaults, "Dupré");
    AddDossier(b.vaults, "Martin");
    b.home.Tick(kToday);
    CHECK(b.home.state().dossier_count == 2);
    CHECK(b.vaults.session()->store().DossierCount().value() == 2);
    b.vaults.Lock();
    b.home.Tick(kToday);
    CHECK(b.home.state().dossier_count == 0);  // nothing of a locked vault stays
  }

  TEST_CASE("a backup's file name is the vault's name in plain words and the day") {
    CHECK(BackupFileName("Élodie — CPAM 13", kToday) ==
          "carnet-elodie-cpam-13-2026-11-28.carnet-backup");
    CHECK(BackupFileName("  ", kToday) == "carnet-coffre-2026-11-28.carnet-backup");
  }
}
