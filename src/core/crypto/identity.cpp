#include "core/crypto/identity.h"

#include <sodium.h>

#include <utility>

namespace carnet {

static_assert(kBoxPublicKeyBytes == crypto_box_PUBLICKEYBYTES);
static_assert(kBoxSecretKeyBytes == crypto_box_SECRETKEYBYTES);
static_assert(kSignPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(kSignSecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(kSignatureBytes == crypto_sign_BYTES);

IdentityKeys::IdentityKeys(IdentityKeys&& other) noexcept
    : box_public(other.box_public),
      box_secret(other.box_secret),
      sign_public(other.sign_public),
      sign_secret(other.sign_secret) {
  other.Wipe();
}

IdentityKeys& IdentityKeys::operator=(IdentityKeys&& other) noexcept {
  if (this != &other) {
    *this = static_cast<const IdentityKeys&>(other);
    other.Wipe();
  }
  return *this;
}

IdentityKeys::~IdentityKeys() { Wipe(); }

void IdentityKeys::Wipe() {
  sodium_memzero(box_public.data(), box_public.size());
  sodium_memzero(box_secret.data(), box_secret.size());
  sodium_memzero(sign_public.data(), sign_public.size());
  sodium_memzero(sign_secret.data(), sign_secret.size());
}

Result<IdentityKeys> NewIdentity() {
  IdentityKeys keys;
  if (crypto_box_keypair(keys.box_public.data(), keys.box_secret.data()) != 0 ||
      crypto_sign_keypair(keys.sign_public.data(), keys.sign_secret.data()) != 0) {
    return Status::Error(StatusCode::kCryptoFailure, "libsodium could not make a key pair");
  }
  return keys;
}

IdentityKeys IdentityFromSeed(const std::array<std::uint8_t, 32>& seed) {
  IdentityKeys keys;
  std::uint8_t sub_seed[32] = {};
  const std::uint8_t box_context[] = "Carnet identity seed: box";
  const std::uint8_t sign_context[] = "Carnet identity seed: sign";
  crypto_generichash(sub_seed, sizeof sub_seed, box_context, sizeof box_context, seed.data(),
                     seed.size());
  (void)crypto_box_seed_keypair(keys.box_public.data(), keys.box_secret.data(), sub_seed);
  crypto_generichash(sub_seed, sizeof sub_seed, sign_context, sizeof sign_context, seed.data(),
                     seed.size());
  (void)crypto_sign_seed_keypair(keys.sign_public.data(), keys.sign_secret.data(), sub_seed);
  sodium_memzero(sub_seed, sizeof sub_seed);
  return keys;
}

PublicIdentity PublicPart(const IdentityKeys& keys, std::string name) {
  PublicIdentity identity;
  identity.name = std::move(name);
  identity.box_key = keys.box_public;
  identity.sign_key = keys.sign_public;
  return identity;
}

Signature SignDetached(const IdentityKeys& keys, const std::uint8_t* message, std::size_t size) {
  Signature signature{};
  // Cannot fail for a well-formed secret key; the output length is always crypto_sign_BYTES.
  (void)crypto_sign_detached(signature.data(), nullptr, message, size, keys.sign_secret.data());
  return signature;
}

}  // namespace carnet
