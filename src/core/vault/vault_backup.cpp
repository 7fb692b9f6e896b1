#include "core/vault/vault_backup.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <set>

#include "core/base/byte_io.h"
#include "core/crypto/aead.h"
#include "core/vault/vault.h"

namespace carnet {
namespace {

constexpr char kBackupMagic[8] = {'C', 'A', 'R', 'N', 'E', 'T', 'V', 'B'};
constexpr std::size_t kMagicBytes = sizeof kBackupMagic;
constexpr std::size_t kPrefixBytes = kMagicBytes + 2 + 4;  // magic, format, record count
constexpr std::string_view kChunkPrefix = "chunk-";
constexpr std::size_t kChunkDigits = 6;

// The largest record of each kind a valid vault holds (vault_format.h): a header's length
// field is 16 bits; a manifest lists at most kMaxChunks versions; a chunk seals kChunkSize bytes.
constexpr std::size_t kMaxHeaderBytes = 0xFFFF;
constexpr std::size_t kMaxManifestBytes =
    8 + 2 + kVaultIdBytes + 8 + kAeadOverhead + 8 + 4 + std::size_t{8} * kMaxChunks;
constexpr std::size_t kMaxChunkBytes = 8 + 2 + kVaultIdBytes + 4 + 8 + kAeadOverhead + kChunkSize;

Status Corrupt(const std::string& message) {
  return Status::Error(StatusCode::kCorrupt, Problem::kBackupCorrupt, message);
}

std::array<std::uint8_t, kBackupChecksumBytes> Checksum(ByteView covered) {
  std::array<std::uint8_t, kBackupChecksumBytes> sum{};
  crypto_generichash(sum.data(), sum.size(), covered.data, covered.size, nullptr, 0);
  return sum;
}

// Header first, then the manifest, then the chunks by index (their keys sort by index).
int Rank(const std::string& key) {
  if (key == kHeaderKey) return 0;
  if (key == kManifestKey) return 1;
  return 2;
}

}  // namespace

bool IsVaultRecordKey(std::string_view key) {
  if (key == kHeaderKey || key == kManifestKey) return true;
  if (key.size() != kChunkPrefix.size() + kChunkDigits ||
      key.substr(0, kChunkPrefix.size()) != kChunkPrefix) {
    return false;
  }
  std::uint32_t index = 0;
  for (const char c : key.substr(kChunkPrefix.size())) {
    if (c < '0' || c > '9') return false;
    index = index * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return index < kMaxChunks;
}

std::size_t MaxVaultRecordBytes(std::string_view key) {
  if (!IsVaultRecordKey(key)) return 0;
  if (key == kHeaderKey) return kMaxHeaderBytes;
  if (key == kManifestKey) return kMaxManifestBytes;
  return kMaxChunkBytes;
}

Bytes EncodeBackup(const VaultRecords& records) {
  ByteWriter out;
  out.Raw(ByteView(reinterpret_cast<const std::uint8_t*>(kBackupMagic), kMagicBytes));
  out.U16(kBackupFormat);
  out.U32(static_cast<std::uint32_t>(records.size()));
  for (const auto& record : records) {
    out.U16(static_cast<std::uint16_t>(record.first.size()));
    out.Raw(record.first);
    out.U32(static_cast<std::uint32_t>(record.second.size()));
    out.Raw(record.second);
  }
  Bytes bytes = out.Take();
  const auto sum = Checksum(bytes);
  bytes.insert(bytes.end(), sum.begin(), sum.end());
  return bytes;
}

Result<VaultRecords> DecodeBackup(ByteView bytes) {
  if (bytes.size == 0) {
    return Status::Error(StatusCode::kCorrupt, Problem::kNotAVault,
                         "the file is empty: it is not a Carnet backup");
  }
  // A short file that starts like a backup is a truncated backup; anything else is not one.
  if (std::memcmp(bytes.data, kBackupMagic, std::min(bytes.size, kMagicBytes)) != 0) {
    return Status::Error(StatusCode::kCorrupt, Problem::kNotAVault, "not a Carnet backup");
  }
  ByteReader in(bytes);
  ByteView magic;
  std::uint16_t format = 0;
  if (!in.Raw(kMagicBytes, &magic) || !in.U16(&format)) {
    return Corrupt("the backup is truncated");
  }
  if (format > kBackupFormat) {
    return Status::Error(StatusCode::kCorrupt, Problem::kUnsupportedFormat,
                         "this backup was written by a newer version of Carnet");
  }
  if (format == 0) return Corrupt("the backup is damaged (format)");
  if (bytes.size < kPrefixBytes + kBackupChecksumBytes) return Corrupt("the backup is truncated");
  const std::size_t covered = bytes.size - kBackupChecksumBytes;
  const auto sum = Checksum(ByteView(bytes.data, covered));
  if (sodium_memcmp(sum.data(), bytes.data + covered, kBackupChecksumBytes) != 0) {
    return Corrupt("the backup is damaged or truncated (checksum)");
  }

  // The checksum is not a signature: bound everything as if the bytes were hostile.
  ByteReader body(ByteView(bytes.data + in.position(), covered - in.position()));
  std::uint32_t count = 0;
  if (!body.U32(&count) || count > kMaxVaultRecords) {
    return Corrupt("the backup is damaged (record count)");
  }
  VaultRecords records;
  // Each record takes at least 6 bytes: never reserve more than the input can hold.
  records.reserve(std::min<std::size_t>(count, body.remaining() / 6));
  std::set<std::string> seen;
  for (std::uint32_t i = 0; i < count; ++i) {
    std::uint16_t key_length = 0;
    ByteView key_bytes;
    std::uint32_t value_length = 0;
    ByteView value;
    if (!body.U16(&key_length) || !body.Raw(key_length, &key_bytes)) {
      return Corrupt("the backup is damaged (record key)");
    }
    std::string key(reinterpret_cast<const char*>(key_bytes.data), key_bytes.size);
    if (!IsVaultRecordKey(key)) return Corrupt("the backup holds a record of an unknown kind");
    if (!body.U32(&value_length) || value_length > MaxVaultRecordBytes(key) ||
        !body.Raw(value_length, &value)) {
      return Corrupt("the backup is damaged (record length)");
    }
    if (!seen.insert(key).second) return Corrupt("the backup holds a record twice");
    records.emplace_back(std::move(key), Bytes(value.data, value.data + value.size));
  }
  if (body.remaining() != 0) return Corrupt("the backup is damaged (trailing bytes)");
  if (seen.count(kHeaderKey) == 0 || seen.count(kManifestKey) == 0) {
    return Corrupt("the backup holds no vault header or no manifest");
  }
  return records;
}

Result<Bytes> ExportBackup(VaultStorage& storage) {
  Result<std::uint64_t> before = storage.Generation();
  if (!before.ok()) return before.status();
  Result<std::vector<std::string>> keys = storage.Keys();
  if (!keys.ok()) return keys.status();
  std::vector<std::string> ordered = std::move(keys).value();
  for (const std::string& key : ordered) {
    if (!IsVaultRecordKey(key)) {
      return Status::Error(StatusCode::kCorrupt, Problem::kNotAVault,
                           "the storage holds a record that is not a vault's: '" + key + "'");
    }
  }
  std::sort(ordered.begin(), ordered.end(), [](const std::string& a, const std::string& b) {
    return Rank(a) != Rank(b) ? Rank(a) < Rank(b) : a < b;
  });

  WriteBatch staged;
  staged.puts.reserve(ordered.size());
  for (const std::string& key : ordered) {
    Result<std::optional<Bytes>> record = storage.Get(key);
    if (!record.ok()) return record.status();
    if (!record.value()) {
      return Status::Error(StatusCode::kIoError, Problem::kSaveConflict,
                           "the vault was saved while it was being exported: try again");
    }
    staged.puts.emplace_back(key, std::move(*record.value()));
  }
  Result<std::uint64_t> after = storage.Generation();
  if (!after.ok()) return after.status();
  if (after.value() != before.value()) {
    return Status::Error(StatusCode::kIoError, Problem::kSaveConflict,
                         "the vault was saved while it was being exported: try again");
  }

  // A backup that could not be restored is worse than none: check it is a vault first.
  MemoryStorage copy;
  if (Status s = copy.Commit(staged, 0, before.value()); !s.ok()) return s;
  Result<VaultSummary> summary = Vault::Inspect(copy);
  if (!summary.ok()) return summary.status();
  return EncodeBackup(staged.puts);
}

Status ImportBackup(ByteView bytes, VaultStorage& storage) {
  Result<VaultRecords> records = DecodeBackup(bytes);
  if (!records.ok()) return records.status();
  WriteBatch batch;
  batch.puts = std::move(records).value();

  MemoryStorage staged;
  if (Status s = staged.Commit(batch, 0, 0); !s.ok()) return s;
  Result<VaultSummary> summary = Vault::Inspect(staged);
  if (!summary.ok()) return summary.status();

  Result<std::vector<std::string>> existing = storage.Keys();
  if (!existing.ok()) return existing.status();
  if (!existing.value().empty()) {
    return Status::Invalid(Problem::kAlreadyExists, "storage",
                           "a backup is restored only into an empty place: this one holds data");
  }
  Result<std::uint64_t> generation = storage.Generation();
  if (!generation.ok()) return generation.status();
  return storage.Commit(batch, generation.value(), summary.value().generation);
}

}  // namespace carnet
