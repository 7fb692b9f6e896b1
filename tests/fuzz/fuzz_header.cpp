// libFuzzer target: DecodeHeader on any bytes, then with the length field and the checksum made
// right (to reach the structure behind them). A header that decodes must encode and decode
// back to the same fields, with a MAC that verifies.
#include <cstddef>
#include <cstdint>

#include "core/vault/vault_format.h"
#include "fuzz/fuzz_common.h"

using namespace carnet;

namespace {

constexpr std::size_t kChecksumBytes = 16;

bool SameFields(const VaultHeader& a, const VaultHeader& b) {
  return a.vault_id == b.vault_id && a.kdf == b.kdf && a.salt == b.salt &&
         a.chunk_size == b.chunk_size && a.generation == b.generation &&
         a.wrapped_by_passphrase == b.wrapped_by_passphrase &&
         a.wrapped_by_recovery == b.wrapped_by_recovery && a.display_name == b.display_name;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  fuzz::InitOrDie();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)DecodeHeader(ByteView(data, size));
  if (size < 12 + kChecksumBytes || size > 0xFFFF) return 0;
  Bytes patched(data, data + size);
  patched[10] = static_cast<std::uint8_t>(size & 0xFF);
  patched[11] = static_cast<std::uint8_t>(size >> 8);
  const Bytes fixed = fuzz::WithChecksum(patched, kChecksumBytes);
  Result<VaultHeader> header = DecodeHeader(fixed);
  if (!header.ok()) return 0;
  const AeadKey key = fuzz::FuzzKey();
  const Bytes encoded = EncodeHeader(header.value(), key);
  Result<VaultHeader> again = DecodeHeader(encoded);
  if (!again.ok()) fuzz::Broken("an encoded header did not decode");
  if (!SameFields(header.value(), again.value())) fuzz::Broken("a header changed on the way");
  if (!VerifyHeaderMac(again.value(), key).ok()) fuzz::Broken("a header's own MAC failed");
  return 0;
}
