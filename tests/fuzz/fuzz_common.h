// What the fuzz targets and their seed generator share: a fixed key and vault id (a fuzz
// target must be deterministic), and the checksum fix-ups that let the fuzzer reach the parsers
// behind a checksum. An unkeyed checksum is no defence against a crafted file, so everything
// behind it must be fuzzed too.
#pragma once

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

#include "core/base/byte_io.h"
#include "core/base/bytes.h"
#include "core/crypto/aead.h"
#include "core/vault/vault_format.h"

namespace carnet::fuzz {

inline AeadKey FuzzKey() {
  AeadKey key{};
  for (std::size_t i = 0; i < key.size(); ++i) key[i] = static_cast<std::uint8_t>(i * 7 + 1);
  return key;
}

inline VaultId FuzzVaultId() {
  VaultId id{};
  for (std::size_t i = 0; i < id.size(); ++i) id[i] = static_cast<std::uint8_t>(0xA0 + i);
  return id;
}

// `bytes` with its last `n` bytes replaced by the unkeyed BLAKE2b-(8n) of all the others.
inline Bytes WithChecksum(ByteView bytes, std::size_t n) {
  Bytes fixed(bytes.data, bytes.data + bytes.size);
  if (fixed.size() < n) return fixed;
  crypto_generichash(fixed.data() + fixed.size() - n, n, fixed.data(), fixed.size() - n, nullptr,
                     0);
  return fixed;
}

// A finding that is not a crash: libFuzzer records the input that led here.
[[noreturn]] inline void Broken(const char* what) {
  (void)std::fprintf(stderr, "fuzz: invariant broken: %s\n", what);
  std::abort();
}

inline void InitOrDie() {
  if (!InitCrypto().ok()) Broken("libsodium did not initialise");
}

}  // namespace carnet::fuzz
