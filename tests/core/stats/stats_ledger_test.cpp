// The statistics' budget ledger: releases kept with their bytes, the epsilon spent per year,
// and edits to the ledger detected (a changed, removed, added or reordered row).
#include <doctest/doctest.h>

#include <string>

#include "core/case/store_fixture.h"
#include "core/db/sql.h"
#include "core/stats/stats_ledger.h"

using namespace carnet;
using namespace carnet::test;

namespace {

StatsLedgerEntry Entry(const std::string& request, Day on, Rational epsilon) {
  StatsLedgerEntry e;
  e.request = request;
  e.released_on = on;
  e.epsilon = epsilon;
  const std::string bytes = "file of " + request + std::string(1, '\0') + "\xff";
  e.file.assign(bytes.begin(), bytes.end());
  return e;
}

Store ThreeReleases() {
  Store store = NewStore();
  REQUIRE(AppendStatsRelease(store.db(), Entry("a", D(2026, 3, 1), {1, 1})).ok());
  REQUIRE(AppendStatsRelease(store.db(), Entry("b", D(2026, 6, 1), {1, 2})).ok());
  REQUIRE(AppendStatsRelease(store.db(), Entry("c", D(2027, 1, 2), {1, 4})).ok());
  return store;
}

}  // namespace

TEST_SUITE("statistics ledger") {
  TEST_CASE("releases are kept with their exact bytes, and the epsilon spent per year") {
    Store store = ThreeReleases();
    CHECK(VerifyStatsLedger(store.db()).ok());
    const std::optional<Bytes> b = Value(FindStatsRelease(store.db(), "b"));
    REQUIRE(b.has_value());
    CHECK(*b == Entry("b", 0, {1, 1}).file);
    CHECK_FALSE(Value(FindStatsRelease(store.db(), "z")).has_value());
    CHECK(Value(StatsEpsilonSpentMilli(store.db(), 2026)) == 1500);
    CHECK(Value(StatsEpsilonSpentMilli(store.db(), 2027)) == 250);
    CHECK(Value(StatsEpsilonSpentMilli(store.db(), 2025)) == 0);
    const std::vector<StatsLedgerEntry> entries = Value(StatsLedgerEntries(store.db()));
    REQUIRE(entries.size() == 3);
    CHECK(entries[2].request == "c");
    CHECK(entries[2].epsilon == Rational{1, 4});
    // The same request twice is refused by the ledger itself.
    CHECK_FALSE(AppendStatsRelease(store.db(), Entry("a", D(2026, 3, 2), {1, 1})).ok());
    CHECK(Count(store, "stats_release") == 3);
  }

  TEST_CASE("every kind of edit to the ledger is detected, and then nothing is appended") {
    const char* const kDuplicateRow =
        "INSERT INTO stats_release SELECT 9, 'd', released_on, epsilon_num, epsilon_den, file, "
        "chain FROM stats_release WHERE request = 'c'";
    const char* edits[] = {
        "UPDATE stats_release SET epsilon_num = 1, epsilon_den = 100 WHERE request = 'a'",
        "UPDATE stats_release SET released_on = released_on + 400 WHERE request = 'b'",
        "UPDATE stats_release SET file = CAST('other' AS BLOB) WHERE request = 'a'",
        "UPDATE stats_release SET request = 'x' WHERE request = 'c'",
        "DELETE FROM stats_release WHERE request = 'b'",
        "DELETE FROM stats_release WHERE request = 'c'",  // the last one: caught by the head
        "DELETE FROM stats_release",
        "UPDATE stats_release SET id = id + 10 WHERE request = 'a'",  // reordered
        kDuplicateRow,
        "DELETE FROM setting WHERE key = 'stats_ledger_head'",
    };
    for (const char* edit : edits) {
      CAPTURE(edit);
      Store store = ThreeReleases();
      REQUIRE(Run(store.db(), edit).ok());
      CHECK(VerifyStatsLedger(store.db()).code() == StatusCode::kCorrupt);
      CHECK(StatsLedgerEntries(store.db()).status().code() == StatusCode::kCorrupt);
      CHECK(AppendStatsRelease(store.db(), Entry("e", D(2026, 7, 1), {1, 1})).code() ==
            StatusCode::kCorrupt);
    }
  }

  TEST_CASE("a new vault's ledger is empty and valid") {
    Store store = NewStore();
    CHECK(VerifyStatsLedger(store.db()).ok());
    CHECK(Value(StatsLedgerEntries(store.db())).empty());
  }
}
