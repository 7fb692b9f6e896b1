// Authenticated encryption with XChaCha20-Poly1305 (libsodium's IETF construction).
// The vault builds on this: every chunk is sealed with its own random nonce and bound by the
// associated data to where it belongs, so a swapped, replayed or altered record fails to open.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "core/base/bytes.h"
#include "core/base/status.h"

namespace carnet {

inline constexpr std::size_t kAeadKeyBytes = 32;
inline constexpr std::size_t kAeadNonceBytes = 24;
inline constexpr std::size_t kAeadTagBytes = 16;
inline constexpr std::size_t kAeadOverhead = kAeadNonceBytes + kAeadTagBytes;

// A secret key. Callers own its lifetime and must wipe it with WipeKey when done.
using AeadKey = std::array<std::uint8_t, kAeadKeyBytes>;

// Must succeed once before any other function here; safe to call repeatedly.
Status InitCrypto();

AeadKey RandomAeadKey();
void WipeKey(AeadKey& key);

// Seals `plaintext` under a fresh random nonce. Output: nonce || ciphertext || tag.
Result<Bytes> AeadSeal(const AeadKey& key, ByteView plaintext, ByteView associated_data);

// Opens what AeadSeal produced. Any change to the sealed bytes or to the associated data,
// or a wrong key, gives kCryptoFailure; truncated input gives kCorrupt. Never partial data.
Result<Bytes> AeadOpen(const AeadKey& key, ByteView sealed, ByteView associated_data);

}  // namespace carnet
