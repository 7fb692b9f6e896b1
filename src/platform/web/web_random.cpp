#include "web_random.h"

#include <emscripten.h>

#include <cstdint>
#include <cstring>

namespace carnet::platform {
namespace {

// clang-format off
// Fills `size` bytes at `out` from crypto.getRandomValues; 0 on success, 1 when it is missing
// or throws (the bytes are then not to be used).
EM_JS(int, carnet_js_random_bytes, (std::uint8_t* out, int size), {
  try {
    const bytes = new Uint8Array(size);
    globalThis.crypto.getRandomValues(bytes);
    HEAPU8.set(bytes, out);
    bytes.fill(0);
    return 0;
  } catch (error) {
    return 1;
  }
});
// clang-format on

Status RandomFailed() {
  return Status::Error(StatusCode::kCryptoFailure, "the browser's random source failed");
}

}  // namespace

Result<std::uint64_t> WebRandom::Uniform(std::uint64_t bound) {
  if (bound == 0) return Status::Error(StatusCode::kInvalidArgument, "empty range");
  // Rejection sampling over 64-bit words: only words below the largest multiple of `bound`
  // are kept, so every remainder is equally likely.
  const std::uint64_t limit = UINT64_MAX - (UINT64_MAX % bound + 1) % bound;
  for (;;) {
    std::uint8_t bytes[8] = {};
    if (carnet_js_random_bytes(bytes, sizeof bytes) != 0) return RandomFailed();
    std::uint64_t word = 0;
    std::memcpy(&word, bytes, sizeof word);
    if (word <= limit) return word % bound;
  }
}

}  // namespace carnet::platform
