// The uncertainty the statistics file states: the variance of one cell's discrete Laplace
// noise, and the standard deviation written beside it. Floating point is fine here (this is
// not the sampler): the variance is rounded to thousandths, and a reader allows one thousandth
// per file of difference, so two platforms' exp() may disagree in the last bit.
#pragma once

#include <cstdint>

#include "core/stats/stats_file.h"

namespace carnet {

// 2 a / (1 - a)^2 with a = exp(-scale.den / scale.num), in thousandths, rounded to the nearest.
// Scale {0, 1} (conventional mode, no noise) has variance 0. Scales are those of a
// StatsTableInfo (parts at most 2^20), so the result stays below 2.3e15.
std::int64_t DiscreteLaplaceVarianceMilli(Rational scale);

// sqrt(variance_milli / 1000) in thousandths, rounded to the nearest: exact integer arithmetic,
// so every platform writes the same digits. variance_milli from 0 to kMaxStatsVarianceMilli.
std::int64_t StatsDeviationMilli(std::int64_t variance_milli);

// The largest variance a file may state (one cell's, summed over merged files): far above any
// real release, and small enough for the deviation's integer arithmetic.
inline constexpr std::int64_t kMaxStatsVarianceMilli = 9'000'000'000'000'000;

}  // namespace carnet
