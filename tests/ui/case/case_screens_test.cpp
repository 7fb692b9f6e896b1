// Every screen of the case file drawn headless on fixture state (a vault with the small demo
// caseload): what each publishes to the accessible layer, and the paths through them.
#include <doctest/doctest.h>

#include <imgui.h>

#include <string>

#include "app/case/caseload.h"
#include "app/sharing/sharing_controller.h"
#include "app/vault/vault_controller.h"
#include "core/demo/demo_data.h"
#include "recording_files.h"
#include "ui/a11y_steps.h"
#include "ui/headless_imgui.h"

using namespace carnet;
using carnet::test::Find;
using carnet::ui::A11yNode;
using carnet::ui::A11yRole;

namespace {

const Day kToday = *DayFromYmd(2026, 11, 28);

int Count(const ui::A11yRegistry& a11y, A11yRole role) {
  int n = 0;
  for (const A11yNode& node : a11y.nodes()) n += node.role == role ? 1 : 0;
  return n;
}

// A vault open on the caseload's screens, with the small demo caseload or none.
struct Desk {
  MemoryShelf shelf;
  VaultController vaults{shelf};
  CaseloadController caseload{vaults};
  test::RecordingFiles files;
  SharingController sharing{vaults, &files};
  test::HeadlessImGui ui;

  explicit Desk(bool demo) {
    vaults.Create("Secteur Nord", "cheval batterie agrafe correcte",
                  "cheval batterie agrafe correcte", kKdfFloor);
    vaults.ConfirmRecoveryKeySeen();
    if (demo) {
      DemoOptions options;
      options.size = DemoSize::kSmall;
      options.seed = 7;
      options.today = kToday;
      REQUIRE(GenerateDemo(vaults.session()->store(), options).ok());
    }
    ui.services.vaults = &vaults;
    ui.services.caseload = &caseload;
    ui.services.sharing = &sharing;
    ui.services.today = kToday;
    ui.now = static_cast<Minute>(kToday) * kMinutesPerDay + Minute{600};
    caseload.Tick(kToday, ui.now);
    ui.Frame();
    ui.Frame();
  }
  void Press(const std::string& name, A11yRole role = A11yRole::kButton) {
    const A11yNode* node = Find(ui.a11y, role, name);
    REQUIRE_MESSAGE(node != nullptr, name);
    ui.a11y.QueueActivation(node->id);
    ui.Frame();
    ui.Frame();
  }
  void Type(const std::string& label, const std::string& text) {
    const A11yNode* node = Find(ui.a11y, A11yRole::kTextField, label);
    REQUIRE_MESSAGE(node != nullptr, label);
    ui.a11y.QueueSetText(node->id, text);
    ui.Frame();
  }
  bool Has(A11yRole role, const std::string& name) const {
    return Find(ui.a11y, role, name) != nullptr;
  }
};

}  // namespace

TEST_SUITE("case screens") {
  TEST_CASE("an empty vault opens on the overview, which offers a new dossier and the demo") {
    Desk desk(false);
    CHECK(desk.Has(A11yRole::kHeading, "Secteur Nord"));
    CHECK(desk.Has(A11yRole::kHeading, "Vue d’ensemble"));
    CHECK(desk.Has(A11yRole::kButton, "Nouveau dossier"));
    CHECK(desk.Has(A11yRole::kButton, "Ajouter des dossiers de démonstration"));
    CHECK(desk.Has(A11yRole::kText, "Enregistré"));
    const A11yNode* overview = Find(desk.ui.a11y, A11yRole::kButton, "Vue d’ensemble");
    REQUIRE(overview != nullptr);
    CHECK(overview->pressed == ui::Tristate::kTrue);
  }

  TEST_CASE("the overview publishes only the rows in view, each with its columns described") {
    Desk desk(true);
    const int rows = Count(desk.ui.a11y, A11yRole::kLink);
    CHECK(rows > 5);
    CHECK(rows < 40);  // hundreds of dossiers, a screenful drawn
    CHECK(desk.caseload.state().rows.size() > static_cast<std::size_t>(rows));
    const A11yNode* first = nullptr;
    for (const A11yNode& node : desk.ui.a11y.nodes()) {
      if (node.role == A11yRole::kLink) {
        first = &node;
        break;
      }
    }
    REQUIRE(first != nullptr);
    CHECK(first->name == desk.caseload.state().rows.front().display_name);
    CHECK(first->description.find("Étape\u00a0: ") == 0);
    CHECK(first->description.find("Dernier contact") != std::string::npos);

    // Filters and order are commands; the table follows.
    desk.Press("En retard seulement", A11yRole::kCheckbox);
    CHECK(desk.caseload.state().filter.overdue_only);
    for (const OverviewRow& row : desk.caseload.state().rows) CHECK(row.overdue);
    desk.Press("Dernier contact");
    CHECK(desk.caseload.state().filter.sort == OverviewSort::kLastContact);
    desk.Press("Dernier contact ↑");
    CHECK(desk.caseload.state().filter.descending);
  }

  TEST_CASE("a dossier: its header, requests, actions, each form and the timeline") {
    Desk desk(true);
    const OverviewRow row = desk.caseload.state().rows.front();
    desk.Press(row.display_name, A11yRole::kLink);
    REQUIRE(desk.caseload.state().view == CaseView::kDossier);
    CHECK(desk.Has(A11yRole::kHeading, row.display_name));
    CHECK(desk.Has(A11yRole::kHeading, "Demandes"));
    CHECK(desk.Has(A11yRole::kHeading, "Historique"));
    for (const char* action : {"Noter un contact", "Ajouter une demande", "Planifier",
                               "Écrire une note", "Changer d’étape", "Clore le dossier"}) {
      desk.Press(action);
      CHECK_MESSAGE(desk.ui.case_forms.open != CaseForm::kNone, action);
    }
    desk.Press("Noter un contact");
    CHECK(desk.Has(A11yRole::kTextField, "Résumé"));
    CHECK(desk.Has(A11yRole::kButton, "Visite à domicile"));
    const std::size_t events = desk.caseload.state().dossier.timeline.size();
    desk.Type("Résumé", "Point sur le dossier FSL");
    desk.Type("Heure (par exemple 14h30)", "25h");
    desk.Press("Enregistrer");
    // Refused: the text stays and the error is beside the field.
    const A11yNode* time = Find(desk.ui.a11y, A11yRole::kTextField, "Heure (par exemple 14h30)");
    REQUIRE(time != nullptr);
    CHECK_FALSE(time->error.empty());
    CHECK(desk.ui.case_forms.contact.summary == "Point sur le dossier FSL");
    desk.Type("Heure (par exemple 14h30)", "9h30");
    desk.Press("Enregistrer");
    CHECK(desk.ui.case_forms.open == CaseForm::kNone);
    CHECK(desk.ui.case_forms.contact.summary.empty());
    CHECK(desk.caseload.state().dossier.timeline.size() == events + 1);
    CHECK(desk.Has(A11yRole::kText, "28/11/2026 9h30 · Entretien · Point sur le dossier FSL"));

    desk.Press("Copier les coordonnées");
    REQUIRE(desk.files.copied.size() == 1);
    CHECK(desk.files.copied[0].rfind(row.display_name, 0) == 0);
  }

  TEST_CASE("the category picker searches as you type and offers no-fit") {
    Desk desk(true);
    desk.Press(desk.caseload.state().rows.front().display_name, A11yRole::kLink);
    desk.Press("Ajouter une demande");
    desk.Type("Catégorie (tapez pour chercher)", "LOGEM");  // case and accents ignored
    int categories = 0;
    bool no_fit = false;
    for (const A11yNode& node : desk.ui.a11y.nodes()) {
      if (node.role != A11yRole::kButton) continue;
      if (node.name.find("Logement") == 0) ++categories;
      if (node.name == "Ne correspond à aucune catégorie") no_fit = true;
    }
    CHECK(categories >= 1);
    CHECK(no_fit);
    desk.Press("Enregistrer");  // no category chosen
    const A11yNode* search =
        Find(desk.ui.a11y, A11yRole::kTextField, "Catégorie (tapez pour chercher)");
    REQUIRE(search != nullptr);
    CHECK(search->error == "Choisissez au moins une catégorie.");
  }

  TEST_CASE("the day, the palette, a new dossier and the settings draw and act") {
    Desk desk(true);
    desk.Press("Aujourd’hui");
    REQUIRE_FALSE(desk.caseload.state().agenda.empty());
    const AgendaItem item = desk.caseload.state().agenda.front();
    const std::size_t items = desk.caseload.state().agenda.size();
    desk.Press("Fait\u00a0: " + item.title);
    CHECK(desk.caseload.state().agenda.size() == items - 1);

    desk.Press("Rechercher (Ctrl+K)");
    CHECK(desk.Has(A11yRole::kHeading, "Rechercher un dossier"));
    const std::string name = desk.caseload.state().rows.front().display_name;
    desk.Type("Début du nom", name.substr(0, 3));
    desk.ui.Frame();
    CHECK(desk.Has(A11yRole::kButton, name));
    desk.Press(name);
    desk.Press("Ouvrir");
    CHECK(desk.caseload.state().view == CaseView::kDossier);
    CHECK(desk.caseload.state().dossier.header.display_name == name);

    desk.Press("Vue d’ensemble");
    desk.Press("Nouveau dossier");
    CHECK(desk.Has(A11yRole::kHeading, "Nouveau dossier"));
    CHECK(desk.Has(A11yRole::kButton, "Refus de répondre"));
    desk.Type("Pseudonyme", "M. X");
    desk.Press("Enregistrer");
    CHECK(desk.caseload.state().dossier.header.display_name == "M. X");

    desk.Press("Paramètres");
    CHECK(desk.Has(A11yRole::kHeading, "Catégories locales"));
    CHECK(desk.Has(A11yRole::kHeading, "Étapes de l’accompagnement"));
    CHECK(desk.Has(A11yRole::kButton, "Exporter une sauvegarde") == false);  // no home here
    desk.Type("Nouvelle étape", "Orientation");
    desk.Press("Ajouter l’étape");
    INFO(desk.caseload.state().outcome.status.message());
    CHECK(desk.caseload.state().outcome.status.ok());
    CHECK(desk.Has(A11yRole::kText, "Orientation"));
  }

  TEST_CASE("every screen draws in English too") {
    Desk desk(true);
    desk.ui.state.lang = Lang::kEn;
    desk.ui.Frame();
    CHECK(desk.Has(A11yRole::kHeading, "Overview"));
    desk.Press("Today");
    CHECK(desk.caseload.state().view == CaseView::kToday);
    desk.Press("Settings");
    CHECK(desk.Has(A11yRole::kHeading, "Local categories"));
  }
}

TEST_CASE("a long history shows its 150 most recent events until asked for all") {
  Desk desk(false);
  CreateDossier create;
  create.person.last_name = "Morel";
  create.opened_on = *DayFromYmd(2026, 1, 5);
  Store& store = desk.vaults.session()->store();
  const Result<Id> id = store.Apply(create);
  REQUIRE(id.ok());
  for (int i = 0; i < 199; ++i) {
    const Minute at = static_cast<Minute>(*DayFromYmd(2026, 2, 1)) * kMinutesPerDay + i;
    REQUIRE(store.Apply(WriteNote{id.value(), at, "Note " + std::to_string(i)}).ok());
  }
  desk.ui.Frame();  // the caseload sees the change after this frame, the next one draws it
  desk.ui.Frame();
  desk.Press("Morel", A11yRole::kLink);
  int notes = 0;
  for (const A11yNode& node : desk.ui.a11y.nodes())
    notes += node.name.find("· Note · ") != std::string::npos;
  CHECK(notes == 150);
  CHECK(desk.Has(A11yRole::kText, "01/02/2026 3h18 · Note · Note 198"));  // the newest first
  desk.Press("Afficher tout l’historique (200)");
  notes = 0;
  for (const A11yNode& node : desk.ui.a11y.nodes())
    notes += node.name.find("· Note · ") != std::string::npos;
  CHECK(notes == 199);
}

TEST_CASE("the category picker ignores accents and case") {
  Desk desk(true);
  desk.Press(desk.caseload.state().rows.front().display_name, A11yRole::kLink);
  desk.Press("Ajouter une demande");
  desk.Type("Catégorie (tapez pour chercher)", "sante");
  bool found = false;
  for (const A11yNode& node : desk.ui.a11y.nodes()) {
    found = found || node.name.find("Santé et accès aux soins") == 0;
  }
  CHECK(found);
}

TEST_CASE("the person's record opens filled, and an edit replaces it") {
  Desk desk(true);
  const OverviewRow row = desk.caseload.state().rows.front();
  desk.Press(row.display_name, A11yRole::kLink);
  desk.Press("Modifier la fiche");
  const PersonFields before = desk.caseload.state().dossier.person;
  const A11yNode* last = Find(desk.ui.a11y, A11yRole::kTextField, "Nom");
  REQUIRE(last != nullptr);
  CHECK(last->value == before.last_name);
  desk.Type("Adresse", "3 place du Marché");
  desk.Type("Date de naissance (JJ/MM/AAAA, MM/AAAA ou AAAA)", "13/13/1990");
  desk.Press("Enregistrer");
  CHECK_FALSE(
      Find(desk.ui.a11y, A11yRole::kTextField, "Date de naissance (JJ/MM/AAAA, MM/AAAA ou AAAA)")
          ->error.empty());
  // Refused: nothing written.
  CHECK(desk.caseload.state().dossier.person.address == before.address);
  CHECK(desk.caseload.state().dossier.person.birth == before.birth);
  desk.Type("Date de naissance (JJ/MM/AAAA, MM/AAAA ou AAAA)", "1990");
  desk.Press("Enregistrer");
  CHECK(desk.caseload.state().dossier.person.address ==
        Answer<std::string>::Of("3 place du Marché"));
  CHECK(desk.caseload.state().dossier.person.birth.value.year == 1990);
  CHECK(desk.ui.case_forms.open == CaseForm::kNone);
}
