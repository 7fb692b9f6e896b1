#include <doctest/doctest.h>

#include "app/vault/vault_controller.h"
#include "app/vault_steps.h"
#include "core/case/store.h"

using namespace carnet;

namespace {

constexpr const char* kPassphrase = "cheval batterie agrafe correcte";

int Dossiers(VaultController& vaults) {
  OverviewQuery q;
  q.today = *DayFromYmd(2026, 3, 3);
  Result<std::vector<OverviewRow>> rows = vaults.session()->store().Overview(q);
  REQUIRE(rows.ok());
  return static_cast<int>(rows.value().size());
}

using test::AddDossier;

// A shelf with one vault, created and unlocked, its recovery key seen.
struct Fixture {
  MemoryShelf shelf;
  VaultController vaults{shelf};
  std::string recovery;
  Fixture() {
    vaults.Create("Marie — CPAM", kPassphrase, kPassphrase, kKdfFloor);
    REQUIRE(vaults.state().phase == VaultPhase::kShowRecoveryKey);
    recovery = vaults.state().recovery_text;
    vaults.ConfirmRecoveryKeySeen();
  }
  std::string id() const { return vaults.state().vaults.at(0).id; }
};

}  // namespace

TEST_SUITE("vault controller") {
  TEST_CASE("creating a vault checks the passphrase twice and shows the recovery key once") {
    MemoryShelf shelf;
    VaultController vaults(shelf);
    vaults.Create("Marie", kPassphrase, "autre chose encore", kKdfFloor);
    CHECK(vaults.state().error.field() == "confirmation");
    vaults.Create("Marie", "court", "court", kKdfFloor);
    CHECK(vaults.state().error.problem() == Problem::kWeakDictionaryWord);
    CHECK(vaults.state().error.field() == "passphrase");
    CHECK(vaults.state().vaults.empty());

    vaults.Create("Marie", kPassphrase, kPassphrase, kKdfFloor);
    CHECK(vaults.state().error.ok());
    CHECK(vaults.state().phase == VaultPhase::kShowRecoveryKey);
    CHECK(vaults.state().recovery_text.size() == 69);
    REQUIRE(vaults.state().vaults.size() == 1);
    CHECK(vaults.state().vaults[0].display_name == "Marie");
    vaults.ConfirmRecoveryKeySeen();
    CHECK(vaults.state().recovery_text.empty());
    CHECK(vaults.state().phase == VaultPhase::kUnlocked);
  }

  TEST_CASE("changes are saved about a second after the first one, then reopen") {
    Fixture f;
    f.vaults.Tick(0);
    AddDossier(f.vaults, "Dupré");
    f.vaults.Tick(100);
    CHECK(f.vaults.state().save == SaveState::kUnsaved);
    f.vaults.Tick(900);
    CHECK(f.vaults.state().save == SaveState::kUnsaved);
    f.vaults.Tick(1200);
    CHECK(f.vaults.state().save == SaveState::kSaved);
    f.vaults.Lock();
    CHECK(f.vaults.state().phase == VaultPhase::kLocked);
    CHECK(f.vaults.session() == nullptr);

    f.vaults.Unlock(f.id(), "une autre phrase de passe", false);
    CHECK(f.vaults.state().error.problem() == Problem::kWrongPassphrase);
    CHECK(f.vaults.state().phase == VaultPhase::kLocked);
    f.vaults.Unlock(f.id(), kPassphrase, false);
    REQUIRE(f.vaults.state().phase == VaultPhase::kUnlocked);
    CHECK(Dossiers(f.vaults) == 1);
  }

  TEST_CASE("locking saves what is pending") {
    Fixture f;
    AddDossier(f.vaults, "Dupré");
    f.vaults.Lock();
    f.vaults.Unlock(f.id(), kPassphrase, false);
    CHECK(Dossiers(f.vaults) == 1);
  }

  TEST_CASE("a failed save is shown, keeps the changes and is retried") {
    Fixture f;
    f.vaults.Tick(0);
    AddDossier(f.vaults, "Dupré");
    f.shelf.FailNextCommit(Status::Error(StatusCode::kIoError, "QuotaExceededError"));
    f.vaults.Tick(1500);
    CHECK(f.vaults.state().save == SaveState::kFailed);
    CHECK(f.vaults.state().save_error.message() == "QuotaExceededError");
    f.vaults.Tick(2000);  // retried a second later
    f.vaults.Tick(3100);
    CHECK(f.vaults.state().save == SaveState::kSaved);
    f.vaults.Lock();
    f.vaults.Unlock(f.id(), kPassphrase, false);
    CHECK(Dossiers(f.vaults) == 1);
  }

  TEST_CASE("the recovery key opens the vault and a new passphrase replaces the old") {
    Fixture f;
    f.vaults.Lock();
    f.vaults.Unlock(f.id(), f.recovery, true);
    REQUIRE(f.vaults.state().phase == VaultPhase::kUnlocked);
    f.vaults.ChangePassphrase("un nouveau départ serein", "un nouveau départ serein", kKdfFloor);
    CHECK(f.vaults.state().error.ok());
    f.vaults.Lock();
    f.vaults.Unlock(f.id(), kPassphrase, false);
    CHECK(f.vaults.state().error.problem() == Problem::kWrongPassphrase);
    f.vaults.Unlock(f.id(), "un nouveau départ serein", false);
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);
  }

  TEST_CASE("weak passphrases are refused with their weakness, at creation and at a change") {
    MemoryShelf shelf;
    VaultController vaults(shelf);
    const std::pair<const char*, Problem> kWeak[] = {
        {"azertyuiop", Problem::kWeakKeyboardPattern},
        {"soleil2024", Problem::kWeakDictionaryWord},
        {"a b c d", Problem::kTooShort},
        {"chat chat chat chat", Problem::kWeakRepeat},
    };
    for (const auto& weak : kWeak) {
      const char* passphrase = weak.first;
      const Problem problem = weak.second;
      CAPTURE(std::string(passphrase));
      vaults.Create("Marie", passphrase, passphrase, kKdfFloor);
      CHECK(vaults.state().error.problem() == problem);
      CHECK(vaults.state().error.field() == "passphrase");
      CHECK(vaults.state().vaults.empty());
    }
    Fixture f;
    f.vaults.ChangePassphrase("motdepasse1990", "motdepasse1990", kKdfFloor);
    CHECK(f.vaults.state().error.problem() == Problem::kWeakDictionaryWord);
    f.vaults.Lock();
    f.vaults.Unlock(f.id(), kPassphrase, false);
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);  // the old one still opens it
  }

  TEST_CASE("the vault locks itself after ten minutes without activity") {
    constexpr std::int64_t kMinute = std::int64_t{60} * 1000;
    Fixture f;
    f.vaults.NoteActivity(0);
    f.vaults.Tick(9 * kMinute);
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);
    f.vaults.NoteActivity(9 * kMinute);
    f.vaults.Tick(18 * kMinute);
    CHECK(f.vaults.state().phase == VaultPhase::kUnlocked);
    f.vaults.Tick(19 * kMinute);
    CHECK(f.vaults.state().phase == VaultPhase::kLocked);
    CHECK(f.vaults.session() == nullptr);
  }

  TEST_CASE("a second tab on the same vault opens it read-only and never saves") {
    Fixture f;
    VaultController second(f.shelf);
    second.Unlock(f.id(), kPassphrase, false);
    REQUIRE(second.state().phase == VaultPhase::kUnlocked);
    CHECK(second.state().read_only);
    CHECK_FALSE(f.vaults.state().read_only);
    AddDossier(second, "Girard");
    second.Tick(0);
    second.Tick(5000);
    CHECK(second.state().save != SaveState::kSaved);  // shown as not saved, never written
    CHECK(f.shelf.storage(f.id()).Generation().value() == 1);
    // Once the first tab locks, the vault can be opened for writing again.
    f.vaults.Lock();
    second.Lock();
    second.Unlock(f.id(), kPassphrase, false);
    CHECK_FALSE(second.state().read_only);
  }

  TEST_CASE("key derivation on the page's thread waits until the busy screen has been shown") {
    MemoryShelf shelf;
    InlineKeyDeriver deriver(2);  // the browser's fallback when no Web Worker starts
    VaultController vaults(shelf, deriver);
    vaults.Create("Marie", kPassphrase, kPassphrase, kKdfFloor);
    CHECK(vaults.state().phase == VaultPhase::kBusy);
    vaults.Tick(0);  // the frame that applied the command
    CHECK(vaults.state().phase == VaultPhase::kBusy);
    vaults.Tick(16);  // the busy screen is on screen
    CHECK(vaults.state().phase == VaultPhase::kBusy);
    vaults.Tick(33);
    CHECK(vaults.state().phase == VaultPhase::kShowRecoveryKey);
    // A refusal that needs no key derivation is immediate.
    vaults.ConfirmRecoveryKeySeen();
    vaults.Lock();
    vaults.Create("Paul", "court", "court", kKdfFloor);
    CHECK(vaults.state().error.problem() == Problem::kWeakDictionaryWord);
    CHECK(vaults.state().phase == VaultPhase::kLocked);
  }
}
