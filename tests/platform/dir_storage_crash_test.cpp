// A save cut at every step of the directory storage's commit, cleanly or with a torn write:
// the vault must then open at the previous generation or the new one, each complete.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/case/store_fixture.h"
#include "platform/faulty_file_system.h"
#include "platform/platform_fixture.h"

using namespace carnet;
using namespace carnet::test;

namespace {

constexpr std::int64_t kScratchRows = 300;

// What a test can see of the case file.
struct Contents {
  std::vector<std::string> names;
  std::int64_t scratch_rows = -1;  // -1: no scratch table
  bool operator==(const Contents& o) const {
    return names == o.names && scratch_rows == o.scratch_rows;
  }
};

Contents Read(VaultSession& session) {
  Contents contents;
  for (const OverviewRow& row : Value(session.store().Overview(On(D(2026, 3, 4))))) {
    contents.names.push_back(row.display_name);
  }
  Result<Statement> table =
      session.store().db().Prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'scratch'");
  REQUIRE(table.ok());
  REQUIRE(Value(table.value().Step()));
  if (table.value().ColumnInt(0) == 1) contents.scratch_rows = Count(session.store(), "scratch");
  return contents;
}

// The second save of each scenario: one that appends chunks, one that drops chunks.
enum class Change { kGrow, kShrink };

void Apply(Change change, Store& store) {
  if (change == Change::kGrow) {
    REQUIRE(store.db().Exec("BEGIN").ok());
    for (int i = 0; i < 120; ++i) {
      NewDossier(store, "Nouvelle", "Personne " + std::to_string(100 + i), D(2026, 3, 3));
    }
    REQUIRE(store.db().Exec("COMMIT").ok());
  } else {
    REQUIRE(store.db().Exec("DROP TABLE scratch").ok());
    NewDossier(store, "Zoé", "Dernière", D(2026, 3, 3));
    REQUIRE(store.db().Exec("VACUUM").ok());
  }
}

// A vault at generation N in `dir`: some dossiers and an incompressible scratch table.
struct Template {
  TempDir dir;
  std::string recovery;
  std::uint64_t generation = 0;
  Contents before;
  Template() {
    std::unique_ptr<DirectoryStorage> storage = OpenDir(HostFileSystem(), dir.path());
    Result<Vault> vault =
        Vault::Create(*storage, "Crash test", kTestPassphrase, kKdfFloor, &recovery);
    REQUIRE_MESSAGE(vault.ok(), vault.status().message());
    VaultSession session = Value(VaultSession::Open(std::move(vault).value()));
    for (int i = 0; i < 20; ++i) {
      NewDossier(session.store(), "Élodie", "Dupré " + std::to_string(i), D(2026, 3, 2));
    }
    REQUIRE(session.store().db().Exec("CREATE TABLE scratch(x BLOB)").ok());
    REQUIRE(session.store()
                .db()
                .Exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                      std::to_string(kScratchRows) +
                      ") INSERT INTO scratch SELECT randomblob(1000) FROM n")
                .ok());
    REQUIRE(session.Save().ok());
    generation = session.vault().generation();
    before = Read(session);
  }
  void CopyTo(const std::string& to) const {
    for (const std::string& name : ListNames(dir.path())) {
      WriteAll(JoinPath(to, name), ReadAll(dir / name));
    }
  }
};

// The vault in `dir` as a fresh process would find it.
struct Reopened {
  std::uint64_t generation = 0;
  Contents contents;
  std::string integrity;
  std::vector<std::string> listing;
  std::vector<std::string> expected_listing;
};

Reopened Reopen(const std::string& dir, const std::string& recovery) {
  std::unique_ptr<DirectoryStorage> storage = OpenDir(HostFileSystem(), dir);
  Result<Vault> vault = Vault::UnlockWithRecoveryKey(*storage, recovery);
  REQUIRE_MESSAGE(vault.ok(), vault.status().message());
  Reopened r;
  r.generation = vault.value().generation();
  VaultSession session = Value(VaultSession::Open(std::move(vault).value()));
  r.contents = Read(session);
  r.integrity = IntegrityCheck(session.store());
  r.listing = ListNames(dir);
  r.expected_listing = CleanListing(*storage);
  return r;
}

}  // namespace

TEST_SUITE("directory storage: crashes") {
  TEST_CASE("a save cut at any step leaves the previous generation or the new one, whole") {
    const Template base;
    const std::uint64_t n = base.generation;
    for (const Change change : {Change::kGrow, Change::kShrink}) {
      for (const bool tear : {false, true}) {
        Contents after;  // the new generation's contents, known once a save went through
        int crash_points = 0;
        for (int k = 0;; ++k) {
          CAPTURE(static_cast<int>(change));
          CAPTURE(tear);
          CAPTURE(k);
          const TempDir dir(/*in_memory=*/true);
          base.CopyTo(dir.path());
          FaultyFileSystem faulty(HostFileSystem());
          Status saved;
          Contents expected_new;
          {
            std::unique_ptr<DirectoryStorage> storage = OpenDir(faulty, dir.path());
            VaultSession session = Value(
                VaultSession::Open(Value(Vault::UnlockWithRecoveryKey(*storage, base.recovery))));
            Apply(change, session.store());
            expected_new = Read(session);
            faulty.CrashAt(k, tear);
            saved = session.Save();
          }  // the "process" ends: its storage, key and lock go
          const bool crashed = faulty.crashed();
          if (!crashed) CHECK(saved.ok());

          const Reopened r = Reopen(dir.path(), base.recovery);
          CHECK(r.integrity == "ok");
          CHECK(r.listing == r.expected_listing);  // the leftovers of the cut save are gone
          if (r.generation == n) {
            CHECK(r.contents == base.before);
            CHECK_FALSE(saved.ok());  // a save reported as successful is never lost
          } else {
            CHECK(r.generation == n + 1);
            CHECK(r.contents == expected_new);
          }
          if (!crashed) {
            after = expected_new;
            crash_points = k;
            const std::string what =
                std::string(change == Change::kGrow ? "growing" : "shrinking") +
                (tear ? " save, torn writes: " : " save: ");
            MESSAGE(what << k << " crash points");
            break;
          }
          REQUIRE(k < 200);
        }
        CHECK(crash_points >= 8);
        CHECK_FALSE(after == base.before);
      }
    }
    // The passphrase still opens the template after all this.
    std::unique_ptr<DirectoryStorage> storage = OpenDir(HostFileSystem(), base.dir.path());
    CHECK(Vault::Unlock(*storage, kTestPassphrase).ok());
  }

  TEST_CASE("a vault's creation cut at any step leaves no vault or the whole new one") {
    for (int k = 0;; ++k) {
      CAPTURE(k);
      const TempDir dir(/*in_memory=*/true);
      FaultyFileSystem faulty(HostFileSystem());
      Status created;
      std::string recovery;
      {
        std::unique_ptr<DirectoryStorage> storage = OpenDir(faulty, dir.path());
        faulty.CrashAt(k, /*tear=*/k % 2 == 1);
        created = Vault::Create(*storage, "Neuf", kTestPassphrase, kKdfFloor, &recovery).status();
      }
      if (!faulty.crashed()) CHECK(created.ok());
      std::unique_ptr<DirectoryStorage> storage = OpenDir(HostFileSystem(), dir.path());
      std::vector<std::string> listing = ListNames(dir.path());
      if (Value(storage->Keys()).empty()) {
        CHECK_FALSE(created.ok());
        CHECK(Vault::Inspect(*storage).status().problem() == Problem::kNotAVault);
        listing.erase(std::remove(listing.begin(), listing.end(), std::string(kIndexFileName)),
                      listing.end());
        CHECK(listing == std::vector<std::string>{kLockFileName});
      } else {
        CHECK(listing == CleanListing(*storage));
        CHECK(Value(Vault::Inspect(*storage)).generation == 1);
        if (created.ok()) CHECK(Vault::UnlockWithRecoveryKey(*storage, recovery).ok());
      }
      if (!faulty.crashed()) {
        MESSAGE("creating a vault: " << k << " crash points");
        CHECK(k >= 8);
        break;
      }
      REQUIRE(k < 100);
    }
  }
}
