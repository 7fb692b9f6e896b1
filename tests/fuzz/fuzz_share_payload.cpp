// libFuzzer target: DecodeSharePayload on any bytes, without the package's crypto in the way. A
// payload that decodes must keep the rules a sender is held to, and encode back to exactly the
// bytes it came from (one payload, one encoding).
#include <cstddef>
#include <cstdint>

#include "core/sharing/share_payload_codec.h"
#include "fuzz/fuzz_common.h"

using namespace carnet;

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  fuzz::InitOrDie();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Result<SharePayload> payload = DecodeSharePayload(ByteView(data, size));
  if (!payload.ok()) {
    if (payload.status().problem() != Problem::kPackageCorrupt) {
      fuzz::Broken("a payload was refused without saying why");
    }
    return 0;
  }
  if (!CheckSharePayload(payload.value()).ok()) fuzz::Broken("a decoded payload breaks the rules");
  if (EncodeSharePayload(payload.value()) != Bytes(data, data + size)) {
    fuzz::Broken("a decoded payload encodes to other bytes");
  }
  return 0;
}
