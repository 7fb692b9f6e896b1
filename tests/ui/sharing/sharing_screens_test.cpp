// The sharing screens drawn headless on a real vault, driven through the accessible layer: the
// card and a contact confirmed by its fingerprint's last group (refused beside the field when
// wrong), a card and a package's sender under a known name with new keys shown flagged, the share
// form (notes unticked, refusals beside their fields, the package downloaded), the dossier's
// register, erasure confirmed, the purge list confirmed once.
#include <doctest/doctest.h>

#include <string>

#include "app/case/caseload.h"
#include "app/sharing/sharing_controller.h"
#include "app/sharing/sharing_trust.h"
#include "app/vault/vault_controller.h"
#include "core/sharing/contact_card.h"
#include "core/sharing/share_package.h"
#include "recording_files.h"
#include "ui/a11y_steps.h"

using namespace carnet;
using carnet::test::Find;
using carnet::test::FindStarting;
using carnet::ui::A11yRole;

namespace {

const Day kToday = *DayFromYmd(2026, 11, 28);
const std::string kLastGroup = "Dernier groupe de l’empreinte, lu par votre collègue";

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
  // Types the last group of `card`'s fingerprint, as its owner reads it, and confirms.
  void Confirm(const std::string& card, const char* button = "Confirmer ce contact") {
    Type(kLastGroup, LastGroupOf(card));
    Press(button);
  }
  static std::string LastGroupOf(const std::string& card) {
    return std::string(LastGroup(Fingerprint(ParseContactCard(card).value().identity)));
  }
};

std::array<std::uint8_t, 32> Seed(std::uint8_t byte) {
  std::array<std::uint8_t, 32> seed{};
  seed.fill(byte);
  return seed;
}

std::string CardOf(std::uint8_t seed_byte, const char* name) {
  return ContactCardText(MakeContactCard(IdentityFromSeed(Seed(seed_byte)), name).value());
}

// The refusal published on a text field, or "" when there is none.
std::string FieldError(const Desk& desk, const std::string& label) {
  const ui::A11yNode* field = Find(desk.ui.a11y, A11yRole::kTextField, label);
  REQUIRE_MESSAGE(field != nullptr, label);
  return field->error;
}

// A package for the desk's vault, from the vault of `seed_byte` presented as `sender_name`.
Bytes PackageFrom(Desk& desk, std::uint8_t seed_byte, const char* sender_name) {
  SharePayload p;
  p.package_id.fill(seed_byte);
  p.kind = ShareKind::kShare;
  p.sent_at = desk.ui.now - 60;
  p.purpose = "Instruction de la demande";
  p.basis = ShareBasis::kConsentGiven;
  p.display_name = "Durand Paul";
  p.opened_on = *DayFromYmd(2026, 1, 5);
  const IdentityKeys me = LoadIdentity(desk.vaults.session()->store()).value().value();
  Result<Bytes> file =
      SealSharePackage(p, IdentityFromSeed(Seed(seed_byte)), sender_name, PublicPart(me, "me"));
  REQUIRE_MESSAGE(file.ok(), file.status().message());
  return file.value();
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
    CHECK(desk.Has(A11yRole::kText, "Empreinte\u00a0: " + print));  // in full, every group
    const ui::A11yNode* help =
        FindStarting(desk.ui.a11y, A11yRole::kText, "Demandez à cette personne de vous lire");
    REQUIRE(help != nullptr);
    CHECK(help->name.find("sans le recopier de l’écran") != std::string::npos);

    // Confirming takes the last group, as the colleague reads it; a wrong one is refused beside
    // the field, and nothing is confirmed.
    desk.Press("Confirmer ce contact");
    CHECK(FieldError(desk, kLastGroup).rfind("Tapez le dernier groupe", 0) == 0);
    desk.Type(kLastGroup, print.substr(0, 4));
    desk.Press("Confirmer ce contact");
    CHECK(FieldError(desk, kLastGroup) ==
          "Ce n’est pas le dernier groupe de cette empreinte. Rien n’a été confirmé\u00a0: faites "
          "relire l’empreinte à votre collègue\u00a0; si elle diffère, ne confirmez pas.");
    CHECK(desk.ui.a11y.announcement() == FieldError(desk, kLastGroup));
    CHECK_FALSE(desk.sharing.state().contacts.at(0).confirmed());
    // From the list, an unconfirmed contact opens the same check.
    desk.Press("Vérifier l’empreinte");
    CHECK(desk.Has(A11yRole::kHeading, "Contact à confirmer\u00a0: CCAS de Lens"));
    desk.Type(kLastGroup, " " + print.substr(print.size() - 4) + " ");
    desk.Press("Confirmer ce contact");
    CHECK(desk.sharing.state().contacts.at(0).confirmed());
    CHECK_FALSE(desk.Has(A11yRole::kHeading, "Nouveau contact\u00a0: CCAS de Lens"));
    CHECK(FindStarting(desk.ui.a11y, A11yRole::kText, "CCAS de Lens · Empreinte") != nullptr);
  }

  TEST_CASE("the share form ticks no note, refuses beside its fields, then downloads") {
    Desk desk;
    desk.Press("Partage et droits");
    desk.Type("Carte de contact reçue", CardOf(3, "CCAS de Lens"));
    desk.Press("Lire la carte");
    desk.Confirm(CardOf(3, "CCAS de Lens"));
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

  TEST_CASE("a card under a confirmed contact's name with new keys is flagged, added apart") {
    Desk desk;
    desk.Press("Partage et droits");
    desk.Type("Carte de contact reçue", CardOf(3, "CCAS de Lens"));
    desk.Press("Lire la carte");
    desk.Confirm(CardOf(3, "CCAS de Lens"));
    const std::string known = desk.sharing.state().contacts.at(0).fingerprint;

    const std::string card = CardOf(4, "Ccas de LENS");
    desk.Type("Carte de contact reçue", card);
    desk.Press("Lire la carte");
    CHECK(desk.ui.a11y.announcement() == "Attention\u00a0: nouvelle clé sous un nom connu");
    REQUIRE(desk.Has(A11yRole::kHeading, "Carte lue, non enregistrée\u00a0: Ccas de LENS"));
    CHECK(desk.Has(A11yRole::kHeading, "Attention\u00a0: nouvelle clé sous un nom connu"));
    CHECK(FindStarting(desk.ui.a11y, A11yRole::kText,
                       "Vous avez déjà un contact confirmé à ce nom, avec d’autres clés.") !=
          nullptr);
    CHECK(desk.Has(A11yRole::kText,
                   "Contact déjà confirmé\u00a0: CCAS de Lens · Empreinte\u00a0: " + known));
    const std::string print = Fingerprint(ParseContactCard(card).value().identity);
    CHECK(desk.Has(A11yRole::kText, "Empreinte\u00a0: " + print));
    const std::string acknowledge =
        "J’ai vérifié auprès de mon collègue\u00a0: c’est une nouvelle clé, à ajouter comme un "
        "contact distinct";
    const ui::A11yNode* box = Find(desk.ui.a11y, A11yRole::kCheckbox, acknowledge);
    REQUIRE(box != nullptr);
    CHECK(box->checked == ui::Tristate::kFalse);
    CHECK(desk.sharing.state().contacts.size() == 1);  // held, not added

    // The right group without the acknowledgment: refused beside the box, nothing added.
    desk.Confirm(card, "Ajouter comme nouveau contact distinct");
    CHECK(desk.Has(A11yRole::kText,
                   "Cochez la case après avoir vérifié auprès de votre collègue qu’il s’agit bien "
                   "d’une nouvelle clé. Rien n’a été confirmé."));
    CHECK(FieldError(desk, kLastGroup).empty());
    CHECK(desk.sharing.state().contacts.size() == 1);
    desk.Press(acknowledge, A11yRole::kCheckbox);
    desk.Press("Ajouter comme nouveau contact distinct");
    REQUIRE(desk.sharing.state().contacts.size() == 2);
    CHECK_FALSE(desk.Has(A11yRole::kHeading, "Attention\u00a0: nouvelle clé sous un nom connu"));
    CHECK(FindStarting(desk.ui.a11y, A11yRole::kText, "CCAS de Lens · Empreinte\u00a0: " + known) !=
          nullptr);
    CHECK(FindStarting(desk.ui.a11y, A11yRole::kText, "Ccas de LENS · Empreinte\u00a0: " + print) !=
          nullptr);
  }

  TEST_CASE("a package's sender is confirmed by the last group, and flagged under a known name") {
    Desk desk;
    desk.Press("Partage et droits");
    desk.Type("Carte de contact reçue", CardOf(3, "CCAS de Lens"));
    desk.Press("Lire la carte");
    desk.Confirm(CardOf(3, "CCAS de Lens"));
    desk.Press("Paquets reçus");

    // An unknown name: the field, no warning.
    (void)desk.sharing.PackagePicked(PackageFrom(desk, 5, "Mission locale"));
    desk.ui.Frame();
    REQUIRE(desk.Has(A11yRole::kHeading, "Mission locale"));
    CHECK(FieldError(desk, kLastGroup).empty());
    CHECK_FALSE(desk.Has(A11yRole::kHeading, "Attention\u00a0: nouvelle clé sous un nom connu"));
    desk.Press("Ne pas importer");

    // A confirmed contact's name, other keys: flagged; a wrong group refused beside the field.
    (void)desk.sharing.PackagePicked(PackageFrom(desk, 6, "ccas de lens"));
    desk.ui.Frame();
    CHECK(desk.ui.a11y.announcement() == "Attention\u00a0: nouvelle clé sous un nom connu");
    REQUIRE(desk.Has(A11yRole::kHeading, "ccas de lens"));
    CHECK(desk.Has(A11yRole::kHeading, "Attention\u00a0: nouvelle clé sous un nom connu"));
    CHECK(FindStarting(desk.ui.a11y, A11yRole::kText,
                       "Contact déjà confirmé\u00a0: CCAS de Lens") != nullptr);
    CHECK(FindStarting(desk.ui.a11y, A11yRole::kText, "Demandez à l’expéditeur de vous lire") !=
          nullptr);
    const std::string expected(LastGroup(desk.sharing.state().pending_fingerprint));
    std::string wrong = expected;
    wrong[0] = static_cast<char>('0' + (wrong[0] - '0' + 1) % 10);
    desk.Type(kLastGroup, wrong);
    desk.Press("Confirmer l’expéditeur et importer");
    CHECK(FieldError(desk, kLastGroup).rfind("Ce n’est pas le dernier groupe", 0) == 0);
    CHECK(desk.sharing.state().received.empty());
    desk.Type(kLastGroup, expected);
    desk.Press("Confirmer l’expéditeur et importer");
    CHECK(desk.Has(A11yRole::kText,
                   "Cochez la case après avoir vérifié auprès de votre collègue qu’il s’agit bien "
                   "d’une nouvelle clé. Rien n’a été confirmé."));
    CHECK(desk.sharing.state().received.empty());
    desk.Press(
        "J’ai vérifié auprès de mon collègue\u00a0: c’est une nouvelle clé, à ajouter comme un "
        "contact distinct",
        A11yRole::kCheckbox);
    desk.Press("Confirmer l’expéditeur et importer");
    CHECK(desk.Has(A11yRole::kHeading, "Dossier reçu, en lecture seule\u00a0: Durand Paul"));
    CHECK(desk.sharing.state().contacts.size() == 2);
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
