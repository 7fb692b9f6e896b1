// libFuzzer target: DecodeChunk (fixed key and vault id) on any bytes; then a chunk built by
// EncodeChunk from "expected index u32 | expected version u64 | index u32 | version u64 |
// plaintext", decoded against the expected place and version: it must give the plaintext back
// exactly when everything matches, and a precise error otherwise.
#include <cstddef>
#include <cstdint>

#include "core/vault/vault_format.h"
#include "fuzz/fuzz_common.h"

using namespace carnet;

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  fuzz::InitOrDie();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const AeadKey key = fuzz::FuzzKey();
  const VaultId id = fuzz::FuzzVaultId();
  Result<Bytes> raw = DecodeChunk(ByteView(data, size), key, id, 0, 1);
  if (raw.ok() && raw.value().size() > kChunkSize) fuzz::Broken("an oversized chunk decoded");

  ByteReader in(ByteView(data, size));
  std::uint32_t expected_index = 0;
  std::uint64_t expected_version = 0;
  std::uint32_t index = 0;
  std::uint64_t version = 0;
  if (!in.U32(&expected_index) || !in.U64(&expected_version) || !in.U32(&index) ||
      !in.U64(&version)) {
    return 0;
  }
  const ByteView plaintext(data + in.position(), in.remaining());
  Result<Bytes> chunk = EncodeChunk(key, id, index, version, plaintext);
  if (!chunk.ok()) fuzz::Broken("EncodeChunk failed");
  Result<Bytes> back = DecodeChunk(chunk.value(), key, id, expected_index, expected_version);
  const bool should =
      index == expected_index && version == expected_version && plaintext.size <= kChunkSize;
  if (back.ok() != should) fuzz::Broken("a chunk decoded where it should not, or the reverse");
  if (back.ok() && back.value() != Bytes(plaintext.data, plaintext.data + plaintext.size)) {
    fuzz::Broken("a chunk's bytes changed on the way");
  }
  if (!back.ok() && back.status().problem() == Problem::kNone) fuzz::Broken("no precise problem");
  return 0;
}
