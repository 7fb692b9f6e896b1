// libFuzzer target: DecodeBackup on any bytes, then on the same bytes with their checksum made
// right (to reach the record parser). Whatever decodes must encode back to the same bytes.
#include <cstddef>
#include <cstdint>

#include "core/vault/vault_backup.h"
#include "fuzz/fuzz_common.h"

using namespace carnet;

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  fuzz::InitOrDie();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const ByteView input(data, size);
  Result<VaultRecords> raw = DecodeBackup(input);
  const Bytes fixed = fuzz::WithChecksum(input, kBackupChecksumBytes);
  Result<VaultRecords> records = DecodeBackup(fixed);
  if (raw.ok() && !records.ok()) fuzz::Broken("a valid backup stopped decoding");
  if (records.ok()) {
    for (const auto& record : records.value()) {
      if (!IsVaultRecordKey(record.first)) fuzz::Broken("a record of an unknown kind came out");
      if (record.second.size() > MaxVaultRecordBytes(record.first)) {
        fuzz::Broken("a record longer than its kind allows came out");
      }
    }
    if (EncodeBackup(records.value()) != fixed) fuzz::Broken("decode then encode changed bytes");
  }
  return 0;
}
