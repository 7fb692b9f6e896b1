/* Randomness for libsodium in WebAssembly: the Web Crypto API's getRandomValues, which
 * browsers, workers and Node (20 and later) all provide, filling whole buffers at once.
 *
 * libsodium's own Emscripten path crosses into JavaScript once per byte (and, under Node, asks
 * the crypto module for 4 fresh bytes each time), which made every 24-byte nonce cost 24
 * round trips. randombytes.c is compiled for wasm as if for any other platform, with this as
 * its default implementation (see cmake/third_party.cmake). */
#include <emscripten.h>
#include <stdint.h>
#include <stdlib.h>

#include "randombytes_js.h"

/* clang-format off */
EM_JS(int, carnet_js_random_fill, (unsigned char* buf, size_t size), {
  var crypto_ = globalThis.crypto;
  if (!crypto_ || !crypto_.getRandomValues) return 0;
  // getRandomValues fills at most 65536 bytes per call.
  for (var at = 0; at < size; at += 65536) {
    var n = Math.min(65536, size - at);
    crypto_.getRandomValues(HEAPU8.subarray(buf + at, buf + at + n));
  }
  return 1;
});
/* clang-format on */

static void random_buf(void* const buf, const size_t size) {
  if (!carnet_js_random_fill((unsigned char*)buf, size)) abort(); /* never weak randomness */
}

static uint32_t random_u32(void) {
  uint32_t value;
  random_buf(&value, sizeof value);
  return value;
}

static const char* random_name(void) { return "js-getrandomvalues"; }

struct randombytes_implementation carnet_randombytes_js = {
    random_name, random_u32, NULL, NULL, random_buf, NULL};
