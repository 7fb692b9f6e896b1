// Changing the vault's key as the screens show it: the suggestion after a passphrase change,
// the form in the settings, and the new recovery key said to replace the old one.
#include <doctest/doctest.h>

#include <string>

#include "app/vault/vault_controller.h"
#include "ui/a11y_steps.h"
#include "ui/headless_imgui.h"

using namespace carnet;
using carnet::test::Find;
using carnet::test::Press;
using carnet::test::Type;
using carnet::ui::A11yRole;

namespace {

constexpr const char* kPassphrase = "cheval batterie agrafe correcte";
constexpr const char* kNewPassphrase = "quatre mots bien choisis";

}  // namespace

TEST_SUITE("key rotation screens") {
  TEST_CASE(
      "a passphrase change suggests a new key; the form makes one and shows its recovery key") {
    MemoryShelf shelf;
    VaultController vaults(shelf);
    test::HeadlessImGui ui;
    ui.services.vaults = &vaults;
    vaults.Create("Marie — CPAM", kPassphrase, kPassphrase, kKdfFloor);
    const std::string first = vaults.state().recovery_text;
    vaults.ConfirmRecoveryKeySeen();
    ui.Frame();
    ui.Frame();
    Press(ui, "Changer la phrase de passe");
    Type(ui, "Nouvelle phrase de passe", kNewPassphrase);
    Type(ui, "Confirmez la phrase de passe", kNewPassphrase);
    Press(ui, "Enregistrer la nouvelle phrase de passe");
    REQUIRE(vaults.state().error.ok());
    CHECK(vaults.state().suggest_rotation == KeyRotationReason::kAfterPassphraseChange);
    ui.Frame();

    // The settings' form, open while the rotation is suggested; a mismatch is refused.
    REQUIRE(Find(ui.a11y, A11yRole::kTextField, "Phrase de passe (l’actuelle ou une nouvelle)"));
    Type(ui, "Phrase de passe (l’actuelle ou une nouvelle)", kNewPassphrase);
    Press(ui, "Changer la clé");
    CHECK(vaults.state().error.field() == "confirmation");
    CHECK(vaults.state().phase == VaultPhase::kUnlocked);
    Type(ui, "Phrase de passe (l’actuelle ou une nouvelle)", kNewPassphrase);
    Type(ui, "Confirmez cette phrase de passe", kNewPassphrase);
    Press(ui, "Changer la clé");
    REQUIRE(vaults.state().phase == VaultPhase::kShowRecoveryKey);
    ui.Frame();
    CHECK(Find(ui.a11y, A11yRole::kText,
               "La clé du coffre a été changée. Cette clé de secours remplace l’ancienne, qui "
               "n’ouvre plus le coffre.") != nullptr);
    const std::string shown = vaults.state().recovery_text;
    CHECK(shown != first);
    CHECK(Find(ui.a11y, A11yRole::kText, shown) != nullptr);
    CHECK(ui.a11y.ToJson("fr").find(kNewPassphrase) == std::string::npos);
    Press(ui, "J’ai noté ma clé de secours en lieu sûr", A11yRole::kCheckbox);
    Press(ui, "Continuer");
    CHECK(vaults.state().phase == VaultPhase::kUnlocked);
    CHECK(vaults.state().suggest_rotation == KeyRotationReason::kNone);
  }
}
