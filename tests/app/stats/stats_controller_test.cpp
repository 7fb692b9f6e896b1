// The statistics screen's logic: a draft read with refusals naming the field, the release shown
// byte for byte before anything is downloaded, the download only after the vault saved the
// ledger (never when the save fails), the budget and history, and the merge with refusals
// confirmed by the user.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/shell/controller.h"
#include "app/stats/stats_controller.h"
#include "core/rights/access_log.h"
#include "core/stats/stats_ledger.h"
#include "core/test_random.h"
#include "recording_files.h"

using namespace carnet;

namespace {

constexpr const char* kPassphrase = "cheval batterie agrafe correcte";
const Day kToday = *DayFromYmd(2026, 11, 28);

using test::RecordingFiles;

struct Browser {
  MemoryShelf shelf;
  VaultController vaults{shelf};
  RecordingFiles files;
  SeededRandom random{42};
  StatsController stats{vaults, &files, random};
  std::int64_t now = 0;

  Browser() {
    vaults.Create("Statistiques", kPassphrase, kPassphrase, kKdfFloor);
    REQUIRE(vaults.state().phase == VaultPhase::kShowRecoveryKey);
    vaults.ConfirmRecoveryKeySeen();
    CreateDossier create;
    create.person.last_name = "Canarinom";
    create.opened_on = *DayFromYmd(2026, 3, 2);
    const Id dossier = vaults.session()->store().Apply(create).value();
    AddRequest add;
    add.dossier_id = dossier;
    add.opened_on = *DayFromYmd(2026, 4, 2);
    add.category_codes = {"SANTE"};
    REQUIRE(vaults.session()->store().Apply(add).ok());
    Tick();
  }
  void Tick() {
    vaults.Tick(now += 1500);
    stats.Tick(kToday);
  }
};

StatsDraft Q2() {
  StatsDraft draft;
  draft.year = 2026;
  draft.first_month = 4;
  draft.last_month = 6;
  return draft;
}

}  // namespace

TEST_SUITE("statistics controller") {
  TEST_CASE("a prepared release is shown byte for byte, then downloaded after the save") {
    Browser b;
    CHECK(b.stats.state().spent_milli == 0);
    REQUIRE(b.stats.Prepare(Q2()).ok());
    const StatsUiState& s = b.stats.state();
    REQUIRE(s.prepared);
    CHECK_FALSE(s.repeated);
    CHECK(s.preview.rfind("\xEF\xBB\xBF"
                          "Carnet",
                          0) == 0);
    CHECK(s.preview.find("Canarinom") == std::string::npos);
    CHECK(s.file.tables.size() == 4);
    CHECK(s.spent_milli == 1000);
    REQUIRE(s.history.size() == 1);
    CHECK(s.history[0].period == StatsPeriod{2026, 4, 6});
    CHECK(s.file_name == "carnet-statistiques-2026-04-a-2026-06.csv");
    // The ledger is not saved yet: the download waits for the save.
    CHECK(b.vaults.session()->has_unsaved_changes());
    REQUIRE(b.stats.Download().ok());
    CHECK(b.files.offers.empty());
    for (int i = 0; i < 4 && b.files.offers.empty(); ++i) b.Tick();
    REQUIRE(b.files.offers.size() == 1);
    CHECK(std::string(b.files.offers[0].bytes.begin(), b.files.offers[0].bytes.end()) == s.preview);
    // The access log notes the export (a change of its own, saved next).
    const std::vector<AccessEntry> log = AccessEntries(b.vaults.session()->store()).value();
    REQUIRE_FALSE(log.empty());
    CHECK(log[0].action == AccessAction::kStatsExport);
    // Again: the same bytes, nothing more spent.
    const std::string first = s.preview;
    REQUIRE(b.stats.Prepare(Q2()).ok());
    CHECK(s.repeated);
    CHECK(s.preview == first);
    CHECK(s.spent_milli == 1000);
  }

  TEST_CASE("a failed save offers no file") {
    Browser b;
    REQUIRE(b.stats.Prepare(Q2()).ok());
    b.shelf.FailNextCommit(Status::Error(StatusCode::kIoError, "disk full"));
    REQUIRE(b.stats.Download().ok());
    for (int i = 0; i < 4; ++i) b.Tick();
    CHECK(b.files.offers.empty());
    CHECK_FALSE(b.stats.state().error.ok());
    CHECK_FALSE(b.stats.state().download_waiting);
  }

  TEST_CASE("refusals name the field and record nothing") {
    Browser b;
    StatsDraft draft = Q2();
    for (const char* bad : {"0", "-1", "NaN", "inf", "", "abc", "1e9"}) {
      draft.epsilon = bad;
      CAPTURE(bad);
      const Status s = b.stats.Prepare(draft);
      CHECK(s.field() == "epsilon");
      CHECK(b.stats.state().error.field() == "epsilon");
    }
    draft = Q2();
    draft.tables = {false, false, false, false};
    CHECK(b.stats.Prepare(draft).field() == "tables");
    draft = Q2();
    draft.first_month = 7;
    CHECK(b.stats.Prepare(draft).field() == "period");
    draft = Q2();
    draft.mode = StatsMode::kConventional;
    draft.minimum = "1";
    CHECK(b.stats.Prepare(draft).field() == "minimum");
    draft = Q2();
    draft.last_month = 12;  // not over yet
    CHECK_FALSE(b.stats.Prepare(draft).ok());
    CHECK_FALSE(b.stats.state().prepared);
    CHECK(StatsLedgerEntries(b.vaults.session()->store().db()).value().empty());
  }

  TEST_CASE("a conventional release spends no budget") {
    Browser b;
    StatsDraft draft = Q2();
    draft.mode = StatsMode::kConventional;
    REQUIRE(b.stats.Prepare(draft).ok());
    CHECK(b.stats.state().file.mode == StatsMode::kConventional);
    CHECK(b.stats.state().spent_milli == 0);
    CHECK(b.stats.state().preview.find("secret") != std::string::npos);  // one person: masked
  }

  TEST_CASE("the merge refuses files one by one and merges the others once confirmed") {
    Browser b;
    REQUIRE(b.stats.Prepare(Q2()).ok());
    const std::string text = b.stats.state().preview;
    const Bytes good(text.begin(), text.end());
    StatsDraft other = Q2();
    other.epsilon = "0,5";
    REQUIRE(b.stats.Prepare(other).ok());
    const std::string text2 = b.stats.state().preview;
    other.epsilon = "1";
    other.first_month = 1;
    other.last_month = 3;
    REQUIRE(b.stats.Prepare(other).ok());
    const std::string text3 = b.stats.state().preview;

    REQUIRE(b.stats.PickMergeFiles().ok());
    CHECK(b.files.stats_pickers == 1);
    b.stats.AddMergeFile("a.csv", good);
    b.stats.AddMergeFile("b.csv", good);                               // a duplicate
    b.stats.AddMergeFile("c.csv", Bytes(text2.begin(), text2.end()));  // another epsilon
    b.stats.AddMergeFile("d.csv", Bytes(text3.begin(), text3.end()));  // another period
    const std::string formula = "=HYPERLINK(\"x\")";
    b.stats.AddMergeFile("e.csv", Bytes(formula.begin(), formula.end()));
    REQUIRE(b.stats.Merge(false).ok());
    const StatsUiState& s = b.stats.state();
    CHECK(s.merge_needs_confirmation);
    CHECK_FALSE(s.merged);
    REQUIRE(s.merge_files.size() == 5);
    CHECK_FALSE(s.merge_files[0].refused);
    for (std::size_t i = 1; i < 5; ++i) {
      CAPTURE(i);
      CHECK(s.merge_files[i].refused);
      CHECK_FALSE(s.merge_files[i].reason.empty());
    }
    REQUIRE(b.stats.Merge(true).ok());
    CHECK(s.merged);
    CHECK(s.merged_file.merged_files == 1);
    REQUIRE(b.stats.DownloadMerged().ok());
    REQUIRE_FALSE(b.files.offers.empty());
    CHECK(b.files.offers.back().name == s.merged_name);
    b.stats.ClearMergeFiles();
    CHECK(s.merge_files.empty());
  }

  TEST_CASE("locking forgets the prepared release") {
    Browser b;
    REQUIRE(b.stats.Prepare(Q2()).ok());
    b.vaults.Lock();
    b.Tick();
    CHECK_FALSE(b.stats.state().prepared);
    CHECK(b.stats.state().preview.empty());
    CHECK_FALSE(b.stats.state().vault_open);
    CHECK(b.stats.Prepare(Q2()).code() == StatusCode::kInvalidArgument);
  }
}
