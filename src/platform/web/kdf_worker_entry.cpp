// The Web Worker's own small module (kdf_worker_module.js/.wasm, loaded by web/kdf_worker.js):
// libsodium's Argon2id and nothing else, so that the page's thread never runs it.
#include <emscripten.h>
#include <sodium.h>

#include <cstddef>
#include <cstdint>

#include "core/vault/vault_keys.h"  // the accepted range of parameters (constants only)
#include "stack_scrub.h"

extern "C" {

// Argon2id(passphrase, salt) into `out` (32 bytes). 0 on success; 1 when the parameters are
// outside the accepted range; 2 when memory ran out (or libsodium could not start).
EMSCRIPTEN_KEEPALIVE int carnet_kdf_derive(const std::uint8_t* passphrase, int size,
                                           const std::uint8_t* salt, int ops, int mem_kib,
                                           std::uint8_t* out) {
  if (size < 0 || ops < static_cast<int>(carnet::kKdfFloor.ops) ||
      ops > static_cast<int>(carnet::kKdfCeiling.ops) ||
      mem_kib < static_cast<int>(carnet::kKdfFloor.mem_kib) ||
      mem_kib > static_cast<int>(carnet::kKdfCeiling.mem_kib)) {
    return 1;
  }
  if (sodium_init() < 0) return 2;
  static_assert(carnet::kSaltBytes == crypto_pwhash_SALTBYTES);
  const int failed = crypto_pwhash(
      out, carnet::kAeadKeyBytes, reinterpret_cast<const char*>(passphrase),
      static_cast<unsigned long long>(size), salt, static_cast<unsigned long long>(ops),
      static_cast<std::size_t>(mem_kib) * 1024u, crypto_pwhash_ALG_ARGON2ID13);
  // libsodium wipes Argon2id's working memory (scripts/setup turns that on); its last block
  // also stays in a stack array, wiped here.
  carnet::platform::ScrubFreeStack();
  return failed != 0 ? 2 : 0;
}
}
