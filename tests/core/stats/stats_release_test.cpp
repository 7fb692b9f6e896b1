// Statistics releases end to end in the core: exactly the specification's cells from empty,
// one-person and demo vaults with none of their names or free text; the same request answered
// with the same bytes and one debit; the yearly cap; a failing random source or an altered
// ledger writing nothing; and a crash between the debit and the file keeping the debit.
#include <doctest/doctest.h>

#include <string>

#include "core/case/store_fixture.h"
#include "core/db/sql.h"
#include "core/demo/demo_data.h"
#include "core/stats/stats_conventional.h"
#include "core/stats/stats_ledger.h"
#include "core/stats/stats_release.h"
#include "core/test_random.h"
#include "core/vault/vault.h"
#include "core/vault/vault_session.h"

using namespace carnet;
using namespace carnet::test;

namespace {

const Day kToday = DayFromYmd(2026, 11, 28).value_or(0);

StatsRequest AllTables(StatsPeriod period = {2026, 1, 3}) {
  StatsRequest request;
  request.period = period;
  request.tables = {StatsTable::kRequests, StatsTable::kOutcomes, StatsTable::kAnswerQuality,
                    StatsTable::kTypologyFit};
  return request;
}

std::string Text(const Bytes& bytes) { return std::string(bytes.begin(), bytes.end()); }

std::size_t SpecCells(const StatsRequest& request) {
  std::size_t cells = 0;
  for (const StatsTable table : request.tables) {
    cells += StatsCells(table, request.period, request.mode).size();
  }
  return cells;
}

// A person whose every text is a canary: none may reach the file.
void CanaryDossier(Store& store) {
  CreateDossier create;
  create.person = Named("Canaripre", "Canarinom");
  create.person.alias = "Canarialias";
  create.person.address = Answer<std::string>::Of("12 rue Canariadresse");
  create.person.phone = Answer<std::string>::Of("0611223344");
  create.person.birth = Answer<BirthDate>::Of(BirthDate{1971, 4, 9});
  create.opened_on = D(2025, 12, 1);
  const Id dossier = Value(store.Apply(create));
  AddRequest add;
  add.dossier_id = dossier;
  add.opened_on = D(2026, 2, 3);
  add.category_codes = {"BUDGET.DIFFICULTES"};
  add.subject = "Canarisujet";
  const Id request = Value(store.Apply(add));
  RecordContact contact;
  contact.dossier_id = dossier;
  contact.at = M(2026, 2, 3, 10, 0);
  contact.request_ids = {request};
  contact.summary = "Canariresume";
  REQUIRE(store.Apply(contact).ok());
  WriteNote note;
  note.dossier_id = dossier;
  note.at = M(2026, 2, 4, 9, 0);
  note.text = "Canarinote";
  REQUIRE(store.Apply(note).ok());
}

}  // namespace

TEST_SUITE("statistics release") {
  TEST_CASE("empty, one-person and demo vaults give exactly the specification's cells") {
    for (int size = 0; size < 3; ++size) {
      Store store = NewStore();
      if (size == 1) CanaryDossier(store);
      if (size == 2) {
        DemoOptions options;
        options.size = DemoSize::kSmall;
        options.seed = 11;
        options.today = kToday;
        REQUIRE(GenerateDemo(store, options).ok());
        CanaryDossier(store);
      }
      for (const StatsPeriod period : {StatsPeriod{2026, 1, 3}, StatsPeriod{2025, 1, 12}}) {
        SeededRandom random(static_cast<std::uint32_t>(size));
        const StatsRequest request = AllTables(period);
        const StatsRelease release = Value(ReleaseStatistics(store.db(), request, kToday, random));
        const StatsFile file = Value(ParseStatsFile(release.file));
        CAPTURE(size);
        CHECK(file.cells.size() == SpecCells(request));
        CHECK(file.period == period);
        CHECK(file.tables.size() == 4);
        const std::string text = Text(release.file);
        for (const char* canary : {"Canari", "Lilas", "0611223344", "1971"}) {
          CAPTURE(canary);
          CHECK(text.find(canary) == std::string::npos);
        }
        // Nothing about the vault or the day of the release: only the period.
        CHECK(text.find("2026-11") == std::string::npos);
      }
      // The demo's names are not in any released file either.
      if (size == 2) {
        const std::vector<OverviewRow> rows = Value(store.Overview(On(kToday)));
        for (const StatsLedgerEntry& entry : Value(StatsLedgerEntries(store.db()))) {
          for (std::size_t i = 0; i < rows.size(); i += 17) {
            const std::string name = rows[i].display_name;
            CHECK(Text(entry.file).find(name.substr(0, name.find(' '))) == std::string::npos);
          }
        }
      }
    }
  }

  TEST_CASE("the same request 100 times gives identical bytes and one debit") {
    Store store = NewStore();
    CanaryDossier(store);
    SeededRandom random(9);
    const StatsRequest request = AllTables();
    const StatsRelease first = Value(ReleaseStatistics(store.db(), request, kToday, random));
    CHECK_FALSE(first.repeated);
    CHECK(first.spent_milli == 1000);
    for (int i = 0; i < 99; ++i) {
      const StatsRelease again = Value(ReleaseStatistics(store.db(), request, kToday, random));
      CHECK(again.repeated);
      CHECK(again.file == first.file);
    }
    CHECK(Count(store, "stats_release") == 1);
    CHECK(Value(StatsEpsilonSpentMilli(store.db(), 2026)) == 1000);
    // The same request in another order of tables is the same request.
    StatsRequest reordered = request;
    std::swap(reordered.tables[0], reordered.tables[3]);
    CHECK(Value(ReleaseStatistics(store.db(), reordered, kToday, random)).file == first.file);
    // Another epsilon is another request: a new file, a new debit.
    StatsRequest other = request;
    other.epsilon = {1, 2};
    const StatsRelease second = Value(ReleaseStatistics(store.db(), other, kToday, random));
    CHECK_FALSE(second.repeated);
    CHECK(second.file != first.file);
    CHECK(Value(StatsEpsilonSpentMilli(store.db(), 2026)) == 1500);
  }

  TEST_CASE("the yearly cap refuses a release beyond it, and a new year starts afresh") {
    Store store = NewStore();
    SeededRandom random(3);
    for (int month = 1; month <= 4; ++month) {
      CHECK(ReleaseStatistics(store.db(), AllTables({2026, month, month}), kToday, random).ok());
    }
    const Result<StatsRelease> fifth =
        ReleaseStatistics(store.db(), AllTables({2026, 5, 5}), kToday, random);
    CHECK(fifth.status().code() == StatusCode::kInvalidArgument);
    CHECK(fifth.status().problem() == Problem::kOutOfRange);
    CHECK(fifth.status().field() == "budget");
    CHECK(Count(store, "stats_release") == 4);
    // An earlier release asked again costs nothing, so it is still answered.
    CHECK(ReleaseStatistics(store.db(), AllTables({2026, 1, 1}), kToday, random).ok());
    CHECK(ReleaseStatistics(store.db(), AllTables({2026, 5, 5}), D(2027, 1, 4), random).ok());
  }

  TEST_CASE("bad requests are refused and record nothing") {
    Store store = NewStore();
    SeededRandom random(4);
    StatsRequest request = AllTables();
    for (const Rational bad :
         {Rational{0, 1}, Rational{1, 0}, Rational{1, 3}, Rational{11, 1}, Rational{1, 1000}}) {
      request.epsilon = bad;
      const Status refused = ReleaseStatistics(store.db(), request, kToday, random).status();
      CHECK(refused.code() == StatusCode::kInvalidArgument);
      CHECK(refused.field() == "epsilon");
    }
    request = AllTables({2026, 10, 12});  // not over yet
    CHECK(ReleaseStatistics(store.db(), request, kToday, random).status().field() == "period");
    request = AllTables();
    request.tables.clear();
    CHECK_FALSE(ReleaseStatistics(store.db(), request, kToday, random).ok());
    request = AllTables();
    request.tables.push_back(StatsTable::kRequests);
    CHECK_FALSE(ReleaseStatistics(store.db(), request, kToday, random).ok());
    request = AllTables();
    request.bounds[0] = 0;
    CHECK_FALSE(ReleaseStatistics(store.db(), request, kToday, random).ok());
    CHECK(Count(store, "stats_release") == 0);
  }

  TEST_CASE("a failing random source fails the release and records nothing") {
    Store store = NewStore();
    CanaryDossier(store);
    for (const int ok_calls : {0, 1, 50, 400}) {
      FailingRandom random(ok_calls);
      const Result<StatsRelease> release =
          ReleaseStatistics(store.db(), AllTables(), kToday, random);
      CHECK(release.status().code() == StatusCode::kCryptoFailure);
    }
    CHECK(Count(store, "stats_release") == 0);
    CHECK(Value(StatsEpsilonSpentMilli(store.db(), 2026)) == 0);
  }

  TEST_CASE("an altered ledger allows no release") {
    Store store = NewStore();
    SeededRandom random(5);
    REQUIRE(ReleaseStatistics(store.db(), AllTables(), kToday, random).ok());
    REQUIRE(Run(store.db(), "UPDATE stats_release SET epsilon_num = 1, epsilon_den = 100").ok());
    CHECK(ReleaseStatistics(store.db(), AllTables({2026, 4, 6}), kToday, random).status().code() ==
          StatusCode::kCorrupt);
    CHECK(ReleaseStatistics(store.db(), AllTables(), kToday, random).status().code() ==
          StatusCode::kCorrupt);
  }

  TEST_CASE("a crash between the debit and the file keeps the debit; the file comes back") {
    MemoryStorage storage;
    std::string recovery;
    constexpr const char* kPassphrase = "cheval batterie agrafe correcte";
    REQUIRE(Vault::Create(storage, "Statistiques", kPassphrase, kKdfFloor, &recovery).ok());
    Bytes released;
    {
      VaultSession session = Value(VaultSession::Open(Value(Vault::Unlock(storage, kPassphrase))));
      CanaryDossier(session.store());
      SeededRandom random(6);
      released = Value(ReleaseStatistics(session.store().db(), AllTables(), kToday, random)).file;
      // The app hands the file over only after this save; the process dies right after it.
      REQUIRE(session.Save().ok());
    }
    VaultSession session = Value(VaultSession::Open(Value(Vault::Unlock(storage, kPassphrase))));
    CHECK(Value(StatsEpsilonSpentMilli(session.store().db(), 2026)) == 1000);
    SeededRandom other(7);
    const StatsRelease again =
        Value(ReleaseStatistics(session.store().db(), AllTables(), kToday, other));
    CHECK(again.repeated);
    CHECK(again.file == released);
    // A crash before that save: the release was never handed over, and it is not recorded.
    {
      VaultSession unsaved = Value(VaultSession::Open(Value(Vault::Unlock(storage, kPassphrase))));
      REQUIRE(ReleaseStatistics(unsaved.store().db(), AllTables({2026, 4, 6}), kToday, other).ok());
    }
    VaultSession after = Value(VaultSession::Open(Value(Vault::Unlock(storage, kPassphrase))));
    CHECK(Value(StatsEpsilonSpentMilli(after.store().db(), 2026)) == 1000);
    CHECK(VerifyStatsLedger(after.store().db()).ok());
  }

  TEST_CASE("conventional releases: no budget, small cells masked, audited with earlier ones") {
    Store store = NewStore();
    DemoOptions options;
    options.size = DemoSize::kSmall;
    options.seed = 12;
    options.today = kToday;
    REQUIRE(GenerateDemo(store, options).ok());
    SeededRandom random(8);
    std::vector<StatsFile> released;
    for (const StatsPeriod period : {StatsPeriod{2026, 1, 3}, StatsPeriod{2026, 1, 4}}) {
      StatsRequest request = AllTables(period);
      request.mode = StatsMode::kConventional;
      const StatsRelease release = Value(ReleaseStatistics(store.db(), request, kToday, random));
      const StatsFile file = Value(ParseStatsFile(release.file));
      CHECK(file.cells.size() == SpecCells(request));
      int secrets = 0;
      for (const StatsCellValue& cell : file.cells) {
        if (!cell.value) {
          ++secrets;
          continue;
        }
        CHECK((*cell.value == 0 || *cell.value >= kDefaultMinimumFrequency));
      }
      CHECK(secrets > 0);
      released.push_back(file);
    }
    CHECK(Value(StatsEpsilonSpentMilli(store.db(), 2026)) == 0);
    const AuditReport audit = Value(AuditReleases(released, kDefaultMinimumFrequency));
    CHECK(audit.exposed.empty());
    CHECK_FALSE(audit.bounds.empty());
  }
}
