// The statistics screens drawn headless on a vault with the small demo caseload: what they
// publish to the accessible layer (request, budget, preview, charts, history), the commands
// they send, refusals shown beside their field and announced, and the merge's refusals and
// confirmation.
#include <doctest/doctest.h>

#include <imgui.h>

#include <memory>
#include <string>

#include "app/case/caseload.h"
#include "app/stats/stats_controller.h"
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

// The first text node that starts with `prefix`.
const A11yNode* FindText(const ui::A11yRegistry& a11y, const std::string& prefix) {
  for (const A11yNode& node : a11y.nodes()) {
    if (node.role == A11yRole::kText && node.name.rfind(prefix, 0) == 0) return &node;
  }
  return nullptr;
}

using test::RecordingFiles;

// A deterministic source (a linear congruential generator), or one that always fails.
struct FixedRandom : RandomSource {
  std::uint64_t state = 12345;
  bool fail = false;
  Result<std::uint64_t> Uniform(std::uint64_t bound) override {
    if (fail) return Status::Error(StatusCode::kCryptoFailure, "no randomness");
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 11) % bound;
  }
};

// A vault open on the case file's screens with the small demo caseload, or no vault at all.
struct Desk {
  MemoryShelf shelf;
  VaultController vaults{shelf};
  CaseloadController caseload{vaults};
  RecordingFiles files;
  FixedRandom random;
  StatsController stats{vaults, &files, random};
  test::HeadlessImGui ui;

  explicit Desk(bool vault, std::uint64_t seed = 7) {
    random.state = seed;
    if (vault) {
      vaults.Create("Secteur Nord", "cheval batterie agrafe correcte",
                    "cheval batterie agrafe correcte", kKdfFloor);
      vaults.ConfirmRecoveryKeySeen();
      DemoOptions options;
      options.size = DemoSize::kSmall;
      options.seed = seed;
      options.today = kToday;
      REQUIRE(GenerateDemo(vaults.session()->store(), options).ok());
      ui.services.caseload = &caseload;
    }
    ui.services.vaults = &vaults;
    ui.services.stats = &stats;
    ui.services.today = kToday;
    ui.now = static_cast<Minute>(kToday) * kMinutesPerDay + Minute{600};
    caseload.Tick(kToday, ui.now);
    stats.Tick(kToday);
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
  const A11yNode* Node(A11yRole role, const std::string& name) const {
    return Find(ui.a11y, role, name);
  }
  bool Has(A11yRole role, const std::string& name) const { return Node(role, name) != nullptr; }
  // Prepares the default request and returns the file's text.
  std::string Prepare() {
    Press("Statistiques");
    Press("Préparer le fichier");
    REQUIRE(stats.state().prepared);
    return stats.state().preview;
  }
};

}  // namespace

TEST_SUITE("statistics screens") {
  TEST_CASE("the statistics screen is in the navigation and publishes the request's widgets") {
    Desk desk(true);
    desk.Press("Statistiques");
    REQUIRE(desk.caseload.state().view == CaseView::kStatistics);
    CHECK(desk.Has(A11yRole::kHeading, "Statistiques anonymisées"));
    CHECK(FindText(desk.ui.a11y, "Ce qui sort\u00a0: des nombres de personnes") != nullptr);
    CHECK(FindText(desk.ui.a11y, "Ce qui les protège") != nullptr);
    CHECK(desk.Has(A11yRole::kText, "Budget utilisé cette année\u00a0: 0 sur 4"));
    // The default period: the last complete quarter before 28 November 2026.
    const A11yNode* year = desk.Node(A11yRole::kSlider, "Année");
    const A11yNode* first = desk.Node(A11yRole::kSlider, "Premier mois");
    const A11yNode* last = desk.Node(A11yRole::kSlider, "Dernier mois");
    REQUIRE(year != nullptr);
    REQUIRE(first != nullptr);
    REQUIRE(last != nullptr);
    CHECK(year->value_now == 2026);
    CHECK(first->value_now == 7);
    CHECK(last->value_now == 9);
    CHECK(first->value == "juillet");  // what the slider shows and a screen reader says
    CHECK(last->value == "septembre");
    for (const char* table :
         {"Demandes par catégorie, tranche d’âge et trimestre",
          "Résultats des demandes par catégorie",
          "Qualité des réponses (naissance, adresse, téléphone, taille du foyer)",
          "Demandes pour lesquelles aucune sous-catégorie ne convenait"}) {
      const A11yNode* box = desk.Node(A11yRole::kCheckbox, table);
      REQUIRE_MESSAGE(box != nullptr, table);
      CHECK(box->checked == ui::Tristate::kTrue);
    }
    const A11yNode* noise = desk.Node(A11yRole::kButton, "Bruit (recommandé)");
    REQUIRE(noise != nullptr);
    CHECK(noise->pressed == ui::Tristate::kTrue);
    const A11yNode* epsilon = desk.Node(A11yRole::kTextField, "Epsilon (part du budget utilisée)");
    REQUIRE(epsilon != nullptr);
    CHECK(epsilon->value == "1");
    CHECK(FindText(desk.ui.a11y, "Préparer le fichier l’inscrit dans le registre") != nullptr);
    CHECK(desk.Has(A11yRole::kButton, "Préparer le fichier"));
    CHECK(desk.Has(A11yRole::kText, "Aucun fichier préparé pour l’instant."));
    // The conventional mode asks for the minimum frequency instead.
    desk.Press("Conventionnel (secret statistique)");
    CHECK(desk.Has(A11yRole::kTextField, "Fréquence minimale"));
    CHECK_FALSE(desk.Has(A11yRole::kTextField, "Epsilon (part du budget utilisée)"));
  }

  TEST_CASE("Prepare sends the draft; the exact text, the charts and the budget are published") {
    Desk desk(true);
    desk.Press("Statistiques");
    desk.Press("Demandes pour lesquelles aucune sous-catégorie ne convenait", A11yRole::kCheckbox);
    desk.Type("Epsilon (part du budget utilisée)", "0,5");
    desk.Press("Préparer le fichier");
    const StatsUiState& s = desk.stats.state();
    REQUIRE(s.prepared);
    CHECK(s.request.tables.size() == 3);
    CHECK(s.request.epsilon == Rational{1, 2});
    CHECK(s.request.period == StatsPeriod{2026, 7, 9});
    CHECK(desk.ui.a11y.announcement() ==
          "Fichier préparé\u00a0: relisez son contenu avant de le "
          "télécharger.");
    const A11yNode* preview = desk.Node(A11yRole::kTextField, "Contenu exact du fichier");
    REQUIRE(preview != nullptr);
    // Every byte of the file but its invisible byte-order mark.
    CHECK("\xEF\xBB\xBF" + preview->value == s.preview);
    CHECK(preview->disabled);  // read-only
    CHECK(preview->value.find("epsilon;0,5") != std::string::npos);
    CHECK(desk.Has(A11yRole::kText, "Budget utilisé cette année\u00a0: 0,5 sur 4"));
    // A bar per national category, its value the sum of the file's cells.
    std::int64_t droits = 0;
    for (const StatsCellValue& cell : s.file.cells) {
      if (cell.table == StatsTable::kRequests && cell.key[0] == "DROITS") droits += *cell.value;
    }
    CHECK(desk.Has(A11yRole::kText, "Accès aux droits\u00a0: " + std::to_string(droits)));
    CHECK(FindText(desk.ui.a11y, "Logement\u00a0: ") != nullptr);
    CHECK(FindText(desk.ui.a11y, "satisfaite\u00a0: ") != nullptr);
    CHECK(FindText(desk.ui.a11y, "adresse – refus de répondre\u00a0: ") != nullptr);
    CHECK(desk.Has(A11yRole::kText, "Demandes par catégorie nationale"));
    CHECK_FALSE(desk.Has(A11yRole::kText, "Aucune sous-catégorie ne convenait, par catégorie"));
    CHECK(FindText(desk.ui.a11y, "28/11/2026 · 2026-07 à 2026-09 · bruit · epsilon 0,5") !=
          nullptr);

    // Downloaded: the file's exact bytes, once the vault has saved its ledger.
    desk.Press("Télécharger");
    for (int i = 0; i < 5 && desk.files.downloads() == 0; ++i) desk.ui.Frame();
    CHECK(desk.files.downloads() == 1);
    CHECK(std::string(desk.files.last().bytes.begin(), desk.files.last().bytes.end()) == s.preview);
    CHECK(desk.files.last().name == "carnet-statistiques-2026-07-a-2026-09.csv");
  }

  TEST_CASE("the same request again gives the same file and spends nothing, and says so") {
    Desk desk(true);
    const std::string first = desk.Prepare();
    CHECK(desk.Has(A11yRole::kText, "Budget utilisé cette année\u00a0: 1 sur 4"));
    CHECK_FALSE(desk.Has(A11yRole::kText,
                         "Demande identique à une précédente\u00a0: même "
                         "fichier, aucun budget utilisé."));
    desk.Press("Annuler");
    CHECK_FALSE(desk.stats.state().prepared);
    desk.Press("Préparer le fichier");
    CHECK(desk.stats.state().preview == first);
    CHECK(
        desk.Has(A11yRole::kText,
                 "Demande identique à une précédente\u00a0: même fichier, aucun budget utilisé."));
    CHECK(desk.Has(A11yRole::kText, "Budget utilisé cette année\u00a0: 1 sur 4"));
  }

  TEST_CASE("a refused epsilon is shown beside its field, marked invalid and announced") {
    Desk desk(true);
    desk.Press("Statistiques");
    desk.Type("Epsilon (part du budget utilisée)", "beaucoup");
    desk.Press("Préparer le fichier");
    CHECK_FALSE(desk.stats.state().prepared);
    const A11yNode* epsilon = desk.Node(A11yRole::kTextField, "Epsilon (part du budget utilisée)");
    REQUIRE(epsilon != nullptr);
    CHECK(epsilon->error == "Epsilon\u00a0: un nombre de 0,01 à 10, par exemple 1 ou 0,5.");
    CHECK(desk.ui.a11y.announcement() == epsilon->error);
    CHECK(desk.ui.a11y.announcement_urgent());
    CHECK(desk.Has(A11yRole::kText, "Budget utilisé cette année\u00a0: 0 sur 4"));

    // No table: the message goes under the tables.
    desk.Type("Epsilon (part du budget utilisée)", "1");
    for (const char* table :
         {"Demandes par catégorie, tranche d’âge et trimestre",
          "Résultats des demandes par catégorie",
          "Qualité des réponses (naissance, adresse, téléphone, taille du foyer)",
          "Demandes pour lesquelles aucune sous-catégorie ne convenait"}) {
      desk.Press(table, A11yRole::kCheckbox);
    }
    desk.Press("Préparer le fichier");
    CHECK(desk.Has(A11yRole::kText, "Choisissez au moins un tableau."));
    CHECK(desk.Node(A11yRole::kTextField, "Epsilon (part du budget utilisée)")->error.empty());
  }

  TEST_CASE("a failing random source: an error, no file, nothing recorded") {
    Desk desk(true);
    desk.random.fail = true;
    desk.Press("Statistiques");
    desk.Press("Préparer le fichier");
    CHECK_FALSE(desk.stats.state().prepared);
    const char* expected =
        "Le générateur aléatoire du navigateur a échoué\u00a0: aucun fichier "
        "n’a été produit et aucun budget n’a été utilisé.";
    CHECK(desk.Has(A11yRole::kText, expected));
    CHECK(desk.ui.a11y.announcement() == expected);
    CHECK(desk.Has(A11yRole::kText, "Budget utilisé cette année\u00a0: 0 sur 4"));
    CHECK(desk.stats.state().history.empty());
    CHECK_FALSE(desk.Has(A11yRole::kButton, "Télécharger"));
    // The source back: the same request works.
    desk.random.fail = false;
    desk.Press("Préparer le fichier");
    CHECK(desk.stats.state().prepared);
    CHECK(desk.Has(A11yRole::kText, "Budget utilisé cette année\u00a0: 1 sur 4"));
  }

  TEST_CASE("the merge lists each refused file with its reason and asks before merging") {
    // Two workers' files for the same request, one of them twice, and a file that is not one.
    std::string file_a;
    std::string file_b;
    {
      Desk a(true, 7);
      file_a = a.Prepare();
    }
    {
      Desk b(true, 8);
      file_b = b.Prepare();
    }
    REQUIRE(file_a != file_b);
    Desk desk(false);
    desk.Press("Fusionner des fichiers statistiques");
    REQUIRE(desk.ui.state.screen == Screen::kMergeStats);
    CHECK(desk.Has(A11yRole::kHeading, "Fusionner des fichiers statistiques"));
    CHECK(desk.Has(A11yRole::kText, "Aucun fichier choisi."));
    desk.Press("Choisir des fichiers");
    CHECK(desk.files.stats_pickers == 1);
    desk.stats.AddMergeFile("nord.csv", Bytes(file_a.begin(), file_a.end()));
    desk.stats.AddMergeFile("sud.csv", Bytes(file_b.begin(), file_b.end()));
    desk.stats.AddMergeFile("copie-nord.csv", Bytes(file_a.begin(), file_a.end()));
    const std::string junk = "nom;prénom\r\nDupont;Jean\r\n";
    desk.stats.AddMergeFile("notes.csv", Bytes(junk.begin(), junk.end()));
    desk.ui.Frame();
    CHECK(desk.Has(A11yRole::kText, "nord.csv"));
    CHECK(desk.Has(A11yRole::kText, "notes.csv"));
    desk.Press("Fusionner");
    CHECK_FALSE(desk.stats.state().merged);
    CHECK(desk.Has(A11yRole::kText, "copie-nord.csv — refusé\u00a0: doublon de nord.csv"));
    CHECK(FindText(desk.ui.a11y, "notes.csv — refusé\u00a0: ") != nullptr);
    CHECK(desk.Has(A11yRole::kText, "sud.csv"));
    CHECK(desk.ui.a11y.announcement().find("copie-nord.csv") != std::string::npos);
    CHECK_FALSE(desk.Has(A11yRole::kButton, "Télécharger le fichier fusionné"));
    desk.Press("Fusionner les 2 autres fichiers");
    const StatsUiState& s = desk.stats.state();
    REQUIRE(s.merged);
    CHECK(s.merged_file.merged_files == 2);
    CHECK(desk.ui.a11y.announcement() == "Fusion terminée.");
    CHECK(FindText(desk.ui.a11y, "Fichiers additionnés\u00a0: 2") != nullptr);
    // The deviation of a merged cell: the square root of the summed variances.
    const A11yNode* deviation = FindText(desk.ui.a11y, "demandes\u00a0: ± ");
    REQUIRE(deviation != nullptr);
    CHECK(deviation->name.find(',') != std::string::npos);
    const A11yNode* preview = desk.Node(A11yRole::kTextField, "Contenu du fichier fusionné");
    REQUIRE(preview != nullptr);
    CHECK("\xEF\xBB\xBF" + preview->value == s.merged_preview);
    CHECK(FindText(desk.ui.a11y, "Accès aux droits\u00a0: ") != nullptr);
    desk.Press("Télécharger le fichier fusionné");
    CHECK(desk.files.downloads() == 1);
    CHECK(desk.files.last().name == s.merged_name);
    desk.Press("Vider la liste");
    CHECK(desk.Has(A11yRole::kText, "Aucun fichier choisi."));
    desk.Press("Retour");
    CHECK(desk.ui.state.screen == Screen::kWelcome);
  }
}
