#include <doctest/doctest.h>

#include <string>

#include "core/case/store_fixture.h"
#include "core/vault/vault.h"
#include "core/vault/vault_session.h"

using namespace carnet;
using namespace carnet::test;

namespace {

constexpr const char* kPassphrase = "cheval batterie agrafe correcte";

struct NewVault {
  MemoryStorage storage;
  std::string recovery;
  NewVault() {
    Result<Vault> vault = Vault::Create(storage, "Marie — CPAM", kPassphrase, kKdfFloor, &recovery);
    REQUIRE_MESSAGE(vault.ok(), vault.status().message());
  }
};

// A vault holding one dossier, saved.
void WriteDossier(VaultStorage& storage, const std::string& name) {
  VaultSession session = Value(VaultSession::Open(Value(Vault::Unlock(storage, kPassphrase))));
  NewDossier(session.store(), "Élodie", name, D(2026, 3, 2));
  CHECK(session.has_unsaved_changes());
  REQUIRE(session.Save().ok());
  CHECK_FALSE(session.has_unsaved_changes());
}

std::vector<OverviewRow> Read(VaultStorage& storage) {
  VaultSession session = Value(VaultSession::Open(Value(Vault::Unlock(storage, kPassphrase))));
  OverviewQuery q;
  q.today = D(2026, 3, 3);
  return Value(session.store().Overview(q));
}

}  // namespace

TEST_SUITE("vault") {
  TEST_CASE("a new vault is listed by its name, opens with its passphrase and keeps its data") {
    NewVault v;
    CHECK(Value(Vault::Inspect(v.storage)).display_name == "Marie — CPAM");
    WriteDossier(v.storage, "Dupré");
    const std::vector<OverviewRow> rows = Read(v.storage);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].display_name == "Dupré Élodie");
    // Nothing readable is stored: no name in any record.
    for (const auto& record : v.storage.records()) {
      const std::string bytes(record.second.begin(), record.second.end());
      CHECK(bytes.find("Dupr") == std::string::npos);
      CHECK(bytes.find("SQLite") == std::string::npos);
    }
  }

  TEST_CASE("a wrong passphrase is refused with its own error") {
    NewVault v;
    Result<Vault> vault = Vault::Unlock(v.storage, "cheval batterie agrafe correctE");
    REQUIRE_FALSE(vault.ok());
    CHECK(vault.status().problem() == Problem::kWrongPassphrase);
  }

  TEST_CASE("the recovery key opens the vault and a new passphrase can be set") {
    NewVault v;
    WriteDossier(v.storage, "Dupré");
    CHECK(v.recovery.size() == 56 + 13);  // 14 groups of 4 with dashes
    std::string typed = v.recovery;
    for (char& c : typed) c = static_cast<char>(c == '-' ? ' ' : std::tolower(c));
    Vault vault = Value(Vault::UnlockWithRecoveryKey(v.storage, typed));
    REQUIRE(vault.ChangePassphrase("un nouveau départ serein", kKdfFloor).ok());
    CHECK(Vault::Unlock(v.storage, kPassphrase).status().problem() == Problem::kWrongPassphrase);
    Vault reopened = Value(Vault::Unlock(v.storage, "un nouveau départ serein"));
    VaultSession session = Value(VaultSession::Open(std::move(reopened)));
    CHECK(Value(session.store().Overview(On(D(2026, 3, 3)))).size() == 1);
    // A mistyped recovery key is caught by its check characters.
    std::string typo = v.recovery;
    typo[0] = typo[0] == 'A' ? 'B' : 'A';
    CHECK(Vault::UnlockWithRecoveryKey(v.storage, typo).status().problem() ==
          Problem::kInvalidText);
  }

  TEST_CASE("changing the passphrase rewrites no chunk") {
    NewVault v;
    WriteDossier(v.storage, "Dupré");
    const std::map<std::string, Bytes> before = v.storage.records();
    Vault vault = Value(Vault::Unlock(v.storage, kPassphrase));
    REQUIRE(vault.ChangePassphrase("quatre mots bien choisis", kKdfFloor).ok());
    for (const auto& record : v.storage.records()) {
      if (record.first.rfind("chunk-", 0) == 0) CHECK(record.second == before.at(record.first));
    }
  }

  TEST_CASE("a one-row edit writes only the chunks it touched") {
    NewVault v;
    VaultSession session = Value(VaultSession::Open(Value(Vault::Unlock(v.storage, kPassphrase))));
    REQUIRE(session.store().db().Exec("BEGIN").ok());
    for (int i = 0; i < 6000; ++i)
      NewDossier(session.store(), "Élodie", "Dupré " + std::to_string(i), D(2026, 3, 2));
    REQUIRE(session.store().db().Exec("COMMIT").ok());
    REQUIRE(session.Save().ok());
    const std::uint64_t before = v.storage.bytes_written();
    const std::size_t chunks =
        static_cast<std::size_t>((session.database_size() + kChunkSize - 1) / kChunkSize);
    REQUIRE(chunks > 16);
    Value(session.store().Apply(WriteNote{1, M(2026, 3, 3, 9, 0), "Une ligne de plus."}));
    REQUIRE(session.Save().ok());
    const std::uint64_t written = v.storage.bytes_written() - before;
    CHECK(written < std::uint64_t{chunks} * kChunkSize / 2);
    CHECK(written <= 512 * 1024);
  }

  TEST_CASE(
      "policy: weak passphrases, weak or extreme KDF parameters, and a second vault are refused") {
    MemoryStorage storage;
    std::string recovery;
    CHECK(Vault::Create(storage, "A", "court", kKdfFloor, &recovery).status().problem() ==
          Problem::kWeakDictionaryWord);
    CHECK(Vault::Create(storage, "A", "quatre mots tout simples", {2, 65536}, &recovery)
              .status()
              .problem() == Problem::kKdfBelowFloor);
    CHECK(Vault::Create(storage, "A", "quatre mots tout simples", {3, 32768}, &recovery)
              .status()
              .problem() == Problem::kKdfBelowFloor);
    CHECK(Vault::Create(storage, "A", "quatre mots tout simples", {3, 4u << 20}, &recovery)
              .status()
              .problem() == Problem::kKdfAboveCeiling);
    REQUIRE(Vault::Create(storage, "A", "quatre mots tout simples", kKdfFloor, &recovery).ok());
    CHECK(Vault::Create(storage, "B", "quatre mots tout simples", kKdfFloor, &recovery)
              .status()
              .problem() == Problem::kAlreadyExists);
    // zxcvbn's estimate decides (passphrase_strength_test.cpp): one-letter words are refused.
    CHECK(CheckPassphrase("a b c d").problem() == Problem::kTooShort);
    CHECK(CheckPassphrase("soleil2024").problem() == Problem::kWeakDictionaryWord);
    CHECK(CheckPassphrase("cheval agrafe moutarde lointain").ok());
  }

  TEST_CASE("a save that another writer overtook is refused and changes nothing") {
    NewVault v;
    VaultSession first = Value(VaultSession::Open(Value(Vault::Unlock(v.storage, kPassphrase))));
    VaultSession second = Value(VaultSession::Open(Value(Vault::Unlock(v.storage, kPassphrase))));
    NewDossier(first.store(), "Élodie", "Dupré", D(2026, 3, 2));
    REQUIRE(first.Save().ok());
    NewDossier(second.store(), "Paul", "Girard", D(2026, 3, 2));
    const Status lost = second.Save();
    CHECK(lost.problem() == Problem::kSaveConflict);
    CHECK(second.has_unsaved_changes());  // kept, to be dealt with by the user
    const std::vector<OverviewRow> rows = Read(v.storage);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].display_name == "Dupré Élodie");
  }

  TEST_CASE("a save answered later keeps edits made meanwhile, and a failed one loses nothing") {
    NewVault v;
    VaultSession session = Value(VaultSession::Open(Value(Vault::Unlock(v.storage, kPassphrase))));
    NewDossier(session.store(), "Élodie", "Dupré", D(2026, 3, 2));
    PendingSave first = Value(session.PrepareSave());
    CHECK_FALSE(session.PrepareSave().ok());                       // one pending save at a time
    NewDossier(session.store(), "Paul", "Girard", D(2026, 3, 2));  // while the first is pending
    REQUIRE(v.storage.Commit(first.batch, first.expected_generation, first.new_generation).ok());
    session.FinishSave(Status::Ok());
    CHECK(session.has_unsaved_changes());  // Girard is not in the first save
    CHECK(Read(v.storage).size() == 1);

    // The next save fails (say, the quota is exceeded): nothing is lost, the retry carries all.
    PendingSave second = Value(session.PrepareSave());
    session.FinishSave(Status::Error(StatusCode::kIoError, "QuotaExceededError"));
    CHECK(session.has_unsaved_changes());
    CHECK(Read(v.storage).size() == 1);
    REQUIRE(session.Save().ok());
    CHECK(Read(v.storage).size() == 2);
    // The failed save's batch is stale now: committing it would be a conflict.
    CHECK(v.storage.Commit(second.batch, second.expected_generation, second.new_generation)
              .problem() == Problem::kSaveConflict);
  }

  TEST_CASE("calibration never goes below the floor nor above the ceiling") {
    REQUIRE(InitCrypto().ok());
    const KdfParams fast = CalibrateKdf(0.001);
    CHECK(fast == kKdfFloor);
    const KdfParams slow = CalibrateKdf(100.0);
    CHECK(slow.ops == kKdfCeiling.ops);
    CHECK(slow.mem_kib == kKdfFloor.mem_kib);
    CHECK(CheckKdf(CalibrateKdf(0.5)).ok());
  }
}
