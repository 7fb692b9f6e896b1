// A vault's identity for sharing: two key pairs made by libsodium, one to receive sealed
// packages (crypto_box, X25519) and one to sign what the vault sends (crypto_sign, Ed25519).
// The public half, with a display name, is what a contact card carries (contact_card.h).
// Secrets: IdentityKeys holds both secret keys and wipes them (sodium_memzero) when it is
// destroyed or moved from; copies are wiped in turn. PublicIdentity holds nothing secret.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/base/status.h"

namespace carnet {

inline constexpr std::size_t kBoxPublicKeyBytes = 32;   // crypto_box_PUBLICKEYBYTES
inline constexpr std::size_t kBoxSecretKeyBytes = 32;   // crypto_box_SECRETKEYBYTES
inline constexpr std::size_t kSignPublicKeyBytes = 32;  // crypto_sign_PUBLICKEYBYTES
inline constexpr std::size_t kSignSecretKeyBytes = 64;  // crypto_sign_SECRETKEYBYTES
inline constexpr std::size_t kSignatureBytes = 64;      // crypto_sign_BYTES

using BoxPublicKey = std::array<std::uint8_t, kBoxPublicKeyBytes>;
using SignPublicKey = std::array<std::uint8_t, kSignPublicKeyBytes>;
using Signature = std::array<std::uint8_t, kSignatureBytes>;

// The key pairs of one vault. Secret: never written anywhere but the encrypted vault.
struct IdentityKeys {
  BoxPublicKey box_public{};
  std::array<std::uint8_t, kBoxSecretKeyBytes> box_secret{};
  SignPublicKey sign_public{};
  std::array<std::uint8_t, kSignSecretKeyBytes> sign_secret{};  // libsodium's seed || public

  IdentityKeys() = default;
  IdentityKeys(const IdentityKeys& other) = default;
  IdentityKeys& operator=(const IdentityKeys& other) = default;
  IdentityKeys(IdentityKeys&& other) noexcept;  // copies, then wipes `other`
  IdentityKeys& operator=(IdentityKeys&& other) noexcept;
  ~IdentityKeys();

  void Wipe();  // all four keys to zero
};

// What others may know of a vault: its public keys and the name it presents.
struct PublicIdentity {
  std::string name;
  BoxPublicKey box_key{};
  SignPublicKey sign_key{};

  bool operator==(const PublicIdentity& o) const {
    return name == o.name && box_key == o.box_key && sign_key == o.sign_key;
  }
  bool operator!=(const PublicIdentity& o) const { return !(*this == o); }
};

// Fresh random key pairs. InitCrypto (core/crypto/aead.h) must have succeeded; kCryptoFailure when
// libsodium refuses.
Result<IdentityKeys> NewIdentity();

// Key pairs derived from a 32-byte seed: the same seed always gives the same keys. For tests
// and fuzz seeds; a real vault uses NewIdentity. The two key pairs come from two different
// BLAKE2b hashes of the seed, so they share no secret scalar.
IdentityKeys IdentityFromSeed(const std::array<std::uint8_t, 32>& seed);

// The public half of `keys`, presented under `name` (not checked here: see contact_card.h).
PublicIdentity PublicPart(const IdentityKeys& keys, std::string name);

// Signs `message` with the identity's Ed25519 key (detached signature).
Signature SignDetached(const IdentityKeys& keys, const std::uint8_t* message, std::size_t size);

}  // namespace carnet
