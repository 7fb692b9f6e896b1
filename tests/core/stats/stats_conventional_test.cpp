// Conventional releases: primary and secondary suppression, and the audit across releases
// (a single secret in a row, cumulative periods, tables that do not add up over months, random
// tables, and the errors).
#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "core/stats/stats_conventional.h"

using namespace carnet;

namespace {

using Fill = std::function<std::int64_t(StatsTable, const StatsKey&)>;

bool IsMarginKey(const StatsKey& key) { return key[0] == kStatsMargin || key[1] == kStatsMargin; }

// The true counts of a release: inner cells from `fill`, margins their sums.
StatsFile Counts(const StatsPeriod& period, const std::vector<StatsTable>& tables,
                 const Fill& fill) {
  StatsFile file;
  file.period = period;
  file.mode = StatsMode::kConventional;
  file.minimum_frequency = kDefaultMinimumFrequency;
  for (StatsTable table : tables) {
    file.tables.push_back(StatsTableInfo{table, DefaultStatsBound(table), Rational{0, 1}, 0});
    std::vector<StatsCellValue> cells;
    for (const StatsKey& key : StatsCells(table, period, StatsMode::kConventional)) {
      cells.push_back(StatsCellValue{table, key, IsMarginKey(key) ? 0 : fill(table, key)});
    }
    for (StatsCellValue& margin : cells) {
      if (!IsMarginKey(margin.key)) continue;
      std::int64_t sum = 0;
      for (const StatsCellValue& cell : cells) {
        if (IsMarginKey(cell.key) || cell.key[2] != margin.key[2]) continue;
        if ((margin.key[0] == kStatsMargin || margin.key[0] == cell.key[0]) &&
            (margin.key[1] == kStatsMargin || margin.key[1] == cell.key[1])) {
          sum += *cell.value;
        }
      }
      margin.value = sum;
    }
    file.cells.insert(file.cells.end(), cells.begin(), cells.end());
  }
  return file;
}

std::size_t IndexOf(const StatsFile& file, StatsTable table, const StatsKey& key) {
  for (std::size_t i = 0; i < file.cells.size(); ++i) {
    if (file.cells[i].table == table && file.cells[i].key == key) return i;
  }
  FAIL("no such cell");
  return 0;
}

void Hide(StatsFile& file, StatsTable table, const StatsKey& key) {
  file.cells[IndexOf(file, table, key)].value.reset();
}

bool Hidden(const StatsFile& file, StatsTable table, const StatsKey& key) {
  return !file.cells[IndexOf(file, table, key)].value.has_value();
}

int HiddenCount(const StatsFile& file) {
  int hidden = 0;
  for (const StatsCellValue& cell : file.cells) hidden += cell.value ? 0 : 1;
  return hidden;
}

// Primary suppression by hand: every cell in [1, minimum - 1].
void HideSmall(StatsFile& file, int minimum) {
  for (StatsCellValue& cell : file.cells) {
    if (cell.value && *cell.value >= 1 && *cell.value < minimum) cell.value.reset();
  }
}

std::string Category(std::size_t i) { return std::string(StatsNationalCategories()[i]); }
std::string Age(std::size_t i) { return std::string(StatsAgeBands()[i]); }
std::string Outcome(std::size_t i) { return std::string(StatsOutcomes()[i]); }

bool Contains(const std::vector<ReleaseCell>& cells, ReleaseCell cell) {
  for (const ReleaseCell& c : cells) {
    if (c == cell) return true;
  }
  return false;
}

// What every release built by SuppressForRelease must satisfy against its true counts.
void CheckRelease(const StatsFile& release, const StatsFile& truth, int minimum) {
  REQUIRE(release.cells.size() == truth.cells.size());
  CHECK(release.minimum_frequency == minimum);
  CHECK(release.mode == StatsMode::kConventional);
  std::map<std::pair<StatsTable, StatsKey>, std::int64_t> inner;
  for (std::size_t i = 0; i < release.cells.size(); ++i) {
    const StatsCellValue& cell = release.cells[i];
    CHECK(cell.key == truth.cells[i].key);
    if (!IsMarginKey(cell.key)) inner[{cell.table, cell.key}] = *truth.cells[i].value;
    if (!cell.value) {
      CHECK(*truth.cells[i].value > 0);  // zeros are published
      continue;
    }
    CHECK(*cell.value == *truth.cells[i].value);
    CHECK_FALSE((*cell.value >= 1 && *cell.value < minimum));
  }
  // Published margins are the sums of their cells.
  for (const StatsCellValue& margin : release.cells) {
    if (!IsMarginKey(margin.key) || !margin.value) continue;
    std::int64_t sum = 0;
    for (const auto& [where, value] : inner) {
      const StatsKey& key = where.second;
      if (where.first == margin.table && key[2] == margin.key[2] &&
          (margin.key[0] == kStatsMargin || key[0] == margin.key[0]) &&
          (margin.key[1] == kStatsMargin || key[1] == margin.key[1])) {
        sum += value;
      }
    }
    CHECK(sum == *margin.value);
  }
}

// The release SuppressForRelease chooses for `truth` after `earlier` (minimum 11): it keeps
// every guarantee, and the two releases together expose nothing.
StatsFile ChooseAfter(const StatsFile& earlier, const StatsFile& truth) {
  const Result<StatsFile> chosen = SuppressForRelease(truth, {earlier}, 11);
  REQUIRE(chosen.ok());
  CheckRelease(chosen.value(), truth, 11);
  const Result<AuditReport> checked = AuditReleases({earlier, chosen.value()}, 11);
  REQUIRE(checked.ok());
  CHECK(checked.value().exposed.empty());
  return chosen.value();
}

}  // namespace

TEST_SUITE("stats conventional") {
  TEST_CASE(
      "a single secret in a row is recovered from the margin: the audit catches it and "
      "secondary suppression hides a second cell") {
    const std::array<std::int64_t, 8> values = {3, 20, 30, 12, 15, 0, 40, 25};
    auto fill = [&](StatsTable, const StatsKey& key) -> std::int64_t {
      for (std::size_t i = 0; i < values.size(); ++i) {
        if (key[0] == Category(i)) return values[i];
      }
      return 0;
    };
    const StatsFile truth = Counts({2026, 1, 3}, {StatsTable::kTypologyFit}, fill);
    StatsFile primary_only = truth;
    HideSmall(primary_only, 11);
    REQUIRE(HiddenCount(primary_only) == 1);
    const Result<AuditReport> audit = AuditReleases({primary_only}, 11);
    REQUIRE(audit.ok());
    REQUIRE(audit.value().bounds.size() == 1);
    CHECK(audit.value().bounds[0].lower == 3);
    CHECK(audit.value().bounds[0].upper == 3);
    CHECK(audit.value().exposed == std::vector<ReleaseCell>{ReleaseCell{0, 0}});

    const Result<StatsFile> release = SuppressForRelease(truth, {}, 11);
    REQUIRE(release.ok());
    CheckRelease(release.value(), truth, 11);
    // The smallest positive cell of the row joins the secret: 3 and 12, each in [0, 15].
    CHECK(HiddenCount(release.value()) == 2);
    CHECK(Hidden(release.value(), StatsTable::kTypologyFit, {Category(0), "", ""}));
    CHECK(Hidden(release.value(), StatsTable::kTypologyFit, {Category(3), "", ""}));
    const Result<AuditReport> after = AuditReleases({release.value()}, 11);
    REQUIRE(after.ok());
    CHECK(after.value().exposed.empty());
    for (const ReleaseCellBounds& bounds : after.value().bounds) {
      CHECK(bounds.lower == 0);
      CHECK(bounds.upper == 15);
    }
  }

  TEST_CASE("a single secret in a row of the requests table is caught and protected") {
    // One quarter; a row DROITS of 3, 20, 25 and a column "0 à 17 ans" of 3, 30, 18.
    auto fill = [](StatsTable, const StatsKey& key) -> std::int64_t {
      const std::map<std::pair<std::string, std::string>, std::int64_t> values = {
          {{Category(0), Age(0)}, 3},  {{Category(0), Age(1)}, 20}, {{Category(0), Age(2)}, 25},
          {{Category(1), Age(0)}, 30}, {{Category(2), Age(0)}, 18}, {{Category(1), Age(1)}, 14}};
      const auto found = values.find({key[0], key[1]});
      return found == values.end() ? 0 : found->second;
    };
    const StatsFile truth = Counts({2026, 1, 3}, {StatsTable::kRequests}, fill);
    StatsFile primary_only = truth;
    HideSmall(primary_only, 11);
    const Result<AuditReport> audit = AuditReleases({primary_only}, 11);
    REQUIRE(audit.ok());
    CHECK(audit.value().exposed.size() == 1);

    const Result<StatsFile> release = SuppressForRelease(truth, {}, 11);
    REQUIRE(release.ok());
    CheckRelease(release.value(), truth, 11);
    CHECK(HiddenCount(release.value()) >= 4);  // at least a rectangle
    const Result<AuditReport> after = AuditReleases({release.value()}, 11);
    REQUIRE(after.ok());
    CHECK(after.value().exposed.empty());
  }

  TEST_CASE(
      "January-March then January-April of the requests table: each safe alone, exposed "
      "together, and a second release chosen against the first passes") {
    // A block of DROITS, SANTE, EMPLOI x the first three age bands in the first quarter; April
    // adds 5 to DROITS "0 à 17 ans".
    const std::array<std::array<std::int64_t, 3>, 3> block = {
        {{20, 3, 3}, {3, 12, 20}, {3, 12, 20}}};
    auto fill = [&](StatsTable, const StatsKey& key) -> std::int64_t {
      for (std::size_t i = 0; i < 3; ++i) {
        for (std::size_t j = 0; j < 3; ++j) {
          if (key[0] != Category(i) || key[1] != Age(j)) continue;
          if (key[2] == "2026-T1") return block[i][j];
          return i == 0 && j == 0 ? 5 : 0;
        }
      }
      return 0;
    };
    const StatsFile march_truth = Counts({2026, 1, 3}, {StatsTable::kRequests}, fill);
    const StatsFile april_truth = Counts({2026, 1, 4}, {StatsTable::kRequests}, fill);
    // Every block cell hidden in the first quarter but one: EMPLOI "25 à 39 ans" (20) in
    // January-March, EMPLOI "18 à 24 ans" (12) in January-April.
    auto release = [&](const StatsFile& truth, std::size_t shown) {
      StatsFile file = truth;
      HideSmall(file, 11);
      for (std::size_t i = 0; i < 3; ++i) {
        for (std::size_t j = 0; j < 3; ++j) {
          if (i != 2 || j != shown)
            Hide(file, StatsTable::kRequests, {Category(i), Age(j), "2026-T1"});
        }
      }
      return file;
    };
    const StatsFile march = release(march_truth, 2);
    const StatsFile april = release(april_truth, 1);
    const Result<AuditReport> march_alone = AuditReleases({march}, 11);
    const Result<AuditReport> april_alone = AuditReleases({april}, 11);
    REQUIRE(march_alone.ok());
    REQUIRE(april_alone.ok());
    CHECK(march_alone.value().exposed.empty());
    CHECK(april_alone.value().exposed.empty());
    // Together the row EMPLOI is 3 + 12 + 20 with 12 and 20 published: the 3 is known.
    const Result<AuditReport> together = AuditReleases({march, april}, 11);
    REQUIRE(together.ok());
    const StatsKey emploi_0 = {Category(2), Age(0), "2026-T1"};
    CHECK(Contains(together.value().exposed,
                   ReleaseCell{0, IndexOf(march, StatsTable::kRequests, emploi_0)}));
    CHECK(Contains(together.value().exposed,
                   ReleaseCell{1, IndexOf(april, StatsTable::kRequests, emploi_0)}));

    const StatsFile chosen = ChooseAfter(march, april_truth);
    // The first quarter is the same cells as in January-March: hidden and shown alike.
    for (std::size_t i = 0; i < 3; ++i) {
      for (std::size_t j = 0; j < 3; ++j) {
        const StatsKey key = {Category(i), Age(j), "2026-T1"};
        CHECK(Hidden(chosen, StatsTable::kRequests, key) ==
              Hidden(march, StatsTable::kRequests, key));
      }
    }
  }

  TEST_CASE(
      "January-March then January-April of the typology fit: months add up, so a later "
      "total bounds an earlier secret") {
    // January-March: DROITS 3, SANTE 12, EMPLOI 20. April adds 1, 2 and 5.
    auto fill_for = [](bool april) {
      return [april](StatsTable, const StatsKey& key) -> std::int64_t {
        if (key[0] == Category(0)) return april ? 4 : 3;
        if (key[0] == Category(1)) return april ? 14 : 12;
        if (key[0] == Category(2)) return april ? 25 : 20;
        return 0;
      };
    };
    const StatsFile march_truth = Counts({2026, 1, 3}, {StatsTable::kTypologyFit}, fill_for(false));
    const StatsFile april_truth = Counts({2026, 1, 4}, {StatsTable::kTypologyFit}, fill_for(true));
    StatsFile march = march_truth;  // hides DROITS and SANTE: each in [0, 15]
    Hide(march, StatsTable::kTypologyFit, {Category(0), "", ""});
    Hide(march, StatsTable::kTypologyFit, {Category(1), "", ""});
    StatsFile april = april_truth;  // hides DROITS and EMPLOI: each in [0, 29]
    Hide(april, StatsTable::kTypologyFit, {Category(0), "", ""});
    Hide(april, StatsTable::kTypologyFit, {Category(2), "", ""});
    REQUIRE(AuditReleases({march}, 11).ok());
    CHECK(AuditReleases({march}, 11).value().exposed.empty());
    CHECK(AuditReleases({april}, 11).value().exposed.empty());
    // EMPLOI grew from 20: January-April's DROITS is at most 29 - 20 = 9, and so on.
    const Result<AuditReport> together = AuditReleases({march, april}, 11);
    REQUIRE(together.ok());
    CHECK(Contains(together.value().exposed, ReleaseCell{1, 0}));
    CHECK(Contains(together.value().exposed, ReleaseCell{0, 0}));
    for (const ReleaseCellBounds& bounds : together.value().bounds) {
      if (bounds.where == ReleaseCell{1, 0}) CHECK(bounds.upper == 9);
    }

    (void)ChooseAfter(march, april_truth);
  }

  TEST_CASE("outcomes of different periods share no unknowns; of the same period they do") {
    // Outcomes of DROITS: 3 "en cours", 15 "satisfaite", 20 "non satisfaite".
    auto fill = [](StatsTable, const StatsKey& key) -> std::int64_t {
      if (key[0] != Category(0)) return 0;
      if (key[1] == Outcome(0)) return 3;
      if (key[1] == Outcome(1)) return 15;
      if (key[1] == Outcome(3)) return 20;
      return 0;
    };
    // The first hides "en cours" with "satisfaite", the second with "non satisfaite"; columns
    // hold a single non-zero cell each, so the column margins are hidden too.
    auto release = [&](const StatsPeriod& period, std::size_t partner) {
      StatsFile file = Counts(period, {StatsTable::kOutcomes}, fill);
      for (std::size_t outcome : {std::size_t{0}, partner}) {
        Hide(file, StatsTable::kOutcomes, {Category(0), Outcome(outcome), ""});
        Hide(file, StatsTable::kOutcomes, {std::string(kStatsMargin), Outcome(outcome), ""});
      }
      return file;
    };
    const StatsFile march = release({2026, 1, 3}, 1);
    const StatsFile april = release({2026, 1, 4}, 3);
    const StatsFile march_again = release({2026, 1, 3}, 3);
    REQUIRE(AuditReleases({march}, 11).ok());
    CHECK(AuditReleases({march}, 11).value().exposed.empty());
    CHECK(AuditReleases({april}, 11).value().exposed.empty());
    CHECK(AuditReleases({march, april}, 11).value().exposed.empty());
    CHECK_FALSE(AuditReleases({march, march_again}, 11).value().exposed.empty());
    // Releases of different years share nothing either.
    const StatsFile next_year = release({2027, 1, 3}, 3);
    CHECK(AuditReleases({march, next_year}, 11).value().exposed.empty());
  }

  TEST_CASE(
      "random tables: the suppressed releases publish true values, nothing under the "
      "minimum, and pass the audit alone and after earlier releases") {
    std::mt19937 random(20260115);
    const std::vector<StatsTable> tables = {StatsTable::kRequests, StatsTable::kOutcomes,
                                            StatsTable::kAnswerQuality, StatsTable::kTypologyFit};
    int secondary = 0;
    // Per (table, key without quarter, month) counts: a sixth of them zero, a sixth 1.
    std::map<std::pair<StatsTable, StatsKey>, std::array<std::int64_t, 13>> monthly;
    auto draw = [&]() -> std::int64_t {
      const auto kind = random() % 12;
      if (kind < 2) return 0;
      if (kind < 4) return 1;
      return static_cast<std::int64_t>(random() % 11);
    };
    auto fill = [&](const StatsPeriod& period) {
      return [&monthly, &draw, period](StatsTable table, const StatsKey& key) -> std::int64_t {
        std::array<std::int64_t, 13>& months = monthly[{table, {key[0], key[1], ""}}];
        if (months[0] == 0) {
          months[0] = 1;  // drawn
          for (std::size_t m = 1; m <= 12; ++m) months[m] = draw();
        }
        int first = period.first_month;
        int last = period.last_month;
        if (!key[2].empty()) {
          const int quarter = key[2].back() - '0';
          first = std::max(first, 3 * quarter - 2);
          last = std::min(last, 3 * quarter);
        }
        std::int64_t sum = 0;
        for (int m = first; m <= last; ++m) sum += months[static_cast<std::size_t>(m)];
        return sum;
      };
    };
    // Cumulative periods that do not follow the quarters: January-February, then
    // January-May, whose first quarter (January-March) contains January-February.
    std::vector<StatsFile> earlier;
    for (const StatsPeriod& period : {StatsPeriod{2026, 1, 2}, StatsPeriod{2026, 1, 5}}) {
      const StatsFile truth = Counts(period, tables, fill(period));
      const Result<StatsFile> release = SuppressForRelease(truth, earlier, 11);
      REQUIRE(release.ok());
      CheckRelease(release.value(), truth, 11);
      StatsFile primary = truth;
      HideSmall(primary, 11);
      CHECK(HiddenCount(release.value()) < static_cast<int>(truth.cells.size()));
      secondary += HiddenCount(release.value()) - HiddenCount(primary);
      earlier.push_back(release.value());
      const Result<AuditReport> audit = AuditReleases(earlier, 11);
      REQUIRE(audit.ok());
      CHECK(audit.value().exposed.empty());
    }
    CHECK(secondary > 20);  // secondary suppression was needed, not only the primary one
  }

  TEST_CASE("bad input and releases that cannot be protected are refused") {
    auto fill = [](StatsTable, const StatsKey& key) -> std::int64_t {
      return key[0] == Category(0) ? 7 : (key[0] == Category(1) ? 30 : 0);
    };
    const StatsFile truth = Counts({2026, 1, 3}, {StatsTable::kTypologyFit}, fill);
    SUBCASE("a minimum below 1") {
      CHECK(SuppressForRelease(truth, {}, 0).status().code() == StatusCode::kInvalidArgument);
      CHECK(AuditReleases({truth}, 0).status().code() == StatusCode::kInvalidArgument);
    }
    SUBCASE("a release in noise mode") {
      StatsFile noisy = truth;
      noisy.mode = StatsMode::kNoise;
      CHECK(SuppressForRelease(noisy, {}, 11).status().code() == StatusCode::kInvalidArgument);
    }
    SUBCASE("cells that are not the specification's") {
      StatsFile short_file = truth;
      short_file.cells.pop_back();
      CHECK(AuditReleases({short_file}, 11).status().code() == StatusCode::kInvalidArgument);
    }
    SUBCASE("a margin that is not the sum of its cells") {
      StatsFile wrong = truth;
      wrong.cells.back().value = 36;
      CHECK(SuppressForRelease(wrong, {}, 11).status().code() == StatusCode::kInvalidArgument);
    }
    SUBCASE("releases that contradict each other") {
      StatsFile other = truth;
      other.cells[1].value = 31;
      other.cells.back().value = 38;
      CHECK(AuditReleases({truth, other}, 11).status().code() == StatusCode::kInvalidArgument);
    }
    SUBCASE("earlier releases that already reveal a secret") {
      StatsFile exposed = truth;
      Hide(exposed, StatsTable::kTypologyFit, {Category(0), "", ""});
      CHECK(SuppressForRelease(truth, {exposed}, 11).status().code() ==
            StatusCode::kInvalidArgument);
    }
    SUBCASE("a cell published earlier under a lower minimum cannot be hidden now") {
      StatsFile earlier = truth;
      earlier.minimum_frequency = 5;  // 7 and 30 were published
      const Result<StatsFile> release = SuppressForRelease(truth, {earlier}, 11);
      CHECK(release.status().code() == StatusCode::kInvalidArgument);
      CHECK(release.status().message().find("publications antérieures") != std::string::npos);
    }
  }
}
