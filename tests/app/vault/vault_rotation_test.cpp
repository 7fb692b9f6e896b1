// Changing the vault's key in the app (VaultController::RotateKey): suggested after an erasure
// and after a passphrase change, written in one commit, its new recovery key shown once, and
// nothing lost or changed when the write fails.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "app/held_shelf.h"
#include "app/sharing_desk.h"
#include "app/vault/vault_controller.h"
#include "app/vault_steps.h"
#include "core/case/store.h"

using namespace carnet;

namespace {

constexpr const char* kNewPassphrase = "quatre mots bien choisis";

using test::AddDossier;
using test::kPassphrase;

int Dossiers(VaultController& vaults) {
  OverviewQuery q;
  q.today = *DayFromYmd(2026, 3, 3);
  Result<std::vector<OverviewRow>> rows = vaults.session()->store().Overview(q);
  REQUIRE(rows.ok());
  return static_cast<int>(rows.value().size());
}

struct Fixture {
  HeldShelf shelf;
  VaultController vaults{shelf};
  std::string recovery;
  std::string id;
  std::int64_t now = 0;
  Fixture() {
    vaults.Create("Marie — CPAM", kPassphrase, kPassphrase, kKdfFloor);
    REQUIRE(vaults.state().phase == VaultPhase::kShowRecoveryKey);
    recovery = vaults.state().recovery_text;
    vaults.ConfirmRecoveryKeySeen();
    id = vaults.state().open_id;
  }
  void Save() {
    vaults.Tick(now += 10);
    vaults.Tick(now += 1500);
  }
  void Relock() {
    vaults.Lock();
    REQUIRE(vaults.state().phase == VaultPhase::kLocked);
  }
};

}  // namespace

TEST_SUITE("vault key rotation in the app") {
  TEST_CASE("a rotation carries unsaved edits and shows a new recovery key once") {
    Fixture f;
    AddDossier(f.vaults, "Dupré");  // unsaved
    f.vaults.RotateKey(kPassphrase, kPassphrase, kKdfFloor);
    REQUIRE(f.vaults.state().phase == VaultPhase::kShowRecoveryKey);
    CHECK(f.vaults.state().key_rotated);
    const std::string shown = f.vaults.state().recovery_text;
    CHECK(shown.size() == 56 + 13);
    CHECK(shown != f.recovery);
    CHECK(f.vaults.state().save == SaveState::kSaved);
    f.vaults.ConfirmRecoveryKeySeen();
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);
    CHECK(f.vaults.state().recovery_text.empty());
    CHECK_FALSE(f.vaults.state().key_rotated);
    f.Relock();

    // The old recovery key opens nothing; the new one opens the dossier, without a warning
    // (the mark kept here was made under the new key).
    f.vaults.Unlock(f.id, f.recovery, true);
    CHECK(f.vaults.state().phase == VaultPhase::kLocked);
    CHECK(f.vaults.state().error.code() == StatusCode::kCryptoFailure);
    f.vaults.Unlock(f.id, shown, true);
    REQUIRE(f.vaults.state().phase == VaultPhase::kUnlocked);
    CHECK(Dossiers(f.vaults) == 1);
  }

  TEST_CASE("a rotation whose write fails keeps the vault open under its old keys") {
    Fixture f;
    AddDossier(f.vaults, "Dupré");
    f.shelf.Hold(true);
    f.vaults.RotateKey(kNewPassphrase, kNewPassphrase, kKdfFloor);
    CHECK(f.vaults.state().phase == VaultPhase::kBusy);
    REQUIRE(f.shelf.held() == 1);
    f.shelf.ReleaseOne(Status::Error(StatusCode::kIoError, "QuotaExceededError"));
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);
    CHECK(f.vaults.state().error.code() == StatusCode::kIoError);
    CHECK(f.vaults.state().recovery_text.empty());
    CHECK(f.vaults.state().save == SaveState::kUnsaved);  // the dossier waits for its save
    f.shelf.Hold(false);
    f.Save();
    CHECK(f.vaults.state().save == SaveState::kSaved);
    f.Relock();
    f.vaults.Unlock(f.id, f.recovery, true);  // the old recovery key still holds
    REQUIRE(f.vaults.state().phase == VaultPhase::kUnlocked);
    CHECK(Dossiers(f.vaults) == 1);
    f.Relock();
    f.vaults.Unlock(f.id, kNewPassphrase, false);  // and the new passphrase was never set
    CHECK(f.vaults.state().error.problem() == Problem::kWrongPassphrase);
  }

  TEST_CASE("an edit made while the rotation is written is saved after it, under the new key") {
    Fixture f;
    f.shelf.Hold(true);
    f.vaults.RotateKey(kPassphrase, kPassphrase, kKdfFloor);
    REQUIRE(f.shelf.held() == 1);
    AddDossier(f.vaults, "Girard");  // as a callback of the page might, while it is written
    f.shelf.ReleaseOne();
    REQUIRE(f.vaults.state().phase == VaultPhase::kShowRecoveryKey);
    const std::string shown = f.vaults.state().recovery_text;
    f.vaults.ConfirmRecoveryKeySeen();
    CHECK(f.vaults.state().save == SaveState::kUnsaved);
    f.shelf.Hold(false);
    f.Save();
    f.Relock();
    f.vaults.Unlock(f.id, shown, true);
    REQUIRE(f.vaults.state().phase == VaultPhase::kUnlocked);
    CHECK(Dossiers(f.vaults) == 1);
  }

  TEST_CASE("a refused rotation says why and changes nothing") {
    Fixture f;
    const std::uint64_t generation = f.shelf.storage(f.id).Generation().value();
    f.vaults.RotateKey(kPassphrase, "cheval batterie agrafe", kKdfFloor);
    CHECK(f.vaults.state().error.field() == "confirmation");
    f.vaults.RotateKey("a b c d", "a b c d", kKdfFloor);
    CHECK(f.vaults.state().error.code() == StatusCode::kInvalidArgument);
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);
    CHECK(f.shelf.storage(f.id).Generation().value() == generation);
  }

  TEST_CASE("the old copy of a rotated vault opens only behind the warning") {
    Fixture f;
    AddDossier(f.vaults, "Dupré");
    f.Save();
    const std::map<std::string, Bytes> before = f.shelf.storage(f.id).records();
    const std::uint64_t generation = f.shelf.storage(f.id).Generation().value();
    f.vaults.RotateKey(kNewPassphrase, kNewPassphrase, kKdfFloor);
    REQUIRE(f.vaults.state().phase == VaultPhase::kShowRecoveryKey);
    f.vaults.ConfirmRecoveryKeySeen();
    f.Relock();
    // Someone puts back the records of before the rotation and knows the old passphrase.
    f.shelf.storage(f.id).Adopt(std::map<std::string, Bytes>(before), generation);
    f.vaults.Unlock(f.id, kPassphrase, false);
    CHECK(f.vaults.state().phase == VaultPhase::kConfirmOlder);
    CHECK(f.vaults.state().older.check == MarkCheck::kGarbled);
    CHECK(f.vaults.session() == nullptr);
  }

  TEST_CASE("a rotation is suggested after a passphrase change, until dismissed or locked") {
    Fixture f;
    CHECK(f.vaults.state().suggest_rotation == KeyRotationReason::kNone);
    f.vaults.ChangePassphrase(kNewPassphrase, kNewPassphrase, kKdfFloor);
    REQUIRE(f.vaults.state().error.ok());
    CHECK(f.vaults.state().suggest_rotation == KeyRotationReason::kAfterPassphraseChange);
    f.vaults.DismissKeyRotationSuggestion();
    CHECK(f.vaults.state().suggest_rotation == KeyRotationReason::kNone);
    f.vaults.ChangePassphrase(kPassphrase, kPassphrase, kKdfFloor);
    CHECK(f.vaults.state().suggest_rotation == KeyRotationReason::kAfterPassphraseChange);
    f.Relock();
    CHECK(f.vaults.state().suggest_rotation == KeyRotationReason::kNone);
  }

  TEST_CASE("a rotation is suggested after an erasure, and done it is no longer suggested") {
    test::Desk alice("Alice");
    REQUIRE(alice.sharing.Erase(alice.dossier).ok());
    CHECK(alice.vaults.state().suggest_rotation == KeyRotationReason::kAfterErasure);
    alice.vaults.RotateKey(kPassphrase, kPassphrase, kKdfFloor);
    REQUIRE(alice.vaults.state().phase == VaultPhase::kShowRecoveryKey);
    CHECK(alice.vaults.state().suggest_rotation == KeyRotationReason::kNone);
  }
}
