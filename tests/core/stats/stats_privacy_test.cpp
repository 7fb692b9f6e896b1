// The privacy of the noisy tables, measured: the empirical epsilon between neighbouring
// inputs, a membership attack that knows everyone but its target, fifty sources summed as a
// regional office would (unbiased, variances adding), and broken mechanisms that these checks
// must catch (zero counted twice, a wrong scale).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <vector>

#include "core/stats/stats_noise.h"
#include "core/test_random.h"

using namespace carnet;

namespace {

double Variance(const Rational& scale) {
  const double a = std::exp(-static_cast<double>(scale.den) / scale.num);
  return 2 * a / ((1 - a) * (1 - a));
}

using Mechanism = std::int64_t (*)(RandomSource&, std::int64_t count, const Rational& scale);

std::int64_t Correct(RandomSource& random, std::int64_t count, const Rational& scale) {
  return AddNoise({count}, scale, random).value()[0];
}

// Broken on purpose: a sign drawn independently of the magnitude, so zero is produced by
// both signs and counted twice.
std::int64_t ZeroTwice(RandomSource& random, std::int64_t count, const Rational& scale) {
  std::int64_t magnitude = 0;
  while (SampleBernoulliExp(random, scale.den, scale.num).value()) ++magnitude;
  return random.Uniform(2).value() == 0 ? count + magnitude : count - magnitude;
}

// Broken on purpose: half the scale it claims.
std::int64_t HalfScale(RandomSource& random, std::int64_t count, const Rational& scale) {
  return AddNoise({count}, {scale.num, scale.den * 2}, random).value()[0];
}

std::map<std::int64_t, int> Histogram(Mechanism mechanism, std::int64_t count,
                                      const Rational& scale, int draws, std::uint32_t seed) {
  SeededRandom random(seed);
  std::map<std::int64_t, int> histogram;
  for (int i = 0; i < draws; ++i) ++histogram[mechanism(random, count, scale)];
  return histogram;
}

// The largest |log(P[x | count] / P[x | count + 1])| over outputs seen often enough under both,
// minus four standard errors of that log ratio (so that it estimates a lower bound).
double EmpiricalEpsilon(Mechanism mechanism, const Rational& scale, int draws) {
  const std::map<std::int64_t, int> a = Histogram(mechanism, 10, scale, draws, 101);
  const std::map<std::int64_t, int> b = Histogram(mechanism, 11, scale, draws, 202);
  double worst = 0;
  for (const auto& [x, na] : a) {
    const auto it = b.find(x);
    if (it == b.end() || na < 2000 || it->second < 2000) continue;
    const double ratio = std::fabs(std::log(static_cast<double>(na) / it->second));
    const double error = std::sqrt(1.0 / na + 1.0 / it->second);
    worst = std::max(worst, ratio - 4 * error);
  }
  return worst;
}

// Pearson's chi-square of draws against the discrete Laplace of `scale`, over |x| <= 12.
bool FitsDiscreteLaplace(Mechanism mechanism, const Rational& scale, int draws) {
  const std::map<std::int64_t, int> seen = Histogram(mechanism, 0, scale, draws, 303);
  const double a = std::exp(-static_cast<double>(scale.den) / scale.num);
  double chi = 0;
  int bins = 0;
  for (std::int64_t x = -12; x <= 12; ++x) {
    const double p = (1 - a) / (1 + a) * std::pow(a, static_cast<double>(std::llabs(x)));
    const double expected = p * draws;
    if (expected < 20) continue;
    const auto it = seen.find(x);
    const double observed = it == seen.end() ? 0 : it->second;
    chi += (observed - expected) * (observed - expected) / expected;
    ++bins;
  }
  return chi < (bins - 1) + 6 * std::sqrt(2.0 * (bins - 1));
}

}  // namespace

TEST_SUITE("statistics privacy") {
  TEST_CASE("the empirical epsilon between neighbouring counts stays within epsilon") {
    for (const char* text : {"1", "0,5"}) {
      const Rational epsilon = ParseEpsilon(text).value();
      const Rational scale = NoiseScale(1, 1, epsilon).value();
      const double measured = EmpiricalEpsilon(Correct, scale, 150000);
      const double claimed = static_cast<double>(epsilon.num) / epsilon.den;
      CAPTURE(text);
      CHECK(measured <= claimed);
      // And it is not vacuous: the mechanism does spend close to its epsilon.
      CHECK(measured > 0.7 * claimed);
    }
  }

  TEST_CASE("broken mechanisms fail the fit or the epsilon check") {
    const Rational scale{2, 1};
    CHECK(FitsDiscreteLaplace(Correct, scale, 100000));
    CHECK_FALSE(FitsDiscreteLaplace(ZeroTwice, scale, 100000));
    CHECK_FALSE(FitsDiscreteLaplace(HalfScale, scale, 100000));
    // Half the scale spends twice the epsilon: caught by the epsilon check too.
    CHECK(EmpiricalEpsilon(HalfScale, {1, 1}, 150000) > 1.0);
  }

  TEST_CASE("a membership attack knowing everyone but its target does no better than epsilon") {
    // The target, if present, counts in 3 cells of a table whose bound is 3 (all four tables
    // released with epsilon 1: scale 12, this table's share of epsilon 1/4). The attacker knows
    // every other count and takes the likelihood-ratio test, the best there is.
    const Rational epsilon{1, 1};
    const Rational scale = NoiseScale(3, 4, epsilon).value();
    const double table_epsilon = 0.25;
    const std::vector<std::int64_t> without = {5, 0, 12, 3, 0, 7, 1, 9};
    std::vector<std::int64_t> with = without;
    with[1] += 1;
    with[3] += 1;
    with[6] += 1;
    SeededRandom random(404);
    constexpr int kTrials = 20000;
    int right = 0;
    for (int trial = 0; trial < kTrials; ++trial) {
      const bool present = random.Uniform(2).value() == 1;
      const std::vector<std::int64_t> seen =
          AddNoise(present ? with : without, scale, random).value();
      double log_ratio = 0;  // log P(seen | present) - log P(seen | absent)
      for (std::size_t i = 0; i < seen.size(); ++i) {
        log_ratio += (static_cast<double>(std::llabs(seen[i] - without[i])) -
                      static_cast<double>(std::llabs(seen[i] - with[i]))) *
                     scale.den / scale.num;
      }
      const bool guess = log_ratio > 0 || (log_ratio == 0 && random.Uniform(2).value() == 1);
      if (guess == present) ++right;
    }
    const double success = static_cast<double>(right) / kTrials;
    const double bound = std::exp(table_epsilon) / (1 + std::exp(table_epsilon));
    CAPTURE(success);
    CHECK(success <= bound + 3 * std::sqrt(0.25 / kTrials));
    CHECK(success > 0.5);  // the attack is real: it does better than a coin
  }

  TEST_CASE("fifty sources summed: mean error compatible with zero, variance as predicted") {
    const Rational scale = NoiseScale(3, 4, {1, 1}).value();
    constexpr int kSources = 50;
    constexpr int kCells = 64;
    constexpr int kRepetitions = 200;
    SeededRandom random(505);
    std::vector<std::int64_t> truth(kCells);
    for (int i = 0; i < kCells; ++i) truth[static_cast<std::size_t>(i)] = i % 9;
    double sum = 0;
    double squares = 0;
    int n = 0;
    for (int rep = 0; rep < kRepetitions; ++rep) {
      std::vector<std::int64_t> merged(kCells, 0);
      for (int source = 0; source < kSources; ++source) {
        const std::vector<std::int64_t> noisy = AddNoise(truth, scale, random).value();
        for (int i = 0; i < kCells; ++i)
          merged[static_cast<std::size_t>(i)] += noisy[static_cast<std::size_t>(i)];
      }
      for (int i = 0; i < kCells; ++i) {
        const double error = static_cast<double>(merged[static_cast<std::size_t>(i)] -
                                                 kSources * truth[static_cast<std::size_t>(i)]);
        sum += error;
        squares += error * error;
        ++n;
      }
    }
    const double predicted = kSources * Variance(scale);
    const double mean = sum / n;
    const double variance = squares / n - mean * mean;
    CAPTURE(mean);
    CAPTURE(variance);
    CAPTURE(predicted);
    CHECK(std::fabs(mean) < 5 * std::sqrt(predicted / n));
    CHECK(std::fabs(variance - predicted) < 0.08 * predicted);
  }

  TEST_CASE(
      "epsilon is an exact decimal within its bounds; zero, negative, NaN, infinite refused") {
    CHECK(ParseEpsilon("1").value() == Rational{1, 1});
    CHECK(ParseEpsilon("0,5").value() == Rational{1, 2});
    CHECK(ParseEpsilon("0.125").value() == Rational{1, 8});
    CHECK(ParseEpsilon("10").value() == Rational{10, 1});
    for (const char* bad : {"0", "0,0", "-1", "-0,5", "NaN", "nan", "inf", "Infinity", "", ",",
                            "1e3", "0,0001", "10,5", "11", "1,2,3", " 1", "0x1", "1/3"}) {
      CAPTURE(bad);
      CHECK(ParseEpsilon(bad).status().code() == StatusCode::kInvalidArgument);
    }
    CHECK_FALSE(CheckEpsilon({0, 1}).ok());
    CHECK_FALSE(CheckEpsilon({1, 0}).ok());
    CHECK_FALSE(CheckEpsilon({1, 3}).ok());  // not a whole number of thousandths
    CHECK(NoiseScale(3, 4, {1, 2}).value() == Rational{24, 1});
    CHECK(NoiseScale(2, 3, {3, 4}).value() == Rational{8, 1});
    CHECK(NoiseScale(1, 1, {3, 10}).value() == Rational{10, 3});
  }

  TEST_CASE("a failing random source fails the noise, with no partial table") {
    FailingRandom random(5);
    const Result<std::vector<std::int64_t>> noisy =
        AddNoise(std::vector<std::int64_t>(40, 3), {12, 1}, random);
    CHECK(noisy.status().code() == StatusCode::kCryptoFailure);
  }
}
