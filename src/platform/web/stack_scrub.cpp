#include "stack_scrub.h"

#include <emscripten/stack.h>

#include <cstdint>

namespace carnet::platform {

// Kept out of line so that its frame (if it has one) is the only one below the caller's; the
// loop itself uses wasm locals, not the stack in linear memory, and the volatile stores cannot
// be optimised away as dead.
__attribute__((noinline)) void ScrubFreeStack() {
  constexpr std::uintptr_t kOwnFrame = 64;  // bytes left for this function's own frame
  const std::uintptr_t end = emscripten_stack_get_end();
  const std::uintptr_t current = emscripten_stack_get_current();
  if (current <= end + kOwnFrame) return;
  const std::uintptr_t words = (current - kOwnFrame - end) / sizeof(std::uint32_t);
  auto* word = reinterpret_cast<volatile std::uint32_t*>(end);
  for (std::uintptr_t i = 0; i < words; ++i) word[i] = 0;
}

}  // namespace carnet::platform
