// Integer arithmetic only (the statistics' source check covers this file).
#include "core/stats/stats_noise.h"

#include <numeric>
#include <string>

namespace carnet {
namespace {

Status BadEpsilon(const std::string& why) {
  return Status::Error(StatusCode::kInvalidArgument, Problem::kOutOfRange, "epsilon: " + why);
}

}  // namespace

Result<Rational> ParseEpsilon(std::string_view text) {
  std::int64_t whole = 0;
  std::int64_t fraction = 0;
  int decimals = 0;
  bool in_fraction = false;
  bool any_digit = false;
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      any_digit = true;
      if (in_fraction) {
        if (++decimals > 3) return BadEpsilon("at most three decimals");
        fraction = fraction * 10 + (c - '0');
      } else {
        if (whole > 1000) return BadEpsilon("at most 10");
        whole = whole * 10 + (c - '0');
      }
    } else if ((c == ',' || c == '.') && !in_fraction) {
      in_fraction = true;
    } else {
      return BadEpsilon("not a positive decimal number");
    }
  }
  if (!any_digit) return BadEpsilon("not a positive decimal number");
  while (decimals < 3) {
    fraction *= 10;
    ++decimals;
  }
  const std::int64_t milli = whole * 1000 + fraction;
  if (milli < kMinEpsilonMilli || milli > kMaxEpsilonMilli) {
    return BadEpsilon("from 0.01 to 10");
  }
  const std::int64_t divisor = std::gcd(milli, std::int64_t{1000});
  return Rational{static_cast<std::uint32_t>(milli / divisor),
                  static_cast<std::uint32_t>(1000 / divisor)};
}

std::int64_t EpsilonMilli(const Rational& epsilon) {
  if (epsilon.den == 0) return 0;
  return std::int64_t{epsilon.num} * 1000 / epsilon.den;
}

Status CheckEpsilon(const Rational& epsilon) {
  if (epsilon.num == 0 || epsilon.den == 0 || 1000 % epsilon.den != 0) {
    return BadEpsilon("a positive whole number of thousandths");
  }
  const std::int64_t milli = EpsilonMilli(epsilon);
  if (milli < kMinEpsilonMilli || milli > kMaxEpsilonMilli) return BadEpsilon("from 0.01 to 10");
  return Status::Ok();
}

Result<Rational> NoiseScale(int bound, int table_count, const Rational& epsilon) {
  if (Status s = CheckEpsilon(epsilon); !s.ok()) return s;
  if (bound < 1 || bound > kMaxStatsBound || table_count < 1 || table_count > kStatsTableCount) {
    return Status::Error(StatusCode::kInvalidArgument, Problem::kOutOfRange,
                         "bound or table count out of range");
  }
  const std::uint64_t num = std::uint64_t{static_cast<std::uint32_t>(bound)} *
                            static_cast<std::uint32_t>(table_count) * epsilon.den;
  const std::uint64_t den = epsilon.num;
  const std::uint64_t divisor = std::gcd(num, den);
  return Rational{static_cast<std::uint32_t>(num / divisor),
                  static_cast<std::uint32_t>(den / divisor)};
}

Result<std::vector<std::int64_t>> AddNoise(const std::vector<std::int64_t>& counts,
                                           const Rational& scale, RandomSource& random) {
  std::vector<std::int64_t> noisy;
  noisy.reserve(counts.size());
  for (const std::int64_t count : counts) {
    Result<std::int64_t> noise = SampleDiscreteLaplace(random, scale.num, scale.den);
    if (!noise.ok()) return noise.status();
    noisy.push_back(count + noise.value());
  }
  return noisy;
}

}  // namespace carnet
