#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include "app/vault/vault_controller.h"
#include "app/vault/vault_home.h"
#include "recording_files.h"
#include "ui/a11y_steps.h"
#include "ui/headless_imgui.h"

using namespace carnet;
using carnet::test::Find;
using carnet::ui::A11yNode;
using carnet::ui::A11yRole;

namespace {

constexpr const char* kPassphrase = "cheval batterie agrafe correcte";

using test::RecordingFiles;

}  // namespace

TEST_SUITE("vault screens") {
  TEST_CASE("while a key is derived, the busy screen shows a progress bar and its duration") {
    MemoryShelf shelf;
    InlineKeyDeriver deriver(50);  // answers after 50 frames
    VaultController vaults(shelf, deriver);
    test::HeadlessImGui ui;
    ui.services.vaults = &vaults;
    vaults.Tick(1000);
    vaults.Create("Marie", kPassphrase, kPassphrase, kKdfFloor);
    ui.Frame();
    const std::string name = "Dérivation de la clé… environ 1\u00a0s";
    const A11yNode* bar = Find(ui.a11y, A11yRole::kProgressBar, name);
    REQUIRE(bar != nullptr);
    CHECK(bar->value_now == 0);
    CHECK(bar->value_min == 0);
    CHECK(bar->value_max == 100);
    CHECK(Find(ui.a11y, A11yRole::kHeading, "Préparation des clés de chiffrement…") != nullptr);
    vaults.Tick(1250);  // a quarter of the expected half second
    ui.Frame();
    bar = Find(ui.a11y, A11yRole::kProgressBar, name);
    REQUIRE(bar != nullptr);
    CHECK(bar->value_now == 50);
    CHECK(bar->value == "50 %");
    CHECK(ui.a11y.ToJson("fr").find("\"role\":\"progressbar\"") != std::string::npos);
    for (std::int64_t t = 1266; deriver.queued() > 0; t += 16) vaults.Tick(t);
    ui.Frame();
    CHECK(Find(ui.a11y, A11yRole::kHeading, "Votre clé de secours") != nullptr);
    CHECK(Find(ui.a11y, A11yRole::kProgressBar, name) == nullptr);
  }

  TEST_CASE("a vault is created from the welcome screen, its recovery key shown once") {
    MemoryShelf shelf;
    VaultController vaults(shelf);
    test::HeadlessImGui ui;
    ui.services.vaults = &vaults;
    ui.services.today = *DayFromYmd(2026, 11, 28);
    ui.Frame();
    CHECK(Find(ui.a11y, A11yRole::kText,
               "Aucun coffre sur cet ordinateur pour l’instant. Créez le "
               "vôtre\u00a0: il ne faut que quelques instants.") != nullptr);
    Press(ui, "Créer un coffre");
    REQUIRE(Find(ui.a11y, A11yRole::kHeading, "Créer un coffre") != nullptr);
    Type(ui, "Nom affiché", "Marie — CPAM");
    Type(ui, "Phrase de passe", kPassphrase);
    CHECK(Find(ui.a11y, A11yRole::kText, "Robustesse\u00a0: très bonne") != nullptr);
    Type(ui, "Confirmez la phrase de passe", "pas la même phrase");
    Press(ui, "Créer le coffre");
    CHECK(vaults.state().error.field() == "confirmation");
    CHECK(ui.forms.passphrase.empty());  // wiped once submitted

    Type(ui, "Phrase de passe", kPassphrase);
    Type(ui, "Confirmez la phrase de passe", kPassphrase);
    Press(ui, "Créer le coffre");
    REQUIRE(Find(ui.a11y, A11yRole::kHeading, "Votre clé de secours") != nullptr);
    const std::string key = vaults.state().recovery_text;
    CHECK(Find(ui.a11y, A11yRole::kText, key) != nullptr);
    const A11yNode* go = Find(ui.a11y, A11yRole::kButton, "Continuer");
    REQUIRE(go != nullptr);
    CHECK(go->disabled);  // until the key is noted
    const A11yNode* noted =
        Find(ui.a11y, A11yRole::kCheckbox, "J’ai noté ma clé de secours en lieu sûr");
    REQUIRE(noted != nullptr);
    ui.a11y.QueueActivation(noted->id);
    ui.Frame();
    Press(ui, "Continuer");
    REQUIRE(Find(ui.a11y, A11yRole::kHeading, "Marie — CPAM") != nullptr);
    CHECK(Find(ui.a11y, A11yRole::kText, key) == nullptr);  // never shown again

    Press(ui, "Ajouter des dossiers de démonstration");
    Press(ui, "Verrouiller");
    REQUIRE(vaults.state().phase == VaultPhase::kLocked);
    Press(ui, "Ouvrir un coffre « Marie — CPAM »");
    Type(ui, "Phrase de passe", "une erreur de frappe");
    Press(ui, "Déverrouiller");
    const A11yNode* field = Find(ui.a11y, A11yRole::kTextField, "Phrase de passe");
    REQUIRE(field != nullptr);
    CHECK(field->error.find("Phrase de passe incorrecte") != std::string::npos);
    Type(ui, "Phrase de passe", kPassphrase);
    Press(ui, "Déverrouiller");
    REQUIRE(vaults.state().phase == VaultPhase::kUnlocked);
    bool counted = false;
    for (const A11yNode& node : ui.a11y.nodes()) {
      if (node.name.rfind("Dossiers dans ce coffre\u00a0: ", 0) == 0) {
        counted = node.name != "Dossiers dans ce coffre\u00a0: 0";
      }
    }
    CHECK(counted);
  }

  TEST_CASE("the strength meter and the refusal say why a passphrase is weak, beside the field") {
    const char* kDictionary =
        "Trop facile à deviner\u00a0: elle contient un mot du dictionnaire ou un mot de passe "
        "courant. Ajoutez d’autres mots, peu communs.";
    const char* kKeyboard =
        "Trop facile à deviner\u00a0: elle suit une rangée du clavier. Préférez des mots.";
    const char* kRepeat =
        "Trop facile à deviner\u00a0: un mot ou un caractère y est répété. Prenez des mots "
        "différents.";
    MemoryShelf shelf;
    VaultController vaults(shelf);
    test::HeadlessImGui ui;
    ui.services.vaults = &vaults;
    ui.services.today = *DayFromYmd(2026, 11, 28);
    ui.Frame();
    Press(ui, "Créer un coffre");
    Type(ui, "Nom affiché", "Marie — CPAM");
    CHECK(Find(ui.a11y, A11yRole::kText, "Robustesse\u00a0: faible") != nullptr);
    CHECK(Find(ui.a11y, A11yRole::kText, "Trop courte ou trop simple\u00a0: ajoutez des mots.") ==
          nullptr);  // nothing to say before anything is typed
    Type(ui, "Phrase de passe", "azertyuiop");
    CHECK(Find(ui.a11y, A11yRole::kText, "Robustesse\u00a0: faible") != nullptr);
    CHECK(Find(ui.a11y, A11yRole::kText, kKeyboard) != nullptr);
    Type(ui, "Phrase de passe", "chat chat chat chat");
    CHECK(Find(ui.a11y, A11yRole::kText, kRepeat) != nullptr);
    CHECK(Find(ui.a11y, A11yRole::kText, kKeyboard) == nullptr);
    Type(ui, "Phrase de passe", "a b c d");
    CHECK(Find(ui.a11y, A11yRole::kText, "Trop courte ou trop simple\u00a0: ajoutez des mots.") !=
          nullptr);

    // The refusal: the same estimate, shown on the field once the form is sent.
    Type(ui, "Phrase de passe", "soleil2024");
    CHECK(Find(ui.a11y, A11yRole::kText, kDictionary) != nullptr);
    Type(ui, "Confirmez la phrase de passe", "soleil2024");
    Press(ui, "Créer le coffre");
    CHECK(vaults.state().error.problem() == Problem::kWeakDictionaryWord);
    CHECK(vaults.state().vaults.empty());
    const A11yNode* field = Find(ui.a11y, A11yRole::kTextField, "Phrase de passe");
    REQUIRE(field != nullptr);
    CHECK(field->error == kDictionary);
    const std::string published = ui.a11y.ToJson("fr");
    for (const char* secret : {"azertyuiop", "chat chat", "soleil2024", "a b c d"}) {
      CHECK(published.find(secret) == std::string::npos);  // no passphrase in the layer
    }

    Type(ui, "Phrase de passe", "cheval agrafe moutarde lointain");
    CHECK(Find(ui.a11y, A11yRole::kText, "Robustesse\u00a0: très bonne") != nullptr);
    CHECK(Find(ui.a11y, A11yRole::kText, kRepeat) == nullptr);

    // The change of passphrase has the same meter and the same refusal.
    vaults.Create("Marie — CPAM", kPassphrase, kPassphrase, kKdfFloor);
    vaults.ConfirmRecoveryKeySeen();
    ui.Frame();
    ui.Frame();
    REQUIRE(Find(ui.a11y, A11yRole::kHeading, "Marie — CPAM") != nullptr);
    Press(ui, "Changer la phrase de passe");
    Type(ui, "Nouvelle phrase de passe", "motdepasse1990");
    CHECK(Find(ui.a11y, A11yRole::kText, "Robustesse\u00a0: faible") != nullptr);
    CHECK(Find(ui.a11y, A11yRole::kText, kDictionary) != nullptr);
    Type(ui, "Confirmez la phrase de passe", "motdepasse1990");
    Press(ui, "Enregistrer la nouvelle phrase de passe");
    CHECK(vaults.state().error.problem() == Problem::kWeakDictionaryWord);
    CHECK(ui.a11y.ToJson("fr").find("motdepasse1990") == std::string::npos);
  }

  TEST_CASE("the create screen puts the cursor in its first field when it opens, once") {
    MemoryShelf shelf;
    VaultController vaults(shelf);
    test::HeadlessImGui ui;
    ui.services.vaults = &vaults;
    ui.Frame();
    const A11yNode* create = Find(ui.a11y, A11yRole::kButton, "Créer un coffre");
    REQUIRE(create != nullptr);
    ui.a11y.QueueActivation(create->id);
    ui.Frame();  // applies the command
    ui.Frame();
    const A11yNode* name = Find(ui.a11y, A11yRole::kTextField, "Nom affiché");
    REQUIRE(name != nullptr);
    CHECK(name->focus_request);
    CHECK_FALSE(Find(ui.a11y, A11yRole::kTextField, "Phrase de passe")->focus_request);
    ui.Frame();
    CHECK_FALSE(Find(ui.a11y, A11yRole::kTextField, "Nom affiché")->focus_request);
  }

  TEST_CASE("the end of a save is announced once, not the steps before it") {
    MemoryShelf shelf;
    VaultController vaults(shelf);
    test::HeadlessImGui ui;
    ui.services.vaults = &vaults;
    vaults.Create("Marie — CPAM", kPassphrase, kPassphrase, kKdfFloor);
    vaults.ConfirmRecoveryKeySeen();
    ui.Frame();
    CHECK(ui.a11y.announcement().empty());  // the screen opening is not news
    const A11yNode* fill =
        Find(ui.a11y, A11yRole::kButton, "Ajouter des dossiers de démonstration");
    REQUIRE(fill != nullptr);
    ui.a11y.QueueActivation(fill->id);
    std::string heard;
    for (int i = 0; i < 20; ++i) {
      vaults.Tick(std::int64_t{i} * 1000);  // the save starts a moment after the change
      ui.Frame();
      if (!ui.a11y.announcement().empty()) {
        heard += "[" + ui.a11y.announcement() + (ui.a11y.announcement_urgent() ? "!" : "") + "]";
      }
    }
    CHECK(vaults.state().save == SaveState::kSaved);
    CHECK(heard == "[Enregistré]");
  }

  TEST_CASE("the home screen offers the backup, the auto-lock slider and the storage facts") {
    MemoryShelf shelf;
    VaultController vaults(shelf);
    RecordingFiles files;
    VaultHomeController home(vaults, shelf, &files);
    test::HeadlessImGui ui;
    ui.services.vaults = &vaults;
    ui.services.home = &home;
    ui.services.today = *DayFromYmd(2026, 11, 28);
    home.SetPersistence(Persistence::kGranted);
    ui.Frame();
    CHECK(Find(ui.a11y, A11yRole::kText, "Stockage persistant\u00a0: accordé") != nullptr);
    Press(ui, "Importer une sauvegarde");
    CHECK(files.pickers == 1);
    const std::string junk = "pas une sauvegarde";
    home.ImportBackup(ByteView(junk));
    ui.Frame();
    CHECK(Find(ui.a11y, A11yRole::kText,
               "Ce fichier n’est pas une sauvegarde de Carnet\u00a0: rien n’a été importé.") !=
          nullptr);

    vaults.Create("Marie — CPAM", kPassphrase, kPassphrase, kKdfFloor);
    vaults.ConfirmRecoveryKeySeen();
    ui.Frame();
    ui.Frame();
    REQUIRE(Find(ui.a11y, A11yRole::kHeading, "Marie — CPAM") != nullptr);
    CHECK(Find(ui.a11y, A11yRole::kText, "Dernière sauvegarde\u00a0: aucune pour l’instant.") !=
          nullptr);
    CHECK(Find(ui.a11y, A11yRole::kText, "Stockage persistant\u00a0: accordé") != nullptr);
    const A11yNode* slider = Find(ui.a11y, A11yRole::kSlider, "Verrouillage automatique (minutes)");
    REQUIRE(slider != nullptr);
    CHECK(slider->value_now == 10);
    CHECK(slider->value_min == 0);
    CHECK(slider->value_max == 240);
    CHECK(slider->description == "0\u00a0: jamais");
    ui.a11y.QueueSetValue(slider->id, 3);
    ui.Frame();
    ui.Frame();
    CHECK(vaults.state().auto_lock_minutes == 3);
    slider = Find(ui.a11y, A11yRole::kSlider, "Verrouillage automatique (minutes)");
    REQUIRE(slider != nullptr);
    CHECK(slider->value_now == 3);

    Press(ui, "Ajouter des dossiers de démonstration");
    ui.Frame();
    CHECK(Find(ui.a11y, A11yRole::kText,
               "Pensez à exporter une sauvegarde\u00a0: sans elle, un navigateur effacé ou un "
               "ordinateur en panne ferait perdre ce coffre.") != nullptr);
    Press(ui, "Exporter une sauvegarde");
    ui.Frame();
    CHECK(files.downloads() == 1);
    CHECK(files.last().name == "carnet-marie-cpam-2026-11-28.carnet-backup");
    CHECK(Find(ui.a11y, A11yRole::kText, "Dernière sauvegarde\u00a0: 28/11/2026") != nullptr);
  }
}
