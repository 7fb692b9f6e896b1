// The mark a vault leaves where this browser (or host) lists its vaults: the last generation
// seen, authenticated so that it can be checked again at the next unlock. It lives OUTSIDE the
// vault's own records (vault_shelf.h), so that an older complete set of records put back in
// their place is seen to be older than what was last opened here.
//
// tag = HMAC-SHA-512-256 (crypto_auth) of (vault id[16] | u64 generation, little-endian) under a
// key derived from the data key with crypto_kdf_derive_from_key (context "CarnetMk", subkey 1).
// Only someone holding the data key can make a mark: nobody else can forge one or raise one
// silently. Anyone who can write the list can still delete a mark or put back an older one of
// the same vault (README, "What Carnet detects").
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "core/base/bytes.h"
#include "core/crypto/aead.h"
#include "core/vault/vault_format.h"

namespace carnet {

inline constexpr std::size_t kVaultMarkBytes = 32;
using VaultMarkTag = std::array<std::uint8_t, kVaultMarkBytes>;

// The key marks are made with, from the data key. Secret: the caller wipes it (WipeKey).
AeadKey DeriveMarkKey(const AeadKey& dek);

// The tag of (vault id, generation) under `mark_key`.
VaultMarkTag ComputeVaultMark(const AeadKey& mark_key, const VaultId& vault_id,
                              std::uint64_t generation);

// True only for the exact tag of (vault id, generation) under `mark_key` (compared in constant
// time); false for any other bytes, including a truncated or extended tag.
bool VerifyVaultMark(const AeadKey& mark_key, const VaultId& vault_id, std::uint64_t generation,
                     ByteView tag);

}  // namespace carnet
