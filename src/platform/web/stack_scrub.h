// Zeroes the free part of the wasm stack. A call that has returned leaves its frames in linear
// memory until something else overwrites them; Argon2id keeps its last 1 KiB block in a stack
// array (the `state` of fill_segment), and the derived key is one BLAKE2b of that block. The
// key derivations call this once Argon2id has returned (the worker's module and the page's
// fallback alike), so that nothing of it is left below the caller's frame.
#pragma once

namespace carnet::platform {

// Zeroes every byte of the stack below the caller's frame, down to the stack's end.
void ScrubFreeStack();

}  // namespace carnet::platform
