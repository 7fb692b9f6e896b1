// The anonymised statistics' specification, version carnet-stats-1: four fixed tables whose
// cells are the cross-product of fixed domains. Every cell is always written, zeros included,
// and no key ever depends on the data: the domains come from this file and from the national
// typology's version, never from the case file. Local sub-categories count under their
// national category.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/status.h"

namespace carnet {

inline constexpr std::string_view kStatsSpecVersion = "carnet-stats-1";
inline constexpr std::string_view kStatsTypologyVersion = "national-2026.1";

enum class StatsTable : std::uint8_t {
  kRequests = 0,       // persons with a request: national category x age band x quarter
  kOutcomes = 1,       // persons with a request: national category x outcome at period end
  kAnswerQuality = 2,  // persons followed: structured field x answer state
  kTypologyFit = 3,    // persons with a request filed as "no category fits": national category
};
inline constexpr int kStatsTableCount = 4;

// Whole months of one calendar year: January to March 2026 is {2026, 1, 3}.
struct StatsPeriod {
  int year = 0;
  int first_month = 1;
  int last_month = 12;
  bool operator==(const StatsPeriod& o) const {
    return year == o.year && first_month == o.first_month && last_month == o.last_month;
  }
};

// How the counts are protected: exact discrete Laplace noise (differential privacy), or, for
// tables that must follow official statistics practice, a minimum frequency with secondary
// suppression and an audit of what the margins reveal.
enum class StatsMode : std::uint8_t { kNoise = 0, kConventional = 1 };

// A valid period: a year Carnet accepts, 1 <= first_month <= last_month <= 12.
Status CheckPeriod(const StatsPeriod& period);

// One cell's position: up to three dimension values, as written in the file (French codes
// that no spreadsheet reads as a date or a formula: "DROITS", "18 à 24 ans", "2026-T1"). The
// unused dimensions are empty.
using StatsKey = std::array<std::string, 3>;

// A table's name in the file ("demandes", "résultats", "qualité des réponses",
// "adéquation de la typologie") and its dimensions' names.
std::string_view StatsTableName(StatsTable table);
std::array<std::string_view, 3> StatsDimensionNames(StatsTable table);

// The key value of a margin: the sum over that dimension ("ensemble").
inline constexpr std::string_view kStatsMargin = "ensemble";

// The table's domain: its cells in the file's order. Depends on the table, the mode and, for
// the requests table, on the period's quarters only. In conventional mode each table also has
// its margins, after its cells: the sums over the first dimension, then over the second, then
// the total (per quarter for the requests table; a margin is a sum of cells, so a person
// counted in two cells of a row counts twice in its margin). The typology-fit table has one
// dimension: its only margin is the total.
std::vector<StatsKey> StatsCells(StatsTable table, const StatsPeriod& period,
                                 StatsMode mode = StatsMode::kNoise);

// Domains (fixed by kStatsSpecVersion and kStatsTypologyVersion).
const std::vector<std::string_view>& StatsNationalCategories();  // DROITS ... FAMILLE, AUCUNE
const std::vector<std::string_view>& StatsAgeBands();            // "0 à 17 ans" ... "âge inconnu"
const std::vector<std::string_view>& StatsOutcomes();            // "en cours", "satisfaite" ...
const std::vector<std::string_view>& StatsAnswerFields();        // "naissance", "adresse" ...
const std::vector<std::string_view>& StatsAnswerStates();        // "renseigné", "inconnu" ...
std::vector<std::string> StatsQuarters(const StatsPeriod& period);  // "2026-T1" ...
// A table's first two dimensions' values (the typology fit's second is a single "").
std::array<std::vector<std::string>, 2> StatsPlane(StatsTable table);

// The most cells one person may count in, per table, by default: the sensitivity of the
// table's counts (removing a person changes them by at most this much, summed over cells).
// The answer-quality table's is fixed: one state per field.
int DefaultStatsBound(StatsTable table);
inline constexpr int kMaxStatsBound = 16;

}  // namespace carnet
