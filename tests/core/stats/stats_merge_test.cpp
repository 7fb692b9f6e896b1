// The regional merge: exact sums and summed variances, incompatible, malformed and duplicated
// files refused one by one by name while the others merge, merges merged again, conventional
// secrets kept secret.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/stats/stats_fixture.h"
#include "core/stats/stats_merge.h"

using namespace carnet;
using namespace carnet::testing;

namespace {

constexpr StatsPeriod kQuarter{2026, 1, 3};

StatsMergeInput Input(const std::string& name, const StatsFile& file) {
  Result<Bytes> bytes = WriteStatsFile(file);
  REQUIRE_MESSAGE(bytes.ok(), bytes.status().message());
  return {name, bytes.value()};
}

StatsFile Noise(std::uint64_t seed) { return MakeStatsFile(StatsMode::kNoise, kQuarter, seed); }

StatsMergeResult Merge(const std::vector<StatsMergeInput>& inputs) {
  Result<StatsMergeResult> merged = MergeStatsFiles(inputs);
  REQUIRE_MESSAGE(merged.ok(), merged.status().message());
  return merged.value();
}

// The refusal of `name`, which must exist, with its reason holding `what`.
void CheckRefusal(const StatsMergeResult& result, const std::string& name, StatusCode code,
                  const std::string& what) {
  for (const StatsMergeRefusal& refusal : result.refused) {
    if (refusal.name != name) continue;
    CHECK(refusal.reason.code() == code);
    CHECK_MESSAGE(refusal.reason.message().find(what) != std::string::npos,
                  refusal.reason.message());
    return;
  }
  FAIL("no refusal for " << name);
}

}  // namespace

TEST_SUITE("stats merge") {
  TEST_CASE("the merge sums every cell and every table's variance exactly") {
    const std::vector<StatsFile> files = {Noise(1), Noise(2), Noise(3)};
    const StatsMergeResult result =
        Merge({Input("a.csv", files[0]), Input("b.csv", files[1]), Input("c.csv", files[2])});
    CHECK(result.refused.empty());
    CHECK(result.accepted == std::vector<std::string>{"a.csv", "b.csv", "c.csv"});
    const StatsFile& merged = result.merged;
    CHECK(merged.merged_files == 3);
    REQUIRE(merged.cells.size() == files[0].cells.size());
    for (std::size_t i = 0; i < merged.cells.size(); ++i) {
      CHECK(merged.cells[i].key == files[0].cells[i].key);
      CHECK(*merged.cells[i].value ==
            *files[0].cells[i].value + *files[1].cells[i].value + *files[2].cells[i].value);
    }
    for (std::size_t t = 0; t < merged.tables.size(); ++t) {
      CHECK(merged.tables[t].variance_milli == 3 * files[0].tables[t].variance_milli);
      CHECK(merged.tables[t].scale == files[0].tables[t].scale);
    }
    // The merged file is a valid file in its turn, whose deviation is the summed variance's.
    Result<Bytes> bytes = WriteStatsFile(merged);
    REQUIRE_MESSAGE(bytes.ok(), bytes.status().message());
    const std::string text = Text(bytes.value());
    CHECK(text.find("\r\nfichiers fusionnés;3\r\n") != std::string::npos);
    CHECK(text.find("\r\ndemandes;3;12;1;863,499;29,385\r\n") != std::string::npos);
  }

  TEST_CASE("summing N files equals summing their cells, for any N") {
    for (std::uint64_t n = 1; n <= 9; n += 2) {
      std::vector<StatsMergeInput> inputs;
      std::vector<std::int64_t> sums(Noise(0).cells.size(), 0);
      for (std::uint64_t k = 0; k < n; ++k) {
        const StatsFile file = Noise(100 * n + k);
        for (std::size_t i = 0; i < sums.size(); ++i) sums[i] += *file.cells[i].value;
        inputs.push_back(Input("f" + std::to_string(k), file));
      }
      const StatsMergeResult result = Merge(inputs);
      CHECK(result.accepted.size() == n);
      CHECK(result.merged.merged_files == static_cast<int>(n));
      for (std::size_t i = 0; i < sums.size(); ++i) CHECK(*result.merged.cells[i].value == sums[i]);
    }
  }

  TEST_CASE("incompatible files are refused by name with what differs, the others merge") {
    StatsFile period = MakeStatsFile(StatsMode::kNoise, {2026, 1, 6}, 4);
    StatsFile epsilon = MakeStatsFile(StatsMode::kNoise, kQuarter, 5, AllStatsTables(), {1, 2});
    StatsFile mode = MakeStatsFile(StatsMode::kConventional, kQuarter, 6);
    StatsFile tables =
        MakeStatsFile(StatsMode::kNoise, kQuarter, 7,
                      {StatsTable::kRequests, StatsTable::kOutcomes, StatsTable::kAnswerQuality});
    // Another bound: the scale follows it, the file is valid but cannot be summed.
    StatsFile bound = Noise(8);
    bound.tables[3].bound = 4;
    bound.tables[3].scale = {16, 1};
    bound.tables[3].variance_milli = DiscreteLaplaceVarianceMilli({16, 1});
    const StatsMergeResult result =
        Merge({Input("ref.csv", Noise(1)), Input("period.csv", period),
               Input("epsilon.csv", epsilon), Input("mode.csv", mode), Input("tables.csv", tables),
               Input("bound.csv", bound), Input("ok.csv", Noise(2))});
    CHECK(result.accepted == std::vector<std::string>{"ref.csv", "ok.csv"});
    CHECK(result.merged.merged_files == 2);
    REQUIRE(result.refused.size() == 5);
    CHECK(result.refused[0].name == "period.csv");  // in the order given
    CheckRefusal(result, "period.csv", StatusCode::kInvalidArgument,
                 "incompatible avec « ref.csv » : période 2026-01 à 2026-06 au lieu de 2026-01 "
                 "à 2026-03");
    CheckRefusal(result, "epsilon.csv", StatusCode::kInvalidArgument, "epsilon 0,5 au lieu de 1");
    CheckRefusal(result, "mode.csv", StatusCode::kInvalidArgument, "mode conventionnel");
    CheckRefusal(result, "tables.csv", StatusCode::kInvalidArgument, "tableaux");
    CheckRefusal(result, "bound.csv", StatusCode::kInvalidArgument,
                 "adéquation de la typologie (borne 4)");
  }

  TEST_CASE("conventional files with another minimum frequency are refused") {
    StatsFile other = MakeStatsFile(StatsMode::kConventional, kQuarter, 2);
    other.minimum_frequency = 5;
    const StatsMergeResult result = Merge(
        {Input("a", MakeStatsFile(StatsMode::kConventional, kQuarter, 1)), Input("b", other)});
    CheckRefusal(result, "b", StatusCode::kInvalidArgument, "fréquence minimale 5 au lieu de 11");
  }

  TEST_CASE(
      "a malformed file is refused with the parser's message, the first valid is the "
      "reference") {
    Bytes broken = Input("x", Noise(1)).bytes;
    broken.resize(broken.size() / 2);
    const StatsMergeResult result =
        Merge({{"broken.csv", broken}, Input("a.csv", Noise(2)), Input("b.csv", Noise(3))});
    CHECK(result.accepted == std::vector<std::string>{"a.csv", "b.csv"});
    REQUIRE(result.refused.size() == 1);
    CHECK(result.refused[0].name == "broken.csv");
    CHECK(result.refused[0].reason.code() == StatusCode::kCorrupt);
    CHECK(result.refused[0].reason.message().rfind("ligne ", 0) == 0);
  }

  TEST_CASE("duplicates are refused: identical bytes, or identical cells") {
    const StatsMergeInput a = Input("a.csv", Noise(1));
    StatsMergeInput same_bytes = a;
    same_bytes.name = "copie.csv";
    StatsMergeInput without_bom{"sans-bom.csv", Bytes(a.bytes.begin() + 3, a.bytes.end())};
    const StatsMergeResult result = Merge({a, Input("b.csv", Noise(2)), same_bytes, without_bom});
    CHECK(result.accepted == std::vector<std::string>{"a.csv", "b.csv"});
    CheckRefusal(result, "copie.csv", StatusCode::kInvalidArgument, "doublon de a.csv");
    CheckRefusal(result, "sans-bom.csv", StatusCode::kInvalidArgument, "doublon de a.csv");
    CHECK(result.merged.merged_files == 2);
  }

  TEST_CASE("a file that is itself a merge merges again, its file count adding up") {
    const StatsFile a = Noise(1);
    const StatsFile b = Noise(2);
    const StatsFile c = Noise(3);
    const StatsMergeResult first = Merge({Input("a", a), Input("b", b)});
    const StatsMergeResult second = Merge({Input("a+b", first.merged), Input("c", c)});
    CHECK(second.refused.empty());
    CHECK(second.merged.merged_files == 3);
    for (std::size_t i = 0; i < c.cells.size(); ++i) {
      CHECK(*second.merged.cells[i].value ==
            *a.cells[i].value + *b.cells[i].value + *c.cells[i].value);
    }
    for (std::size_t t = 0; t < c.tables.size(); ++t) {
      CHECK(second.merged.tables[t].variance_milli == 3 * c.tables[t].variance_milli);
    }
    // And a merge of merges: 3 + 3 files.
    const StatsMergeResult third = Merge(
        {Input("r1", second.merged),
         Input("r2",
               Merge({Input("d", Noise(4)), Input("e", Noise(5)), Input("f", Noise(6))}).merged)});
    CHECK(third.merged.merged_files == 6);
    CHECK(WriteStatsFile(third.merged).ok());
  }

  TEST_CASE("a cell suppressed in any conventional file is suppressed in the merge") {
    const StatsFile a = MakeStatsFile(StatsMode::kConventional, kQuarter, 1);
    const StatsFile b = MakeStatsFile(StatsMode::kConventional, kQuarter, 2);
    const StatsMergeResult result = Merge({Input("a", a), Input("b", b)});
    CHECK(result.refused.empty());
    int secrets = 0;
    for (std::size_t i = 0; i < a.cells.size(); ++i) {
      const std::optional<std::int64_t>& merged = result.merged.cells[i].value;
      if (!a.cells[i].value || !b.cells[i].value) {
        CHECK_FALSE(merged.has_value());
        ++secrets;
      } else {
        REQUIRE(merged.has_value());
        CHECK(*merged == *a.cells[i].value + *b.cells[i].value);
      }
    }
    CHECK(secrets > 0);
    CHECK(result.merged.tables[0].variance_milli == 0);
    CHECK(WriteStatsFile(result.merged).ok());
  }

  TEST_CASE("a sum beyond 10^9 refuses the file that would cause it") {
    StatsFile big = Noise(1);
    big.cells[5].value = 900'000'000;
    StatsFile bigger = Noise(2);
    bigger.cells[5].value = 200'000'000;
    const StatsMergeResult result =
        Merge({Input("big", big), Input("bigger", bigger), Input("small", Noise(3))});
    CHECK(result.accepted == std::vector<std::string>{"big", "small"});
    CheckRefusal(result, "bigger", StatusCode::kInvalidArgument, "dépasserait");
    CHECK(*result.merged.cells[5].value == 900'000'000 + *Noise(3).cells[5].value);
  }

  TEST_CASE("with no file to merge, the merge fails and says why for each") {
    Result<StatsMergeResult> none = MergeStatsFiles({});
    REQUIRE_FALSE(none.ok());
    CHECK(none.status().message() == "aucun fichier à fusionner");
    Result<StatsMergeResult> bad =
        MergeStatsFiles({{"vide.csv", {}}, {"texte.csv", ToBytes("bonjour\r\n")}});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.status().message().find("vide.csv : fichier vide") != std::string::npos);
    CHECK(bad.status().message().find("texte.csv : ligne 1") != std::string::npos);
  }
}
