// libFuzzer target: PeekManifest and DecodeManifest (with a fixed key) on any bytes; then the
// same bytes read as "vault id[16] | generation u64 | body" and sealed the way EncodeManifest
// seals, so that the fuzzer reaches the body's parser behind the authentication. A manifest
// that decodes must be consistent and must encode and decode back to itself.
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "core/vault/vault_format.h"
#include "fuzz/fuzz_common.h"
#include "fuzz/fuzz_vault.h"

using namespace carnet;

namespace {

constexpr std::size_t kPrefix = 8 + 2 + kVaultIdBytes + 8;

void Check(const Manifest& m) {
  const std::size_t count = m.chunk_versions.size();
  if (count > kMaxChunks) fuzz::Broken("too many chunks");
  if (m.database_size > std::uint64_t{count} * kChunkSize) fuzz::Broken("size past the chunks");
  for (const std::uint64_t v : m.chunk_versions) {
    if (v == 0 || v > m.generation) fuzz::Broken("a chunk version after the manifest");
  }
  Result<Bytes> encoded = EncodeManifest(m, fuzz::FuzzKey());
  if (!encoded.ok()) fuzz::Broken("a decoded manifest did not encode");
  Result<Manifest> again = DecodeManifest(encoded.value(), fuzz::FuzzKey());
  if (!again.ok() || again.value().vault_id != m.vault_id ||
      again.value().generation != m.generation || again.value().database_size != m.database_size ||
      again.value().chunk_versions != m.chunk_versions) {
    fuzz::Broken("a manifest changed on the way");
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  fuzz::InitOrDie();
  // If vault_format.cpp binds manifests to other data, this target would stop reaching the
  // body's parser without a word: refuse to run instead.
  Manifest m;
  m.vault_id = fuzz::FuzzVaultId();
  m.generation = 3;
  m.database_size = 10;
  m.chunk_versions = {3};
  Result<Bytes> encoded = EncodeManifest(m, fuzz::FuzzKey());
  if (!encoded.ok()) fuzz::Broken("EncodeManifest failed");
  const ByteView sealed(encoded.value().data() + kPrefix, encoded.value().size() - kPrefix);
  if (!AeadOpen(fuzz::FuzzKey(), sealed, fuzz::ManifestAssociatedData(m.vault_id, m.generation))
           .ok()) {
    fuzz::Broken("fuzz_vault.h's copy of the manifest's associated data is out of date");
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const ByteView input(data, size);
  (void)PeekManifest(input);
  Result<Manifest> raw = DecodeManifest(input, fuzz::FuzzKey());
  if (raw.ok()) Check(raw.value());

  if (size < kVaultIdBytes + 8) return 0;
  VaultId id{};
  std::memcpy(id.data(), data, kVaultIdBytes);
  ByteReader in(ByteView(data + kVaultIdBytes, 8));
  std::uint64_t generation = 0;
  (void)in.U64(&generation);
  const Bytes sealed =
      fuzz::SealManifestBody(fuzz::FuzzKey(), id, generation,
                             ByteView(data + kVaultIdBytes + 8, size - kVaultIdBytes - 8));
  Result<Manifest> manifest = DecodeManifest(sealed, fuzz::FuzzKey());
  if (manifest.ok()) Check(manifest.value());
  return 0;
}
