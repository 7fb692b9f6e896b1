// A backup file: every record of a vault (header, manifest, chunks) in one file, to keep
// elsewhere and to restore from. The records are already encrypted, so a backup is exactly as
// safe as the vault itself: nothing in it is readable without the passphrase or the recovery key.
//
// backup   "CARNETVB" | u16 format | u32 record count |
//          (u16 key length | key | u32 value length | value) for each record |
//          checksum[32] (BLAKE2b-256, unkeyed, of every byte before it)
//
// Records are written header first, then the manifest, then the chunks in order. Decoding bounds
// every count and length before using it, and allocates nothing a length has not bounded; every
// failure is a Status with a precise Problem (kNotAVault, kUnsupportedFormat, kBackupCorrupt).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/base/bytes.h"
#include "core/base/status.h"
#include "core/vault/vault_format.h"
#include "core/vault/vault_storage.h"

namespace carnet {

inline constexpr std::uint16_t kBackupFormat = 1;
inline constexpr std::size_t kBackupChecksumBytes = 32;
// A vault holds a header, a manifest and at most kMaxChunks chunks.
inline constexpr std::uint32_t kMaxVaultRecords = kMaxChunks + 2;

using VaultRecords = std::vector<std::pair<std::string, Bytes>>;

// The keys a vault stores: "header", "manifest", or "chunk-NNNNNN" (six digits, below
// kMaxChunks). Storage backends and backups accept no other key.
bool IsVaultRecordKey(std::string_view key);
// The largest record a valid vault can hold under `key` (0 for a key that is not a vault's):
// what a reader may allocate before checking anything else.
std::size_t MaxVaultRecordBytes(std::string_view key);

// The bytes of a backup holding `records` (keys already checked by the caller).
Bytes EncodeBackup(const VaultRecords& records);
// The records of a backup, in the file's order, after checking its structure and checksum.
// Nothing is known yet about the records themselves: ImportBackup checks that they form a vault.
Result<VaultRecords> DecodeBackup(ByteView bytes);

// Every record of the vault in `storage`, as a backup file. Refuses a storage that holds no
// vault (kNotAVault) or a record of another kind, and one saved to while it was read
// (kSaveConflict: try again).
Result<Bytes> ExportBackup(VaultStorage& storage);

// Restores a backup into `storage`, which must be empty (kAlreadyExists otherwise: nothing is
// ever overwritten). The backup is decoded and checked to be a vault (Vault::Inspect) before
// anything is written, then committed in one WriteBatch at the backup's generation. On any
// failure `storage` is unchanged.
Status ImportBackup(ByteView bytes, VaultStorage& storage);

}  // namespace carnet
