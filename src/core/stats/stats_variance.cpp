#include "core/stats/stats_variance.h"

#include <cmath>

namespace carnet {

std::int64_t DiscreteLaplaceVarianceMilli(Rational scale) {
  if (scale.num == 0 || scale.den == 0) return 0;
  const double t = static_cast<double>(scale.den) / static_cast<double>(scale.num);
  // 1 - a as -expm1(-t): exact enough when a is close to 1 (a large scale).
  const double a = std::exp(-t);
  const double one_minus_a = -std::expm1(-t);
  return std::llround(2000.0 * a / (one_minus_a * one_minus_a));
}

std::int64_t StatsDeviationMilli(std::int64_t variance_milli) {
  if (variance_milli <= 0) return 0;
  // sqrt(v / 1000) * 1000 = sqrt(1000 v): the integer nearest the square root of n.
  const std::uint64_t n = static_cast<std::uint64_t>(variance_milli) * 1000;
  auto root = static_cast<std::uint64_t>(std::sqrt(static_cast<double>(n)));
  while (root > 0 && root * root > n) --root;
  while ((root + 1) * (root + 1) <= n) ++root;
  // n lies in [r^2, (r+1)^2): nearer r + 1 when n > r^2 + r (n is whole, (r + 1/2)^2 is not).
  if (n - root * root > root) ++root;
  return static_cast<std::int64_t>(root);
}

}  // namespace carnet
