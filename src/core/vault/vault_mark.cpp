#include "core/vault/vault_mark.h"

#include <sodium.h>

namespace carnet {
namespace {

static_assert(kVaultMarkBytes == crypto_auth_BYTES, "a mark is one crypto_auth tag");
static_assert(kAeadKeyBytes == crypto_auth_KEYBYTES, "a mark key is a crypto_auth key");
static_assert(kAeadKeyBytes == crypto_kdf_KEYBYTES, "the data key is a crypto_kdf master key");

constexpr char kMarkContext[crypto_kdf_CONTEXTBYTES + 1] = "CarnetMk";  // used by nothing else
constexpr std::uint64_t kMarkSubkey = 1;

// vault id[16] | u64 generation, little-endian.
std::array<std::uint8_t, kVaultIdBytes + 8> MarkMessage(const VaultId& vault_id,
                                                        std::uint64_t generation) {
  std::array<std::uint8_t, kVaultIdBytes + 8> message{};
  for (std::size_t i = 0; i < kVaultIdBytes; ++i) message[i] = vault_id[i];
  for (std::size_t i = 0; i < 8; ++i) {
    message[kVaultIdBytes + i] = static_cast<std::uint8_t>(generation >> (8 * i));
  }
  return message;
}

}  // namespace

AeadKey DeriveMarkKey(const AeadKey& dek) {
  AeadKey key{};
  crypto_kdf_derive_from_key(key.data(), key.size(), kMarkSubkey, kMarkContext, dek.data());
  return key;
}

VaultMarkTag ComputeVaultMark(const AeadKey& mark_key, const VaultId& vault_id,
                              std::uint64_t generation) {
  const auto message = MarkMessage(vault_id, generation);
  VaultMarkTag tag{};
  crypto_auth(tag.data(), message.data(), message.size(), mark_key.data());
  return tag;
}

bool VerifyVaultMark(const AeadKey& mark_key, const VaultId& vault_id, std::uint64_t generation,
                     ByteView tag) {
  if (tag.data == nullptr || tag.size != kVaultMarkBytes) return false;
  const auto message = MarkMessage(vault_id, generation);
  return crypto_auth_verify(tag.data, message.data(), message.size(), mark_key.data()) == 0;
}

}  // namespace carnet
