// The vault with its key-encryption key derived elsewhere (as the browser does, in a Web
// Worker): the same vault as with the passphrase functions, and the same errors.
#include <doctest/doctest.h>

#include <string>

#include "core/case/store_fixture.h"
#include "core/vault/vault.h"
#include "core/vault/vault_session.h"

using namespace carnet;
using namespace carnet::test;

namespace {

constexpr const char* kPassphrase = "cheval batterie agrafe correcte";

AeadKey Derive(std::string_view passphrase, const Salt& salt, const KdfParams& kdf) {
  return Value(DeriveKek(passphrase, ByteView(salt.data(), salt.size()), kdf));
}

std::size_t Dossiers(Vault vault) {
  VaultSession session = Value(VaultSession::Open(std::move(vault)));
  return Value(session.store().Overview(On(D(2026, 3, 3)))).size();
}

void AddDossier(VaultStorage& storage) {
  VaultSession session = Value(VaultSession::Open(Value(Vault::Unlock(storage, kPassphrase))));
  NewDossier(session.store(), "Élodie", "Dupré", D(2026, 3, 2));
  REQUIRE(session.Save().ok());
}

}  // namespace

TEST_SUITE("vault with a key derived elsewhere") {
  TEST_CASE("a vault created with a derived key opens with its passphrase and its recovery key") {
    REQUIRE(InitCrypto().ok());
    MemoryStorage storage;
    const Salt salt = NewSalt();
    AeadKey kek = Derive(kPassphrase, salt, kKdfFloor);
    std::string recovery;
    Result<Vault> created =
        Vault::CreateWithKek(storage, "Marie — CPAM", kek, salt, kKdfFloor, &recovery);
    WipeKey(kek);
    REQUIRE_MESSAGE(created.ok(), created.status().message());
    CHECK(recovery.size() == 69);
    const VaultSummary summary = Value(Vault::Inspect(storage));
    CHECK(summary.salt == salt);
    CHECK(summary.kdf == kKdfFloor);
    CHECK(Vault::Unlock(storage, kPassphrase).ok());
    CHECK(Vault::UnlockWithRecoveryKey(storage, recovery).ok());
    // The same checks as Create: a second vault in the same place is refused.
    AeadKey again = Derive(kPassphrase, salt, kKdfFloor);
    CHECK(Vault::CreateWithKek(storage, "Paul", again, salt, kKdfFloor, &recovery)
              .status()
              .problem() == Problem::kAlreadyExists);
    WipeKey(again);
  }

  TEST_CASE("unlocking with a key derived from the summary gives the passphrase's vault") {
    REQUIRE(InitCrypto().ok());
    MemoryStorage storage;
    std::string recovery;
    REQUIRE(Vault::Create(storage, "Marie", kPassphrase, kKdfFloor, &recovery).ok());
    AddDossier(storage);
    const VaultSummary summary = Value(Vault::Inspect(storage));
    AeadKey kek = Derive(kPassphrase, summary.salt, summary.kdf);
    Result<Vault> by_key = Vault::UnlockWithKek(storage, kek);
    WipeKey(kek);
    REQUIRE(by_key.ok());
    CHECK(by_key.value().generation() == summary.generation);
    CHECK(Dossiers(std::move(by_key).value()) == 1);
    CHECK(Dossiers(Value(Vault::Unlock(storage, kPassphrase))) == 1);
  }

  TEST_CASE("a key from the wrong passphrase or the wrong salt is refused as a wrong passphrase") {
    REQUIRE(InitCrypto().ok());
    MemoryStorage storage;
    std::string recovery;
    REQUIRE(Vault::Create(storage, "Marie", kPassphrase, kKdfFloor, &recovery).ok());
    const VaultSummary summary = Value(Vault::Inspect(storage));
    SUBCASE("wrong passphrase") {
      AeadKey kek = Derive("cheval batterie agrafe correctE", summary.salt, summary.kdf);
      CHECK(Vault::UnlockWithKek(storage, kek).status().problem() == Problem::kWrongPassphrase);
      WipeKey(kek);
    }
    SUBCASE("another salt") {
      AeadKey kek = Derive(kPassphrase, NewSalt(), summary.kdf);
      CHECK(Vault::UnlockWithKek(storage, kek).status().problem() == Problem::kWrongPassphrase);
      WipeKey(kek);
    }
    SUBCASE("an all-zero key") {
      const AeadKey zero{};
      CHECK(Vault::UnlockWithKek(storage, zero).status().problem() == Problem::kWrongPassphrase);
    }
  }

  TEST_CASE("a passphrase change with a derived key replaces the old passphrase") {
    REQUIRE(InitCrypto().ok());
    MemoryStorage storage;
    std::string recovery;
    REQUIRE(Vault::Create(storage, "Marie", kPassphrase, kKdfFloor, &recovery).ok());
    AddDossier(storage);
    Vault vault = Value(Vault::UnlockWithRecoveryKey(storage, recovery));
    const Salt salt = NewSalt();
    const KdfParams stronger{4, kKdfFloor.mem_kib};
    AeadKey kek = Derive("un nouveau départ serein", salt, stronger);
    PendingSave change = Value(vault.PreparePassphraseChangeWithKek(kek, salt, stronger));
    WipeKey(kek);
    CHECK(change.batch.puts.size() == 2);  // the manifest and the header, no chunk
    REQUIRE(storage.Commit(change.batch, change.expected_generation, change.new_generation).ok());
    vault.FinishSave(Status::Ok(), nullptr);
    CHECK(vault.kdf() == stronger);
    CHECK(Vault::Unlock(storage, kPassphrase).status().problem() == Problem::kWrongPassphrase);
    CHECK(Value(Vault::Inspect(storage)).salt == salt);
    CHECK(Dossiers(Value(Vault::Unlock(storage, "un nouveau départ serein"))) == 1);
    // Parameters outside the accepted range are refused before anything is prepared.
    const AeadKey any{};
    CHECK(vault.PreparePassphraseChangeWithKek(any, salt, KdfParams{2, kKdfFloor.mem_kib})
              .status()
              .problem() == Problem::kKdfBelowFloor);
    CHECK_FALSE(vault.save_pending());
  }

  TEST_CASE("parameters from a measurement made elsewhere stay within the range") {
    CHECK(KdfForMeasurement(0.1, 0.5).ops == 15);
    CHECK(KdfForMeasurement(0.5, 0.5) == kKdfFloor);
    CHECK(KdfForMeasurement(2.0, 0.5) == kKdfFloor);
    CHECK(KdfForMeasurement(0.001, 0.5).ops == kKdfCeiling.ops);
    CHECK(KdfForMeasurement(0, 0.5) == kKdfFloor);
    CHECK(KdfForMeasurement(-1, 0.5) == kKdfFloor);
    CHECK(ExpectedKdfSeconds(kKdfFloor, 0.2) == doctest::Approx(0.2));
    CHECK(ExpectedKdfSeconds(KdfParams{6, 128 * 1024}, 0.2) == doctest::Approx(0.8));
    CHECK(StrongerKdf(KdfParams{5, 65536}, KdfParams{3, 131072}) == KdfParams{5, 131072});
  }
}
