// The warning of an older vault as the screen shows it: found by role and name, in French then
// in English, with its two choices; a damaged mark has its own message.
#include <doctest/doctest.h>

#include <map>
#include <string>

#include "app/vault/vault_controller.h"
#include "app/vault_steps.h"
#include "core/case/store.h"
#include "ui/a11y_steps.h"
#include "ui/headless_imgui.h"

using namespace carnet;
using carnet::test::Find;
using carnet::test::FindStarting;
using carnet::ui::A11yRole;

namespace {

constexpr const char* kPassphrase = "cheval batterie agrafe correcte";
const Day kToday = *DayFromYmd(2026, 11, 28);

// A vault saved twice, locked, its records put back as they were after the first save.
struct RolledBack {
  MemoryShelf shelf;
  VaultController vaults{shelf};
  test::HeadlessImGui ui;
  std::string id;
  std::uint64_t older = 0;
  std::uint64_t latest = 0;
  RolledBack() {
    ui.services.vaults = &vaults;
    shelf.SetToday(kToday);
    vaults.Create("Marie — CPAM", kPassphrase, kPassphrase, kKdfFloor);
    vaults.ConfirmRecoveryKeySeen();
    id = vaults.state().open_id;
    test::AddDossier(vaults, "Alpha");
    vaults.Flush();
    std::map<std::string, Bytes> old = shelf.storage(id).records();
    older = shelf.storage(id).Generation().value();
    test::AddDossier(vaults, "Bravo");
    vaults.Flush();
    latest = shelf.storage(id).Generation().value();
    vaults.Lock();
    shelf.storage(id).Adopt(std::move(old), older);
  }
};

}  // namespace

TEST_SUITE("older vault screen") {
  TEST_CASE("an older vault is said plainly, in French then English, and opens only on choice") {
    RolledBack r;
    REQUIRE(r.older < r.latest);
    r.vaults.Unlock(r.id, kPassphrase, false);
    REQUIRE(r.vaults.state().phase == VaultPhase::kConfirmOlder);
    r.ui.Frame();
    CHECK(Find(r.ui.a11y, A11yRole::kHeading, "Version plus ancienne de ce coffre") != nullptr);
    const std::string warning =
        "Ce coffre est plus ancien que la dernière version ouverte sur ce navigateur (version " +
        std::to_string(r.latest) +
        ", ouverte le 28/11/2026)\u00a0: des dossiers effacés peuvent être revenus et le budget "
        "des statistiques peut être revenu en arrière, comme le journal des accès.";
    CHECK(Find(r.ui.a11y, A11yRole::kText, warning) != nullptr);
    CHECK(Find(r.ui.a11y, A11yRole::kText,
               "Version enregistrée de ce coffre\u00a0: " + std::to_string(r.older) + ".") !=
          nullptr);
    CHECK(FindStarting(r.ui.a11y, A11yRole::kText, "Cela arrive quand une ancienne copie") !=
          nullptr);
    CHECK(Find(r.ui.a11y, A11yRole::kButton, "Verrouiller") != nullptr);
    REQUIRE(Find(r.ui.a11y, A11yRole::kButton, "Continuer en connaissance de cause") != nullptr);

    r.ui.state.lang = Lang::kEn;
    r.ui.Frame();
    CHECK(Find(r.ui.a11y, A11yRole::kText,
               "This vault is older than the last version opened in this browser (version " +
                   std::to_string(r.latest) +
                   ", opened on 2026-11-28): erased dossiers may have come back, and the "
                   "statistics budget may have gone back, as may the access log.") != nullptr);
    CHECK(Find(r.ui.a11y, A11yRole::kButton, "Continue knowingly") != nullptr);

    SUBCASE("locking closes it, nothing opened") {
      Press(r.ui, "Lock");
      CHECK(r.vaults.state().phase == VaultPhase::kLocked);
      CHECK(r.vaults.session() == nullptr);
    }
    SUBCASE("continuing knowingly opens the older version") {
      Press(r.ui, "Continue knowingly");
      CHECK(r.vaults.state().phase == VaultPhase::kUnlocked);
      REQUIRE(r.vaults.session() != nullptr);
      CHECK(Find(r.ui.a11y, A11yRole::kButton, "Continue knowingly") == nullptr);
    }
  }

  TEST_CASE("a damaged mark has its own message on the same screen") {
    RolledBack r;
    r.shelf.mark(r.id)->tag.resize(5);
    r.vaults.Unlock(r.id, kPassphrase, false);
    REQUIRE(r.vaults.state().phase == VaultPhase::kConfirmOlder);
    r.ui.Frame();
    CHECK(FindStarting(r.ui.a11y, A11yRole::kText,
                       "La marque de version que ce navigateur garde pour ce coffre est "
                       "illisible ou a été modifiée\u00a0:") != nullptr);
    CHECK(FindStarting(r.ui.a11y, A11yRole::kText, "Ce coffre est plus ancien") == nullptr);
    Press(r.ui, "Continuer en connaissance de cause");
    CHECK(r.vaults.state().phase == VaultPhase::kUnlocked);
  }
}
