// The privacy parameters of a release and the noise added to its counts: epsilon as an exact
// decimal, each table's share of it, the scale of its discrete Laplace noise, and the noisy
// counts themselves. Integer and rational arithmetic only, like the sampler (a test checks the
// source); a failing random source fails the whole table, so nothing is written.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/base/status.h"
#include "core/stats/noise_sampler.h"
#include "core/stats/stats_file.h"

namespace carnet {

// Epsilon accepted for one release: from 0.01 to 10, at most three decimals.
inline constexpr std::int64_t kMinEpsilonMilli = 10;
inline constexpr std::int64_t kMaxEpsilonMilli = 10000;
// Defaults (README, "Statistiques"): 1 per release, 4 per calendar year.
inline constexpr Rational kDefaultEpsilon{1, 1};
inline constexpr std::int64_t kDefaultYearlyEpsilonMilli = 4000;

// "1", "0,5", "0.25": a decimal within the bounds above. Zero, negative numbers, NaN, infinity,
// exponents, more than three decimals and anything else are refused (kInvalidArgument).
Result<Rational> ParseEpsilon(std::string_view text);
// The epsilon in thousandths (exact: every accepted epsilon is a whole number of thousandths).
std::int64_t EpsilonMilli(const Rational& epsilon);
// The same check for an epsilon given as a fraction.
Status CheckEpsilon(const Rational& epsilon);

// The noise scale of one table when `table_count` tables share `epsilon` equally and a person
// counts in at most `bound` of its cells: bound * table_count / epsilon, in lowest terms.
Result<Rational> NoiseScale(int bound, int table_count, const Rational& epsilon);

// Adds one independent discrete Laplace draw of `scale` to each count.
Result<std::vector<std::int64_t>> AddNoise(const std::vector<std::int64_t>& counts,
                                           const Rational& scale, RandomSource& random);

}  // namespace carnet
