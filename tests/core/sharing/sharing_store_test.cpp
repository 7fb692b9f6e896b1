// The vault's keys, contacts and received packages; the register of disclosures; the access log.
#include <doctest/doctest.h>

#include "core/case/store_fixture.h"
#include "core/crypto/aead.h"
#include "core/rights/access_log.h"
#include "core/rights/disclosure.h"
#include "core/sharing/contact_card.h"
#include "core/sharing/sharing_store.h"

namespace carnet {
namespace {

using test::Count;
using test::D;
using test::M;
using test::NewDossier;
using test::NewStore;
using test::Value;

PublicIdentity Someone(std::uint8_t seed_byte, const std::string& name) {
  std::array<std::uint8_t, 32> seed{};
  seed.fill(seed_byte);
  return PublicPart(IdentityFromSeed(seed), name);
}

TEST_CASE("the vault's identity is made once and read back whole") {
  REQUIRE(InitCrypto().ok());
  Store store = NewStore();
  CHECK_FALSE(Value(LoadIdentity(store)).has_value());
  const IdentityKeys made = Value(EnsureIdentity(store, "  Service social de Lens ", 10));
  const IdentityKeys again = Value(EnsureIdentity(store, "autre nom", 20));
  CHECK(again.box_secret == made.box_secret);
  CHECK(again.sign_secret == made.sign_secret);
  CHECK(Value(IdentityName(store)) == "Service social de Lens");
  CHECK(RenameIdentity(store, "").problem() == Problem::kRequired);
  REQUIRE(RenameIdentity(store, "Antenne de Liévin").ok());
  CHECK(Value(IdentityName(store)) == "Antenne de Liévin");
}

TEST_CASE("a contact is added unconfirmed, confirmed once, and a changed card is refused") {
  REQUIRE(InitCrypto().ok());
  Store store = NewStore();
  const IdentityKeys own = Value(EnsureIdentity(store, "Moi", 1));
  const PublicIdentity alice = Someone(1, "Alice Martin");
  const Id id = Value(AddContact(store, alice, 5));
  CHECK(Value(AddContact(store, alice, 6)) == id);
  Contact c = *Value(ContactById(store, id));
  CHECK_FALSE(c.confirmed());
  CHECK(c.fingerprint == Fingerprint(alice));
  CHECK(c.identity == alice);
  REQUIRE(ConfirmContact(store, id, 7).ok());
  REQUIRE(ConfirmContact(store, id, 9).ok());
  CHECK(*Value(ContactById(store, id))->confirmed_at == 7);
  CHECK(Value(ContactBySignKey(store, alice.sign_key))->id == id);

  PublicIdentity changed = Someone(2, "Alice Martin");
  changed.sign_key = alice.sign_key;  // same signing key, another box key
  CHECK(AddContact(store, changed, 8).status().problem() == Problem::kContactFingerprintDiffers);
  CHECK(AddContact(store, PublicPart(own, "Moi"), 8).status().problem() == Problem::kAlreadyExists);
  CHECK(ConfirmContact(store, 999, 1).problem() == Problem::kUnknownReference);
  CHECK(Count(store, "contact_key") == 1);
}

TEST_CASE("a received package is kept once and cannot lose its sender") {
  REQUIRE(InitCrypto().ok());
  Store store = NewStore();
  const Id alice = Value(AddContact(store, Someone(1, "Alice"), 5));
  ReceivedSummary s;
  s.package_id.fill(7);
  s.contact_id = alice;
  s.kind = ShareKind::kShare;
  s.sent_at = 100;
  s.received_at = 200;
  s.display_name = "DUPONT Marie";
  s.purpose = "Demande de logement";
  const Id r = Value(StoreReceived(store, s, std::string("\0\1payload", 9)));
  CHECK(StoreReceived(store, s, "x").status().problem() == Problem::kPackageDuplicate);
  CHECK(Value(HasReceived(store, s.package_id)));
  CHECK(Value(ReceivedPayload(store, r)) == std::string("\0\1payload", 9));
  const std::vector<ReceivedSummary> all = Value(ReceivedPackages(store));
  REQUIRE(all.size() == 1);
  CHECK(all[0].sender_name == "Alice");
  CHECK(all[0].package_id == s.package_id);
  CHECK(RemoveContact(store, alice).problem() == Problem::kWrongState);
  REQUIRE(DeleteReceived(store, r).ok());
  REQUIRE(RemoveContact(store, alice).ok());
}

TEST_CASE("the register filters by dossier, recipient and dates, and erasure keeps a trace") {
  Store store = NewStore();
  const Id a = NewDossier(store, "Marie", "Dupont", D(2026, 1, 5));
  const Id b = NewDossier(store, "Jean", "Durand", D(2026, 1, 6));
  Disclosure e;
  e.dossier_id = a;
  e.at = M(2026, 2, 1, 10, 0);
  e.recipient = "CCAS de Lens";
  e.parts = "identité, 2 demandes";
  e.purpose = "Instruction de l’aide au logement de Marie Dupont";
  e.basis = DisclosureBasis::kConsentGiven;
  e.package_id = PackageId{};
  Value(RecordDisclosure(store, e));
  e.dossier_id = b;
  e.at = M(2026, 3, 1, 10, 0);
  e.recipient = "Mission locale";
  Value(RecordDisclosure(store, e));
  e.recipient = std::string(300, 'x');
  CHECK(RecordDisclosure(store, e).status().field() == "recipient");

  DisclosureFilter f;
  CHECK(Value(Disclosures(store, f)).size() == 2);
  f.dossier_id = a;
  REQUIRE(Value(Disclosures(store, f)).size() == 1);
  CHECK(Value(Disclosures(store, f))[0].package_id.has_value());
  f = {};
  f.recipient = "Mission locale";
  CHECK(Value(Disclosures(store, f)).size() == 1);
  f = {};
  f.from = M(2026, 2, 15, 0, 0);
  CHECK(Value(Disclosures(store, f)).size() == 1);
  f.to = M(2026, 2, 20, 0, 0);
  CHECK(Value(Disclosures(store, f)).empty());
  CHECK(Value(DisclosureRecipients(store)) ==
        std::vector<std::string>{"CCAS de Lens", "Mission locale"});

  REQUIRE(AnonymiseDisclosures(store, a, DisclosureKind::kErased, M(2026, 4, 1, 9, 0)).ok());
  const std::vector<Disclosure> all = Value(Disclosures(store, {}));
  REQUIRE(all.size() == 3);
  CHECK(all[0].kind == DisclosureKind::kErased);
  CHECK(all[0].parts == "dossier n° " + std::to_string(a));
  CHECK(all[2].recipient == "CCAS de Lens");  // who received something stays known
  CHECK_FALSE(all[2].dossier_id.has_value());
  CHECK(all[2].purpose.empty());  // the purpose named the person
  CHECK(AnonymiseDisclosures(store, b, DisclosureKind::kShare, 1).problem() ==
        Problem::kOutOfRange);
}

TEST_CASE("the access log keeps 6 to 12 months and forgets older entries") {
  Store store = NewStore();
  CHECK(Value(AccessLogMonths(store)) == 12);
  const Id a = NewDossier(store, "Marie", "Dupont", D(2025, 1, 5));
  REQUIRE(LogAccess(store, {0, M(2025, 1, 10, 9, 0), AccessAction::kOpenDossier, a, ""}).ok());
  REQUIRE(LogAccess(store, {0, M(2025, 6, 1, 9, 0), AccessAction::kBackupExport, {}, "x"}).ok());
  REQUIRE(LogAccess(store, {0, M(2026, 1, 20, 9, 0), AccessAction::kOpenDossier, a, ""}).ok());
  std::vector<AccessEntry> entries = Value(AccessEntries(store));
  REQUIRE(entries.size() == 2);  // January 2025 is more than 12 months before January 2026
  CHECK(entries[0].at == M(2026, 1, 20, 9, 0));
  CHECK(entries[1].action == AccessAction::kBackupExport);
  CHECK(SetAccessLogMonths(store, 5, M(2026, 1, 21, 0, 0)).field() == "access_log_months");
  CHECK(SetAccessLogMonths(store, 13, M(2026, 1, 21, 0, 0)).problem() == Problem::kOutOfRange);
  REQUIRE(SetAccessLogMonths(store, 6, M(2026, 1, 21, 0, 0)).ok());
  CHECK(Value(AccessEntries(store)).size() == 1);
  CHECK(Value(AccessLogMonths(store)) == 6);
}

}  // namespace
}  // namespace carnet
