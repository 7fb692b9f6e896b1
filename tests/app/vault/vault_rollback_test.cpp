// Rollback of a whole vault: an older complete set of its records put back where this browser
// keeps them is seen at unlock (the mark kept beside the listing, core/vault/vault_mark.h) and
// opens only on the worker's explicit choice.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "app/held_shelf.h"
#include "app/shell/controller.h"
#include "app/vault/vault_controller.h"
#include "app/vault/vault_home.h"
#include "app/vault_steps.h"
#include "core/case/store.h"
#include "recording_files.h"

using namespace carnet;

namespace {

constexpr const char* kPassphrase = "cheval batterie agrafe correcte";
const Day kToday = *DayFromYmd(2026, 11, 28);

using test::AddDossier;
using test::RecordingFiles;

int Dossiers(VaultController& vaults) {
  OverviewQuery q;
  q.today = kToday;
  q.include_closed = true;
  Result<std::vector<OverviewRow>> rows = vaults.session()->store().Overview(q);
  REQUIRE(rows.ok());
  return static_cast<int>(rows.value().size());
}

// A vault created and unlocked on a shelf that dates its marks.
struct Fixture {
  MemoryShelf shelf;
  VaultController vaults{shelf};
  std::string recovery;
  std::string id;
  std::int64_t now = 0;
  Fixture() {
    shelf.SetToday(kToday);
    vaults.Create("Marie — CPAM", kPassphrase, kPassphrase, kKdfFloor);
    REQUIRE(vaults.state().phase == VaultPhase::kShowRecoveryKey);
    recovery = vaults.state().recovery_text;
    vaults.ConfirmRecoveryKeySeen();
    id = vaults.state().open_id;
  }
  // Adds a dossier and saves it (the debounce is a second).
  void SaveDossier(const char* name) {
    AddDossier(vaults, name);
    vaults.Tick(now += 10);
    vaults.Tick(now += 1500);
    REQUIRE(vaults.state().save == SaveState::kSaved);
  }
  std::uint64_t stored_generation() { return shelf.storage(id).Generation().value(); }
};

// The records as they are now, to put back later (an old copy of the browser profile).
struct OldCopy {
  std::map<std::string, Bytes> records;
  std::uint64_t generation = 0;
};
OldCopy Keep(Fixture& f) { return {f.shelf.storage(f.id).records(), f.stored_generation()}; }
void PutBack(Fixture& f, OldCopy copy) {
  f.shelf.storage(f.id).Adopt(std::move(copy.records), copy.generation);
}

}  // namespace

TEST_SUITE("vault rollback") {
  TEST_CASE("a normal unlock does not warn, and the mark follows every save") {
    Fixture f;
    REQUIRE(f.shelf.mark(f.id).has_value());
    CHECK(f.shelf.mark(f.id)->generation == f.stored_generation());
    CHECK(f.shelf.mark(f.id)->seen_on == kToday);
    f.SaveDossier("Alpha");
    f.SaveDossier("Bravo");
    CHECK(f.shelf.mark(f.id)->generation == f.stored_generation());
    f.vaults.Lock();
    f.vaults.Unlock(f.id, kPassphrase, false);
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);
    CHECK(f.vaults.state().older.check == MarkCheck::kNone);
    CHECK(Dossiers(f.vaults) == 2);
    f.vaults.ChangePassphrase("une nouvelle phrase de passe", "une nouvelle phrase de passe",
                              kKdfFloor);
    REQUIRE(f.vaults.state().error.ok());
    CHECK(f.shelf.mark(f.id)->generation == f.stored_generation());
  }

  TEST_CASE("a vault's records replaced by an older set are detected at unlock, not opened") {
    Fixture f;
    f.SaveDossier("Alpha");
    const OldCopy old = Keep(f);
    f.SaveDossier("Bravo");
    const std::uint64_t latest = f.stored_generation();
    REQUIRE(old.generation < latest);
    f.vaults.Lock();
    PutBack(f, old);

    for (const bool recovery_key : {false, true}) {
      CAPTURE(recovery_key);
      f.vaults.Unlock(f.id, recovery_key ? f.recovery : kPassphrase, recovery_key);
      REQUIRE(f.vaults.state().phase == VaultPhase::kConfirmOlder);
      CHECK(f.vaults.session() == nullptr);  // nothing of the case file is open
      const OlderVaultWarning& older = f.vaults.state().older;
      CHECK(older.check == MarkCheck::kOlder);
      CHECK(older.stored_generation == old.generation);
      CHECK(older.marked_generation == latest);
      CHECK(older.marked_on == kToday);
      CHECK(f.vaults.state().display_name == "Marie — CPAM");
      // Locking is the safe choice: nothing is written, the mark stays.
      f.vaults.Lock();
      CHECK(f.vaults.state().phase == VaultPhase::kLocked);
      CHECK(f.vaults.state().older.check == MarkCheck::kNone);
      CHECK(f.shelf.mark(f.id)->generation == latest);
      CHECK(f.stored_generation() == old.generation);
    }
  }

  TEST_CASE("continuing knowingly opens the older vault, records the choice and warns no more") {
    Fixture f;
    f.SaveDossier("Alpha");
    const OldCopy old = Keep(f);
    f.SaveDossier("Bravo");
    const std::uint64_t latest = f.stored_generation();
    f.vaults.Lock();
    PutBack(f, old);
    f.vaults.Unlock(f.id, kPassphrase, false);
    REQUIRE(f.vaults.state().phase == VaultPhase::kConfirmOlder);

    AppState state;
    AppServices services;
    services.vaults = &f.vaults;
    CommandQueue queue{OlderVaultAccepted{}};
    CHECK(ApplyAll(state, services, queue).ok());
    REQUIRE(f.vaults.state().phase == VaultPhase::kUnlocked);
    CHECK(Dossiers(f.vaults) == 1);  // Bravo is gone: the older version is what opened
    REQUIRE(f.shelf.mark(f.id).has_value());
    CHECK(f.shelf.mark(f.id)->generation == old.generation);
    CHECK(f.shelf.mark(f.id)->accepted_from == latest);
    f.SaveDossier("Charlie");
    CHECK(f.shelf.mark(f.id)->generation == f.stored_generation());
    f.vaults.Lock();
    f.vaults.Unlock(f.id, kPassphrase, false);
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);
  }

  TEST_CASE("a vault held behind the warning locks itself after the idle delay") {
    Fixture f;
    const OldCopy old = Keep(f);
    f.SaveDossier("Alpha");
    f.vaults.Lock();
    PutBack(f, old);
    f.vaults.Unlock(f.id, kPassphrase, false);
    REQUIRE(f.vaults.state().phase == VaultPhase::kConfirmOlder);
    f.vaults.CheckIdle(f.now + std::int64_t{11} * 60 * 1000);
    CHECK(f.vaults.state().phase == VaultPhase::kLocked);
    // Accepting afterwards does nothing: the held vault is gone.
    f.vaults.AcceptOlderVault();
    CHECK(f.vaults.state().phase == VaultPhase::kLocked);
    CHECK(f.vaults.session() == nullptr);
  }

  TEST_CASE("a mark garbled in the registry gives its own message, treated as absent") {
    Fixture f;
    f.SaveDossier("Alpha");
    f.vaults.Lock();
    VaultMark& mark = *f.shelf.mark(f.id);
    SUBCASE("a flipped bit") { mark.tag[3] ^= 0x10; }
    SUBCASE("a truncated tag") { mark.tag.resize(mark.tag.size() - 1); }
    SUBCASE("no tag at all (unreadable stored bytes)") { mark.tag.clear(); }
    SUBCASE("a higher generation forged without the key") { mark.generation += 100; }
    SUBCASE("another vault's mark") {
      Fixture other;
      mark = *other.shelf.mark(other.id);
    }
    f.vaults.Unlock(f.id, kPassphrase, false);
    REQUIRE(f.vaults.state().phase == VaultPhase::kConfirmOlder);
    CHECK(f.vaults.state().older.check == MarkCheck::kGarbled);
    CHECK(f.vaults.session() == nullptr);
    // Treated as absent: continuing makes the mark again from this version.
    f.vaults.AcceptOlderVault();
    REQUIRE(f.vaults.state().phase == VaultPhase::kUnlocked);
    CHECK(Dossiers(f.vaults) == 1);
    CHECK(f.shelf.mark(f.id)->generation == f.stored_generation());
    CHECK(f.shelf.mark(f.id)->accepted_from == 0);
    f.vaults.Lock();
    f.vaults.Unlock(f.id, kPassphrase, false);
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);
  }

  TEST_CASE("not detected: a first open, with no mark yet, opens without warning and is marked") {
    Fixture f;
    f.SaveDossier("Alpha");
    f.vaults.Lock();
    f.shelf.mark(f.id).reset();  // a first open in this browser, or a mark removed
    f.vaults.Unlock(f.id, kPassphrase, false);
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);
    REQUIRE(f.shelf.mark(f.id).has_value());
    CHECK(f.shelf.mark(f.id)->generation == f.stored_generation());
  }

  TEST_CASE("a restored backup comes without a mark and is marked at its first unlock") {
    Fixture f;
    f.SaveDossier("Alpha");
    RecordingFiles files;
    VaultHomeController home{f.vaults, f.shelf, &files};
    home.Tick(kToday);
    REQUIRE(home.RequestExport().ok());
    for (int i = 0; i < 5 && home.state().exporting; ++i) {
      f.vaults.Tick(f.now += 10);
      home.Tick(kToday);
    }
    REQUIRE(!files.offers.empty());

    MemoryShelf other;  // another browser, or this one after the vault was removed
    VaultController vaults{other};
    VaultHomeController other_home{vaults, other, &files};
    other_home.ImportBackup(files.offers.back().bytes);
    REQUIRE(other_home.state().import_error.ok());
    CHECK_FALSE(other.mark(f.id).has_value());
    vaults.Unlock(f.id, kPassphrase, false);
    CHECK(vaults.state().phase == VaultPhase::kUnlocked);
    REQUIRE(other.mark(f.id).has_value());
    CHECK(other.mark(f.id)->generation == other.storage(f.id).Generation().value());
    // Over a vault this shelf already marks, the import is refused: its mark is untouched.
    const VaultMark kept = *f.shelf.mark(f.id);
    home.ImportBackup(files.offers.back().bytes);
    CHECK(home.state().import_error.problem() == Problem::kAlreadyExists);
    CHECK(f.shelf.mark(f.id)->tag == kept.tag);
  }

  TEST_CASE("not detected: the whole profile restored from an old copy, registry included") {
    Fixture f;
    f.SaveDossier("Alpha");
    const OldCopy old = Keep(f);
    const VaultMark old_mark = *f.shelf.mark(f.id);
    f.SaveDossier("Bravo");
    f.vaults.Lock();
    PutBack(f, old);
    f.shelf.mark(f.id) = old_mark;  // the registry went back with the records
    f.vaults.Unlock(f.id, kPassphrase, false);
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);  // nothing to compare with
    CHECK(Dossiers(f.vaults) == 1);
  }

  TEST_CASE("a mark written while a save is under way never runs ahead of the records") {
    HeldShelf shelf;
    VaultController vaults{shelf};
    vaults.Create("Marie", kPassphrase, kPassphrase, kKdfFloor);
    vaults.ConfirmRecoveryKeySeen();
    const std::string id = vaults.state().open_id;
    const std::uint64_t first = shelf.mark(id)->generation;
    shelf.Hold(true);
    vaults.Tick(0);
    AddDossier(vaults, "Alpha");
    vaults.Tick(1500);
    REQUIRE(vaults.state().save == SaveState::kSaving);
    CHECK(shelf.mark(id)->generation == first);  // not before the save is durable
    shelf.ReleaseOne();
    CHECK(shelf.mark(id)->generation == shelf.storage(id).Generation().value());
    SUBCASE("a failed save leaves the mark") {
      AddDossier(vaults, "Bravo");
      vaults.Tick(3500);
      vaults.Tick(5000);
      REQUIRE(vaults.state().save == SaveState::kSaving);
      const std::uint64_t before = shelf.mark(id)->generation;
      shelf.ReleaseOne(Status::Error(StatusCode::kIoError, "disk full"));
      CHECK(shelf.mark(id)->generation == before);
    }
  }
}
