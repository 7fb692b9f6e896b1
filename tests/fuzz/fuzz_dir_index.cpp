// libFuzzer target: the vault directory's index parser on any bytes, then with the checksum
// made right (to reach the entries behind it); whatever parses must encode back to the same
// bytes. The same bytes as a file name go through ParseRecordFileName, which must round-trip.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_common.h"
#include "platform/native/dir_index.h"

using namespace carnet;

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  fuzz::InitOrDie();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const ByteView input(data, size);
  Result<DirectoryIndex> raw = ParseDirectoryIndex(input);
  const Bytes fixed = fuzz::WithChecksum(input, 16);
  Result<DirectoryIndex> index = ParseDirectoryIndex(fixed);
  if (raw.ok() && !index.ok()) fuzz::Broken("a valid index stopped parsing");
  if (index.ok()) {
    for (const auto& entry : index.value().versions) {
      if (!IsVaultRecordKey(entry.first)) fuzz::Broken("an unknown record came out");
      if (entry.second == 0 || entry.second > index.value().generation) {
        fuzz::Broken("a version after the generation came out");
      }
    }
    if (EncodeDirectoryIndex(index.value()) != fixed) fuzz::Broken("parse then encode changed");
  }

  const std::string_view name(reinterpret_cast<const char*>(data), size);
  if (const auto record = ParseRecordFileName(name)) {
    if (RecordFileName(record->first, record->second) != name) {
      fuzz::Broken("a record file name changed on the way");
    }
  }
  return 0;
}
