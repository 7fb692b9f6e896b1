// Exact discrete Laplace noise for the anonymised statistics, after Canonne, Kamath and Steinke,
// "The Discrete Gaussian for Differential Privacy" (2020), algorithms 1 and 2. Integer and
// rational arithmetic only, no real numbers anywhere in the sampler (a test checks its source),
// so the output distribution is exactly the one the privacy proof assumes, with no porous or
// rounded support. Randomness comes from a RandomSource; a failing source fails the draw.
#pragma once

#include <cstdint>

#include "core/base/status.h"

namespace carnet {

// Uniform integers. The system's implementation reads the cryptographic random source.
class RandomSource {
 public:
  virtual ~RandomSource() = default;
  // A uniform integer in [0, bound), bound >= 1; an error when the source fails.
  virtual Result<std::uint64_t> Uniform(std::uint64_t bound) = 0;
};

// The operating system's (or the browser's) cryptographic random source, through libsodium.
class SystemRandom : public RandomSource {
 public:
  Result<std::uint64_t> Uniform(std::uint64_t bound) override;
};

// Bernoulli(numerator / denominator), 0 <= numerator <= denominator, denominator >= 1.
Result<bool> SampleBernoulli(RandomSource& random, std::uint64_t numerator,
                             std::uint64_t denominator);

// Bernoulli(exp(-numerator / denominator)), numerator >= 0, denominator >= 1 (algorithm 1).
Result<bool> SampleBernoulliExp(RandomSource& random, std::uint64_t numerator,
                                std::uint64_t denominator);

// The discrete Laplace distribution of scale s/t: P(x) proportional to exp(-|x| t / s), x any
// integer (algorithm 2). Both parts from 1 to 2^20, so that no product overflows.
Result<std::int64_t> SampleDiscreteLaplace(RandomSource& random, std::uint64_t scale_numerator,
                                           std::uint64_t scale_denominator);

}  // namespace carnet
