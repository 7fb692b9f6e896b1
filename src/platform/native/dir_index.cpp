#include "platform/native/dir_index.h"

#include <sodium.h>

#include <array>
#include <cstdint>
#include <cstring>

#include "core/base/byte_io.h"

namespace carnet {
namespace {

constexpr char kIndexMagic[8] = {'C', 'A', 'R', 'N', 'E', 'T', 'D', 'I'};
constexpr std::size_t kChecksumBytes = 16;
constexpr std::size_t kMaxVersionDigits = 20;  // 18446744073709551615

Status Damaged(const std::string& what) {
  return Status::Error(StatusCode::kCorrupt,
                       "the vault directory's index is damaged (" + what + ")");
}

std::array<std::uint8_t, kChecksumBytes> Checksum(ByteView covered) {
  std::array<std::uint8_t, kChecksumBytes> sum{};
  crypto_generichash(sum.data(), sum.size(), covered.data, covered.size, nullptr, 0);
  return sum;
}

}  // namespace

Bytes EncodeDirectoryIndex(const DirectoryIndex& index) {
  ByteWriter out;
  out.Raw(ByteView(reinterpret_cast<const std::uint8_t*>(kIndexMagic), sizeof kIndexMagic));
  out.U16(kDirectoryIndexFormat);
  out.U64(index.generation);
  out.U32(static_cast<std::uint32_t>(index.versions.size()));
  for (const auto& entry : index.versions) {  // a std::map: keys in ascending order
    out.U8(static_cast<std::uint8_t>(entry.first.size()));
    out.Raw(entry.first);
    out.U64(entry.second);
  }
  Bytes bytes = out.Take();
  const auto sum = Checksum(bytes);
  bytes.insert(bytes.end(), sum.begin(), sum.end());
  return bytes;
}

Result<DirectoryIndex> ParseDirectoryIndex(ByteView bytes) {
  if (bytes.size > kMaxIndexBytes) return Damaged("too long");
  ByteReader in(bytes);
  ByteView magic;
  std::uint16_t format = 0;
  if (!in.Raw(sizeof kIndexMagic, &magic) ||
      std::memcmp(magic.data, kIndexMagic, sizeof kIndexMagic) != 0) {
    return Status::Error(StatusCode::kCorrupt, Problem::kNotAVault,
                         "the vault directory's index is not a Carnet index");
  }
  if (!in.U16(&format)) return Damaged("truncated");
  if (format > kDirectoryIndexFormat) {
    return Status::Error(StatusCode::kCorrupt, Problem::kUnsupportedFormat,
                         "this vault directory was written by a newer version of Carnet");
  }
  if (format == 0) return Damaged("format");
  if (in.remaining() < 8 + 4 + kChecksumBytes) return Damaged("truncated");
  const std::size_t covered = bytes.size - kChecksumBytes;
  const auto sum = Checksum(ByteView(bytes.data, covered));
  if (sodium_memcmp(sum.data(), bytes.data + covered, kChecksumBytes) != 0) {
    return Damaged("checksum");
  }

  ByteReader body(ByteView(bytes.data + in.position(), covered - in.position()));
  DirectoryIndex index;
  std::uint32_t count = 0;
  if (!body.U64(&index.generation) || !body.U32(&count) || count > kMaxVaultRecords) {
    return Damaged("record count");
  }
  const std::string* previous = nullptr;
  for (std::uint32_t i = 0; i < count; ++i) {
    std::uint8_t key_length = 0;
    ByteView key_bytes;
    std::uint64_t version = 0;
    if (!body.U8(&key_length) || !body.Raw(key_length, &key_bytes) || !body.U64(&version)) {
      return Damaged("truncated entry");
    }
    std::string key(reinterpret_cast<const char*>(key_bytes.data), key_bytes.size);
    if (!IsVaultRecordKey(key)) return Damaged("unknown record");
    if (previous != nullptr && key <= *previous) return Damaged("records out of order");
    if (version == 0 || version > index.generation) return Damaged("record version");
    previous = &index.versions.emplace_hint(index.versions.end(), std::move(key), version)->first;
  }
  if (body.remaining() != 0) return Damaged("trailing bytes");
  return index;
}

std::string RecordFileName(const std::string& key, std::uint64_t version) {
  return key + "." + std::to_string(version);
}

std::optional<std::pair<std::string, std::uint64_t>> ParseRecordFileName(std::string_view name) {
  const std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const std::string_view key = name.substr(0, dot);
  const std::string_view digits = name.substr(dot + 1);
  if (!IsVaultRecordKey(key) || digits.empty() || digits.size() > kMaxVersionDigits ||
      digits[0] == '0') {
    return std::nullopt;
  }
  std::uint64_t version = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    const auto digit = static_cast<std::uint64_t>(c - '0');
    if (version > (UINT64_MAX - digit) / 10) return std::nullopt;
    version = version * 10 + digit;
  }
  return std::make_pair(std::string(key), version);
}

}  // namespace carnet
