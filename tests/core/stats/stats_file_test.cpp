// The statistics file: written to the layout of stats_file.h, read back to the same file with
// the same bytes, and every kind of malformed file refused with a French message naming the
// line and the defect (formula injection and absurd values included).
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/stats/stats_file.h"
#include "core/stats/stats_file_text.h"
#include "core/stats/stats_fixture.h"
#include "core/stats/stats_variance.h"

using namespace carnet;
using namespace carnet::testing;

namespace {

constexpr StatsPeriod kQuarter{2026, 1, 3};
constexpr StatsPeriod kYear{2026, 1, 12};
// Line numbers in a noise-mode file with all four tables.
constexpr std::size_t kEpsilonLine = 8;
constexpr std::size_t kMergedLine = 9;
constexpr std::size_t kFirstTableLine = 12;
constexpr std::size_t kCellsHeaderLine = 17;
constexpr std::size_t kFirstCellLine = 18;

Bytes Good(StatsMode mode = StatsMode::kNoise, StatsPeriod period = kQuarter,
           std::uint64_t seed = 1) {
  Result<Bytes> bytes = WriteStatsFile(MakeStatsFile(mode, period, seed));
  REQUIRE_MESSAGE(bytes.ok(), bytes.status().message());
  return bytes.value();
}

// Refused as corrupt, with a message that names the line (when given) and holds `what`.
void CheckRefused(const Bytes& bytes, const std::string& what, std::size_t line = 0) {
  Result<StatsFile> parsed = ParseStatsFile(bytes);
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.status().code() == StatusCode::kCorrupt);
  const std::string& message = parsed.status().message();
  CHECK_MESSAGE(message.find(what) != std::string::npos, message);
  if (line > 0) {
    const std::string prefix = "ligne " + std::to_string(line) + " : ";
    CHECK_MESSAGE(message.rfind(prefix, 0) == 0, message);
  }
}

Bytes Replaced(const Bytes& bytes, const std::string& from, const std::string& to) {
  std::string text = Text(bytes);
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  return ToBytes(text);
}

}  // namespace

TEST_SUITE("stats file") {
  TEST_CASE("a file written then read gives back the same file, in each mode and period") {
    for (const StatsMode mode : {StatsMode::kNoise, StatsMode::kConventional}) {
      for (const StatsPeriod period :
           {kQuarter, kYear, StatsPeriod{2025, 5, 5}, StatsPeriod{2027, 3, 10}}) {
        const StatsFile file = MakeStatsFile(mode, period, 7);
        Result<Bytes> bytes = WriteStatsFile(file);
        REQUIRE_MESSAGE(bytes.ok(), bytes.status().message());
        Result<StatsFile> back = ParseStatsFile(bytes.value());
        REQUIRE_MESSAGE(back.ok(), back.status().message());
        CHECK(SameStatsFile(file, back.value()));
        CHECK(back.value().cells.size() == file.cells.size());
        Result<Bytes> again = WriteStatsFile(back.value());
        REQUIRE(again.ok());
        CHECK(again.value() == bytes.value());
      }
    }
  }

  TEST_CASE("a file holds one table alone, or two of them, and reads back") {
    for (const std::vector<StatsTable>& tables : std::vector<std::vector<StatsTable>>{
             {StatsTable::kTypologyFit}, {StatsTable::kRequests, StatsTable::kAnswerQuality}}) {
      const StatsFile file = MakeStatsFile(StatsMode::kNoise, kQuarter, 3, tables, {1, 2});
      Result<Bytes> bytes = WriteStatsFile(file);
      REQUIRE_MESSAGE(bytes.ok(), bytes.status().message());
      Result<StatsFile> back = ParseStatsFile(bytes.value());
      REQUIRE_MESSAGE(back.ok(), back.status().message());
      CHECK(SameStatsFile(file, back.value()));
    }
  }

  TEST_CASE("the file follows the layout: BOM, CRLF, French labels, comma decimals") {
    const std::string text = Text(Good());
    CHECK(text.rfind("\xEF\xBB\xBF"
                     "Carnet – statistiques anonymisées;format 1\r\n",
                     0) == 0);
    const std::vector<std::string> lines = SplitCrlf(text);
    CHECK(JoinCrlf(lines) == text);  // every line ends with CRLF, none with a bare LF
    CHECK(text.find('\n') == text.find("\r\n") + 1);
    CHECK(lines[1] == "spécification;carnet-stats-1");
    CHECK(lines[2] == "typologie;national-2026.1");
    CHECK(lines[3] == "année;2026");
    CHECK(lines[4] == "premier mois;1");
    CHECK(lines[5] == "dernier mois;3");
    CHECK(lines[6] == "mode;bruit");
    CHECK(lines[kEpsilonLine - 1] == "epsilon;1");
    CHECK(lines[kMergedLine - 1] == "fichiers fusionnés;1");
    CHECK(lines[9].empty());
    // Bound 3, four tables, epsilon 1: scale 12; variance 2a/(1-a)^2 with a = exp(-1/12).
    CHECK(lines[kFirstTableLine - 1] == "demandes;3;12;1;287,833;16,966");
    CHECK(lines[kCellsHeaderLine - 1] ==
          "tableau;dimension 1;dimension 2;dimension 3;valeur;écart-type");
    const std::vector<std::string> cell = SplitFields(lines[kFirstCellLine - 1]);
    REQUIRE(cell.size() == 6);
    CHECK(cell[0] == "demandes");
    CHECK(cell[1] == "DROITS");
    CHECK(cell[2] == "0 à 17 ans");
    CHECK(cell[3] == "2026-T1");
    CHECK(cell[5] == "16,966");
    // The typology fit's cells have one dimension: the other two are empty.
    CHECK(text.find("\r\nadéquation de la typologie;AUCUNE;;;") != std::string::npos);
    CHECK(text.find("\r\n\r\n", text.size() - 4) == std::string::npos);  // no trailing blank
  }

  TEST_CASE("the conventional mode writes the minimum frequency, a zero scale and secrets") {
    const std::string text = Text(Good(StatsMode::kConventional));
    const std::vector<std::string> lines = SplitCrlf(text);
    CHECK(lines[6] == "mode;conventionnel");
    CHECK(lines[7] == "fréquence minimale;11");
    CHECK(lines[11] == "demandes;3;0;1;0;0");
    CHECK(text.find(";secret;0\r\n") != std::string::npos);
    CHECK(text.find("\r\ndemandes;ensemble;ensemble;2026-T1;") != std::string::npos);
    CHECK(text.find("epsilon") == std::string::npos);
  }

  TEST_CASE("the variance is that of the discrete Laplace noise, in thousandths") {
    CHECK(DiscreteLaplaceVarianceMilli({0, 1}) == 0);
    for (const auto& [scale, variance] : std::vector<std::pair<Rational, double>>{
             {{12, 1}, 287.8333911877604}, {{2, 1}, 7.835396178065527}, {{1, 3}, 0.1102823}}) {
      const double a = std::exp(-static_cast<double>(scale.den) / scale.num);
      const double exact = 2 * a / ((1 - a) * (1 - a));
      CHECK(std::fabs(exact - variance) < 0.05);
      CHECK(DiscreteLaplaceVarianceMilli(scale) == std::llround(exact * 1000));
    }
    CHECK(DiscreteLaplaceVarianceMilli({12, 1}) == 287833);
    // A large scale: the variance is about 2 s^2.
    const std::int64_t large = DiscreteLaplaceVarianceMilli({1 << 20, 1});
    CHECK(std::llabs(large - 2'199'023'255'552'000) < 1'000'000);
  }

  TEST_CASE("the standard deviation is the exact square root, rounded to the thousandth") {
    CHECK(StatsDeviationMilli(0) == 0);
    CHECK(StatsDeviationMilli(287833) == 16966);  // sqrt(287.833) = 16.96564
    CHECK(StatsDeviationMilli(4000) == 2000);
    CHECK(StatsDeviationMilli(1) == 32);  // sqrt(0.001) = 0.0316
    CHECK(StatsDeviationMilli(kMaxStatsVarianceMilli) == 3'000'000'000);
    for (std::int64_t v = 1; v < 200000; v += 997) {
      const double exact = std::sqrt(static_cast<double>(v) / 1000.0) * 1000.0;
      CHECK(std::fabs(static_cast<double>(StatsDeviationMilli(v)) - exact) <= 0.5);
    }
  }

  TEST_CASE("numbers have one spelling: comma decimals without trailing zeros") {
    using namespace stats_text;
    CHECK(FormatMilli(287833) == "287,833");
    CHECK(FormatMilli(1500) == "1,5");
    CHECK(FormatMilli(1050) == "1,05");
    CHECK(FormatMilli(7) == "0,007");
    CHECK(FormatMilli(3000) == "3");
    CHECK(ParseMilli("1,05", 1'000'000) == 1050);
    CHECK_FALSE(ParseMilli("1,050", 1'000'000));
    CHECK_FALSE(ParseMilli("01,5", 1'000'000));
    CHECK_FALSE(ParseMilli("1.5", 1'000'000));
    CHECK_FALSE(ParseMilli("1,", 1'000'000));
  }

  TEST_CASE("epsilon is written as a decimal, and one with no finite decimal is refused") {
    using stats_text::FormatEpsilon;
    CHECK(FormatEpsilon({1, 1}) == "1");
    CHECK(FormatEpsilon({1, 2}) == "0,5");
    CHECK(FormatEpsilon({1, 4}) == "0,25");
    CHECK(FormatEpsilon({3, 2}) == "1,5");
    CHECK(FormatEpsilon({2, 4}) == "0,5");
    CHECK(FormatEpsilon({1, 10}) == "0,1");
    CHECK_FALSE(FormatEpsilon({1, 3}));
    StatsFile file = MakeStatsFile(StatsMode::kNoise, kQuarter, 1);
    file.epsilon = {1, 3};
    Result<Bytes> refused = WriteStatsFile(file);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.status().code() == StatusCode::kInvalidArgument);
    CHECK(refused.status().message().find("décimale") != std::string::npos);
    // Epsilon 1/2, four tables: the requests' scale is 3 x 4 x 2 = 24.
    const StatsFile half = MakeStatsFile(StatsMode::kNoise, kQuarter, 1, AllStatsTables(), {1, 2});
    Result<Bytes> bytes = WriteStatsFile(half);
    REQUIRE(bytes.ok());
    const std::vector<std::string> lines = SplitCrlf(Text(bytes.value()));
    CHECK(lines[kEpsilonLine - 1] == "epsilon;0,5");
    CHECK(SplitFields(lines[kFirstTableLine - 1])[2] == "24");
  }

  TEST_CASE("the writer refuses cells that are not exactly the specification's") {
    const StatsFile good = MakeStatsFile(StatsMode::kNoise, kQuarter, 1);
    const auto refused = [](const StatsFile& file) {
      Result<Bytes> bytes = WriteStatsFile(file);
      CHECK_FALSE(bytes.ok());
      if (!bytes.ok()) CHECK(bytes.status().code() == StatusCode::kInvalidArgument);
    };
    StatsFile missing = good;
    missing.cells.pop_back();
    refused(missing);
    StatsFile extra = good;
    extra.cells.push_back(extra.cells.back());
    refused(extra);
    StatsFile swapped = good;
    std::swap(swapped.cells[0], swapped.cells[1]);
    refused(swapped);
    StatsFile renamed = good;
    renamed.cells[0].key[0] = "=1+1";
    refused(renamed);
    StatsFile tables = good;
    std::swap(tables.tables[0], tables.tables[1]);
    refused(tables);
    StatsFile none = good;
    none.tables.clear();
    none.cells.clear();
    refused(none);
  }

  TEST_CASE("the writer refuses what would not read back: formulas, secrets, absurd values") {
    const StatsFile good = MakeStatsFile(StatsMode::kNoise, kQuarter, 1);
    StatsFile formula = good;
    formula.spec_version = "=1+1";
    CHECK_FALSE(WriteStatsFile(formula).ok());
    StatsFile secret = good;
    secret.cells[3].value.reset();
    CHECK_FALSE(WriteStatsFile(secret).ok());
    StatsFile absurd = good;
    absurd.cells[3].value = 1'000'000'000'000;
    CHECK_FALSE(WriteStatsFile(absurd).ok());
    StatsFile variance = good;
    variance.tables[0].variance_milli += 5;
    CHECK_FALSE(WriteStatsFile(variance).ok());
    StatsFile scale = good;
    scale.tables[0].scale = {24, 2};  // the right value, not reduced
    CHECK_FALSE(WriteStatsFile(scale).ok());
    StatsFile period = good;
    period.period.last_month = 13;
    CHECK_FALSE(WriteStatsFile(period).ok());
    StatsFile negative = MakeStatsFile(StatsMode::kConventional, kQuarter, 1);
    negative.cells[0].value = -3;
    CHECK_FALSE(WriteStatsFile(negative).ok());
    // A negative noisy count is a plain number, not a formula: written and read back.
    StatsFile minus = good;
    minus.cells[0].value = -3;
    Result<Bytes> bytes = WriteStatsFile(minus);
    REQUIRE(bytes.ok());
    CHECK(SplitFields(SplitCrlf(Text(bytes.value()))[kFirstCellLine - 1])[4] == "-3");
  }
}

TEST_SUITE("stats file: merge refuses each kind of malformed file") {
  TEST_CASE("a file without its byte-order mark is read the same") {
    const Bytes good = Good();
    const Bytes without(good.begin() + 3, good.end());
    Result<StatsFile> a = ParseStatsFile(good);
    Result<StatsFile> b = ParseStatsFile(without);
    REQUIRE(a.ok());
    REQUIRE_MESSAGE(b.ok(), b.status().message());
    CHECK(SameStatsFile(a.value(), b.value()));
  }

  TEST_CASE("a file truncated anywhere is refused") {
    // Every offset of a small file, then offsets all along a full year's four tables.
    const StatsFile small =
        MakeStatsFile(StatsMode::kNoise, kQuarter, 2, {StatsTable::kTypologyFit});
    Result<Bytes> written = WriteStatsFile(small);
    REQUIRE(written.ok());
    const Bytes& bytes = written.value();
    for (std::size_t size = 0; size < bytes.size(); ++size) {
      const Bytes cut(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(size));
      Result<StatsFile> parsed = ParseStatsFile(cut);
      CHECK_MESSAGE(!parsed.ok(), "accepted when cut at " << size);
      if (!parsed.ok()) CHECK(parsed.status().code() == StatusCode::kCorrupt);
    }
    const Bytes large = Good(StatsMode::kConventional, kYear);
    for (std::size_t size = 0; size < large.size(); size += 211) {
      const Bytes cut(large.begin(), large.begin() + static_cast<std::ptrdiff_t>(size));
      CHECK_MESSAGE(!ParseStatsFile(cut).ok(), "accepted when cut at " << size);
    }
    CheckRefused(Bytes(large.begin(), large.end() - 2), "fin de ligne");
    CheckRefused(Bytes(large.begin(), large.end() - 1), "retour chariot isolé");
  }

  TEST_CASE("a file that is not a statistics file is refused") {
    CheckRefused({}, "fichier vide");
    CheckRefused(ToBytes("nom;prénom\r\nDupont;Marie\r\n"), "pas un fichier de statistiques", 1);
    CheckRefused(Replaced(Good(), "anonymisées", "anonymes"), "pas un fichier de statistiques", 1);
  }

  TEST_CASE("a file of another format version is refused as unsupported") {
    Result<StatsFile> parsed = ParseStatsFile(Replaced(Good(), ";format 1", ";format 2"));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.status().problem() == Problem::kUnsupportedFormat);
    CHECK(parsed.status().message().find("« format 2 » non pris en charge") != std::string::npos);
  }

  TEST_CASE("a file of another specification or typology version is refused as unsupported") {
    Result<StatsFile> spec = ParseStatsFile(WithField(Good(), 2, 1, "carnet-stats-2"));
    REQUIRE_FALSE(spec.ok());
    CHECK(spec.status().code() == StatusCode::kCorrupt);
    CHECK(spec.status().problem() == Problem::kUnsupportedFormat);
    CHECK(spec.status().message().find("ligne 2 : spécification « carnet-stats-2 » non prise") ==
          0);
    CheckRefused(WithField(Good(), 3, 1, "national-2027.1"), "typologie « national-2027.1 »", 3);
  }

  TEST_CASE("a bad period is refused") {
    CheckRefused(WithField(Good(), 4, 1, "1800"), "période invalide", 6);
    CheckRefused(WithField(Good(), 5, 1, "13"), "premier mois « 13 » invalide", 5);
    CheckRefused(WithField(Good(), 5, 1, "4"), "période invalide", 6);
    CheckRefused(WithField(Good(), 6, 1, "03"), "dernier mois « 03 » invalide", 6);
    CheckRefused(WithField(Good(), 4, 1, "deux mille"), "année « deux mille » invalide", 4);
  }

  TEST_CASE("an unknown mode is refused") {
    CheckRefused(WithField(Good(), 7, 1, "exact"), "mode « exact » inconnu", 7);
  }

  TEST_CASE("an epsilon that is not a positive finite decimal is refused") {
    for (const char* bad : {"0", "-1", "NaN", "nan", "inf", "1e3", "", "0,50", "0.5", "1/3", " 1",
                            "00,5", "0,", ",5", "99999999"}) {
      CheckRefused(WithField(Good(), kEpsilonLine, 1, bad), "epsilon", kEpsilonLine);
    }
  }

  TEST_CASE("a merged file count below one is refused") {
    for (const char* bad : {"0", "-2", "1000001", "un"}) {
      CheckRefused(WithField(Good(), kMergedLine, 1, bad), "fichiers fusionnés", kMergedLine);
    }
  }

  TEST_CASE("an unknown, duplicated or misplaced table is refused") {
    CheckRefused(WithField(Good(), kFirstTableLine, 0, "dépenses"), "tableau inconnu",
                 kFirstTableLine);
    std::vector<std::string> lines = SplitCrlf(Text(Good()));
    std::vector<std::string> doubled = lines;
    doubled[kFirstTableLine] = doubled[kFirstTableLine - 1];
    CheckRefused(ToBytes(JoinCrlf(doubled)), "en double", kFirstTableLine + 1);
    std::vector<std::string> swapped = lines;
    std::swap(swapped[kFirstTableLine], swapped[kFirstTableLine - 1]);
    CheckRefused(ToBytes(JoinCrlf(swapped)), "hors de l’ordre", kFirstTableLine + 1);
    std::vector<std::string> none = lines;
    none.erase(none.begin() + kFirstTableLine - 1, none.begin() + kFirstTableLine + 3);
    CheckRefused(ToBytes(JoinCrlf(none)), "aucun tableau");
  }

  TEST_CASE("a bound outside 1 to 16 is refused") {
    for (const char* bad : {"0", "17", "-1", "3,5"}) {
      CheckRefused(WithField(Good(), kFirstTableLine, 1, bad), "borne", kFirstTableLine);
    }
  }

  TEST_CASE("a scale that does not match the bound, the tables and epsilon is refused") {
    CheckRefused(WithField(Good(), kFirstTableLine, 2, "6"), "échelle du bruit 6 / 1 incohérente",
                 kFirstTableLine);
    CheckRefused(WithField(WithField(Good(), kFirstTableLine, 2, "24"), kFirstTableLine, 3, "2"),
                 "donne 12 / 1", kFirstTableLine);
    // Another bound with the scale it would need is still refused: the bound is part of it.
    CheckRefused(WithField(Good(), kFirstTableLine, 1, "4"), "incohérente", kFirstTableLine);
  }

  TEST_CASE("a variance that does not match the scale is refused") {
    CheckRefused(WithField(Good(), kFirstTableLine, 4, "287,835"), "variance 287,835 incohérente",
                 kFirstTableLine);
    CheckRefused(WithField(Good(), kFirstTableLine, 4, "1e3"), "variance « 1e3 » invalide",
                 kFirstTableLine);
    // One thousandth per file is allowed: another platform may round exp() differently.
    CHECK(ParseStatsFile(WithField(WithField(Good(), kFirstTableLine, 4, "287,834"),
                                   kFirstTableLine, 5, "16,966"))
              .ok());
  }

  TEST_CASE("a standard deviation that does not match the variance is refused") {
    CheckRefused(WithField(Good(), kFirstTableLine, 5, "16,967"), "écart-type « 16,967 »",
                 kFirstTableLine);
    CheckRefused(WithField(Good(), kFirstCellLine, 5, "1"), "écart-type « 1 » différent",
                 kFirstCellLine);
  }

  TEST_CASE("a missing cell is refused") {
    std::vector<std::string> lines = SplitCrlf(Text(Good()));
    lines.erase(lines.begin() + kFirstCellLine + 4);
    CheckRefused(ToBytes(JoinCrlf(lines)), "case manquante « demandes / DROITS / 65 à 74 ans",
                 kFirstCellLine + 5);
    std::vector<std::string> last = SplitCrlf(Text(Good()));
    last.pop_back();
    CheckRefused(ToBytes(JoinCrlf(last)), "fin du fichier avant la case « adéquation");
  }

  TEST_CASE("a duplicated cell is refused") {
    std::vector<std::string> lines = SplitCrlf(Text(Good()));
    lines.insert(lines.begin() + kFirstCellLine, lines[kFirstCellLine - 1]);
    CheckRefused(ToBytes(JoinCrlf(lines)), "case en double « demandes / DROITS / 0 à 17 ans",
                 kFirstCellLine + 1);
  }

  TEST_CASE("an extra row or an unknown cell is refused") {
    std::vector<std::string> lines = SplitCrlf(Text(Good()));
    lines.push_back(lines.back());
    CheckRefused(ToBytes(JoinCrlf(lines)), "ligne en trop", lines.size());
    std::vector<std::string> blank = SplitCrlf(Text(Good()));
    blank.emplace_back();
    CheckRefused(ToBytes(JoinCrlf(blank)), "ligne en trop", blank.size());
    CheckRefused(WithField(Good(), kFirstCellLine, 1, "LOISIRS"), "case « demandes / LOISIRS",
                 kFirstCellLine);
  }

  TEST_CASE("an extra or a missing column is refused") {
    const Bytes good = Good();
    const std::string first = SplitCrlf(Text(good))[kFirstCellLine - 1];
    CheckRefused(Replaced(good, first, first + ";0"), "6 champs attendus pour une case, 7",
                 kFirstCellLine);
    CheckRefused(Replaced(good, first, first.substr(0, first.rfind(';'))), "6 champs",
                 kFirstCellLine);
    CheckRefused(Replaced(good, "epsilon;1\r\n", "epsilon;1;\r\n"), "« epsilon;… » attendu",
                 kEpsilonLine);
    CheckRefused(Replaced(good, ";écart-type\r\n", ";écart-type;\r\n"), "l’en-tête des cases",
                 kCellsHeaderLine);
  }

  TEST_CASE("a formula in a key is refused, wherever it starts") {
    for (const char* formula : {"=1+1", "@SUM(A1)", "+1", "-1+1", "\t=1", "=HYPERLINK(\"x\")"}) {
      CheckRefused(WithField(Good(), kFirstCellLine, 1, formula), "formule", kFirstCellLine);
      CheckRefused(WithField(Good(), kFirstCellLine, 3, formula), "formule", kFirstCellLine);
    }
    CheckRefused(WithField(Good(), 2, 1, "=1+1"), "formule", 2);
  }

  TEST_CASE("a formula in a value is refused") {
    for (const char* formula : {"=1+1", "@SUM(A1:A9)", "+1", "-1+1", "-"}) {
      CheckRefused(WithField(Good(), kFirstCellLine, 4, formula), "formule", kFirstCellLine);
    }
    CheckRefused(WithField(Good(), kFirstTableLine, 4, "=287"), "formule", kFirstTableLine);
  }

  TEST_CASE("a value that is not an integer within plus or minus 10^9 is refused") {
    for (const char* absurd : {"1000000000000", "-1000000000000", "1000000001",
                               "99999999999999999999", "1,5", "-0", "007", "", "deux"}) {
      CheckRefused(WithField(Good(), kFirstCellLine, 4, absurd), "invalide", kFirstCellLine);
    }
    CHECK(ParseStatsFile(WithField(Good(), kFirstCellLine, 4, "1000000000")).ok());
    CHECK(ParseStatsFile(WithField(Good(), kFirstCellLine, 4, "-1000000000")).ok());
  }

  TEST_CASE("a secret is refused outside the conventional mode") {
    CheckRefused(WithField(Good(), kFirstCellLine, 4, "secret"), "« secret » hors du mode",
                 kFirstCellLine);
  }

  TEST_CASE("the conventional mode's invariants are checked") {
    const Bytes good = Good(StatsMode::kConventional);
    REQUIRE(ParseStatsFile(good).ok());
    CheckRefused(WithField(good, 8, 1, "1"), "fréquence minimale « 1 » invalide", 8);
    CheckRefused(WithField(good, 8, 1, "1001"), "fréquence minimale", 8);
    CheckRefused(WithField(good, kFirstTableLine, 2, "1"), "mode conventionnel", kFirstTableLine);
    CheckRefused(WithField(good, kFirstTableLine, 3, "2"), "mode conventionnel", kFirstTableLine);
    CheckRefused(WithField(WithField(good, kFirstTableLine, 4, "1"), kFirstTableLine, 5, "1"),
                 "mode conventionnel", kFirstTableLine);
    CheckRefused(WithField(good, kFirstCellLine, 4, "-3"), "invalide", kFirstCellLine);
    CheckRefused(Replaced(good, "fréquence minimale;11", "epsilon;1"), "fréquence minimale", 8);
  }

  TEST_CASE("a quote, a control character or a NUL byte is refused") {
    CheckRefused(WithField(Good(), kFirstCellLine, 2, "0 à \"17\" ans"), "guillemet",
                 kFirstCellLine);
    CheckRefused(WithField(Good(), kFirstCellLine, 2, "0 à\t17 ans"), "caractère de contrôle",
                 kFirstCellLine);
    CheckRefused(WithField(Good(), kFirstCellLine, 2, std::string("0 à 17\0ans", 10)), "octet nul",
                 kFirstCellLine);
  }

  TEST_CASE("text that is not valid UTF-8 is refused") {
    for (const char* bad :
         {"\xC3\x28", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF", "\xE9t\xE9"}) {
      CheckRefused(WithField(Good(), kFirstCellLine, 2, bad), "UTF-8", kFirstCellLine);
    }
    CheckRefused(ToBytes(Text(Good()) + "\xC3"), "UTF-8");
  }

  TEST_CASE("line ends other than CRLF are refused") {
    std::string text = Text(Good());
    std::string unix_ends;
    for (const char c : text) {
      if (c != '\r') unix_ends += c;
    }
    CheckRefused(ToBytes(unix_ends), "CRLF attendu", 1);
    CheckRefused(Replaced(Good(), "format 1\r\n", "format 1\r"), "retour chariot isolé", 1);
  }

  TEST_CASE("a file over 16 MiB is refused before it is read") {
    Bytes huge = Good();
    huge.resize(kMaxStatsFileBytes + 1, ' ');
    CheckRefused(huge, "16 Mio");
  }
}
