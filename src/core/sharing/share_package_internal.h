// The two layers of a share package taken apart (not part of its interface): the signed inner
// bytes and the sealed envelope around them, with the randomness passed in. SealSharePackage
// and OpenSharePackage are built on these; tests and the fuzz target use them to make packages
// no honest sender would make (re-sealed, signed by another key, deterministic seeds).
#pragma once

#include <array>
#include <cstdint>

#include "core/base/bytes.h"
#include "core/base/status.h"
#include "core/crypto/aead.h"
#include "core/crypto/identity.h"

namespace carnet::share_package_internal {

inline constexpr std::size_t kHeaderBytes =
    16 + 1 + kBoxPublicKeyBytes + kBoxPublicKeyBytes + kAeadNonceBytes;
using EphemeralSeed = std::array<std::uint8_t, 32>;
using Nonce = std::array<std::uint8_t, kAeadNonceBytes>;

// The inner bytes stating `stated_sender` (name and keys) and `recipient`, around
// `payload_bytes`, signed by `signer` (the stated sender's own keys, for an honest package).
Bytes SignedInner(ByteView payload_bytes, const PublicIdentity& stated_sender,
                  const BoxPublicKey& recipient, const IdentityKeys& signer);

// The file: header and ciphertext of `inner` for `recipient`, with the ephemeral key pair made
// from `ephemeral_seed` (crypto_box_seed_keypair). kCryptoFailure for an unusable recipient key.
Result<Bytes> SealEnvelope(ByteView inner, const BoxPublicKey& recipient,
                           const EphemeralSeed& ephemeral_seed, const Nonce& nonce);

// The inner bytes of a file addressed to `me`: size, magic, version and recipient checked, then
// decrypted (the inner bytes are not parsed here).
Result<Bytes> OpenEnvelope(ByteView file, const IdentityKeys& me);

}  // namespace carnet::share_package_internal
