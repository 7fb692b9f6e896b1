// libFuzzer target: ParseStatsFile on any bytes. A file that parses must write back to the
// same bytes (with its byte-order mark), and merging it with a copy of itself must keep it
// once and refuse the copy as a duplicate.
#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "core/stats/stats_merge.h"
#include "fuzz/fuzz_common.h"

using namespace carnet;

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  fuzz::InitOrDie();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const ByteView bytes(data, size);
  Result<StatsFile> parsed = ParseStatsFile(bytes);
  if (!parsed.ok()) {
    if (parsed.status().code() != StatusCode::kCorrupt) fuzz::Broken("a refusal not kCorrupt");
    if (parsed.status().message().empty()) fuzz::Broken("a refusal without a message");
    return 0;
  }
  Result<Bytes> written = WriteStatsFile(parsed.value());
  if (!written.ok()) fuzz::Broken("a parsed file did not write");
  const std::size_t bom =
      size >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF ? 0 : 3;
  if (written.value().size() != size + bom ||
      !std::equal(data, data + size, written.value().begin() + static_cast<std::ptrdiff_t>(bom))) {
    fuzz::Broken("a parsed file wrote other bytes");
  }
  const Bytes copy(data, data + size);
  Result<StatsMergeResult> merged = MergeStatsFiles({{"a", copy}, {"b", copy}});
  if (!merged.ok()) fuzz::Broken("a valid file did not merge");
  if (merged.value().accepted.size() != 1 || merged.value().refused.size() != 1) {
    fuzz::Broken("a copy was not refused as a duplicate");
  }
  if (!SameStatsFile(merged.value().merged, parsed.value())) {
    fuzz::Broken("a merge of one file changed it");
  }
  return 0;
}
