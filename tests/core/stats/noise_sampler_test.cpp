// The exact discrete Laplace sampler: its distribution (chi-square, mean, variance), its whole
// support, its refusal of bad scales, a failing random source, and no real numbers in it.
#include <doctest/doctest.h>
#include <sodium.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "core/stats/noise_sampler.h"
#include "core/test_random.h"

using namespace carnet;

namespace {

struct Fit {
  double mean = 0;
  double variance = 0;
  double chi_square = 0;
  int degrees = 0;
};

// Draws `n` values of scale s/t and compares them with P(x) = (1-b)/(1+b) b^|x|, b = e^(-t/s).
Fit Measure(RandomSource& random, std::uint64_t s, std::uint64_t t, int n) {
  std::map<std::int64_t, int> counts;
  double sum = 0;
  double squares = 0;
  for (int i = 0; i < n; ++i) {
    const Result<std::int64_t> x = SampleDiscreteLaplace(random, s, t);
    if (!x.ok()) FAIL("draw failed: ", x.status().message());
    ++counts[x.value()];
    sum += static_cast<double>(x.value());
    squares += static_cast<double>(x.value()) * static_cast<double>(x.value());
  }
  Fit fit;
  fit.mean = sum / n;
  fit.variance = squares / n - fit.mean * fit.mean;
  const double b = std::exp(-static_cast<double>(t) / static_cast<double>(s));
  const double p0 = (1 - b) / (1 + b);
  // Cells |x| <= m with an expected count of at least 20; the two tails as one cell each.
  std::int64_t m = 0;
  while (n * p0 * std::pow(b, static_cast<double>(m + 1)) >= 20) ++m;
  double inside = 0;
  for (std::int64_t x = -m; x <= m; ++x) {
    const double expected = n * p0 * std::pow(b, static_cast<double>(x < 0 ? -x : x));
    inside += expected;
    const double seen = counts.count(x) != 0 ? counts[x] : 0;
    fit.chi_square += (seen - expected) * (seen - expected) / expected;
    ++fit.degrees;
  }
  double tail_seen = 0;
  for (const auto& [x, count] : counts) {
    if (x < -m || x > m) tail_seen += count;
  }
  const double tail_expected = n - inside;
  fit.chi_square += (tail_seen - tail_expected) * (tail_seen - tail_expected) / tail_expected;
  return fit;  // degrees of freedom: cells - 1 = fit.degrees (the tail cell added)
}

double TheoreticalVariance(std::uint64_t s, std::uint64_t t) {
  const double b = std::exp(-static_cast<double>(t) / static_cast<double>(s));
  return 2 * b / ((1 - b) * (1 - b));
}

}  // namespace

TEST_SUITE("noise sampler") {
  TEST_CASE("discrete Laplace: chi-square fit, mean and variance over many draws per scale") {
    struct Scale {
      std::uint64_t s, t;
      int draws;
    };
    for (const Scale scale : {Scale{3, 1, 1000000}, Scale{1, 1, 300000}, Scale{10, 1, 300000},
                              Scale{5, 2, 300000}, Scale{1, 3, 300000}}) {
      CAPTURE(scale.s);
      CAPTURE(scale.t);
      SeededRandom random(static_cast<std::uint8_t>(scale.s * 7 + scale.t));
      const Fit fit = Measure(random, scale.s, scale.t, scale.draws);
      const double variance = TheoreticalVariance(scale.s, scale.t);
      // Six standard errors: a correct sampler fails about once in 10^9 runs.
      CHECK(std::fabs(fit.mean) < 6 * std::sqrt(variance / scale.draws));
      CHECK(std::fabs(fit.variance - variance) < 0.03 * variance + 1e-9);
      const double df = fit.degrees;
      CHECK(fit.chi_square < df + 6 * std::sqrt(2 * df));
    }
  }

  TEST_CASE("every integer near zero appears: the support has no holes") {
    SeededRandom random(42);
    std::map<std::int64_t, int> seen;
    for (int i = 0; i < 200000; ++i) {
      const Result<std::int64_t> x = SampleDiscreteLaplace(random, 2, 1);
      if (!x.ok()) FAIL("draw failed: ", x.status().message());
      ++seen[x.value()];
    }
    for (std::int64_t x = -12; x <= 12; ++x) {
      CAPTURE(x);
      CHECK(seen.count(x) == 1);
    }
  }

  TEST_CASE("a failing random source fails the draw, whenever it fails") {
    for (int calls = 0; calls < 12; ++calls) {
      FailingRandom random(calls);
      const Result<std::int64_t> x = SampleDiscreteLaplace(random, 3, 1);
      if (!x.ok()) CHECK(x.status().code() == StatusCode::kCryptoFailure);
    }
    FailingRandom never(0);
    CHECK(SampleDiscreteLaplace(never, 3, 1).status().code() == StatusCode::kCryptoFailure);
  }

  TEST_CASE("scales of zero or beyond 2^20 are refused") {
    SeededRandom random(1);
    CHECK_FALSE(SampleDiscreteLaplace(random, 0, 1).ok());
    CHECK_FALSE(SampleDiscreteLaplace(random, 1, 0).ok());
    CHECK_FALSE(SampleDiscreteLaplace(random, (1u << 20) + 1, 1).ok());
    CHECK_FALSE(SampleBernoulli(random, 3, 2).ok());
  }

  TEST_CASE("the system source gives values in range") {
    SystemRandom random;
    for (int i = 0; i < 1000; ++i) {
      const Result<std::uint64_t> u = random.Uniform(7);
      REQUIRE(u.ok());
      CHECK(u.value() < 7);
    }
    CHECK(SampleDiscreteLaplace(random, 4, 1).ok());
  }

#ifndef __EMSCRIPTEN__
  TEST_CASE("the sampler's and the aggregation's sources hold no floating point") {
    // The sampler, and the counting and noising of the statistics tables.
    for (const char* file : {"/src/core/stats/noise_sampler.cpp", "/src/core/stats/noise_sampler.h",
                             "/src/core/stats/stats_counts.cpp", "/src/core/stats/stats_counts.h",
                             "/src/core/stats/stats_noise.cpp", "/src/core/stats/stats_noise.h"}) {
      std::ifstream in(std::string(CARNET_SOURCE_DIR) + file);
      REQUIRE(in);
      std::stringstream text;
      text << in.rdbuf();
      const std::string source = text.str();
      CAPTURE(file);
      for (const char* banned :
           {"float", "double", "<cmath>", "<math.h>", "std::exp", "std::log", "std::pow"}) {
        CAPTURE(banned);
        CHECK(source.find(banned) == std::string::npos);
      }
    }
  }
#endif
}
