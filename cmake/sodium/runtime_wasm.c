/* libsodium's CPU feature probe for WebAssembly, in place of sodium/runtime.c.
 *
 * runtime.c asks CPUID which x86 instruction sets exist; wasm has no CPUID, so it would report
 * none and every primitive would take its portable path. The wasm build compiles libsodium
 * with -msimd128 and Emscripten's SSE2/SSSE3 headers, which turn those intrinsics into wasm
 * SIMD instructions: a module built that way only loads where SIMD128 exists, so the SSE2
 * and SSSE3 paths (ChaCha20, Poly1305, Argon2's block function) are always available. */
#include "sodium/runtime.h"

#if !defined(__wasm_simd128__) || !defined(__SSSE3__)
#error "build libsodium for wasm with -msimd128 -mssse3, or use sodium/runtime.c"
#endif

int _sodium_runtime_get_cpu_features(void) { return 0; }

int sodium_runtime_has_neon(void) { return 0; }
int sodium_runtime_has_sse2(void) { return 1; }
int sodium_runtime_has_sse3(void) { return 1; }
int sodium_runtime_has_ssse3(void) { return 1; }
int sodium_runtime_has_sse41(void) { return 0; }
int sodium_runtime_has_avx(void) { return 0; }
int sodium_runtime_has_avx2(void) { return 0; }
int sodium_runtime_has_avx512f(void) { return 0; }
int sodium_runtime_has_pclmul(void) { return 0; }
int sodium_runtime_has_aesni(void) { return 0; }
int sodium_runtime_has_rdrand(void) { return 0; }
