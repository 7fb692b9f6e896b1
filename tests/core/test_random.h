// Random sources for tests: reproducible (ChaCha20 keyed by a seed) and failing on demand.
#pragma once

#include <sodium.h>

#include <array>
#include <cstdint>

#include "core/stats/noise_sampler.h"

namespace carnet {

// Reproducible uniform integers (ChaCha20 keyed by a seed), for distribution tests.
class SeededRandom : public RandomSource {
 public:
  explicit SeededRandom(std::uint32_t seed) {
    seed_.fill(static_cast<std::uint8_t>(seed));
    for (std::size_t i = 0; i < 4; ++i) seed_[4 + i] = static_cast<std::uint8_t>(seed >> (8 * i));
  }
  Result<std::uint64_t> Uniform(std::uint64_t bound) override {
    const std::uint64_t limit = UINT64_MAX - (UINT64_MAX % bound + 1) % bound;
    for (;;) {
      if (next_ == words_.size()) Refill();
      const std::uint64_t word = words_[next_++];
      if (word <= limit) return word % bound;
    }
  }

 private:
  void Refill() {
    seed_[0] = static_cast<std::uint8_t>(seed_[0] + 1);
    seed_[1] = static_cast<std::uint8_t>(seed_[1] + (seed_[0] == 0 ? 1 : 0));
    seed_[2] = static_cast<std::uint8_t>(seed_[2] + (seed_[0] == 0 && seed_[1] == 0 ? 1 : 0));
    randombytes_buf_deterministic(words_.data(), sizeof(std::uint64_t) * words_.size(),
                                  seed_.data());
    next_ = 0;
  }
  std::array<std::uint8_t, randombytes_SEEDBYTES> seed_{};
  std::array<std::uint64_t, 4096> words_{};
  std::size_t next_ = 4096;
};

// Fails from its n-th call on (the first ok_calls calls give bound / 2).
class FailingRandom : public RandomSource {
 public:
  explicit FailingRandom(int ok_calls) : left_(ok_calls) {}
  Result<std::uint64_t> Uniform(std::uint64_t bound) override {
    if (left_-- <= 0) return Status::Error(StatusCode::kCryptoFailure, "no randomness");
    return bound / 2;
  }

 private:
  int left_;
};

}  // namespace carnet
