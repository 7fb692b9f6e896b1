#include <doctest/doctest.h>

#include <string>

#include "core/case/store_fixture.h"
#include "core/vault/vault.h"
#include "core/vault/vault_mark.h"

using namespace carnet;
using namespace carnet::test;

namespace {

constexpr const char* kPassphrase = "cheval batterie agrafe correcte";

AeadKey KeyOf(std::uint8_t fill) {
  AeadKey key{};
  key.fill(fill);
  return key;
}

VaultId IdOf(std::uint8_t fill) {
  VaultId id{};
  id.fill(fill);
  return id;
}

ByteView View(const VaultMarkTag& tag) { return ByteView(tag.data(), tag.size()); }

}  // namespace

TEST_SUITE("vault mark") {
  TEST_CASE("a mark is computed from the data key and verified for its vault and generation") {
    REQUIRE(InitCrypto().ok());
    AeadKey key = DeriveMarkKey(KeyOf(7));
    const VaultMarkTag tag = ComputeVaultMark(key, IdOf(1), 5);
    CHECK(tag != VaultMarkTag{});
    CHECK(VerifyVaultMark(key, IdOf(1), 5, View(tag)));
    // The same inputs always give the same mark; the key is not the data key itself.
    CHECK(ComputeVaultMark(key, IdOf(1), 5) == tag);
    CHECK(key != KeyOf(7));
    WipeKey(key);
  }

  TEST_CASE("a forged, truncated or extended mark is refused") {
    REQUIRE(InitCrypto().ok());
    const AeadKey key = DeriveMarkKey(KeyOf(7));
    const VaultMarkTag tag = ComputeVaultMark(key, IdOf(1), 5);
    VaultMarkTag flipped = tag;
    flipped[9] ^= 0x01;
    CHECK_FALSE(VerifyVaultMark(key, IdOf(1), 5, View(flipped)));
    CHECK_FALSE(VerifyVaultMark(key, IdOf(1), 5, ByteView(tag.data(), tag.size() - 1)));
    Bytes extended(tag.begin(), tag.end());
    extended.push_back(0);
    CHECK_FALSE(VerifyVaultMark(key, IdOf(1), 5, extended));
    CHECK_FALSE(VerifyVaultMark(key, IdOf(1), 5, ByteView()));
    const Bytes zeros(kVaultMarkBytes, 0);
    CHECK_FALSE(VerifyVaultMark(key, IdOf(1), 5, zeros));
    // Made under another data key: someone without this vault's key cannot make its mark.
    const AeadKey other = DeriveMarkKey(KeyOf(8));
    CHECK_FALSE(VerifyVaultMark(key, IdOf(1), 5, View(ComputeVaultMark(other, IdOf(1), 5))));
  }

  TEST_CASE("a mark of another vault id or another generation is refused") {
    REQUIRE(InitCrypto().ok());
    const AeadKey key = DeriveMarkKey(KeyOf(7));
    const VaultMarkTag tag = ComputeVaultMark(key, IdOf(1), 5);
    CHECK_FALSE(VerifyVaultMark(key, IdOf(2), 5, View(tag)));
    CHECK_FALSE(VerifyVaultMark(key, IdOf(1), 4, View(tag)));
    CHECK_FALSE(VerifyVaultMark(key, IdOf(1), 6, View(tag)));
    // A generation differing only in its high bytes too (all eight bytes are bound).
    CHECK_FALSE(VerifyVaultMark(key, IdOf(1), 5 + (std::uint64_t{1} << 56), View(tag)));
  }

  TEST_CASE("an unlocked vault makes and checks its own marks, a locked one none") {
    MemoryStorage storage;
    std::string recovery;
    Vault vault = Value(Vault::Create(storage, "Marie", kPassphrase, kKdfFloor, &recovery));
    const VaultMarkTag tag = vault.MarkFor(3);
    CHECK(vault.CheckMark(3, View(tag)));
    CHECK_FALSE(vault.CheckMark(4, View(tag)));
    // The same vault opened again (same data key) accepts it; another vault does not.
    Vault again = Value(Vault::Unlock(storage, kPassphrase));
    CHECK(again.CheckMark(3, View(tag)));
    MemoryStorage other_storage;
    Vault other = Value(Vault::Create(other_storage, "Marie", kPassphrase, kKdfFloor, &recovery));
    CHECK_FALSE(other.CheckMark(3, View(tag)));
    vault.Lock();
    CHECK(vault.MarkFor(3) == VaultMarkTag{});
    CHECK_FALSE(vault.CheckMark(3, View(tag)));
  }
}
