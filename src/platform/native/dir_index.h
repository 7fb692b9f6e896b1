// The index of a vault directory (dir_storage.h): which file holds each record, and the
// generation of the last commit. Replacing this one small file is what commits a save.
//
// index   "CARNETDI" | u16 format | u64 generation | u32 record count |
//         (u8 key length | key | u64 version) for each record, keys in ascending order |
//         checksum[16] (BLAKE2b-128, unkeyed, of every byte before it)
//
// The record `key` written by generation `version` is the file "<key>.<version>", e.g.
// "chunk-000012.7". The index is bytes from outside like any other: parsing bounds every count
// and length, and refuses unknown keys, duplicates, versions after the generation and damage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/base/bytes.h"
#include "core/base/status.h"
#include "core/vault/vault_backup.h"

namespace carnet {

inline constexpr std::uint16_t kDirectoryIndexFormat = 1;
inline constexpr const char* kIndexFileName = "index";
inline constexpr const char* kIndexTempFileName = "index.tmp";
inline constexpr const char* kLockFileName = "lock";
// The longest key is "manifest" or "chunk-NNNNNN" (12 bytes).
inline constexpr std::size_t kMaxIndexBytes =
    8 + 2 + 8 + 4 + std::size_t{kMaxVaultRecords} * (1 + 12 + 8) + 16;

struct DirectoryIndex {
  std::uint64_t generation = 0;
  std::map<std::string, std::uint64_t> versions;  // key -> the generation that wrote it
  bool operator==(const DirectoryIndex& o) const {
    return generation == o.generation && versions == o.versions;
  }
};

Bytes EncodeDirectoryIndex(const DirectoryIndex& index);
// kCorrupt with a message naming the damage; kUnsupportedFormat when written by a newer Carnet.
Result<DirectoryIndex> ParseDirectoryIndex(ByteView bytes);

// "<key>.<version>".
std::string RecordFileName(const std::string& key, std::uint64_t version);
// The key and version a record file's name stands for, or nothing if `name` is not one.
std::optional<std::pair<std::string, std::uint64_t>> ParseRecordFileName(std::string_view name);

}  // namespace carnet
