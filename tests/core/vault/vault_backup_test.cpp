#include "core/vault/vault_backup.h"

#include <doctest/doctest.h>
#include <sodium.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/base/byte_io.h"
#include "core/case/store_fixture.h"
#include "core/vault/vault.h"
#include "core/vault/vault_session.h"

using namespace carnet;
using namespace carnet::test;

namespace {

constexpr const char* kPassphrase = "cheval batterie agrafe correcte";

// A vault holding two dossiers, saved twice (generation 3), and its backup.
struct SavedVault {
  MemoryStorage storage;
  std::string recovery;
  Bytes backup;
  SavedVault() {
    Result<Vault> created =
        Vault::Create(storage, "Marie — CPAM", kPassphrase, kKdfFloor, &recovery);
    REQUIRE_MESSAGE(created.ok(), created.status().message());
    VaultSession session = Value(VaultSession::Open(std::move(created).value()));
    NewDossier(session.store(), "Élodie", "Dupré", D(2026, 3, 2));
    REQUIRE(session.Save().ok());
    NewDossier(session.store(), "Paul", "Girard", D(2026, 3, 3));
    REQUIRE(session.Save().ok());
    backup = Value(ExportBackup(storage));
  }
};

std::vector<std::string> Names(VaultSession& session) {
  std::vector<std::string> names;
  for (const OverviewRow& row : Value(session.store().Overview(On(D(2026, 3, 4))))) {
    names.push_back(row.display_name);
  }
  return names;
}

const std::vector<std::string> kExpectedNames = {"Dupré Élodie", "Girard Paul"};

// The backup's problem, and a check that the refused import wrote nothing.
Problem ImportProblem(const Bytes& bytes) {
  MemoryStorage target;
  const Status status = ImportBackup(bytes, target);
  CHECK_FALSE(status.ok());
  CHECK(target.records().empty());
  CHECK(target.bytes_written() == 0);
  CHECK(Value(target.Generation()) == 0);
  return status.problem();
}

// A backup of `records` with a correct checksum, built by hand to test the decoder's bounds.
Bytes HandMade(std::uint32_t count, const std::vector<std::pair<std::string, Bytes>>& records,
               std::uint32_t value_length_bonus = 0) {
  ByteWriter out;
  out.Raw(std::string_view("CARNETVB"));
  out.U16(1);
  out.U32(count);
  for (const auto& record : records) {
    out.U16(static_cast<std::uint16_t>(record.first.size()));
    out.Raw(record.first);
    out.U32(static_cast<std::uint32_t>(record.second.size()) + value_length_bonus);
    out.Raw(record.second);
  }
  Bytes bytes = out.Take();
  Bytes sum(kBackupChecksumBytes);
  crypto_generichash(sum.data(), sum.size(), bytes.data(), bytes.size(), nullptr, 0);
  bytes.insert(bytes.end(), sum.begin(), sum.end());
  return bytes;
}

// Lengths or positions to try: every one near both ends, and a stride through the middle.
std::vector<std::size_t> Positions(std::size_t size) {
  std::vector<std::size_t> positions;
  for (std::size_t i = 0; i < size; ++i) {
    if (i < 160 || i + 96 >= size || i % 1021 == 0) positions.push_back(i);
  }
  return positions;
}

}  // namespace

TEST_SUITE("vault backup") {
  TEST_CASE("a backup restores into an empty storage and opens with the passphrase") {
    SavedVault v;
    MemoryStorage restored;
    REQUIRE(ImportBackup(v.backup, restored).ok());
    CHECK(restored.records() == v.storage.records());
    CHECK(Value(restored.Generation()) == 3);
    CHECK(Value(Vault::Inspect(restored)).display_name == "Marie — CPAM");

    VaultSession session = Value(VaultSession::Open(Value(Vault::Unlock(restored, kPassphrase))));
    CHECK(Names(session) == kExpectedNames);
    // The restored vault goes on from the backup's generation.
    NewDossier(session.store(), "Anne", "Morel", D(2026, 3, 4));
    REQUIRE(session.Save().ok());
    CHECK(Value(restored.Generation()) == 4);
  }

  TEST_CASE("a backup restores and opens with the recovery key") {
    SavedVault v;
    MemoryStorage restored;
    REQUIRE(ImportBackup(v.backup, restored).ok());
    VaultSession session =
        Value(VaultSession::Open(Value(Vault::UnlockWithRecoveryKey(restored, v.recovery))));
    CHECK(Names(session) == kExpectedNames);
    Result<Statement> check = session.store().db().Prepare("PRAGMA integrity_check");
    REQUIRE(check.ok());
    REQUIRE(Value(check.value().Step()));
    CHECK(check.value().ColumnText(0) == "ok");
  }

  TEST_CASE("a backup's bytes follow the documented layout and hold nothing readable") {
    SavedVault v;
    const Bytes& b = v.backup;
    REQUIRE(b.size() > 14 + kBackupChecksumBytes);
    CHECK(std::string(b.begin(), b.begin() + 8) == "CARNETVB");
    CHECK(b[8] == 1);
    CHECK(b[9] == 0);
    std::uint32_t count = 0;
    for (int i = 3; i >= 0; --i) count = (count << 8) | b[10 + static_cast<std::size_t>(i)];
    CHECK(count == v.storage.records().size());
    // The header comes first.
    CHECK(b[14] == 6);
    CHECK(std::string(b.begin() + 16, b.begin() + 22) == "header");
    const std::string text(b.begin(), b.end());
    CHECK(text.find("Dupr") == std::string::npos);
    // Exporting twice gives the same bytes: nothing random is added.
    CHECK(Value(ExportBackup(v.storage)) == b);
  }

  TEST_CASE("a truncated backup is refused at every length, and nothing is written") {
    SavedVault v;
    for (const std::size_t length : Positions(v.backup.size())) {
      CAPTURE(length);
      const Bytes cut(v.backup.begin(), v.backup.begin() + static_cast<std::ptrdiff_t>(length));
      CHECK(ImportProblem(cut) == (length == 0 ? Problem::kNotAVault : Problem::kBackupCorrupt));
    }
    // One byte too many is damage too.
    Bytes longer = v.backup;
    longer.push_back(0);
    CHECK(ImportProblem(longer) == Problem::kBackupCorrupt);
  }

  TEST_CASE("a flipped bit anywhere is caught, and nothing is written") {
    SavedVault v;
    for (const std::size_t position : Positions(v.backup.size())) {
      for (int bit = 0; bit < 8; bit += 3) {
        CAPTURE(position);
        CAPTURE(bit);
        Bytes damaged = v.backup;
        damaged[position] = static_cast<std::uint8_t>(damaged[position] ^ (1u << bit));
        const Problem problem = ImportProblem(damaged);
        if (position < 8) {
          CHECK(problem == Problem::kNotAVault);
        } else if (position < 10) {  // the format number: 0 is damage, more is "newer"
          CHECK((problem == Problem::kBackupCorrupt || problem == Problem::kUnsupportedFormat));
        } else {
          CHECK(problem == Problem::kBackupCorrupt);
        }
      }
    }
  }

  TEST_CASE("a backup from a newer Carnet is refused as such") {
    SavedVault v;
    Bytes newer = v.backup;
    newer[8] = 2;
    CHECK(ImportProblem(newer) == Problem::kUnsupportedFormat);
    newer[8] = 0;
    newer[9] = 1;
    CHECK(ImportProblem(newer) == Problem::kUnsupportedFormat);
  }

  TEST_CASE("random bytes, a PNG image and an empty file are not backups") {
    Bytes random(4096);
    std::uint64_t state = 0x9E3779B97F4A7C15u;
    for (std::uint8_t& byte : random) {
      state = state * 6364136223846793005u + 1442695040888963407u;
      byte = static_cast<std::uint8_t>(state >> 56);
    }
    CHECK(ImportProblem(random) == Problem::kNotAVault);
    const Bytes png = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0,    0,    0,
                       13,   'I', 'H', 'D', 'R',  0,    0,    0,    1,    0,    0,
                       0,    1,   8,   6,   0,    0,    0,    0x1F, 0x15, 0xC4, 0x89};
    CHECK(ImportProblem(png) == Problem::kNotAVault);
    CHECK(ImportProblem(Bytes{}) == Problem::kNotAVault);
    // A vault header is not a backup either.
    SavedVault v;
    CHECK(ImportProblem(v.storage.records().at("header")) == Problem::kNotAVault);
  }

  TEST_CASE("a backup with a valid checksum but hostile contents is refused") {
    SavedVault v;
    const Bytes& header = v.storage.records().at("header");
    const Bytes& manifest = v.storage.records().at("manifest");
    const std::vector<std::pair<std::string, Bytes>> valid = {{"header", header},
                                                              {"manifest", manifest}};
    SUBCASE("the hand-made encoder agrees with the real one") {
      CHECK(Value(DecodeBackup(HandMade(2, valid))).size() == 2);
    }
    SUBCASE("more records than a vault can hold") {
      CHECK(ImportProblem(HandMade(kMaxVaultRecords + 1, valid)) == Problem::kBackupCorrupt);
      CHECK(ImportProblem(HandMade(0xFFFFFFFFu, valid)) == Problem::kBackupCorrupt);
    }
    SUBCASE("fewer records than announced, or more bytes than the records") {
      CHECK(ImportProblem(HandMade(3, valid)) == Problem::kBackupCorrupt);
      CHECK(ImportProblem(HandMade(1, valid)) == Problem::kBackupCorrupt);
    }
    SUBCASE("a value longer than the bytes left, or than its kind allows") {
      CHECK(ImportProblem(HandMade(2, valid, 1)) == Problem::kBackupCorrupt);
      CHECK(ImportProblem(HandMade(2, {{"header", Bytes(0x10000)}, {"manifest", manifest}})) ==
            Problem::kBackupCorrupt);
      CHECK(ImportProblem(HandMade(2, {{"header", header},
                                       {"manifest", manifest},
                                       {"chunk-000000", Bytes(kChunkSize + 1024)}})) ==
            Problem::kBackupCorrupt);
    }
    SUBCASE("a key of another kind, or twice the same key") {
      CHECK(ImportProblem(HandMade(
                3, {{"header", header}, {"manifest", manifest}, {"notes.txt", Bytes(4)}})) ==
            Problem::kBackupCorrupt);
      CHECK(ImportProblem(HandMade(
                3, {{"header", header}, {"manifest", manifest}, {"chunk-99999", Bytes(4)}})) ==
            Problem::kBackupCorrupt);
      CHECK(ImportProblem(
                HandMade(3, {{"header", header}, {"manifest", manifest}, {"header", header}})) ==
            Problem::kBackupCorrupt);
    }
    SUBCASE("no header, or no manifest") {
      CHECK(ImportProblem(HandMade(1, {{"manifest", manifest}})) == Problem::kBackupCorrupt);
      CHECK(ImportProblem(HandMade(1, {{"header", header}})) == Problem::kBackupCorrupt);
    }
    SUBCASE("records that do not form a vault are refused by the vault's own checks") {
      Bytes bad_header = header;
      bad_header[40] ^= 1;  // the header's own checksum catches it
      CHECK(ImportProblem(HandMade(2, {{"header", bad_header}, {"manifest", manifest}})) ==
            Problem::kHeaderCorrupt);
      CHECK(ImportProblem(HandMade(2, {{"header", manifest}, {"manifest", manifest}})) ==
            Problem::kNotAVault);
      MemoryStorage other;
      std::string recovery;
      REQUIRE(Vault::Create(other, "Autre", kPassphrase, kKdfFloor, &recovery).ok());
      CHECK(ImportProblem(
                HandMade(2, {{"header", header}, {"manifest", other.records().at("manifest")}})) ==
            Problem::kOtherVault);
    }
  }

  TEST_CASE("a backup is never restored over a storage that holds anything") {
    SavedVault v;
    SavedVault other;
    const std::map<std::string, Bytes> before = other.storage.records();
    const std::uint64_t generation = Value(other.storage.Generation());
    const Status status = ImportBackup(v.backup, other.storage);
    CHECK(status.problem() == Problem::kAlreadyExists);
    CHECK(other.storage.records() == before);
    CHECK(Value(other.storage.Generation()) == generation);
    // Not even over its own vault.
    CHECK(ImportBackup(v.backup, v.storage).problem() == Problem::kAlreadyExists);
  }

  TEST_CASE("only a vault is exported") {
    MemoryStorage empty;
    CHECK(ExportBackup(empty).status().problem() == Problem::kNotAVault);
    SavedVault v;
    v.storage.records()["notes.txt"] = Bytes(4);
    CHECK(ExportBackup(v.storage).status().problem() == Problem::kNotAVault);
    v.storage.records().erase("notes.txt");
    v.storage.records().erase("manifest");
    CHECK(ExportBackup(v.storage).status().problem() == Problem::kManifestCorrupt);
  }

  TEST_CASE("the record keys a vault may hold") {
    CHECK(IsVaultRecordKey("header"));
    CHECK(IsVaultRecordKey("manifest"));
    CHECK(IsVaultRecordKey("chunk-000000"));
    CHECK(IsVaultRecordKey(ChunkKey(kMaxChunks - 1)));
    CHECK_FALSE(IsVaultRecordKey(ChunkKey(kMaxChunks)));
    CHECK_FALSE(IsVaultRecordKey("chunk-00001"));
    CHECK_FALSE(IsVaultRecordKey("chunk-0000001"));
    CHECK_FALSE(IsVaultRecordKey("chunk-00000a"));
    CHECK_FALSE(IsVaultRecordKey("chunk--00001"));
    CHECK_FALSE(IsVaultRecordKey("Header"));
    CHECK_FALSE(IsVaultRecordKey(""));
    CHECK(MaxVaultRecordBytes("notes") == 0);
    CHECK(MaxVaultRecordBytes("chunk-000001") > kChunkSize);
    CHECK(MaxVaultRecordBytes("manifest") > std::size_t{8} * kMaxChunks);
  }
}
