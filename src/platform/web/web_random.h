// The browser's cryptographic random source for the statistics' noise: crypto.getRandomValues,
// called directly, so that a page where it throws or is missing gets an error Status (the
// release then fails with nothing recorded) instead of an aborted module. Math.random is never
// used.
#pragma once

#include "core/stats/noise_sampler.h"

namespace carnet::platform {

class WebRandom : public RandomSource {
 public:
  Result<std::uint64_t> Uniform(std::uint64_t bound) override;
};

}  // namespace carnet::platform
