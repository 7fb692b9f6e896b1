#include "core/stats/noise_sampler.h"

#include <sodium.h>

namespace carnet {
namespace {

constexpr std::uint64_t kMaxScalePart = std::uint64_t{1} << 20;

Status RandomFailed() {
  return Status::Error(StatusCode::kCryptoFailure, "the random source failed");
}

}  // namespace

Result<std::uint64_t> SystemRandom::Uniform(std::uint64_t bound) {
  if (bound == 0) return Status::Error(StatusCode::kInvalidArgument, "empty range");
  if (sodium_init() < 0) return RandomFailed();
  // Rejection sampling over 64-bit words: the largest multiple of bound below 2^64 is kept.
  const std::uint64_t limit = UINT64_MAX - (UINT64_MAX % bound + 1) % bound;
  for (;;) {
    std::uint64_t word = 0;
    randombytes_buf(&word, sizeof word);
    if (word <= limit) return word % bound;
  }
}

Result<bool> SampleBernoulli(RandomSource& random, std::uint64_t numerator,
                             std::uint64_t denominator) {
  if (denominator == 0 || numerator > denominator) {
    return Status::Error(StatusCode::kInvalidArgument, "not a probability");
  }
  Result<std::uint64_t> u = random.Uniform(denominator);
  if (!u.ok()) return u.status();
  return u.value() < numerator;
}

Result<bool> SampleBernoulliExp(RandomSource& random, std::uint64_t numerator,
                                std::uint64_t denominator) {
  if (denominator == 0 || denominator > kMaxScalePart) {
    return Status::Error(StatusCode::kInvalidArgument, "denominator out of range");
  }
  // exp(-g) for g > 1: exp(-1) once per whole unit, then the fractional rest.
  while (numerator > denominator) {
    Result<bool> one = SampleBernoulliExp(random, 1, 1);
    if (!one.ok() || !one.value()) return one;
    numerator -= denominator;
  }
  // Algorithm 1, g = numerator / denominator in [0, 1]: the first k with A_k = 0, where
  // A_k ~ Bernoulli(g / k); true when k is odd.
  std::uint64_t k = 1;
  for (;;) {
    if (k > (UINT64_MAX / denominator)) return RandomFailed();  // never in practice (k! grows)
    Result<bool> a = SampleBernoulli(random, numerator, denominator * k);
    if (!a.ok()) return a.status();
    if (!a.value()) break;
    ++k;
  }
  return (k % 2) == 1;
}

Result<std::int64_t> SampleDiscreteLaplace(RandomSource& random, std::uint64_t scale_numerator,
                                           std::uint64_t scale_denominator) {
  // In the paper's terms the scale is t/s: X = U + tV is geometric of scale t (U uniform below t,
  // kept with probability exp(-U/t); V geometric with exp(-1)), and Y = floor(X/s) divides it.
  const std::uint64_t t = scale_numerator;
  const std::uint64_t s = scale_denominator;
  if (s == 0 || t == 0 || s > kMaxScalePart || t > kMaxScalePart) {
    return Status::Error(StatusCode::kInvalidArgument, "scale out of range");
  }
  for (;;) {
    Result<std::uint64_t> u = random.Uniform(t);
    if (!u.ok()) return u.status();
    Result<bool> d = SampleBernoulliExp(random, u.value(), t);
    if (!d.ok()) return d.status();
    if (!d.value()) continue;
    std::uint64_t v = 0;
    for (;;) {
      Result<bool> a = SampleBernoulliExp(random, 1, 1);
      if (!a.ok()) return a.status();
      if (!a.value()) break;
      ++v;
      if (v > (std::uint64_t{1} << 40) / t) return RandomFailed();  // probability e^-(2^20)
    }
    const std::uint64_t x = u.value() + t * v;
    const std::uint64_t y = x / s;
    Result<bool> b = SampleBernoulli(random, 1, 2);
    if (!b.ok()) return b.status();
    if (b.value() && y == 0) continue;
    const auto magnitude = static_cast<std::int64_t>(y);
    return b.value() ? -magnitude : magnitude;
  }
}

}  // namespace carnet
