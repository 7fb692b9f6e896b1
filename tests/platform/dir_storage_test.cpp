#include "platform/native/dir_storage.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/case/store_fixture.h"
#include "core/vault/vault_backup.h"
#include "platform/platform_fixture.h"

using namespace carnet;
using namespace carnet::test;

namespace {

// A vault with one dossier, saved in `dir`.
std::string NewVaultIn(const std::string& dir) {
  std::unique_ptr<DirectoryStorage> storage = OpenDir(HostFileSystem(), dir);
  std::string recovery;
  Result<Vault> vault =
      Vault::Create(*storage, "Marie — CPAM", kTestPassphrase, kKdfFloor, &recovery);
  REQUIRE_MESSAGE(vault.ok(), vault.status().message());
  VaultSession session = Value(VaultSession::Open(std::move(vault).value()));
  NewDossier(session.store(), "Élodie", "Dupré", D(2026, 3, 2));
  REQUIRE(session.Save().ok());
  return recovery;
}

std::vector<std::string> Names(VaultSession& session) {
  std::vector<std::string> names;
  for (const OverviewRow& row : Value(session.store().Overview(On(D(2026, 3, 4))))) {
    names.push_back(row.display_name);
  }
  return names;
}

// The first chunk file of the vault in `dir`.
std::string FirstChunkFile(const std::string& dir) {
  for (const std::string& name : ListNames(dir)) {
    if (name.rfind("chunk-000000.", 0) == 0) return JoinPath(dir, name);
  }
  FAIL("no chunk file");
  return "";
}

Status OpenStatus(const std::string& dir,
                  DirectoryStorage::Mode mode = DirectoryStorage::Mode::kReadWrite) {
  return DirectoryStorage::Open(HostFileSystem(), dir, mode).status();
}

}  // namespace

TEST_SUITE("directory storage") {
  TEST_CASE("a vault saved in a directory opens again, and the directory holds nothing else") {
    TempDir dir;
    const std::string recovery = NewVaultIn(dir.path());
    std::unique_ptr<DirectoryStorage> storage = OpenDir(HostFileSystem(), dir.path());
    CHECK(Value(storage->Generation()) == 2);
    CHECK(ListNames(dir.path()) == CleanListing(*storage));
    CHECK(Value(Vault::Inspect(*storage)).display_name == "Marie — CPAM");
    VaultSession session =
        Value(VaultSession::Open(Value(Vault::Unlock(*storage, kTestPassphrase))));
    CHECK(Names(session) == std::vector<std::string>{"Dupré Élodie"});
    // A second save replaces the files it supersedes.
    NewDossier(session.store(), "Paul", "Girard", D(2026, 3, 3));
    REQUIRE(session.Save().ok());
    CHECK(ListNames(dir.path()) == CleanListing(*storage));
    std::unique_ptr<DirectoryStorage> fresh = OpenDir(HostFileSystem(), dir.path());
    VaultSession again =
        Value(VaultSession::Open(Value(Vault::UnlockWithRecoveryKey(*fresh, recovery))));
    CHECK(Names(again).size() == 2);
  }

  TEST_CASE("two storages on one directory: the second save is refused, nothing is lost") {
    TempDir dir;
    const std::string recovery = NewVaultIn(dir.path());
    std::unique_ptr<DirectoryStorage> a = OpenDir(HostFileSystem(), dir.path());
    std::unique_ptr<DirectoryStorage> b = OpenDir(HostFileSystem(), dir.path());
    VaultSession first =
        Value(VaultSession::Open(Value(Vault::UnlockWithRecoveryKey(*a, recovery))));
    VaultSession second =
        Value(VaultSession::Open(Value(Vault::UnlockWithRecoveryKey(*b, recovery))));
    NewDossier(first.store(), "Paul", "Girard", D(2026, 3, 3));
    REQUIRE(first.Save().ok());
    const std::vector<std::string> listing = ListNames(dir.path());

    NewDossier(second.store(), "Anne", "Morel", D(2026, 3, 3));
    const Status lost = second.Save();
    CHECK(lost.problem() == Problem::kSaveConflict);
    CHECK(second.has_unsaved_changes());
    CHECK(ListNames(dir.path()) == listing);
    // b's snapshot is stale: a record the first save replaced is gone, and b says why.
    CHECK(b->Get(kHeaderKey).status().problem() == Problem::kSaveConflict);
    REQUIRE(b->Refresh().ok());
    CHECK(Value(b->Generation()) == Value(a->Generation()));

    std::unique_ptr<DirectoryStorage> fresh = OpenDir(HostFileSystem(), dir.path());
    VaultSession check =
        Value(VaultSession::Open(Value(Vault::UnlockWithRecoveryKey(*fresh, recovery))));
    CHECK(Names(check) == std::vector<std::string>{"Dupré Élodie", "Girard Paul"});
  }

  TEST_CASE("a damaged index is refused with a clear error, and nothing is deleted") {
    TempDir dir;
    NewVaultIn(dir.path());
    const Bytes index = ReadAll(dir / kIndexFileName);
    const std::vector<std::string> listing = ListNames(dir.path());
    SUBCASE("a flipped bit") {
      Bytes damaged = index;
      damaged[20] ^= 4;
      WriteAll(dir / kIndexFileName, damaged);
      const Status s = OpenStatus(dir.path());
      CHECK(s.code() == StatusCode::kCorrupt);
      CHECK(s.message() == "the vault directory's index is damaged (checksum)");
    }
    SUBCASE("truncated") {
      WriteAll(dir / kIndexFileName, ByteView(index.data(), index.size() - 1));
      CHECK(OpenStatus(dir.path()).message().find("index is damaged") != std::string::npos);
    }
    SUBCASE("something else entirely") {
      WriteAll(dir / kIndexFileName, std::string_view("hello"));
      CHECK(OpenStatus(dir.path()).problem() == Problem::kNotAVault);
    }
    SUBCASE("from a newer Carnet") {
      Bytes newer = index;
      newer[8] = 2;
      WriteAll(dir / kIndexFileName, newer);
      CHECK(OpenStatus(dir.path()).problem() == Problem::kUnsupportedFormat);
    }
    SUBCASE("removed") {
      REQUIRE(HostFileSystem().Remove(dir / kIndexFileName).ok());
      const Status s = OpenStatus(dir.path());
      CHECK(s.code() == StatusCode::kCorrupt);
      CHECK(s.message().find("holds records but no index") != std::string::npos);
      CHECK(ListNames(dir.path()).size() == listing.size() - 1);
      return;
    }
    CHECK(ListNames(dir.path()) == listing);
  }

  TEST_CASE("damaged record files give the vault's own errors") {
    TempDir dir;
    const std::string recovery = NewVaultIn(dir.path());
    const std::string chunk = FirstChunkFile(dir.path());
    auto load = [&]() {
      std::unique_ptr<DirectoryStorage> storage = OpenDir(HostFileSystem(), dir.path());
      Result<Vault> vault = Vault::UnlockWithRecoveryKey(*storage, recovery);
      REQUIRE(vault.ok());
      return VaultSession::Open(std::move(vault).value()).status().problem();
    };
    SUBCASE("a flipped byte") {
      Bytes bytes = ReadAll(chunk);
      bytes[bytes.size() / 2] ^= 0x20;
      WriteAll(chunk, bytes);
      CHECK(load() == Problem::kChunkCorrupt);
    }
    SUBCASE("a missing file") {
      REQUIRE(HostFileSystem().Remove(chunk).ok());
      CHECK(load() == Problem::kChunkMissing);
    }
    SUBCASE("a file too long to be a chunk is not even read whole") {
      Bytes bytes = ReadAll(chunk);
      bytes.resize(MaxVaultRecordBytes("chunk-000000") + 1);
      WriteAll(chunk, bytes);
      CHECK(load() == Problem::kChunkCorrupt);
    }
  }

  TEST_CASE("opening cleans up the leftovers of a cut save, and only them") {
    TempDir dir;
    NewVaultIn(dir.path());
    const std::vector<std::string> clean = ListNames(dir.path());
    WriteAll(dir / "chunk-000001.99", std::string_view("leftover"));
    WriteAll(dir / "header.1", std::string_view("superseded"));
    WriteAll(dir / kIndexTempFileName, std::string_view("half an index"));
    WriteAll(dir / "notes.txt", std::string_view("not ours"));
    WriteAll(dir / "chunk-000001.07", std::string_view("not our name either"));
    const std::vector<std::string> dirty = ListNames(dir.path());
    // Read-only: nothing is touched.
    OpenDir(HostFileSystem(), dir.path(), DirectoryStorage::Mode::kReadOnly);
    CHECK(ListNames(dir.path()) == dirty);
    OpenDir(HostFileSystem(), dir.path());
    std::vector<std::string> expected = clean;
    expected.emplace_back("chunk-000001.07");
    expected.emplace_back("notes.txt");
    std::sort(expected.begin(), expected.end());
    CHECK(ListNames(dir.path()) == expected);
  }

  TEST_CASE("a read-only storage writes nothing") {
    TempDir dir;
    NewVaultIn(dir.path());
    std::unique_ptr<DirectoryStorage> storage =
        OpenDir(HostFileSystem(), dir.path(), DirectoryStorage::Mode::kReadOnly);
    const std::uint64_t generation = Value(storage->Generation());
    CHECK(storage->Commit(WriteBatch{}, generation, generation + 1).code() ==
          StatusCode::kInternal);
  }

  TEST_CASE("an empty directory is an empty storage; a missing one is not found") {
    TempDir dir;
    std::unique_ptr<DirectoryStorage> storage = OpenDir(HostFileSystem(), dir.path());
    CHECK(Value(storage->Keys()).empty());
    CHECK(Value(storage->Generation()) == 0);
    CHECK(Vault::Inspect(*storage).status().problem() == Problem::kNotAVault);
    CHECK(OpenStatus(dir / "missing").code() == StatusCode::kNotFound);
    WriteAll(dir / "file", std::string_view("x"));
    CHECK(OpenStatus(dir / "file").code() == StatusCode::kNotFound);
  }

  TEST_CASE("a backup of a directory vault restores into another directory") {
    TempDir dir;
    TempDir other;
    const std::string recovery = NewVaultIn(dir.path());
    std::unique_ptr<DirectoryStorage> source = OpenDir(HostFileSystem(), dir.path());
    const Bytes backup = Value(ExportBackup(*source));
    std::unique_ptr<DirectoryStorage> target = OpenDir(HostFileSystem(), other.path());
    REQUIRE(ImportBackup(backup, *target).ok());
    CHECK(ListNames(other.path()) == CleanListing(*target));
    CHECK(ImportBackup(backup, *target).problem() == Problem::kAlreadyExists);
    std::unique_ptr<DirectoryStorage> fresh = OpenDir(HostFileSystem(), other.path());
    CHECK(Value(fresh->Generation()) == Value(source->Generation()));
    VaultSession session =
        Value(VaultSession::Open(Value(Vault::UnlockWithRecoveryKey(*fresh, recovery))));
    CHECK(Names(session) == std::vector<std::string>{"Dupré Élodie"});
    CHECK(Value(ExportBackup(*fresh)) == backup);
  }

  TEST_CASE("commits refuse what is not a vault's record") {
    TempDir dir;
    std::unique_ptr<DirectoryStorage> storage = OpenDir(HostFileSystem(), dir.path());
    WriteBatch batch;
    batch.puts.emplace_back("../escape", Bytes(4));
    CHECK(storage->Commit(batch, 0, 1).code() == StatusCode::kInvalidArgument);
    batch.puts = {{"chunk-000000", Bytes(MaxVaultRecordBytes("chunk-000000") + 1)}};
    CHECK(storage->Commit(batch, 0, 1).code() == StatusCode::kInvalidArgument);
    batch.puts = {{"header", Bytes(4)}};
    CHECK(storage->Commit(batch, 0, 0).code() == StatusCode::kInternal);
    CHECK(storage->Commit(batch, 1, 2).problem() == Problem::kSaveConflict);
    CHECK(ListNames(dir.path()) == std::vector<std::string>{kLockFileName});
  }
}
