// Trusting a card or a package's sender takes the last group of its fingerprint, typed as the
// colleague reads it aloud: a wrong or missing group is refused and nothing is stored. A card
// or a sender whose name, case and accents aside, is a confirmed contact's but whose keys are
// new is flagged, never merged or quietly added, and becomes a separate contact only after the
// typed check and the acknowledgment of the warning. A card with one key of a known contact is
// still refused.
#include <doctest/doctest.h>

#include <string>

#include "app/sharing/sharing_trust.h"
#include "app/sharing_desk.h"
#include "core/sharing/contact_card.h"

using namespace carnet;
using namespace carnet::test;

namespace {

// `check` with the first digit of its group changed: what a misread or a guess gives.
FingerprintCheck Wrong(FingerprintCheck check) {
  check.last_group[0] = static_cast<char>('0' + (check.last_group[0] - '0' + 1) % 10);
  return check;
}

FingerprintCheck Acknowledged(FingerprintCheck check) {
  check.new_key_acknowledged = true;
  return check;
}

const Contact* ContactWithId(const SharingUiState& s, Id id) {
  for (const Contact& c : s.contacts) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

}  // namespace

TEST_SUITE("sharing trust") {
  TEST_CASE("the last group is the fingerprint's last four digits, spaces around it ignored") {
    const std::string print = "0421 7789 3306 1254 9980 0017";
    CHECK(LastGroup(print) == "0017");
    CHECK(CheckLastGroup(print, "  0017 \t").ok());
    const Status blank = CheckLastGroup(print, "   ");
    CHECK(blank.problem() == Problem::kRequired);
    CHECK(blank.field() == "last_group");
    // Another group, a near miss, spaces inside, too short, too long, the whole fingerprint.
    for (const std::string& typed :
         {std::string("0421"), std::string("9980"), std::string("0018"), std::string("00 17"),
          std::string("017"), std::string("00170"), print}) {
      CAPTURE(typed);
      const Status wrong = CheckLastGroup(print, typed);
      CHECK(wrong.problem() == Problem::kContactFingerprintDiffers);
      CHECK(wrong.field() == "last_group");
    }
  }

  TEST_CASE("a card is confirmed only with its last group read aloud; a wrong one stores nothing") {
    Desk alice("Service Alice");
    Desk bob("Service Bob");
    REQUIRE(alice.sharing.ImportCard(bob.sharing.state().own_card).ok());
    const Id to_bob = alice.sharing.state().new_contact;
    REQUIRE(to_bob != 0);
    const std::int64_t changes = alice.store().TotalChanges();

    const Status blank = alice.sharing.ConfirmContact(to_bob, FingerprintCheck());
    CHECK(blank.problem() == Problem::kRequired);
    CHECK(blank.field() == "last_group");
    const Status wrong = alice.sharing.ConfirmContact(to_bob, Wrong(ReadAloud(bob)));
    CHECK(wrong.problem() == Problem::kContactFingerprintDiffers);
    CHECK(wrong.field() == "last_group");
    CHECK(alice.sharing.state().last == SharingAction::kContact);
    CHECK(alice.sharing.state().error.field() == "last_group");
    // Another group of the fingerprint, read off the screen, is not the last one.
    FingerprintCheck first;
    first.last_group = bob.sharing.state().own_fingerprint.substr(0, 4);
    CHECK(alice.sharing.ConfirmContact(to_bob, first).field() == "last_group");
    CHECK(alice.store().TotalChanges() == changes);
    CHECK_FALSE(ContactWithId(alice.sharing.state(), to_bob)->confirmed());
    CHECK(alice.sharing.state().new_contact == to_bob);  // still shown for confirmation
    CHECK(alice.sharing.Share(alice.Draft(to_bob)).field() == "recipient");

    FingerprintCheck spaced = ReadAloud(bob);
    spaced.last_group = "  " + spaced.last_group + " ";
    REQUIRE(alice.sharing.ConfirmContact(to_bob, spaced).ok());
    CHECK(ContactWithId(alice.sharing.state(), to_bob)->confirmed());
    CHECK(alice.sharing.state().new_contact == 0);
    CHECK(alice.Rows("contact_key") == 1);
  }

  TEST_CASE("a package's unknown sender is confirmed only with its last group read aloud") {
    Desk alice("Service Alice");
    Desk bob("Service Bob");
    const Bytes package = alice.ShareTo(alice.Know(bob));
    REQUIRE(bob.sharing.PackagePicked(package).problem() == Problem::kPackageUnknownSender);
    CHECK_FALSE(bob.sharing.state().sender_twin.has_value());

    const Status wrong = bob.sharing.ConfirmSender(Wrong(ReadAloud(alice)));
    CHECK(wrong.field() == "last_group");
    CHECK(bob.sharing.ConfirmSender(FingerprintCheck()).problem() == Problem::kRequired);
    CHECK(bob.sharing.state().sender_pending);  // still waiting, nothing stored
    CHECK(bob.Rows("received_package") == 0);
    CHECK(bob.Rows("contact_key") == 0);

    REQUIRE(bob.sharing.ConfirmSender(ReadAloud(alice)).ok());
    CHECK_FALSE(bob.sharing.state().sender_pending);
    CHECK(bob.Rows("received_package") == 1);
    REQUIRE(bob.sharing.state().contacts.size() == 1);
    CHECK(bob.sharing.state().contacts[0].confirmed());
  }

  TEST_CASE("a card under a confirmed contact's name with new keys is flagged and held apart") {
    Desk alice("Service Alice");
    Desk elodie("Élodie Dupré");
    Desk other("ELODIE DUPRE");  // another vault under the same name, case and accents aside
    const Id known = alice.Know(elodie);
    const Contact before = *ContactWithId(alice.sharing.state(), known);

    REQUIRE(alice.sharing.ImportCard(other.sharing.state().own_card).ok());
    const SharingUiState& s = alice.sharing.state();
    REQUIRE(s.held_card.has_value());
    CHECK(s.held_card->identity.name == "ELODIE DUPRE");
    CHECK(s.held_card->fingerprint == other.sharing.state().own_fingerprint);
    CHECK(s.held_card->twin.id == known);
    CHECK(s.new_contact == 0);
    CHECK(alice.Rows("contact_key") == 1);  // not added, not merged

    SUBCASE("dropped, it leaves nothing") {
      alice.sharing.DropHeldCard();
      CHECK_FALSE(s.held_card.has_value());
      CHECK(alice.Rows("contact_key") == 1);
    }
    SUBCASE("added as a separate contact after the typed check and the acknowledgment") {
      const Status unacknowledged = alice.sharing.ConfirmHeldCard(ReadAloud(other));
      CHECK(unacknowledged.problem() == Problem::kRequired);
      CHECK(unacknowledged.field() == "new_key_acknowledged");
      CHECK(alice.sharing.ConfirmHeldCard(Wrong(Acknowledged(ReadAloud(other)))).field() ==
            "last_group");
      CHECK(s.held_card.has_value());
      CHECK(alice.Rows("contact_key") == 1);

      REQUIRE(alice.sharing.ConfirmHeldCard(Acknowledged(ReadAloud(other))).ok());
      CHECK_FALSE(s.held_card.has_value());
      REQUIRE(s.contacts.size() == 2);
      for (const Contact& c : s.contacts) CHECK(c.confirmed());
      const Contact& kept = *ContactWithId(s, known);
      CHECK(kept.identity == before.identity);  // the known contact is untouched
      CHECK(kept.fingerprint == elodie.sharing.state().own_fingerprint);
      // Read again, the new card is now a known contact: neither held nor added twice.
      REQUIRE(alice.sharing.ImportCard(other.sharing.state().own_card).ok());
      CHECK_FALSE(s.held_card.has_value());
      CHECK(alice.Rows("contact_key") == 2);
    }
  }

  TEST_CASE("a card with one key of a known contact is refused, never held") {
    Desk alice("Service Alice");
    Desk elodie("Élodie Dupré");
    alice.Know(elodie);
    // A card of its own making, carrying Élodie's encryption key beside a new signing key.
    std::array<std::uint8_t, 32> seed{};
    seed.fill(7);
    IdentityKeys forged = IdentityFromSeed(seed);
    forged.box_public = LoadIdentity(elodie.store()).value()->box_public;
    const std::string card = ContactCardText(MakeContactCard(forged, "Élodie Dupré").value());
    const Status refused = alice.sharing.ImportCard(card);
    CHECK(refused.problem() == Problem::kContactFingerprintDiffers);
    CHECK(refused.field() == "card");
    CHECK_FALSE(alice.sharing.state().held_card.has_value());
    CHECK(alice.Rows("contact_key") == 1);
  }

  TEST_CASE("a contact kept unconfirmed under a name confirmed since needs the acknowledgment") {
    Desk alice("Service Alice");
    Desk elodie("Élodie Dupré");
    Desk other("Elodie Dupre");
    REQUIRE(alice.sharing.ImportCard(other.sharing.state().own_card).ok());  // no twin yet
    const Id unconfirmed = alice.sharing.state().new_contact;
    REQUIRE(unconfirmed != 0);
    alice.Know(elodie);
    const Contact* twin = NameTwin(alice.sharing.state().contacts,
                                   ContactWithId(alice.sharing.state(), unconfirmed)->identity);
    REQUIRE(twin != nullptr);
    CHECK(twin->identity.name == "Élodie Dupré");
    CHECK(alice.sharing.ConfirmContact(unconfirmed, ReadAloud(other)).field() ==
          "new_key_acknowledged");
    REQUIRE(alice.sharing.ConfirmContact(unconfirmed, Acknowledged(ReadAloud(other))).ok());
    CHECK(ContactWithId(alice.sharing.state(), unconfirmed)->confirmed());
  }

  TEST_CASE("a package whose sender has a confirmed contact's name but new keys is flagged") {
    Desk bob("Service Bob");
    Desk elodie("Élodie Dupré");
    Desk other("élodie dupré");
    const Id known = bob.Know(elodie);
    const Bytes package = other.ShareTo(other.Know(bob));

    REQUIRE(bob.sharing.PackagePicked(package).problem() == Problem::kPackageUnknownSender);
    const SharingUiState& s = bob.sharing.state();
    REQUIRE(s.sender_pending);
    REQUIRE(s.sender_twin.has_value());
    CHECK(s.sender_twin->id == known);
    CHECK(s.pending_fingerprint == other.sharing.state().own_fingerprint);

    CHECK(bob.sharing.ConfirmSender(ReadAloud(other)).field() == "new_key_acknowledged");
    CHECK(bob.sharing.ConfirmSender(Wrong(Acknowledged(ReadAloud(other)))).field() == "last_group");
    CHECK(bob.Rows("received_package") == 0);
    CHECK(bob.Rows("contact_key") == 1);
    CHECK(s.sender_pending);

    REQUIRE(bob.sharing.ConfirmSender(Acknowledged(ReadAloud(other))).ok());
    CHECK(bob.Rows("received_package") == 1);
    REQUIRE(s.contacts.size() == 2);  // a separate contact; the known one is untouched
    CHECK(ContactWithId(s, known)->fingerprint == elodie.sharing.state().own_fingerprint);
    CHECK(s.open_summary.sender_fingerprint == other.sharing.state().own_fingerprint);
    CHECK_FALSE(s.sender_twin.has_value());
  }
}
