// The sharing screens drawn headless on a real vault, driven through the accessible layer: the
// card and a contact confirmed by its fingerprint, the share form (notes unticked, refusals
// beside their fields, the package downloaded), the dossier's register, erasure confirmed,
// the purge list confirmed once.
#include <doctest/doctest.h>

#include <string>

#include "a11y_steps.h"
#include "app/caseload.h"
#include "app/sharing_controller.h"
#include "app/vault_controller.h"
#include "core/contact_card.h"
#include "recording_files.h"

using namespace carnet;
using carnet::test::Find;
using carnet::test::FindStarting;
using carnet::ui::A11yRole;

namespace {

const Day kToday = *DayFromYmd(2026, 11, 28);

struct Desk {
  MemoryShelf shelf;
  VaultController vaults{shelf};
  CaseloadController caseload{vaults};
  test::RecordingFiles files;
  SharingController sharing{vaults, &files};
  test::HeadlessImGui ui;
  Id dossier = 0;

  Desk() {
    vaults.Create("Antenne de Lens", "cheval batterie agrafe correcte",
                  "cheval batterie agrafe correcte", kKdfFloor);
    vaults.ConfirmRecoveryKeySeen();
    Store& store = vaults.session()->store();
    CreateDossier create;
    create.person.last_name = "Canarinom";
    create.opened_on = *DayFromYmd(2025, 3, 2);
    dossier = store.Apply(create).value();
    WriteNote note;
    note.dossier_id = dossier;
    note.at = static_cast<Minute>(*DayFromYmd(2025, 3, 3)) * kMinutesPerDay + 600;
    note.text = "Note privée";
    REQUIRE(store.Apply(note).ok());
    ui.services.vaults = &vaults;
    ui.services.caseload = &caseload;
    ui.services.sharing = &sharing;
    ui.services.today = kToday;
    ui.now = static_cast<Minute>(kToday) * kMinutesPerDay + Minute{600};
    ui.Frame();
    ui.Frame();
  }
  void Press(const std::string& name, A11yRole role = A11yRole::kButton) {
    test::Press(ui, name, role);
  }
  void Type(const std::string& label, const std::string& text) { test::Type(ui, label, text); }
  bool Has(A11yRole role, const std::string& name) const {
    return Find(ui.a11y, role, name) != nullptr;
  }
};

std::string CardOf(std::uint8_t seed_byte, const char* name) {
  std::array<std::uint8_t, 32> seed{};
  seed.fill(seed_byte);
  return ContactCardText(MakeContactCard(IdentityFromSeed(seed), name).value());
}

}  // namespace

TEST_SUITE("sharing screens") {
  TEST_CASE("a card is read, its fingerprint shown, and the contact confirmed") {
    Desk desk;
    desk.Press("Partage et droits");
    REQUIRE(desk.Has(A11yRole::kHeading, "Partage et droits des personnes"));
    const ui::A11yNode* own =
        Find(desk.ui.a11y, A11yRole::kTextField, "Texte de ma carte, à copier et envoyer");
    REQUIRE(own != nullptr);
    CHECK(own->value.rfind("CARNET-CONTACT-1:", 0) == 0);
    CHECK(FindStarting(desk.ui.a11y, A11yRole::kText, "Empreinte\u00a0: ") != nullptr);

    desk.Type("Carte de contact reçue", "CARNET-CONTACT-1:abîmée");
    desk.Press("Lire la carte");
    const ui::A11yNode* field = Find(desk.ui.a11y, A11yRole::kTextField, "Carte de contact reçue");
    REQUIRE(field != nullptr);
    CHECK(field->error ==
          "Ce texte n’est pas une carte de contact Carnet valide (abîmée, "
          "incomplète ou modifiée).");
    CHECK(desk.sharing.state().contacts.empty());

    desk.Type("Carte de contact reçue", CardOf(3, "CCAS de Lens"));
    desk.Press("Lire la carte");
    REQUIRE(desk.Has(A11yRole::kHeading, "Nouveau contact\u00a0: CCAS de Lens"));
    const std::string print = desk.sharing.state().contacts.at(0).fingerprint;
    CHECK(desk.Has(A11yRole::kText, "Empreinte\u00a0: " + print));
    desk.Press("L’empreinte est identique\u00a0: confirmer");
    CHECK(desk.sharing.state().contacts.at(0).confirmed());
    CHECK_FALSE(desk.Has(A11yRole::kHeading, "Nouveau contact\u00a0: CCAS de Lens"));
    CHECK(FindStarting(desk.ui.a11y, A11yRole::kText, "CCAS de Lens · Empreinte") != nullptr);
  }

  TEST_CASE("the share form ticks no note, refuses beside its fields, then downloads") {
    Desk desk;
    desk.Press("Partage et droits");
    desk.Type("Carte de contact reçue", CardOf(3, "CCAS de Lens"));
    desk.Press("Lire la carte");
    desk.Press("L’empreinte est identique\u00a0: confirmer");
    desk.Press("Vue d’ensemble");
    desk.Press("Canarinom", A11yRole::kLink);
    desk.Press("Partager");
    REQUIRE(desk.Has(A11yRole::kHeading, "Partager une partie du dossier"));
    const ui::A11yNode* note = FindStarting(desk.ui.a11y, A11yRole::kCheckbox, "Note du ");
    REQUIRE(note != nullptr);
    CHECK(note->checked == ui::Tristate::kFalse);
    CHECK(Find(desk.ui.a11y, A11yRole::kCheckbox, "Identité et coordonnées")->checked ==
          ui::Tristate::kTrue);

    desk.Press("Chiffrer et télécharger le paquet");
    CHECK(desk.Has(A11yRole::kText, "Choisissez un destinataire dont l’empreinte est confirmée."));
    desk.Press("CCAS de Lens");
    desk.Press("Obligation légale");
    desk.Type("Objet\u00a0: pourquoi ce destinataire en a besoin", "Signalement");
    desk.Press("Chiffrer et télécharger le paquet");
    const ui::A11yNode* reference =
        Find(desk.ui.a11y, A11yRole::kTextField, "Référence de l’obligation ou motif");
    REQUIRE(reference != nullptr);
    CHECK_FALSE(reference->error.empty());
    CHECK(desk.files.offers.empty());
    desk.Type("Référence de l’obligation ou motif", "Art. L226-2-1 CASF");
    desk.Press("Chiffrer et télécharger le paquet");
    for (int i = 0; i < 6 && desk.files.offers.empty(); ++i) desk.ui.Frame();
    REQUIRE(desk.files.offers.size() == 1);
    CHECK_FALSE(desk.Has(A11yRole::kHeading, "Partager une partie du dossier"));
    CHECK(FindStarting(desk.ui.a11y, A11yRole::kText, "Paquet chiffré prêt") != nullptr);
    const ui::A11yNode* entry = FindStarting(desk.ui.a11y, A11yRole::kText, "28/11/2026");
    REQUIRE(entry != nullptr);
    CHECK(entry->name.find("Partage à CCAS de Lens · identité · Objet\u00a0: Signalement · "
                           "Base\u00a0: Obligation légale (Art. L226-2-1 CASF)") !=
          std::string::npos);
  }

  TEST_CASE("a dossier is erased after its confirmation, and the purge list is confirmed once") {
    Desk desk;
    desk.Press("Vue d’ensemble");
    desk.Press("Canarinom", A11yRole::kLink);
    desk.Press("Supprimer le dossier");
    CHECK(desk.Has(A11yRole::kButton, "Supprimer définitivement"));
    desk.Press("Annuler");
    CHECK_FALSE(desk.Has(A11yRole::kButton, "Supprimer définitivement"));
    CHECK(desk.caseload.state().has_dossier);

    // No contact since it opened in March 2025: within 24 months of retention, past 12.
    desk.Press("Partage et droits");
    desk.Press("Conservation et purge");
    CHECK(desk.Has(A11yRole::kText, "Aucun dossier à purger."));
    desk.Type("Durée de conservation des dossiers (mois)", "12");
    desk.Press("Enregistrer");
    REQUIRE(desk.Has(A11yRole::kHeading, "Dossiers à purger (1)"));
    CHECK(FindStarting(desk.ui.a11y, A11yRole::kText, "Canarinom · sans contact depuis le") !=
          nullptr);
    desk.Press("Aujourd’hui");
    CHECK(desk.Has(A11yRole::kText, "Dossiers ayant dépassé leur durée de conservation\u00a0: 1"));
    desk.Press("Voir la liste à purger");
    desk.Press("Purger ces dossiers");
    desk.Press("Confirmer la purge de la liste");
    CHECK(desk.Has(A11yRole::kText, "Aucun dossier à purger."));
    CHECK(desk.vaults.session()->store().DossierCount().value() == 0);
    desk.Press("Registre des communications");
    CHECK(FindStarting(desk.ui.a11y, A11yRole::kText, "28/11/2026") != nullptr);
  }
}
