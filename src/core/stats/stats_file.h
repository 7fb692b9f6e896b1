// The statistics file: what leaves the social worker's browser, and what the regional office
// merges. CSV in UTF-8 with a byte-order mark, ';' as separator and CRLF line ends, so that
// French spreadsheet software opens it with its accents and columns; decimals use a comma.
// No vault id, no worker identity and no date finer than the period: the file holds the
// specification, the period, the parameters and the cells, nothing else.
//
// Layout (every line is "field;field;..."; names are exact, in this order):
//   Carnet – statistiques anonymisées;format 1
//   spécification;carnet-stats-1
//   typologie;national-2026.1
//   année;2026
//   premier mois;1
//   dernier mois;3
//   mode;bruit            ("bruit": discrete Laplace noise; "conventionnel": suppression)
//   epsilon;1             (noise mode: the release's epsilon, decimal with a comma: "0,5")
//   fréquence minimale;11 (conventional mode only, instead of epsilon)
//   fichiers fusionnés;1  (1 for a worker's file; the number of files summed after a merge)
//   <empty line>
// clang-format off
//   tableau;borne par personne;échelle du bruit (numérateur);échelle du bruit (dénominateur);variance par case;écart-type par case
//   demandes;3;12;1;287,833;16,966       (one line per table present, in table order)
//   <empty line>
//   tableau;dimension 1;dimension 2;dimension 3;valeur;écart-type
//   demandes;DROITS;0 à 17 ans;2026-T1;4;16,966
//   ...                                  (every cell of every table present, in spec order)
// clang-format on
// A value is an integer, negative ones included (noise has mean zero: clamping would bias the
// regional sums), or "secret" for a cell suppressed in conventional mode. In conventional mode
// the scale is 0 (numerator 0, denominator 1), the variance and deviation "0". Merged files
// sum the variances.
// No field may start with = + - @ tab or CR unless it is a plain number: no cell can start a
// spreadsheet formula, and the parser refuses any that could.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/bytes.h"
#include "core/base/status.h"
#include "core/stats/stats_spec.h"

namespace carnet {

// A positive rational, e.g. epsilon 1/2; numerator and denominator from 1 to 2^20.
struct Rational {
  std::uint32_t num = 1;
  std::uint32_t den = 1;
  bool operator==(const Rational& o) const {
    return std::uint64_t{num} * o.den == std::uint64_t{o.num} * den;
  }
};

// One table's parameters. The noise is discrete Laplace of scale scale.num / scale.den;
// its variance per cell, 2 a / (1 - a)^2 with a = exp(-den / num), is written in thousandths.
struct StatsTableInfo {
  StatsTable table = StatsTable::kRequests;
  int bound = 1;                    // cells a person counts in, at most (the sensitivity)
  Rational scale{0, 1};             // {0, 1} in conventional mode
  std::int64_t variance_milli = 0;  // per cell, rounded to the nearest thousandth
};

struct StatsCellValue {
  StatsTable table = StatsTable::kRequests;
  StatsKey key;
  std::optional<std::int64_t> value;  // nothing: suppressed ("secret")
};

struct StatsFile {
  std::string spec_version{kStatsSpecVersion};
  std::string typology_version{kStatsTypologyVersion};
  StatsPeriod period;
  StatsMode mode = StatsMode::kNoise;
  Rational epsilon;           // noise mode
  int minimum_frequency = 0;  // conventional mode
  int merged_files = 1;
  std::vector<StatsTableInfo> tables;  // in table order, each at most once
  std::vector<StatsCellValue> cells;   // every cell of each table, in StatsCells order (margins
                                       // included in conventional mode)
};

// Limits a reader enforces: anything beyond is an absurd or hostile file.
inline constexpr std::size_t kMaxStatsFileBytes = std::size_t{16} << 20;
inline constexpr std::int64_t kMaxStatsValue = 1'000'000'000;  // |value| of one cell
inline constexpr int kMaxStatsMergedFiles = 1'000'000;
inline constexpr int kMinStatsMinimumFrequency = 2;
inline constexpr int kMaxStatsMinimumFrequency = 1000;

// The same file as far as its bytes tell: every field, except the epsilon in conventional mode
// and the minimum frequency in noise mode, which are not written.
bool SameStatsFile(const StatsFile& a, const StatsFile& b);

// The file's bytes. Refuses (kInvalidArgument) a file whose cells are not exactly the
// specification's, whose text could start a formula, whose epsilon has no finite decimal form
// of at most 12 decimals (1/3), or that would not read back as the same file (a scale or
// variance that does not match, a value beyond +-10^9...): whatever it writes, ParseStatsFile
// reads back, and equal files give equal bytes.
Result<Bytes> WriteStatsFile(const StatsFile& file);

// Reads and checks a file: layout, versions, period, parameters (a scale that matches the
// epsilon, bound and table count; a variance that matches the scale), exactly the cells of the
// specification, values within +-10^9, no formula. Any defect is kCorrupt with a French
// message naming the line and what is wrong.
Result<StatsFile> ParseStatsFile(ByteView bytes);

}  // namespace carnet
