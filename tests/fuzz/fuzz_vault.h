// What fuzz_vault_open, fuzz_manifest and the seed generator share about whole vaults: the fixed
// key-encryption key, how an input is read as the set of records a storage holds, and how the
// target seals records written in clear (so that mutations reach past the AEAD).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/base/byte_io.h"
#include "core/base/bytes.h"
#include "core/crypto/aead.h"
#include "core/vault/vault_format.h"
#include "fuzz/fuzz_common.h"

namespace carnet::fuzz {

// The key-encryption key the target unlocks with, as if derived elsewhere (UnlockWithKek): no
// Argon2id runs, since its floor (64 MiB, t=3) would make every execution take a tenth of a second.
inline AeadKey FuzzKek() {
  AeadKey key{};
  for (std::size_t i = 0; i < key.size(); ++i) key[i] = static_cast<std::uint8_t>(0xC3 ^ (i * 5));
  return key;
}

// The first byte of a fuzz_vault_open input: the rest is a set of records (ReadRecords)...
enum class VaultInput : std::uint8_t {
  kStored = 0,  // ...stored as they are
  kSealed = 1,  // ...in clear, each sealed by the target with the fuzz keys before it is stored:
                //   "header"    header bytes; their length field, wrap of the fuzz DEK (FuzzKey)
                //               under FuzzKek, MAC and checksum are made right when they decode
                //   "manifest"  u64 database size | u32 chunk count | u64 version of each chunk,
                //               sealed for the header's vault id and generation
                //   "chunk-*"   u32 index | u64 version | plaintext, sealed as that chunk
                //   any other   stored as it is
};
inline constexpr int kVaultInputKinds = 2;

using RecordList = std::vector<std::pair<std::string, Bytes>>;

// Records as "u8 key length | key | u32 value length | value", one after the other. A length
// past the end takes what is left, so that any bytes make a set of records.
inline RecordList ReadRecords(ByteView bytes) {
  RecordList records;
  std::size_t at = 0;
  const auto take = [&](std::size_t wanted) {
    const std::size_t n = wanted < bytes.size - at ? wanted : bytes.size - at;
    const std::uint8_t* start = bytes.data + at;
    at += n;
    return Bytes(start, start + n);
  };
  while (at < bytes.size) {
    const std::size_t key_size = bytes.data[at++];
    const Bytes key = take(key_size);
    const Bytes length = take(4);
    std::uint32_t value_size = 0;
    for (std::size_t i = length.size(); i-- > 0;) value_size = (value_size << 8) | length[i];
    records.emplace_back(std::string(key.begin(), key.end()), take(value_size));
  }
  return records;
}

inline Bytes WriteRecords(const RecordList& records) {
  ByteWriter out;
  for (const auto& [key, value] : records) {
    out.U8(static_cast<std::uint8_t>(key.size()));
    out.Raw(std::string_view(key));
    out.U32(static_cast<std::uint32_t>(value.size()));
    out.Raw(value);
  }
  return out.Take();
}

// What a manifest's sealed body is bound to, as vault_format.cpp builds it (fuzz_manifest
// checks at start-up that the two agree).
inline Bytes ManifestAssociatedData(const VaultId& id, std::uint64_t generation) {
  ByteWriter ad;
  ad.Raw(std::string_view("carnet manifest"));
  ad.Raw(ByteView(id.data(), id.size()));
  ad.U64(generation);
  return ad.Take();
}

// A manifest record around `body` (u64 size | u32 count | versions), sealed the way
// EncodeManifest seals, whatever the body holds.
inline Bytes SealManifestBody(const AeadKey& dek, const VaultId& id, std::uint64_t generation,
                              ByteView body) {
  Result<Bytes> sealed = AeadSeal(dek, body, ManifestAssociatedData(id, generation));
  if (!sealed.ok()) Broken("sealing a manifest failed");
  ByteWriter out;
  out.Raw(std::string_view("CARNETVM"));
  out.U16(kVaultFormat);
  out.Raw(ByteView(id.data(), id.size()));
  out.U64(generation);
  out.Raw(sealed.value());
  return out.Take();
}

}  // namespace carnet::fuzz
