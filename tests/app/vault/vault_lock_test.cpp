// Locking never loses an edit: it waits for the save under way, saves what is still unsaved,
// and only then closes; a failed save keeps the vault open and says why.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/held_shelf.h"
#include "app/vault/vault_controller.h"
#include "app/vault_steps.h"
#include "core/case/store.h"

using namespace carnet;

namespace {

constexpr const char* kPassphrase = "cheval batterie agrafe correcte";

// The dossiers' names, sorted, joined by commas.
std::string Names(VaultController& vaults) {
  OverviewQuery q;
  q.today = *DayFromYmd(2026, 3, 3);
  q.include_closed = true;
  Result<std::vector<OverviewRow>> rows = vaults.session()->store().Overview(q);
  REQUIRE(rows.ok());
  std::vector<std::string> names;
  for (const OverviewRow& row : rows.value()) names.push_back(row.display_name);
  std::sort(names.begin(), names.end());
  std::string joined;
  for (const std::string& name : names) joined += (joined.empty() ? "" : ",") + name;
  return joined;
}

using test::AddDossier;

// A vault created and unlocked on a shelf that holds its commits; edit A's save under way.
struct SavingFixture {
  HeldShelf shelf;
  VaultController vaults{shelf};
  int locked = 0;
  SavingFixture() {
    vaults.Create("Marie — CPAM", kPassphrase, kPassphrase, kKdfFloor);
    vaults.ConfirmRecoveryKeySeen();
    vaults.SetOnLocked([this] { ++locked; });
    shelf.Hold(true);
    vaults.Tick(0);
    AddDossier(vaults, "Alpha");
    vaults.Tick(1500);
    REQUIRE(vaults.state().save == SaveState::kSaving);
    REQUIRE(shelf.held() == 1);
    AddDossier(vaults, "Bravo");  // typed while A's save is on its way
  }
  std::string id() const { return vaults.state().vaults.at(0).id; }
  // Locks, lets A's save through, then fails the save of B that the lock started.
  void RefusedLock() {
    vaults.Lock();
    shelf.ReleaseOne();
    shelf.ReleaseOne(Status::Error(StatusCode::kIoError, "QuotaExceededError"));
  }
  void UnlockAgain() {
    vaults.Unlock(id(), kPassphrase, false);
    REQUIRE(vaults.state().phase == VaultPhase::kUnlocked);
  }
};

}  // namespace

TEST_SUITE("vault lock") {
  TEST_CASE("locking during a save waits for it, saves the later edit, then closes") {
    SavingFixture f;
    f.vaults.Lock();
    CHECK(f.vaults.state().phase == VaultPhase::kBusy);  // nothing of the case file is drawn
    CHECK(f.vaults.state().locking);
    CHECK(f.vaults.session() != nullptr);
    CHECK(f.locked == 0);
    f.shelf.ReleaseOne();  // A is written; B's save starts
    CHECK(f.vaults.state().phase == VaultPhase::kBusy);
    REQUIRE(f.shelf.held() == 1);
    f.shelf.ReleaseOne();  // B is written: now the vault closes
    CHECK(f.vaults.state().phase == VaultPhase::kLocked);
    CHECK(f.vaults.session() == nullptr);
    CHECK(f.locked == 1);
    f.shelf.Hold(false);
    f.UnlockAgain();
    CHECK(Names(f.vaults) == "Alpha,Bravo");
  }

  TEST_CASE("a lock whose save fails keeps the vault open and says why") {
    SavingFixture f;
    f.RefusedLock();
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);
    CHECK(f.vaults.state().lock_refused);
    CHECK_FALSE(f.vaults.state().locking);
    CHECK(f.vaults.state().save == SaveState::kFailed);
    CHECK(f.vaults.state().save_error.message() == "QuotaExceededError");
    CHECK(f.locked == 0);
    REQUIRE(f.vaults.session() != nullptr);
    CHECK(Names(f.vaults) == "Alpha,Bravo");
    // Locking again, once the storage answers, keeps both.
    f.shelf.Hold(false);
    f.vaults.Lock();
    CHECK(f.vaults.state().phase == VaultPhase::kLocked);
    CHECK_FALSE(f.vaults.state().lock_refused);
    CHECK(f.locked == 1);
    f.UnlockAgain();
    CHECK(Names(f.vaults) == "Alpha,Bravo");
  }

  TEST_CASE("a lock waiting for a save that then fails is refused, nothing lost") {
    SavingFixture f;
    f.vaults.Lock();
    f.shelf.ReleaseOne(Status::Error(StatusCode::kIoError, "UnknownError"));
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);
    CHECK(f.vaults.state().lock_refused);
    CHECK(f.vaults.state().save_error.message() == "UnknownError");
    CHECK(f.shelf.held() == 0);
    CHECK(Names(f.vaults) == "Alpha,Bravo");
  }

  TEST_CASE("locking without saving drops the unsaved edits, on the user's choice only") {
    SavingFixture f;
    f.RefusedLock();
    REQUIRE(f.vaults.state().lock_refused);
    f.vaults.LockDiscardingChanges();
    CHECK(f.vaults.state().phase == VaultPhase::kLocked);
    CHECK(f.locked == 1);
    f.shelf.Hold(false);
    f.UnlockAgain();
    CHECK(Names(f.vaults) == "Alpha");
  }

  TEST_CASE("the automatic lock waits for the save too, and tries again after a refusal") {
    constexpr std::int64_t kMinute = std::int64_t{60} * 1000;
    SavingFixture f;
    f.vaults.SetAutoLockMinutes(1);
    f.vaults.CheckIdle(2 * kMinute);
    CHECK(f.vaults.state().locking);
    f.shelf.ReleaseOne(Status::Error(StatusCode::kIoError, "UnknownError"));
    CHECK(f.vaults.state().lock_refused);
    f.vaults.CheckIdle(2 * kMinute + 1000);  // not at once: the refusal is shown first
    CHECK_FALSE(f.vaults.state().locking);
    f.vaults.CheckIdle(2 * kMinute + 6000);
    CHECK(f.vaults.state().locking);
    f.shelf.ReleaseOne();
    CHECK(f.vaults.state().phase == VaultPhase::kLocked);
    f.shelf.Hold(false);
    f.UnlockAgain();
    CHECK(Names(f.vaults) == "Alpha,Bravo");
  }
}
