// A statistics release: the user's request (period, tables, mode and parameters) turned into the
// exact bytes of the file that leaves the vault, recorded in the budget ledger before anything
// is shown or written. The same request again returns the same bytes and spends nothing.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/base/bytes.h"
#include "core/base/calendar.h"
#include "core/base/status.h"
#include "core/db/database.h"
#include "core/stats/noise_sampler.h"
#include "core/stats/stats_conventional.h"
#include "core/stats/stats_file.h"
#include "core/stats/stats_noise.h"

namespace carnet {

struct StatsRequest {
  StatsPeriod period;
  std::vector<StatsTable> tables;  // at least one, each at most once (any order)
  StatsMode mode = StatsMode::kNoise;
  Rational epsilon = kDefaultEpsilon;                          // noise mode
  int minimum_frequency = kDefaultMinimumFrequency;            // conventional mode, 2 to 1000
  std::array<int, kStatsTableCount> bounds = DefaultBounds();  // per table, by StatsTable

  static std::array<int, kStatsTableCount> DefaultBounds();
};

struct StatsRelease {
  Bytes file;
  bool repeated = false;         // the same request was released before: its bytes, no new debit
  std::int64_t spent_milli = 0;  // epsilon spent this calendar year, this release included
};

// Checks the request: a valid period that ended before `today`, tables, epsilon (noise mode) or
// minimum frequency (conventional mode), bounds. kInvalidArgument naming what is wrong.
Status CheckStatsRequest(const StatsRequest& request, Day today);

// The request in canonical form: the ledger's key (same request, same text).
std::string CanonicalStatsRequest(const StatsRequest& request);

// The file of a request, computed afresh (noise drawn from `random`; the conventional mode
// audits against `earlier` conventional releases). Nothing is recorded: ReleaseStatistics is
// the only way to a file the user sees.
Result<StatsFile> ComputeStatsFile(Database& db, const StatsRequest& request, RandomSource& random,
                                   const std::vector<StatsFile>& earlier);

// The release: verifies the ledger; answers a repeated request from it; refuses a release
// that would take the epsilon spent in `today`'s year beyond `yearly_cap_milli`; otherwise
// computes the file and appends it to the ledger, then returns its bytes. On any failure
// (the random source included) nothing is recorded and no bytes are returned.
Result<StatsRelease> ReleaseStatistics(Database& db, const StatsRequest& request, Day today,
                                       RandomSource& random,
                                       std::int64_t yearly_cap_milli = kDefaultYearlyEpsilonMilli);

}  // namespace carnet
