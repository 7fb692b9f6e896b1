// The vault's records, byte by byte. Three kinds, all little-endian:
//
// header   "CARNETVH" | u16 format | u16 length | vault id[16] | u32 kdf ops | u32 kdf KiB |
//          salt[16] | u32 chunk size | u64 generation | wrapped DEK (passphrase)[72] |
//          wrapped DEK (recovery key)[72] | u16 name length | display name (UTF-8) |
//          MAC[32] (BLAKE2b keyed by the DEK) | checksum[16] (BLAKE2b, unkeyed)
//          Readable without a key (to list vaults by name); the checksum catches damage before
//          any key derivation, the MAC catches deliberate changes once the DEK is known.
// manifest "CARNETVM" | u16 format | vault id[16] | u64 generation | sealed(u64 database size |
//          u32 chunk count | u64 version of each chunk), bound to vault id and generation.
// chunk    "CARNETVC" | u16 format | vault id[16] | u32 index | u64 version | sealed(bytes),
//          bound to vault id, index and version; version = the generation that wrote it.
//
// Decoding checks structure, sizes and checksums and never trusts a length it has not
// bounded; every failure is a Status with a precise Problem (status.h), never wrong data.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/base/bytes.h"
#include "core/base/status.h"
#include "core/crypto/aead.h"
#include "core/db/chunked_image.h"
#include "core/vault/vault_keys.h"

namespace carnet {

inline constexpr std::uint16_t kVaultFormat = 1;
inline constexpr std::size_t kVaultIdBytes = 16;
inline constexpr std::size_t kMaxDisplayNameBytes = 256;
inline constexpr std::uint32_t kMaxChunks = 1u << 16;  // 4 GiB of database at most

using VaultId = std::array<std::uint8_t, kVaultIdBytes>;

struct VaultHeader {
  VaultId vault_id{};
  KdfParams kdf;
  std::array<std::uint8_t, kSaltBytes> salt{};
  std::uint32_t chunk_size = kChunkSize;
  std::uint64_t generation = 0;
  Bytes wrapped_by_passphrase;  // kWrappedKeyBytes
  Bytes wrapped_by_recovery;    // kWrappedKeyBytes
  std::string display_name;
  std::array<std::uint8_t, 32> mac{};  // as read; EncodeHeader computes it
};

struct Manifest {
  VaultId vault_id{};
  std::uint64_t generation = 0;
  std::uint64_t database_size = 0;
  std::vector<std::uint64_t> chunk_versions;
};

// What the passphrase's wrap of the DEK is bound to: the vault id, KDF parameters and salt.
Bytes PassphraseWrapAssociatedData(const VaultHeader& header);
// What the recovery key's wrap is bound to: the vault id (it survives passphrase changes).
Bytes RecoveryWrapAssociatedData(const VaultHeader& header);

Bytes EncodeHeader(const VaultHeader& header, const AeadKey& dek);
// Structure, format and checksum only (kNotAVault, kUnsupportedFormat, kHeaderCorrupt);
// then CheckKdf. The MAC needs the DEK: VerifyHeaderMac.
Result<VaultHeader> DecodeHeader(ByteView bytes);
Status VerifyHeaderMac(const VaultHeader& header, const AeadKey& dek);

Result<Bytes> EncodeManifest(const Manifest& manifest, const AeadKey& dek);
// The plaintext part, readable without a key: vault id and generation.
Result<Manifest> PeekManifest(ByteView bytes);
Result<Manifest> DecodeManifest(ByteView bytes, const AeadKey& dek);

Result<Bytes> EncodeChunk(const AeadKey& dek, const VaultId& vault_id, std::uint32_t index,
                          std::uint64_t version, ByteView plaintext);
// The chunk's bytes, if it is chunk `index` of this vault at `expected_version`.
Result<Bytes> DecodeChunk(ByteView bytes, const AeadKey& dek, const VaultId& vault_id,
                          std::uint32_t index, std::uint64_t expected_version);

std::string ChunkKey(std::uint32_t index);  // "chunk-000012"
inline constexpr const char* kHeaderKey = "header";
inline constexpr const char* kManifestKey = "manifest";

}  // namespace carnet
