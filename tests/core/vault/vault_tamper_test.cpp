// Every way stored bytes can be damaged or replayed gives its own error, never wrong data.
#include <doctest/doctest.h>
#include <sodium.h>

#include <string>

#include "core/case/store_fixture.h"
#include "core/vault/vault.h"
#include "core/vault/vault_session.h"

using namespace carnet;
using namespace carnet::test;

namespace {

constexpr const char* kPassphrase = "cheval batterie agrafe correcte";

// A vault with enough data for several chunks, saved twice: `older` holds the records of the
// first save, `storage` the current ones.
struct SavedVault {
  MemoryStorage storage;
  std::map<std::string, Bytes> older;
  std::size_t chunks = 0;
  SavedVault() {
    std::string recovery;
    REQUIRE(Vault::Create(storage, "Marie", kPassphrase, kKdfFloor, &recovery).ok());
    VaultSession session = Value(VaultSession::Open(Value(Vault::Unlock(storage, kPassphrase))));
    REQUIRE(session.store().db().Exec("BEGIN").ok());
    for (int i = 0; i < 2500; ++i) {
      NewDossier(session.store(), "Élodie", "Dupré " + std::to_string(i), D(2026, 3, 2));
    }
    REQUIRE(session.store().db().Exec("COMMIT").ok());
    REQUIRE(session.Save().ok());
    older = storage.records();
    Result<Statement> all = session.store().db().Prepare("UPDATE person SET alias = 'x'");
    REQUIRE(all.ok());
    REQUIRE(all.value().Step().ok());
    REQUIRE(session.Save().ok());  // every chunk holding a person is rewritten
    chunks = static_cast<std::size_t>((session.database_size() + kChunkSize - 1) / kChunkSize);
    REQUIRE(chunks >= 3);
  }
};

// Unlocks and loads everything; returns the problem (kNone when all is well).
Problem OpenAll(VaultStorage& storage, const char* passphrase = kPassphrase) {
  Result<Vault> vault = Vault::Unlock(storage, passphrase);
  if (!vault.ok()) return vault.status().problem();
  ChunkedImage image;
  const Status loaded = vault.value().Load(&image);
  return loaded.problem();
}

void Flip(Bytes& bytes, std::size_t at) { bytes[at] = static_cast<std::uint8_t>(bytes[at] ^ 0x10); }

// After a deliberate change to a header, an attacker can fix the checksum at its end.
void FixHeaderChecksum(Bytes& header) {
  crypto_generichash(header.data() + header.size() - 16, 16, header.data(), header.size() - 16,
                     nullptr, 0);
}

void PutU32(Bytes& bytes, std::size_t at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i)
    bytes[at + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(v >> (8 * i));
}

// Offsets in the header (vault_format.h).
constexpr std::size_t kIdAt = 12, kOpsAt = 28, kMemAt = 32, kSaltAt = 36, kGenAt = 56,
                      kWrappedAt = 64, kNameLengthAt = 64 + 144;

}  // namespace

TEST_SUITE("vault tampering") {
  TEST_CASE("the untouched vault opens, and a wrong passphrase has its own error") {
    SavedVault v;
    CHECK(OpenAll(v.storage) == Problem::kNone);
    CHECK(OpenAll(v.storage, "cheval batterie agrafe correct") == Problem::kWrongPassphrase);
  }

  TEST_CASE("a flipped bit anywhere in the header is caught before any key derivation") {
    SavedVault v;
    const Bytes header = v.storage.records()[kHeaderKey];
    for (std::size_t at :
         {std::size_t{0}, std::size_t{9}, kIdAt, kOpsAt, kSaltAt + 3, kGenAt, kWrappedAt + 5,
          kWrappedAt + 80, kNameLengthAt + 3, header.size() - 40, header.size() - 1}) {
      CAPTURE(at);
      v.storage.records()[kHeaderKey] = header;
      Flip(v.storage.records()[kHeaderKey], at);
      const Problem p = OpenAll(v.storage);
      CHECK((at < 8 ? p == Problem::kNotAVault
                    : (at == 9 ? p == Problem::kUnsupportedFormat : p == Problem::kHeaderCorrupt)));
    }
  }

  TEST_CASE("a header altered with its checksum fixed is still refused, each way by its name") {
    SavedVault v;
    const Bytes header = v.storage.records()[kHeaderKey];
    auto with = [&](auto change) {
      Bytes altered = header;
      change(altered);
      FixHeaderChecksum(altered);
      v.storage.records()[kHeaderKey] = altered;
      return OpenAll(v.storage);
    };
    CHECK(with([](Bytes& h) { PutU32(h, kOpsAt, 1); }) == Problem::kKdfBelowFloor);
    CHECK(with([](Bytes& h) { PutU32(h, kMemAt, 8 * 1024); }) == Problem::kKdfBelowFloor);
    CHECK(with([](Bytes& h) { PutU32(h, kOpsAt, 1000); }) == Problem::kKdfAboveCeiling);
    CHECK(with([](Bytes& h) { PutU32(h, kMemAt, 64u << 20); }) == Problem::kKdfAboveCeiling);
    CHECK(with([](Bytes& h) { Flip(h, kIdAt + 2); }) == Problem::kOtherVault);
    CHECK(with([](Bytes& h) { Flip(h, kGenAt); }) == Problem::kManifestStale);
    CHECK(with([](Bytes& h) { Flip(h, kSaltAt); }) == Problem::kWrongPassphrase);
    CHECK(with([](Bytes& h) { Flip(h, kWrappedAt + 30); }) == Problem::kWrongPassphrase);
    CHECK(with([](Bytes& h) { Flip(h, kNameLengthAt + 2); }) == Problem::kHeaderCorrupt);  // MAC
    CHECK(with([&](Bytes& h) { Flip(h, h.size() - 20); }) == Problem::kHeaderCorrupt);     // MAC
  }

  TEST_CASE("a damaged, replayed or foreign manifest is refused") {
    SavedVault v;
    const Bytes manifest = v.storage.records()[kManifestKey];
    for (std::size_t at :
         {std::size_t{0}, std::size_t{40}, manifest.size() / 2, manifest.size() - 1}) {
      CAPTURE(at);
      v.storage.records()[kManifestKey] = manifest;
      Flip(v.storage.records()[kManifestKey], at);
      CHECK(OpenAll(v.storage) == Problem::kManifestCorrupt);
    }
    v.storage.records()[kManifestKey] = manifest;
    Flip(v.storage.records()[kManifestKey], 12);  // vault id
    CHECK(OpenAll(v.storage) == Problem::kOtherVault);
    v.storage.records()[kManifestKey] = Bytes(manifest.begin(), manifest.begin() + 40);
    CHECK(OpenAll(v.storage) == Problem::kManifestCorrupt);
    v.storage.records()[kManifestKey] = v.older[kManifestKey];  // replayed from the first save
    CHECK(OpenAll(v.storage) == Problem::kManifestStale);
    v.storage.records().erase(kManifestKey);
    CHECK(OpenAll(v.storage) == Problem::kManifestCorrupt);
  }

  TEST_CASE("an older header with the current manifest is refused") {
    SavedVault v;
    v.storage.records()[kHeaderKey] = v.older[kHeaderKey];
    CHECK(OpenAll(v.storage) == Problem::kGenerationMismatch);
  }

  TEST_CASE(
      "chunks flipped, truncated, extended, deleted, swapped, replayed or foreign are refused") {
    SavedVault v;
    const std::map<std::string, Bytes> good = v.storage.records();
    for (std::size_t index : {std::size_t{0}, v.chunks / 2, v.chunks - 1}) {
      CAPTURE(index);
      const std::string key = ChunkKey(static_cast<std::uint32_t>(index));
      const Bytes chunk = good.at(key);
      auto with = [&](Bytes altered) {
        v.storage.records() = good;
        v.storage.records()[key] = std::move(altered);
        return OpenAll(v.storage);
      };
      for (std::size_t at : {std::size_t{0}, std::size_t{40}, chunk.size() / 2, chunk.size() - 1}) {
        Bytes flipped = chunk;
        Flip(flipped, at);
        CHECK(with(flipped) == Problem::kChunkCorrupt);
      }
      Bytes foreign = chunk;
      Flip(foreign, 14);  // the vault id
      CHECK(with(foreign) == Problem::kOtherVault);
      Bytes moved = chunk;
      Flip(moved, 26);  // the index
      CHECK(with(moved) == Problem::kChunkMisplaced);
      CHECK(with(Bytes(chunk.begin(), chunk.end() - 1)) == Problem::kChunkCorrupt);
      Bytes extended = chunk;
      extended.push_back(0);
      CHECK(with(extended) == Problem::kChunkCorrupt);
      v.storage.records() = good;
      v.storage.records().erase(key);
      CHECK(OpenAll(v.storage) == Problem::kChunkMissing);
    }
    // Chunks replayed from the first save: the first, middle and last of those it rewrote.
    std::vector<std::string> rewritten;
    for (const auto& record : v.older) {
      if (record.first.rfind("chunk-", 0) == 0 && good.count(record.first) != 0 &&
          good.at(record.first) != record.second) {
        rewritten.push_back(record.first);
      }
    }
    REQUIRE(rewritten.size() >= 3);
    for (const std::string& key :
         {rewritten.front(), rewritten[rewritten.size() / 2], rewritten.back()}) {
      CAPTURE(key);
      v.storage.records() = good;
      v.storage.records()[key] = v.older.at(key);
      CHECK(OpenAll(v.storage) == Problem::kChunkStale);
    }
    // Two chunks swapped.
    v.storage.records() = good;
    std::swap(v.storage.records()[ChunkKey(0)], v.storage.records()[ChunkKey(1)]);
    CHECK(OpenAll(v.storage) == Problem::kChunkMisplaced);
  }

  TEST_CASE("the records of another vault are recognised as such") {
    SavedVault a;
    MemoryStorage b;
    std::string recovery;
    REQUIRE(Vault::Create(b, "Paul", kPassphrase, kKdfFloor, &recovery).ok());
    a.storage.records()[kManifestKey] = b.records()[kManifestKey];
    CHECK(OpenAll(a.storage) == Problem::kOtherVault);
  }

  TEST_CASE("no record holds the data key, the passphrase or the recovery key in clear") {
    MemoryStorage storage;
    std::string recovery;
    REQUIRE(Vault::Create(storage, "Marie", kPassphrase, kKdfFloor, &recovery).ok());
    for (const auto& record : storage.records()) {
      const std::string bytes(record.second.begin(), record.second.end());
      CHECK(bytes.find("cheval") == std::string::npos);
      CHECK(bytes.find(recovery.substr(0, 4)) == std::string::npos);
    }
  }
}
