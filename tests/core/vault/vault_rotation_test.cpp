// Rotating a vault's data key and recovery key (Vault::RotateKey): what an older header, its
// passphrase and the old recovery key can still open afterwards, which is nothing new.
#include <doctest/doctest.h>

#include <map>
#include <string>

#include "core/case/store_fixture.h"
#include "core/vault/vault.h"
#include "core/vault/vault_session.h"

using namespace carnet;
using namespace carnet::test;

namespace {

constexpr const char* kPassphrase = "cheval batterie agrafe correcte";
constexpr const char* kNewPassphrase = "quatre mots bien choisis";

struct Fixture {
  MemoryStorage storage;
  std::string recovery;
  Fixture() {
    Result<Vault> vault = Vault::Create(storage, "Marie — CPAM", kPassphrase, kKdfFloor, &recovery);
    REQUIRE_MESSAGE(vault.ok(), vault.status().message());
    VaultSession session = Open(kPassphrase);
    NewDossier(session.store(), "Élodie", "Dupré", D(2026, 3, 2));
    REQUIRE(session.Save().ok());
  }
  VaultSession Open(const char* passphrase) {
    return Value(VaultSession::Open(Value(Vault::Unlock(storage, passphrase))));
  }
};

// The data key an older header gives to whoever knows its passphrase, as an attacker holding
// that header (from a backup, or left in storage) would compute it.
AeadKey KeyOfHeader(const Bytes& header_bytes, const char* passphrase) {
  const VaultHeader header = Value(DecodeHeader(header_bytes));
  AeadKey kek =
      Value(DeriveKek(passphrase, ByteView(header.salt.data(), header.salt.size()), header.kdf));
  AeadKey dek =
      Value(UnwrapKey(kek, header.wrapped_by_passphrase, PassphraseWrapAssociatedData(header)));
  WipeKey(kek);
  return dek;
}

std::size_t Dossiers(VaultSession& session) {
  return Value(session.store().Overview(On(D(2026, 3, 3)))).size();
}

}  // namespace

TEST_SUITE("vault key rotation") {
  TEST_CASE("after a rotation the old header's key opens no new record, not even one chunk") {
    Fixture f;
    const std::map<std::string, Bytes> before = f.storage.records();
    AeadKey old_key = KeyOfHeader(before.at(kHeaderKey), kPassphrase);
    std::string shown;
    {
      VaultSession session = f.Open(kPassphrase);
      REQUIRE(session.RotateKey(kPassphrase, kKdfFloor, &shown).ok());
    }
    const std::map<std::string, Bytes>& after = f.storage.records();
    const VaultHeader header = Value(DecodeHeader(after.at(kHeaderKey)));
    const Manifest peek = Value(PeekManifest(after.at(kManifestKey)));
    CHECK(header.generation == peek.generation);
    // The old key opened the old records; it fails on the new header's MAC, the new manifest
    // and every new chunk (their authentication fails).
    CHECK(DecodeManifest(before.at(kManifestKey), old_key).ok());
    CHECK_FALSE(VerifyHeaderMac(header, old_key).ok());
    CHECK(DecodeManifest(after.at(kManifestKey), old_key).status().problem() ==
          Problem::kManifestCorrupt);
    std::size_t chunks = 0;
    for (const auto& record : after) {
      if (record.first.rfind("chunk-", 0) != 0) continue;
      ++chunks;
      CHECK(record.second != before.at(record.first));  // every chunk was written again
      const auto index = static_cast<std::uint32_t>(std::stoul(record.first.substr(6)));
      CHECK(DecodeChunk(record.second, old_key, header.vault_id, index, peek.generation)
                .status()
                .problem() == Problem::kChunkCorrupt);
    }
    CHECK(chunks > 0);
    WipeKey(old_key);
    // The same passphrase opens the rotated vault, whose case file is intact.
    VaultSession reopened = f.Open(kPassphrase);
    CHECK(Dossiers(reopened) == 1);
  }

  TEST_CASE("the old recovery key no longer opens the vault; the one shown once does") {
    Fixture f;
    std::string shown;
    {
      VaultSession session = f.Open(kPassphrase);
      REQUIRE(session.RotateKey(kNewPassphrase, kKdfFloor, &shown).ok());
    }
    REQUIRE(shown.size() == 56 + 13);
    CHECK(shown != f.recovery);
    CHECK(Vault::UnlockWithRecoveryKey(f.storage, f.recovery).status().code() ==
          StatusCode::kCryptoFailure);
    CHECK(Vault::Unlock(f.storage, kPassphrase).status().problem() == Problem::kWrongPassphrase);
    VaultSession session =
        Value(VaultSession::Open(Value(Vault::UnlockWithRecoveryKey(f.storage, shown))));
    CHECK(Dossiers(session) == 1);
  }

  TEST_CASE("a rotation carries unsaved edits, and later saves use the new key") {
    Fixture f;
    const Bytes old_header = f.storage.records().at(kHeaderKey);
    AeadKey old_key = KeyOfHeader(old_header, kPassphrase);
    VaultSession session = f.Open(kPassphrase);
    NewDossier(session.store(), "Paul", "Girard", D(2026, 3, 2));  // not saved yet
    std::string shown;
    REQUIRE(session.RotateKey(kPassphrase, kKdfFloor, &shown).ok());
    CHECK_FALSE(session.has_unsaved_changes());
    NewDossier(session.store(), "Nour", "Haddad", D(2026, 3, 2));
    REQUIRE(session.Save().ok());
    const VaultHeader header = Value(DecodeHeader(f.storage.records().at(kHeaderKey)));
    CHECK_FALSE(VerifyHeaderMac(header, old_key).ok());
    WipeKey(old_key);
    session.Lock();
    VaultSession reopened = f.Open(kPassphrase);
    CHECK(Dossiers(reopened) == 3);
  }

  TEST_CASE("a rotation that fails to be written changes nothing: the old keys still hold") {
    Fixture f;
    const std::map<std::string, Bytes> before = f.storage.records();
    VaultSession session = f.Open(kPassphrase);
    NewDossier(session.store(), "Paul", "Girard", D(2026, 3, 2));
    const Salt salt = NewSalt();
    AeadKey kek = Value(DeriveKek(kNewPassphrase, ByteView(salt.data(), salt.size()), kKdfFloor));
    std::string shown;
    PendingSave rotation = Value(session.PrepareKeyRotation(kek, salt, kKdfFloor, &shown));
    WipeKey(kek);
    CHECK_FALSE(session.PrepareSave().ok());  // one pending write at a time
    session.FinishSave(Status::Error(StatusCode::kIoError, "QuotaExceededError"));
    CHECK(f.storage.records() == before);
    CHECK(session.has_unsaved_changes());  // Girard waits for the next save
    // That save is made under the old key: the old passphrase and recovery key open it.
    REQUIRE(session.Save().ok());
    session.Lock();
    VaultSession by_recovery =
        Value(VaultSession::Open(Value(Vault::UnlockWithRecoveryKey(f.storage, f.recovery))));
    CHECK(Dossiers(by_recovery) == 2);
    // The failed rotation's batch is stale: committing it now would be a conflict.
    CHECK(f.storage.Commit(rotation.batch, rotation.expected_generation, rotation.new_generation)
              .problem() == Problem::kSaveConflict);
  }

  TEST_CASE("a rotation answered later keeps edits made meanwhile for the next save") {
    Fixture f;
    VaultSession session = f.Open(kPassphrase);
    const Salt salt = NewSalt();
    AeadKey kek = Value(DeriveKek(kPassphrase, ByteView(salt.data(), salt.size()), kKdfFloor));
    std::string shown;
    PendingSave rotation = Value(session.PrepareKeyRotation(kek, salt, kKdfFloor, &shown));
    WipeKey(kek);
    NewDossier(session.store(), "Paul", "Girard", D(2026, 3, 2));  // while it is pending
    REQUIRE(f.storage.Commit(rotation.batch, rotation.expected_generation, rotation.new_generation)
                .ok());
    session.FinishSave(Status::Ok());
    CHECK(session.has_unsaved_changes());
    REQUIRE(session.Save().ok());
    session.Lock();
    VaultSession by_recovery =
        Value(VaultSession::Open(Value(Vault::UnlockWithRecoveryKey(f.storage, shown))));
    CHECK(Dossiers(by_recovery) == 2);
  }

  TEST_CASE("a rotation refuses a weak passphrase and a locked vault, changing nothing") {
    Fixture f;
    const std::map<std::string, Bytes> before = f.storage.records();
    VaultSession session = f.Open(kPassphrase);
    std::string shown;
    CHECK(session.RotateKey("a b c d", kKdfFloor, &shown).code() == StatusCode::kInvalidArgument);
    session.Lock();
    CHECK_FALSE(session.RotateKey(kPassphrase, kKdfFloor, &shown).ok());
    CHECK(shown.empty());
    CHECK(f.storage.records() == before);
  }
}
