#include "core/vault/vault_format.h"

#include <sodium.h>

#include <cstdio>
#include <cstring>

#include "core/base/byte_io.h"
#include "core/base/text_rules.h"

namespace carnet {
namespace {

constexpr char kHeaderMagic[8] = {'C', 'A', 'R', 'N', 'E', 'T', 'V', 'H'};
constexpr char kManifestMagic[8] = {'C', 'A', 'R', 'N', 'E', 'T', 'V', 'M'};
constexpr char kChunkMagic[8] = {'C', 'A', 'R', 'N', 'E', 'T', 'V', 'C'};
constexpr std::size_t kMacBytes = 32;
constexpr std::size_t kChecksumBytes = 16;

Status Fail(StatusCode code, Problem problem, const char* message) {
  return Status::Error(code, problem, message);
}

bool ReadMagic(ByteReader& in, const char (&magic)[8]) {
  ByteView got;
  return in.Raw(8, &got) && std::memcmp(got.data, magic, 8) == 0;
}

template <std::size_t N>
bool ReadArray(ByteReader& in, std::array<std::uint8_t, N>* out) {
  ByteView got;
  if (!in.Raw(N, &got)) return false;
  std::memcpy(out->data(), got.data, N);
  return true;
}

ByteView View(const VaultId& id) { return ByteView(id.data(), id.size()); }

// The key that authenticates the header, derived from the DEK so the DEK itself is never
// used for two purposes.
std::array<std::uint8_t, kMacBytes> HeaderMac(const AeadKey& dek, ByteView covered) {
  static constexpr char kContext[] = "carnet vault header mac v1";
  std::array<std::uint8_t, 32> mac_key{};
  crypto_generichash(mac_key.data(), mac_key.size(),
                     reinterpret_cast<const std::uint8_t*>(kContext), sizeof kContext - 1,
                     dek.data(), dek.size());
  std::array<std::uint8_t, kMacBytes> mac{};
  crypto_generichash(mac.data(), mac.size(), covered.data, covered.size, mac_key.data(),
                     mac_key.size());
  sodium_memzero(mac_key.data(), mac_key.size());
  return mac;
}

void WriteHeaderBody(ByteWriter& out, const VaultHeader& h) {
  out.Raw(ByteView(reinterpret_cast<const std::uint8_t*>(kHeaderMagic), 8));
  out.U16(kVaultFormat);
  out.U16(0);  // total length, patched below
  out.Raw(View(h.vault_id));
  out.U32(h.kdf.ops);
  out.U32(h.kdf.mem_kib);
  out.Raw(ByteView(h.salt.data(), h.salt.size()));
  out.U32(h.chunk_size);
  out.U64(h.generation);
  out.Raw(h.wrapped_by_passphrase);
  out.Raw(h.wrapped_by_recovery);
  out.U16(static_cast<std::uint16_t>(h.display_name.size()));
  out.Raw(std::string_view(h.display_name));
}

// The header's bytes up to its MAC, with the total length (MAC and checksum included) filled in:
// what the MAC covers.
Bytes HeaderBody(const VaultHeader& header) {
  ByteWriter out;
  WriteHeaderBody(out, header);
  Bytes bytes = out.Take();
  const std::size_t total = bytes.size() + kMacBytes + kChecksumBytes;
  bytes[10] = static_cast<std::uint8_t>(total & 0xFF);
  bytes[11] = static_cast<std::uint8_t>(total >> 8);
  return bytes;
}

Bytes ChunkAssociatedData(const VaultId& id, std::uint32_t index, std::uint64_t version) {
  ByteWriter ad;
  ad.Raw(std::string_view("carnet chunk"));
  ad.Raw(View(id));
  ad.U32(index);
  ad.U64(version);
  return ad.Take();
}

Bytes ManifestAssociatedData(const VaultId& id, std::uint64_t generation) {
  ByteWriter ad;
  ad.Raw(std::string_view("carnet manifest"));
  ad.Raw(View(id));
  ad.U64(generation);
  return ad.Take();
}

}  // namespace

Bytes PassphraseWrapAssociatedData(const VaultHeader& header) {
  ByteWriter ad;
  ad.Raw(std::string_view("carnet passphrase wrap"));
  ad.Raw(View(header.vault_id));
  ad.U32(header.kdf.ops);
  ad.U32(header.kdf.mem_kib);
  ad.Raw(ByteView(header.salt.data(), header.salt.size()));
  return ad.Take();
}

Bytes RecoveryWrapAssociatedData(const VaultHeader& header) {
  ByteWriter ad;
  ad.Raw(std::string_view("carnet recovery wrap"));
  ad.Raw(View(header.vault_id));
  return ad.Take();
}

Bytes EncodeHeader(const VaultHeader& header, const AeadKey& dek) {
  Bytes bytes = HeaderBody(header);
  const std::array<std::uint8_t, kMacBytes> mac = HeaderMac(dek, bytes);
  bytes.insert(bytes.end(), mac.begin(), mac.end());
  std::array<std::uint8_t, kChecksumBytes> checksum{};
  crypto_generichash(checksum.data(), checksum.size(), bytes.data(), bytes.size(), nullptr, 0);
  bytes.insert(bytes.end(), checksum.begin(), checksum.end());
  return bytes;
}

Result<VaultHeader> DecodeHeader(ByteView bytes) {
  ByteReader in(bytes);
  if (!ReadMagic(in, kHeaderMagic)) {
    return Fail(StatusCode::kCorrupt, Problem::kNotAVault, "not a Carnet vault");
  }
  std::uint16_t format = 0;
  std::uint16_t length = 0;
  if (!in.U16(&format) || !in.U16(&length)) {
    return Fail(StatusCode::kCorrupt, Problem::kHeaderCorrupt, "the vault header is truncated");
  }
  if (format > kVaultFormat) {
    return Fail(StatusCode::kCorrupt, Problem::kUnsupportedFormat,
                "this vault was written by a newer version of Carnet");
  }
  if (format == 0 || length != bytes.size || length < kChecksumBytes) {
    return Fail(StatusCode::kCorrupt, Problem::kHeaderCorrupt,
                "the vault header is damaged (wrong length)");
  }
  std::array<std::uint8_t, kChecksumBytes> checksum{};
  crypto_generichash(checksum.data(), checksum.size(), bytes.data, bytes.size - kChecksumBytes,
                     nullptr, 0);
  if (sodium_memcmp(checksum.data(), bytes.data + bytes.size - kChecksumBytes, kChecksumBytes) !=
      0) {
    return Fail(StatusCode::kCorrupt, Problem::kHeaderCorrupt,
                "the vault header is damaged (checksum)");
  }
  VaultHeader h;
  ByteView wrapped_pass;
  ByteView wrapped_recovery;
  std::uint16_t name_length = 0;
  ByteView name;
  const bool ok = ReadArray(in, &h.vault_id) && in.U32(&h.kdf.ops) && in.U32(&h.kdf.mem_kib) &&
                  ReadArray(in, &h.salt) && in.U32(&h.chunk_size) && in.U64(&h.generation) &&
                  in.Raw(kWrappedKeyBytes, &wrapped_pass) &&
                  in.Raw(kWrappedKeyBytes, &wrapped_recovery) && in.U16(&name_length) &&
                  name_length <= kMaxDisplayNameBytes && in.Raw(name_length, &name) &&
                  ReadArray(in, &h.mac) && in.remaining() == kChecksumBytes;
  if (!ok || h.chunk_size != kChunkSize) {
    return Fail(StatusCode::kCorrupt, Problem::kHeaderCorrupt,
                "the vault header is damaged (structure)");
  }
  h.wrapped_by_passphrase.assign(wrapped_pass.data, wrapped_pass.data + wrapped_pass.size);
  h.wrapped_by_recovery.assign(wrapped_recovery.data,
                               wrapped_recovery.data + wrapped_recovery.size);
  h.display_name.assign(reinterpret_cast<const char*>(name.data), name.size);
  if (!CheckText(h.display_name, "display_name", 64, TextKind::kLine, false).ok()) {
    return Fail(StatusCode::kCorrupt, Problem::kHeaderCorrupt,
                "the vault header is damaged (display name)");
  }
  if (Status s = CheckKdf(h.kdf); !s.ok()) return s;
  return h;
}

Status VerifyHeaderMac(const VaultHeader& header, const AeadKey& dek) {
  const Bytes bytes = HeaderBody(header);
  const std::array<std::uint8_t, kMacBytes> mac = HeaderMac(dek, bytes);
  if (sodium_memcmp(mac.data(), header.mac.data(), kMacBytes) != 0) {
    return Fail(StatusCode::kCorrupt, Problem::kHeaderCorrupt,
                "the vault header was altered (authentication failed)");
  }
  return Status::Ok();
}

Result<Bytes> EncodeManifest(const Manifest& m, const AeadKey& dek) {
  ByteWriter body;
  body.U64(m.database_size);
  body.U32(static_cast<std::uint32_t>(m.chunk_versions.size()));
  for (const std::uint64_t v : m.chunk_versions) body.U64(v);
  Result<Bytes> sealed =
      AeadSeal(dek, body.bytes(), ManifestAssociatedData(m.vault_id, m.generation));
  if (!sealed.ok()) return sealed.status();
  ByteWriter out;
  out.Raw(ByteView(reinterpret_cast<const std::uint8_t*>(kManifestMagic), 8));
  out.U16(kVaultFormat);
  out.Raw(View(m.vault_id));
  out.U64(m.generation);
  out.Raw(sealed.value());
  return out.Take();
}

Result<Manifest> PeekManifest(ByteView bytes) {
  ByteReader in(bytes);
  std::uint16_t format = 0;
  Manifest m;
  if (!ReadMagic(in, kManifestMagic) || !in.U16(&format)) {
    return Fail(StatusCode::kCorrupt, Problem::kManifestCorrupt, "the vault manifest is damaged");
  }
  if (format > kVaultFormat) {
    return Fail(StatusCode::kCorrupt, Problem::kUnsupportedFormat,
                "this vault was written by a newer version of Carnet");
  }
  if (!ReadArray(in, &m.vault_id) || !in.U64(&m.generation) || in.remaining() < kAeadOverhead) {
    return Fail(StatusCode::kCorrupt, Problem::kManifestCorrupt, "the vault manifest is truncated");
  }
  return m;
}

Result<Manifest> DecodeManifest(ByteView bytes, const AeadKey& dek) {
  Result<Manifest> peeked = PeekManifest(bytes);
  if (!peeked.ok()) return peeked.status();
  Manifest m = std::move(peeked).value();
  const std::size_t prefix = 8 + 2 + kVaultIdBytes + 8;
  Result<Bytes> body = AeadOpen(dek, ByteView(bytes.data + prefix, bytes.size - prefix),
                                ManifestAssociatedData(m.vault_id, m.generation));
  if (!body.ok()) {
    return Fail(StatusCode::kCorrupt, Problem::kManifestCorrupt,
                "the vault manifest was altered (authentication failed)");
  }
  ByteReader in(body.value());
  std::uint32_t count = 0;
  if (!in.U64(&m.database_size) || !in.U32(&count) || count > kMaxChunks ||
      in.remaining() != std::size_t{count} * 8 ||
      m.database_size > std::uint64_t{count} * kChunkSize ||
      (count > 0 && m.database_size <= std::uint64_t{count - 1} * kChunkSize)) {
    return Fail(StatusCode::kCorrupt, Problem::kManifestCorrupt,
                "the vault manifest is inconsistent");
  }
  m.chunk_versions.resize(count);
  for (std::uint64_t& v : m.chunk_versions) {
    if (!in.U64(&v) || v == 0 || v > m.generation) {
      return Fail(StatusCode::kCorrupt, Problem::kManifestCorrupt,
                  "the vault manifest is inconsistent (chunk versions)");
    }
  }
  return m;
}

Result<Bytes> EncodeChunk(const AeadKey& dek, const VaultId& vault_id, std::uint32_t index,
                          std::uint64_t version, ByteView plaintext) {
  Result<Bytes> sealed = AeadSeal(dek, plaintext, ChunkAssociatedData(vault_id, index, version));
  if (!sealed.ok()) return sealed.status();
  ByteWriter out;
  out.Raw(ByteView(reinterpret_cast<const std::uint8_t*>(kChunkMagic), 8));
  out.U16(kVaultFormat);
  out.Raw(View(vault_id));
  out.U32(index);
  out.U64(version);
  out.Raw(sealed.value());
  return out.Take();
}

Result<Bytes> DecodeChunk(ByteView bytes, const AeadKey& dek, const VaultId& vault_id,
                          std::uint32_t index, std::uint64_t expected_version) {
  ByteReader in(bytes);
  std::uint16_t format = 0;
  VaultId id{};
  std::uint32_t stored_index = 0;
  std::uint64_t version = 0;
  if (!ReadMagic(in, kChunkMagic) || !in.U16(&format) || format != kVaultFormat ||
      !ReadArray(in, &id) || !in.U32(&stored_index) || !in.U64(&version) ||
      in.remaining() < kAeadOverhead) {
    return Fail(StatusCode::kCorrupt, Problem::kChunkCorrupt, "a vault chunk is damaged");
  }
  if (id != vault_id) {
    return Fail(StatusCode::kCorrupt, Problem::kOtherVault, "a chunk belongs to another vault");
  }
  if (stored_index != index) {
    return Fail(StatusCode::kCorrupt, Problem::kChunkMisplaced,
                "a chunk is stored in another chunk's place");
  }
  if (version < expected_version) {
    return Fail(StatusCode::kCorrupt, Problem::kChunkStale,
                "a chunk is older than the manifest (replayed)");
  }
  if (version > expected_version) {
    return Fail(StatusCode::kCorrupt, Problem::kManifestStale,
                "the manifest is older than a chunk (replayed)");
  }
  ByteView sealed(bytes.data + in.position(), in.remaining());
  Result<Bytes> plain = AeadOpen(dek, sealed, ChunkAssociatedData(vault_id, index, version));
  if (!plain.ok() || plain.value().size() > kChunkSize) {
    return Fail(StatusCode::kCorrupt, Problem::kChunkCorrupt,
                "a vault chunk was altered or truncated (authentication failed)");
  }
  return plain;
}

std::string ChunkKey(std::uint32_t index) {
  char key[24];
  (void)std::snprintf(key, sizeof key, "chunk-%06u", index);
  return key;
}

}  // namespace carnet
