// Locking as the screens show it: the busy screen while the last changes are saved, and a
// refused lock said beside the save status, with "Verrouiller sans enregistrer".
#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include "app/held_shelf.h"
#include "app/vault/vault_controller.h"
#include "app/vault_steps.h"
#include "core/case/store.h"
#include "ui/a11y_steps.h"
#include "ui/headless_imgui.h"

using namespace carnet;
using carnet::test::Find;
using carnet::ui::A11yRole;

namespace {

constexpr const char* kPassphrase = "cheval batterie agrafe correcte";

using test::AddDossier;

}  // namespace

TEST_SUITE("vault lock screens") {
  TEST_CASE("a lock whose save fails is said on screen, and can then drop the changes") {
    HeldShelf shelf;
    VaultController vaults(shelf);
    test::HeadlessImGui ui;
    ui.services.vaults = &vaults;
    vaults.Create("Marie — CPAM", kPassphrase, kPassphrase, kKdfFloor);
    vaults.ConfirmRecoveryKeySeen();
    shelf.Hold(true);
    vaults.Tick(0);
    AddDossier(vaults, "Alpha");
    vaults.Tick(1500);
    REQUIRE(vaults.state().save == SaveState::kSaving);
    ui.Frame();
    Press(ui, "Verrouiller");
    CHECK(vaults.state().locking);
    ui.Frame();
    CHECK(Find(ui.a11y, A11yRole::kHeading,
               "Verrouillage\u00a0: enregistrement des dernières modifications…") != nullptr);
    CHECK(Find(ui.a11y, A11yRole::kButton, "Verrouiller") == nullptr);

    shelf.ReleaseOne(Status::Error(StatusCode::kIoError, "QuotaExceededError"));
    ui.Frame();
    const std::string refused =
        "Le coffre n’a pas été verrouillé\u00a0: l’enregistrement des dernières modifications a "
        "échoué. Elles sont toujours là. Réessayez de verrouiller, exportez une sauvegarde, ou "
        "verrouillez sans enregistrer (elles seront perdues).";
    CHECK(Find(ui.a11y, A11yRole::kText, refused) != nullptr);
    REQUIRE(vaults.session() != nullptr);
    Press(ui, "Verrouiller sans enregistrer");
    ui.Frame();
    CHECK(vaults.state().phase == VaultPhase::kLocked);
    CHECK(Find(ui.a11y, A11yRole::kText, refused) == nullptr);
  }
}
