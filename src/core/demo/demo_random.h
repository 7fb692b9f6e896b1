// A small pseudo-random generator for synthetic data: xoshiro256** seeded through splitmix64,
// with integer-only helpers. Its output depends on the seed alone, identical natively and in
// wasm with any standard library (unlike <random>'s distributions, whose algorithms are left to
// each library). Not for anything secret: keys and nonces come from libsodium.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>

namespace carnet {

class DemoRandom {
 public:
  explicit DemoRandom(std::uint64_t seed) {
    std::uint64_t mix = seed;
    for (std::uint64_t& word : state_) word = SplitMix64(mix);
  }

  // One step of splitmix64 over `state`: a well-mixed word for each successive state.
  static std::uint64_t SplitMix64(std::uint64_t& state) {
    state += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = state;
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
  }

  // A seed for sub-stream `stream` of `seed`: lets each dossier draw its own numbers, so that
  // changing how one dossier is drawn leaves the others as they were.
  static std::uint64_t StreamSeed(std::uint64_t seed, std::uint64_t stream) {
    std::uint64_t mix = seed ^ (stream * 0xD1B54A32D192ED03ULL);
    (void)SplitMix64(mix);
    return SplitMix64(mix);
  }

  std::uint64_t Next() {
    const std::uint64_t result = Rotl(state_[1] * 5U, 7) * 9U;
    const std::uint64_t t = state_[1] << 17U;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = Rotl(state_[3], 45);
    return result;
  }

  // Uniform in [0, n); n > 0 (0 gives 0). Rejection sampling removes the modulo bias.
  std::uint64_t Below(std::uint64_t n) {
    if (n == 0) return 0;
    const std::uint64_t threshold = (0 - n) % n;  // 2^64 mod n
    for (;;) {
      const std::uint64_t r = Next();
      if (r >= threshold) return r % n;
    }
  }

  // An index into a list of `size` items; size > 0.
  std::size_t Index(std::size_t size) { return static_cast<std::size_t>(Below(size)); }

  // Uniform in [lo, hi], both included; lo <= hi.
  int Between(int lo, int hi) {
    const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo) + 1U;
    return static_cast<int>(static_cast<std::int64_t>(lo) + static_cast<std::int64_t>(Below(span)));
  }

  // True `percent` times out of 100.
  bool Percent(int percent) { return static_cast<int>(Below(100)) < percent; }

  // An index drawn in proportion to the integer weights (at least one positive).
  std::size_t Weighted(std::initializer_list<int> weights) {
    std::uint64_t total = 0;
    for (const int w : weights) total += static_cast<std::uint64_t>(w > 0 ? w : 0);
    std::uint64_t r = Below(total);
    std::size_t index = 0;
    for (const int w : weights) {
      const auto weight = static_cast<std::uint64_t>(w > 0 ? w : 0);
      if (r < weight) return index;
      r -= weight;
      ++index;
    }
    return index - 1;  // not reached
  }

 private:
  static std::uint64_t Rotl(std::uint64_t x, unsigned k) { return (x << k) | (x >> (64U - k)); }
  std::uint64_t state_[4] = {};
};

}  // namespace carnet
