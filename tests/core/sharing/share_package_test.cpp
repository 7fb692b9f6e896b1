// The share package: a dossier's ticked parts collected from the case file, sealed by one vault
// and opened by another exactly as sent; every altered, truncated, extended, misaddressed,
// re-sealed or falsely signed package refused; and the payload's strict codec.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "core/case/store_fixture.h"
#include "core/crypto/aead.h"
#include "core/sharing/share_collect.h"
#include "core/sharing/share_package.h"
#include "core/sharing/share_package_internal.h"
#include "core/sharing/share_payload_codec.h"

using namespace carnet;
using namespace carnet::test;
namespace internal = carnet::share_package_internal;

namespace {

IdentityKeys Keys(std::uint8_t n) {
  REQUIRE(InitCrypto().ok());
  std::array<std::uint8_t, 32> seed{};
  seed.fill(n);
  return IdentityFromSeed(seed);
}

PackageId SomeId() {
  PackageId id{};
  for (std::size_t i = 0; i < id.size(); ++i) id[i] = static_cast<std::uint8_t>(0x40 + i);
  return id;
}

// A case file with Marie Dupont's dossier (two requests, three contacts, two notes, two open
// tasks and a done one, a household member) and Paul Martin's (one contact, one note).
struct CaseFile {
  Store store = NewStore();
  Id marie = 0;
  Id paul = 0;
  std::vector<Id> marie_contacts;
  std::vector<Id> marie_notes;
  Id paul_contact = 0;
  Id paul_note = 0;

  CaseFile() {
    CreateDossier create;
    create.person = Named("Marie", "Dupont");
    create.person.birth = Answer<BirthDate>::Of({1961, 4, 0});
    create.person.phone = Answer<std::string>::Of("06 12 34 56 78");
    create.person.address = Answer<std::string>::Is(AnswerState::kRefused);
    create.person.household_size = Answer<int>::Of(2);
    create.opened_on = D(2026, 1, 5);
    marie = Value(store.Apply(create));
    paul = NewDossier(store, "Paul", "Martin", D(2026, 1, 6));
    REQUIRE(store.Apply(AddHouseholdMember{marie, "Jean Dupont", "conjoint", Answer<int>::Of(1958)})
                .ok());
    const Id housing = Value(store.Apply(
        AddRequest{marie, D(2026, 1, 5), {"LOGEMENT.MAINTIEN", "BUDGET"}, "Impayés de loyer"}));
    Value(store.Apply(AddRequest{marie, D(2026, 1, 12), {"DROITS.CSS"}, "Complémentaire santé"}));
    REQUIRE(store.Apply(SetRequestStatus{housing, RequestStatus::kSatisfied, D(2026, 2, 2)}).ok());
    marie_contacts.push_back(Value(store.Apply(RecordContact{marie,
                                                             ContactKind::kInterview,
                                                             M(2026, 1, 5, 9, 30),
                                                             45,
                                                             {housing},
                                                             "Premier entretien."})));
    marie_contacts.push_back(Value(store.Apply(RecordContact{
        marie, ContactKind::kCall, M(2026, 1, 9, 14, 0), std::nullopt, {}, "Appel au bailleur."})));
    marie_contacts.push_back(Value(store.Apply(RecordContact{
        marie, ContactKind::kHomeVisit, M(2026, 1, 20, 10, 0), 60, {}, "Visite à domicile."})));
    marie_notes.push_back(
        Value(store.Apply(WriteNote{marie, M(2026, 1, 5, 11, 0), "Note à partager."})));
    marie_notes.push_back(
        Value(store.Apply(WriteNote{marie, M(2026, 1, 6, 8, 0), "Note privée, jamais partagée."})));
    Value(store.Apply(ScheduleTask{marie, TaskKind::kAppointment, "Rendez-vous CAF", D(2026, 3, 10),
                                   9 * 60, std::nullopt}));
    Value(store.Apply(ScheduleTask{marie, TaskKind::kTask, "Relancer le bailleur", D(2026, 3, 1),
                                   std::nullopt, std::nullopt}));
    const Id done = Value(store.Apply(ScheduleTask{marie, TaskKind::kTask, "Tâche faite",
                                                   D(2026, 2, 1), std::nullopt, std::nullopt}));
    REQUIRE(store.Apply(CompleteTask{done, M(2026, 2, 1, 12, 0)}).ok());
    paul_contact = Value(store.Apply(
        RecordContact{paul, ContactKind::kCall, M(2026, 1, 7, 9, 0), 10, {}, "Appel de Paul."}));
    paul_note = Value(store.Apply(WriteNote{paul, M(2026, 1, 7, 10, 0), "Note sur Paul."}));
  }
};

void WithPurpose(SharePayload* p) {
  p->purpose = "Instruction de la demande d’aide au logement.";
  p->basis = ShareBasis::kConsentGiven;
}

// A small valid payload made by hand: every list holds one item.
SharePayload SmallPayload() {
  SharePayload p;
  p.package_id = SomeId();
  p.kind = ShareKind::kTransfer;
  p.sent_at = M(2026, 3, 2, 10, 15);
  p.purpose = "Reprise du suivi.";
  p.basis = ShareBasis::kLegalObligation;
  p.basis_reference = "Article L. 226-2-2 du CASF";
  p.display_name = "DUPONT Marie";
  p.opened_on = D(2026, 1, 5);
  p.status_label = "Évaluation";
  p.has_person = true;
  p.person = Named("Marie", "Dupont");
  p.person.birth = Answer<BirthDate>::Of({1961, 4, 17});
  p.household.push_back({"Jean", "conjoint", Answer<int>::Is(AnswerState::kUnknown)});
  p.requests.push_back({D(2026, 1, 5), RequestStatus::kOpen, std::nullopt, "Loyer", {}});
  p.requests[0].categories.push_back({"LOGEMENT", "Logement"});
  p.contacts.push_back({ContactKind::kCall, M(2026, 1, 9, 14, 0), 15, "Appel."});
  p.notes.push_back({M(2026, 1, 6, 8, 0), "Une note.\nSur deux lignes."});
  p.tasks.push_back({TaskKind::kAppointment, "Rendez-vous", D(2026, 3, 10), 9 * 60});
  return p;
}

Bytes Seal(const SharePayload& p, const IdentityKeys& from, const IdentityKeys& to) {
  Result<Bytes> file = SealSharePackage(p, from, "Alice Martin — CCAS", PublicPart(to, "Bob"));
  REQUIRE_MESSAGE(file.ok(), file.status().message());
  return file.value();
}

void CheckRefused(const Status& s, Problem problem, const std::string& field) {
  CHECK_FALSE(s.ok());
  CHECK(s.problem() == problem);
  CHECK(s.field() == field);
}

bool Contains(const Bytes& haystack, const std::string& needle) {
  return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) !=
         haystack.end();
}

internal::EphemeralSeed Seed(std::uint8_t n) {
  internal::EphemeralSeed seed{};
  seed.fill(n);
  return seed;
}

}  // namespace

TEST_SUITE("share package") {
  TEST_CASE("a dossier's ticked parts reach the recipient exactly as the sender collected them") {
    CaseFile file;
    const IdentityKeys alice = Keys(1);
    const IdentityKeys bob = Keys(2);
    ShareParts parts;
    parts.contact_ids = {file.marie_contacts[2], file.marie_contacts[0]};
    parts.note_ids = {file.marie_notes[0]};
    parts.open_tasks = true;
    SharePayload payload = Value(CollectSharePayload(
        file.store, file.marie, parts, ShareKind::kTransfer, M(2026, 3, 2, 10, 0), SomeId()));
    CHECK(payload.purpose.empty());
    WithPurpose(&payload);

    CHECK(payload.display_name == "Dupont Marie");
    CHECK(payload.opened_on == D(2026, 1, 5));
    CHECK(payload.status_label == "Accueil");
    REQUIRE(payload.has_person);
    CHECK(payload.person.phone.value == "06 12 34 56 78");
    CHECK(payload.person.address.state == AnswerState::kRefused);
    REQUIRE(payload.household.size() == 1);
    CHECK(payload.household[0].birth_year == Answer<int>::Of(1958));
    REQUIRE(payload.requests.size() == 2);
    CHECK(payload.requests[0].status == RequestStatus::kSatisfied);
    CHECK(payload.requests[0].outcome_on == D(2026, 2, 2));
    REQUIRE(payload.requests[0].categories.size() == 2);
    CHECK(payload.requests[0].categories[0].label == "Maintien dans le logement");
    CHECK(payload.requests[0].categories[1].label == "Budget et ressources");
    REQUIRE(payload.contacts.size() == 2);  // by time, whatever the order ticked
    CHECK(payload.contacts[0].summary == "Premier entretien.");
    CHECK(payload.contacts[0].duration_minutes == 45);
    CHECK(payload.contacts[1].kind == ContactKind::kHomeVisit);
    REQUIRE(payload.notes.size() == 1);
    CHECK(payload.notes[0].text == "Note à partager.");
    REQUIRE(payload.tasks.size() == 2);  // the open ones, by due day
    CHECK(payload.tasks[0].title == "Relancer le bailleur");
    CHECK(payload.tasks[1].due_minute_of_day == 9 * 60);

    const Bytes package = Seal(payload, alice, bob);
    Result<OpenedPackage> opened = OpenSharePackage(package, bob);
    REQUIRE_MESSAGE(opened.ok(), opened.status().message());
    CHECK(opened.value().sender == PublicPart(alice, "Alice Martin — CCAS"));
    CHECK(opened.value().payload_bytes == EncodeSharePayload(payload));
    CHECK(EncodeSharePayload(opened.value().payload) == EncodeSharePayload(payload));
    CHECK(opened.value().payload.package_id == SomeId());
    CHECK(opened.value().payload.notes[0].text == "Note à partager.");
    CHECK(opened.value().payload.basis == ShareBasis::kConsentGiven);
    CHECK_FALSE(Contains(package, "Dupont"));  // sealed, not merely signed

    // Two packages of the same payload differ (fresh ephemeral key and nonce) and both open.
    const Bytes again = Seal(payload, alice, bob);
    CHECK(again != package);
    CHECK(OpenSharePackage(again, bob).ok());
  }

  TEST_CASE("unticked parts, notes and contacts stay out of the package") {
    CaseFile file;
    ShareParts parts;
    parts.identity = false;
    parts.requests = false;
    parts.contact_ids = {file.marie_contacts[1]};
    const SharePayload payload = Value(CollectSharePayload(
        file.store, file.marie, parts, ShareKind::kShare, M(2026, 3, 2, 10, 0), SomeId()));
    CHECK_FALSE(payload.has_person);
    CHECK(payload.person.first_name.empty());
    CHECK(payload.household.empty());
    CHECK(payload.requests.empty());
    CHECK(payload.notes.empty());
    CHECK(payload.tasks.empty());
    REQUIRE(payload.contacts.size() == 1);
    CHECK(payload.contacts[0].summary == "Appel au bailleur.");
    CHECK(payload.display_name == "Dupont Marie");  // always: the recipient must name it

    const Bytes bytes = EncodeSharePayload(payload);
    for (const char* absent : {"Note à partager.", "Note privée", "Premier entretien", "06 12 34",
                               "Impayés", "Relancer", "Jean Dupont"}) {
      CAPTURE(absent);
      CHECK_FALSE(Contains(bytes, absent));
    }
  }

  TEST_CASE("a contact or a note of another dossier, or an unknown one, is refused") {
    CaseFile file;
    const Minute now = M(2026, 3, 2, 10, 0);
    ShareParts parts;
    parts.contact_ids = {file.marie_contacts[0], file.paul_contact};
    CheckRefused(
        CollectSharePayload(file.store, file.marie, parts, ShareKind::kShare, now, SomeId())
            .status(),
        Problem::kUnknownReference, "contact_ids");
    parts.contact_ids = {};
    parts.note_ids = {file.paul_note};
    CheckRefused(
        CollectSharePayload(file.store, file.marie, parts, ShareKind::kShare, now, SomeId())
            .status(),
        Problem::kUnknownReference, "note_ids");
    parts.note_ids = {9999};
    CheckRefused(
        CollectSharePayload(file.store, file.marie, parts, ShareKind::kShare, now, SomeId())
            .status(),
        Problem::kUnknownReference, "note_ids");
    parts.note_ids = {file.paul_note};
    CHECK(CollectSharePayload(file.store, file.paul, parts, ShareKind::kShare, now, SomeId()).ok());
    CheckRefused(
        CollectSharePayload(file.store, 424242, ShareParts{}, ShareKind::kShare, now, SomeId())
            .status(),
        Problem::kUnknownReference, "dossier_id");
    ShareParts tasks;
    tasks.open_tasks = true;
    CheckRefused(
        CollectSharePayload(file.store, file.marie, tasks, ShareKind::kShare, now, SomeId())
            .status(),
        Problem::kWrongState, "open_tasks");
  }

  TEST_CASE("every altered byte of a package is refused, never opened") {
    const IdentityKeys alice = Keys(1);
    const IdentityKeys bob = Keys(2);
    const Bytes package = Seal(SmallPayload(), alice, bob);
    REQUIRE(OpenSharePackage(package, bob).ok());
    const std::size_t recipient_at = kSharePackageMagic.size() + 1;
    int other_recipient = 0;
    for (std::size_t i = 0; i < package.size(); ++i) {
      Bytes altered = package;
      altered[i] ^= static_cast<std::uint8_t>(1u << (i % 8));
      Result<OpenedPackage> opened = OpenSharePackage(altered, bob);
      CAPTURE(i);
      REQUIRE_FALSE(opened.ok());
      if (i >= recipient_at && i < recipient_at + kBoxPublicKeyBytes) {
        CHECK(opened.status().problem() == Problem::kPackageOtherRecipient);
        ++other_recipient;
      } else {
        CHECK(opened.status().problem() == Problem::kPackageCorrupt);
      }
    }
    CHECK(other_recipient == 32);
  }

  TEST_CASE("a truncated or extended package is refused") {
    const IdentityKeys alice = Keys(1);
    const IdentityKeys bob = Keys(2);
    const Bytes package = Seal(SmallPayload(), alice, bob);
    for (std::size_t size = 0; size < package.size(); ++size) {
      CAPTURE(size);
      Result<OpenedPackage> opened = OpenSharePackage(ByteView(package.data(), size), bob);
      REQUIRE_FALSE(opened.ok());
      CHECK(opened.status().problem() == Problem::kPackageCorrupt);
    }
    for (const std::uint8_t extra : {std::uint8_t{0x00}, std::uint8_t{0x5A}}) {
      Bytes extended = package;
      extended.push_back(extra);
      Result<OpenedPackage> opened = OpenSharePackage(extended, bob);
      REQUIRE_FALSE(opened.ok());
      CHECK(opened.status().problem() == Problem::kPackageCorrupt);
    }
    CHECK(OpenSharePackage(Bytes(kMaxSharePackageBytes + 1, 0), bob).status().problem() ==
          Problem::kPackageCorrupt);
  }

  TEST_CASE("a package sealed to another vault is refused before decryption and names it") {
    const IdentityKeys alice = Keys(1);
    const IdentityKeys bob = Keys(2);
    const IdentityKeys carol = Keys(3);
    const Bytes package = Seal(SmallPayload(), alice, bob);
    Result<OpenedPackage> opened = OpenSharePackage(package, carol);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.status().problem() == Problem::kPackageOtherRecipient);
    Result<BoxPublicKey> recipient = PackageRecipient(package);
    REQUIRE(recipient.ok());
    CHECK(recipient.value() == bob.box_public);

    const std::string text = "CARNET-CONTACT-1:not a package";
    CHECK(PackageRecipient(ByteView(text)).status().problem() == Problem::kPackageCorrupt);
    Bytes newer = package;
    newer[kSharePackageMagic.size()] = 2;
    CHECK(PackageRecipient(newer).status().problem() == Problem::kPackageCorrupt);
  }

  TEST_CASE("a recipient cannot pass a package on as if it had been addressed to a third vault") {
    const IdentityKeys alice = Keys(1);
    const IdentityKeys bob = Keys(2);
    const IdentityKeys carol = Keys(3);
    const Bytes package = Seal(SmallPayload(), alice, bob);
    // Bob holds the signed inner bytes once he opens the envelope, and seals them to Carol.
    const Bytes inner = Value(internal::OpenEnvelope(package, bob));
    internal::Nonce nonce{};
    const Bytes to_carol = Value(internal::SealEnvelope(inner, carol.box_public, Seed(7), nonce));
    Result<OpenedPackage> opened = OpenSharePackage(to_carol, carol);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.status().problem() == Problem::kPackageCorrupt);
    // The same bytes sealed back to Bob open: only the recipient's key tells them apart.
    const Bytes to_bob = Value(internal::SealEnvelope(inner, bob.box_public, Seed(7), nonce));
    CHECK(OpenSharePackage(to_bob, bob).ok());
  }

  TEST_CASE("a package signed by a key other than the sender's it states is refused") {
    const IdentityKeys alice = Keys(1);
    const IdentityKeys bob = Keys(2);
    const IdentityKeys mallory = Keys(4);
    const Bytes payload = EncodeSharePayload(SmallPayload());
    const PublicIdentity stated = PublicPart(alice, "Alice Martin");
    internal::Nonce nonce{};
    const Bytes forged = Value(
        internal::SealEnvelope(internal::SignedInner(payload, stated, bob.box_public, mallory),
                               bob.box_public, Seed(9), nonce));
    Result<OpenedPackage> opened = OpenSharePackage(forged, bob);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.status().problem() == Problem::kPackageCorrupt);

    const Bytes honest =
        Value(internal::SealEnvelope(internal::SignedInner(payload, stated, bob.box_public, alice),
                                     bob.box_public, Seed(9), nonce));
    Result<OpenedPackage> good = OpenSharePackage(honest, bob);
    REQUIRE(good.ok());
    CHECK(good.value().sender == stated);
  }

  TEST_CASE("sealing refuses a payload without its purpose or its basis's reference") {
    const IdentityKeys alice = Keys(1);
    const PublicIdentity bob = PublicPart(Keys(2), "Bob");
    SharePayload p = SmallPayload();
    p.purpose = "  ";
    CheckRefused(SealSharePackage(p, alice, "Alice", bob).status(), Problem::kRequired, "purpose");
    p.purpose = std::string(kPurposeMax + 1, 'a');
    CheckRefused(SealSharePackage(p, alice, "Alice", bob).status(), Problem::kTooLong, "purpose");
    p.purpose = std::string(kPurposeMax, 'a');
    CHECK(SealSharePackage(p, alice, "Alice", bob).ok());
    p.basis = ShareBasis::kConsentRefused;
    p.basis_reference = "";
    CheckRefused(SealSharePackage(p, alice, "Alice", bob).status(), Problem::kRequired,
                 "basis_reference");
    p.basis = ShareBasis::kConsentGiven;
    CHECK(SealSharePackage(p, alice, "Alice", bob).ok());
    p.basis = static_cast<ShareBasis>(7);
    CheckRefused(SealSharePackage(p, alice, "Alice", bob).status(), Problem::kOutOfRange, "basis");
    p.basis = ShareBasis::kConsentGiven;
    CheckRefused(SealSharePackage(p, alice, " Alice", bob).status(), Problem::kInvalidText,
                 "sender_name");
    p.kind = ShareKind::kShare;  // with a task: only a transfer carries them
    CheckRefused(SealSharePackage(p, alice, "Alice", bob).status(), Problem::kWrongState, "tasks");
    PublicIdentity zero = bob;
    zero.box_key.fill(0);
    p.kind = ShareKind::kTransfer;
    CHECK(SealSharePackage(p, alice, "Alice", zero).status().code() == StatusCode::kCryptoFailure);
  }
}

TEST_SUITE("share payload codec") {
  Status DecodeStatus(const SharePayload& p) {
    return DecodeSharePayload(EncodeSharePayload(p)).status();
  }

  TEST_CASE("a payload decodes to what was encoded and encodes back to the same bytes") {
    const SharePayload p = SmallPayload();
    REQUIRE(CheckSharePayload(p).ok());
    const Bytes bytes = EncodeSharePayload(p);
    const SharePayload decoded = Value(DecodeSharePayload(bytes));
    CHECK(EncodeSharePayload(decoded) == bytes);
    CHECK(decoded.person.birth == p.person.birth);
    CHECK(decoded.household[0].birth_year.state == AnswerState::kUnknown);
    CHECK(decoded.requests[0].categories[0].code == "LOGEMENT");
    CHECK(decoded.contacts[0].duration_minutes == 15);
    CHECK(decoded.notes[0].text == p.notes[0].text);
    CHECK(decoded.tasks[0].due_minute_of_day == 9 * 60);
    CHECK(decoded.basis_reference == p.basis_reference);

    SharePayload empty;  // nothing ticked: the name, the step and the purpose only
    empty.sent_at = p.sent_at;
    empty.purpose = "Information";
    empty.display_name = "X";
    empty.opened_on = p.opened_on;
    const Bytes small = EncodeSharePayload(empty);
    CHECK(EncodeSharePayload(Value(DecodeSharePayload(small))) == small);
  }

  TEST_CASE("the codec refuses bad text, unknown values, long text and extra or missing bytes") {
    const auto refused = [](const Status& s) {
      CHECK(s.code() == StatusCode::kCorrupt);
      CHECK(s.problem() == Problem::kPackageCorrupt);
    };
    SharePayload p = SmallPayload();
    p.purpose = "d\xC3\x28j\xC3\xA0";  // an invalid two-byte sequence
    refused(DecodeStatus(p));
    p = SmallPayload();
    p.notes[0].text = std::string("\xED\xA0\x80", 3);  // a UTF-16 surrogate
    refused(DecodeStatus(p));
    p = SmallPayload();
    p.display_name = "Tab\there";
    refused(DecodeStatus(p));
    p = SmallPayload();
    p.contacts[0].kind = static_cast<ContactKind>(kContactKindCount);
    refused(DecodeStatus(p));
    p = SmallPayload();
    p.requests[0].status = static_cast<RequestStatus>(9);
    refused(DecodeStatus(p));
    p = SmallPayload();
    p.kind = static_cast<ShareKind>(0);
    refused(DecodeStatus(p));
    p = SmallPayload();
    p.person.birth.state = static_cast<AnswerState>(kAnswerStateCount);
    refused(DecodeStatus(p));
    p = SmallPayload();
    p.purpose = std::string(kPurposeMax + 1, 'e');
    refused(DecodeStatus(p));
    p.purpose = std::string(kPurposeMax, 'e');
    CHECK(DecodeStatus(p).ok());
    p.basis_reference = std::string(kBasisReferenceMax + 1, 'r');
    refused(DecodeStatus(p));
    p = SmallPayload();
    p.contacts[0].duration_minutes = 0;
    refused(DecodeStatus(p));
    p = SmallPayload();
    p.opened_on = D(2026, 1, 1) + 200 * 366;  // past 2199
    refused(DecodeStatus(p));
    p = SmallPayload();
    // A time whose day, cut to 32 bits, would fall in range.
    p.sent_at = (Minute{1} << 32) * kMinutesPerDay + M(2026, 1, 1, 0, 0);
    refused(DecodeStatus(p));

    const Bytes good = EncodeSharePayload(SmallPayload());
    Bytes extended = good;
    extended.push_back(0);
    refused(DecodeSharePayload(extended).status());
    for (std::size_t size = 0; size < good.size(); ++size) {
      CAPTURE(size);
      refused(DecodeSharePayload(ByteView(good.data(), size)).status());
    }
    Bytes newer = good;
    newer[0] = 2;
    refused(DecodeSharePayload(newer).status());
    // With no person and empty lists, the has_person flag is followed by the five lists'
    // counts only: it sits 21 bytes from the end. 2 is neither absent nor present.
    SharePayload no_person = SmallPayload();
    no_person.has_person = false;
    no_person.person = PersonFields{};
    no_person.household.clear();
    no_person.requests.clear();
    no_person.contacts.clear();
    no_person.notes.clear();
    no_person.tasks.clear();
    Bytes flag = EncodeSharePayload(no_person);
    REQUIRE(flag[flag.size() - 21] == 0);
    REQUIRE(DecodeSharePayload(flag).ok());
    flag[flag.size() - 21] = 2;
    refused(DecodeSharePayload(flag).status());
  }
}
