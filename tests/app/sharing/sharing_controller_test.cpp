// Sharing between two vaults as the screens drive it: cards exchanged and confirmed by their
// fingerprint's last group, a package sealed, downloaded only after the register entry is
// saved, imported read-only; every refusal (tampered, truncated, another recipient, an unknown
// sender, twice) with its own problem and nothing changed; every way nominative data leaves
// writes its entry.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "app/sharing/sharing_controller.h"
#include "app/sharing_desk.h"
#include "core/db/sql.h"
#include "core/rights/erasure.h"

using namespace carnet;
using namespace carnet::test;

TEST_SUITE("sharing controller") {
  TEST_CASE("a package goes from one vault to another and opens read-only with its origin") {
    Desk alice("Service Alice");
    Desk bob("Service Bob");
    CHECK(Contains(alice.sharing.state().own_card, "CARNET-CONTACT-1:"));

    // Sharing needs a confirmed recipient.
    REQUIRE(alice.sharing.ImportCard(bob.sharing.state().own_card).ok());
    const Id to_bob = alice.sharing.state().new_contact;
    const Status unconfirmed = alice.sharing.Share(alice.Draft(to_bob));
    CHECK(unconfirmed.field() == "recipient");
    CHECK(alice.Rows("disclosure") == 0);
    REQUIRE(alice.sharing.ConfirmContact(to_bob, ReadAloud(bob)).ok());

    ShareDraft no_purpose = alice.Draft(to_bob);
    no_purpose.purpose = "  ";
    CHECK(alice.sharing.Share(no_purpose).field() == "purpose");
    ShareDraft legal = alice.Draft(to_bob);
    legal.basis = ShareBasis::kLegalObligation;
    CHECK(alice.sharing.Share(legal).field() == "basis_reference");
    CHECK(alice.Rows("disclosure") == 0);
    CHECK(alice.files.offers.empty());

    // Made, written in the register, then offered once the vault has saved.
    REQUIRE(alice.sharing.Share(alice.Draft(to_bob)).ok());
    CHECK(alice.files.offers.empty());
    CHECK(alice.sharing.state().package_waiting);
    alice.Settle();
    REQUIRE(alice.files.offers.size() == 1);
    CHECK(Contains(alice.files.offers[0].name, "carnet-partage-2026-11-28-"));
    CHECK_FALSE(Contains(alice.files.offers[0].name, kCanary));
    const Bytes package = alice.files.offers[0].bytes;
    CHECK_FALSE(Contains(alice.files.offers[0].text(), kCanary));  // encrypted
    REQUIRE(alice.sharing.state().dossier_disclosures.size() == 1);
    const Disclosure& entry = alice.sharing.state().dossier_disclosures[0];
    CHECK(entry.kind == DisclosureKind::kShare);
    CHECK(entry.recipient == "Service Bob");
    CHECK(entry.recipient_fingerprint == bob.sharing.state().own_fingerprint);
    CHECK(entry.parts == "identité, 1 demande, 1 contact");
    CHECK(entry.purpose == "Instruction du dossier logement");
    CHECK(entry.basis == DisclosureBasis::kConsentGiven);

    // Bob does not know Alice yet: her fingerprint is shown, nothing is kept until he confirms.
    const Status unknown = bob.sharing.PackagePicked(package);
    CHECK(unknown.problem() == Problem::kPackageUnknownSender);
    CHECK(bob.sharing.state().sender_pending);
    CHECK(bob.sharing.state().pending_fingerprint == alice.sharing.state().own_fingerprint);
    CHECK(bob.sharing.state().pending_sender.name == "Service Alice");
    CHECK(bob.Rows("received_package") == 0);
    CHECK(bob.Rows("contact_key") == 0);
    REQUIRE(bob.sharing.ConfirmSender(ReadAloud(alice)).ok());
    CHECK(bob.Rows("received_package") == 1);
    const SharingUiState& b = bob.sharing.state();
    REQUIRE(b.received_open);
    CHECK(b.open_summary.sender_name == "Service Alice");
    CHECK(b.open_summary.sender_fingerprint == alice.sharing.state().own_fingerprint);
    CHECK(b.open_payload.display_name == std::string(kCanary) + " Marie");
    CHECK(b.open_payload.purpose == "Instruction du dossier logement");
    CHECK(b.open_payload.person.address.value == "12 rue des Canaris");
    REQUIRE(b.open_payload.requests.size() == 1);
    CHECK(b.open_payload.requests[0].subject == "Maintien dans le logement");
    CHECK(b.open_payload.contacts.size() == 1);
    CHECK(b.open_payload.notes.empty());  // notes are unticked by default
    // Received dossiers stay apart from the caseload.
    CHECK(bob.Rows("dossier") == 1);
    CHECK(bob.Rows("contact_key") == 1);

    // The same package again: recognised, nothing changes.
    CHECK(bob.sharing.PackagePicked(package).problem() == Problem::kPackageDuplicate);
    CHECK(bob.Rows("received_package") == 1);
  }

  TEST_CASE("tampered, truncated, foreign and empty packages are refused, each in its words") {
    Desk alice("Service Alice");
    Desk bob("Service Bob");
    Desk carol("Service Carol");
    alice.Know(bob);
    bob.Know(alice);
    carol.Know(bob);
    const Bytes package = alice.ShareTo(alice.sharing.state().contacts[0].id);

    Bytes flipped = package;
    flipped[flipped.size() / 2] ^= 0x01;
    CHECK(bob.sharing.PackagePicked(flipped).problem() == Problem::kPackageCorrupt);
    const Bytes cut(package.begin(), package.begin() + static_cast<long>(package.size() - 10));
    CHECK(bob.sharing.PackagePicked(cut).problem() == Problem::kPackageCorrupt);
    CHECK(bob.sharing.PackagePicked(Bytes()).problem() == Problem::kPackageCorrupt);
    const std::string text = "CARNET-CONTACT-1:pas un paquet";
    CHECK(bob.sharing.PackagePicked(Bytes(text.begin(), text.end())).problem() ==
          Problem::kPackageCorrupt);
    CHECK(bob.Rows("received_package") == 0);

    // Carol cannot open Bob's package, and is told whose it is when she knows him.
    CHECK(carol.sharing.PackagePicked(package).problem() == Problem::kPackageOtherRecipient);
    CHECK(carol.sharing.state().other_recipient == "Service Bob");
    CHECK(carol.Rows("received_package") == 0);

    REQUIRE(bob.sharing.PackagePicked(package).ok());  // the genuine one still opens
    CHECK(bob.Rows("received_package") == 1);
  }

  TEST_CASE("a package from a sender whose keys differ from the contact's is refused") {
    Desk alice("Service Alice");
    Desk bob("Service Bob");
    alice.Know(bob);
    const Bytes package = alice.ShareTo(alice.sharing.state().contacts[0].id);
    // Bob holds a card naming "Service Alice" with another box key but her signing key.
    PublicIdentity forged;
    forged.name = "Service Alice";
    forged.sign_key = LoadIdentity(alice.store()).value()->sign_public;
    forged.box_key = LoadIdentity(bob.store()).value()->box_public;
    forged.box_key[0] ^= 1;
    REQUIRE(AddContact(bob.store(), forged, kNow).ok());
    CHECK(bob.sharing.PackagePicked(package).problem() == Problem::kContactFingerprintDiffers);
    CHECK(bob.Rows("received_package") == 0);
  }

  TEST_CASE("every way nominative data leaves writes its register entry") {
    Desk alice("Service Alice");
    Desk bob("Service Bob");
    const Id to_bob = alice.Know(bob);
    // Each export path, and whether it takes nominative data out (so needs an entry).
    struct Path {
      const char* name;
      std::function<Status()> run;
      bool nominative;
      int outputs = 1;  // printing hands nothing over: the browser prints the page itself
    };
    const std::vector<Path> paths = {
        {"share package", [&] { return alice.sharing.Share(alice.Draft(to_bob)); }, true},
        {"transfer package",
         [&] {
           ShareDraft d = alice.Draft(to_bob);
           d.kind = ShareKind::kTransfer;
           d.purge_days = "0";
           return alice.sharing.Share(d);
         },
         true},
        {"person's copy", [&] { return alice.sharing.PersonCopy(alice.dossier); }, true},
        {"printing", [&] { return alice.sharing.Printing(alice.dossier); }, true, 0},
        {"contact details copied", [&] { return alice.sharing.CopyCoordinates(alice.dossier); },
         true},
        {"own contact card", [&] { return alice.sharing.DownloadOwnCard(); }, false},
        {"record of processing", [&] { return alice.sharing.ProcessingRecord(); }, false},
    };
    for (const Path& path : paths) {
      CAPTURE(path.name);
      const std::int64_t entries = alice.Rows("disclosure");
      const std::int64_t log = alice.Rows("access_log");
      const std::size_t outputs =
          alice.files.offers.size() + alice.files.documents.size() + alice.files.copied.size();
      REQUIRE(path.run().ok());
      alice.Settle();
      CHECK(alice.files.offers.size() + alice.files.documents.size() + alice.files.copied.size() ==
            outputs + static_cast<std::size_t>(path.outputs));
      CHECK(alice.Rows("disclosure") == entries + (path.nominative ? 1 : 0));
      if (path.name != std::string("own contact card")) CHECK(alice.Rows("access_log") > log);
    }
    // Every output channel was taken, and the plain ones carry the person only where an entry
    // says so.
    CHECK_FALSE(alice.files.documents.empty());
    CHECK_FALSE(alice.files.copied.empty());
    CHECK(Contains(alice.files.documents[0], kCanary));        // the person's copy
    CHECK(Contains(alice.files.documents[0], "Canarinote"));   // notes included
    CHECK_FALSE(Contains(alice.files.documents[1], kCanary));  // the record of processing
    CHECK(Contains(alice.files.copied[0], "12 rue des Canaris"));
    CHECK_FALSE(Contains(alice.files.offers.back().text(), kCanary));  // the card

    const std::vector<Disclosure> all = Disclosures(alice.store(), {}).value();
    REQUIRE(all.size() == 5);
    CHECK(all[4].kind == DisclosureKind::kShare);
    CHECK(all[3].kind == DisclosureKind::kTransfer);
    CHECK(all[2].kind == DisclosureKind::kPersonCopy);
    CHECK(all[1].kind == DisclosureKind::kPrint);
    CHECK(all[0].kind == DisclosureKind::kClipboard);
    // The transfer marked the dossier, to be purged after 0 days: it is on the purge list.
    CHECK(alice.sharing.state().dossier_transferred_on == kToday);
    CHECK(alice.sharing.state().dossier_purge_on == kToday);
    const std::vector<PurgeCandidate> purge = PurgeCandidates(alice.store(), kToday).value();
    REQUIRE(purge.size() == 1);
    CHECK(purge[0].reason == PurgeCandidate::kTransferred);
  }

  TEST_CASE("erasing a dossier leaves only a trace, and the register filters by recipient") {
    Desk alice("Service Alice");
    Desk bob("Service Bob");
    const Id to_bob = alice.Know(bob);
    alice.ShareTo(to_bob);
    RegisterFilter filter;
    filter.recipient = "Personne";
    REQUIRE(alice.sharing.SetRegisterFilter(filter).ok());
    CHECK(alice.sharing.state().disclosures.empty());
    filter.recipient = "Service Bob";
    filter.from = "28/11/2026";
    REQUIRE(alice.sharing.SetRegisterFilter(filter).ok());
    CHECK(alice.sharing.state().disclosures.size() == 1);
    filter.from = "32/13/2026";
    CHECK(alice.sharing.SetRegisterFilter(filter).field() == "from");
    filter = {};
    REQUIRE(alice.sharing.SetRegisterFilter(filter).ok());

    REQUIRE(alice.sharing.Erase(alice.dossier).ok());
    alice.Settle();
    CHECK(alice.Rows("dossier") == 0);
    const std::vector<Disclosure>& all = alice.sharing.state().disclosures;
    REQUIRE(all.size() == 2);
    CHECK(all[0].kind == DisclosureKind::kErased);
    CHECK(all[1].recipient == "Service Bob");
    CHECK(all[1].purpose.empty());
    CHECK_FALSE(all[1].dossier_id.has_value());
    CHECK(alice.sharing.state().dossier_disclosures.empty());
  }

  TEST_CASE("retention and the access log's months are read, checked and saved") {
    Desk alice("Service Alice");
    CHECK(alice.sharing.SetRetention({"0", "12"}).field() == "retention_months");
    CHECK(alice.sharing.SetRetention({"36", "13"}).field() == "access_log_months");
    CHECK(alice.sharing.SetRetention({"abc", "6"}).field() == "retention_months");
    CHECK(alice.store().RetentionMonths().value() == 24);
    REQUIRE(alice.sharing.SetRetention({"36", "6"}).ok());
    CHECK(alice.sharing.state().retention_months == 36);
    CHECK(alice.sharing.state().access_log_months == 6);
  }
}

TEST_SUITE("sharing controller") {
  TEST_CASE("a transfer received is taken over as a dossier of the caseload, all or nothing") {
    Desk alice("Service Alice");
    Desk bob("Service Bob");
    const Id to_bob = alice.Know(bob);
    bob.Know(alice);
    // A local sub-category Bob's typology does not have: his copy files it under its national
    // category.
    REQUIRE(alice.store()
                .Apply(AddLocalCategory{"LOGEMENT.FSL", "Fonds de solidarité", "LOGEMENT"})
                .ok());
    AddRequest fsl;
    fsl.dossier_id = alice.dossier;
    fsl.opened_on = *DayFromYmd(2026, 5, 4);
    fsl.category_codes = {"LOGEMENT.FSL"};
    fsl.subject = "Dossier FSL";
    REQUIRE(alice.store().Apply(fsl).ok());
    ShareDraft transfer = alice.Draft(to_bob);
    transfer.kind = ShareKind::kTransfer;
    REQUIRE(alice.sharing.Share(transfer).ok());
    alice.Settle();
    REQUIRE(alice.files.offers.size() == 1);
    REQUIRE(bob.sharing.PackagePicked(alice.files.offers[0].bytes).ok());
    const Id received = bob.sharing.state().open_summary.id;
    CHECK(bob.sharing.state().open_payload.notes.size() == 1);  // a transfer takes everything

    const Result<Id> adopted = bob.sharing.AdoptReceived(received);
    REQUIRE(adopted.ok());
    Store& store = bob.store();
    const DossierHeader header = store.Dossier(adopted.value()).value();
    CHECK(header.display_name == std::string(kCanary) + " Marie");
    REQUIRE(header.requests.size() == 2);
    std::vector<std::string> codes;
    for (const RequestSummary& r : header.requests) codes.push_back(r.category_codes.at(0));
    std::sort(codes.begin(), codes.end());
    CHECK(codes == std::vector<std::string>{"LOGEMENT", "LOGEMENT"});
    CHECK(store.Person(adopted.value()).value().address.value == "12 rue des Canaris");
    const std::vector<TimelineEvent> timeline = store.Timeline(adopted.value()).value();
    CHECK(std::count_if(timeline.begin(), timeline.end(),
                        [](const TimelineEvent& e) { return e.kind == TimelineKind::kNote; }) == 1);
    CHECK(std::count_if(timeline.begin(), timeline.end(), [](const TimelineEvent& e) {
            return e.kind == TimelineKind::kContact;
          }) == 1);
    // The package's copy is dropped: the dossier holds it now.
    CHECK(bob.sharing.state().received.at(0).adopted_dossier_id == adopted.value());
    CHECK(ReceivedPayload(store, received).value().empty());
    CHECK_FALSE(bob.sharing.AdoptReceived(received).ok());
    CHECK(store.DossierCount().value() == 2);
    // Erasing the dossier taken over erases what is left of its package too.
    REQUIRE(bob.sharing.Erase(adopted.value()).ok());
    CHECK(bob.Rows("received_package") == 0);
  }

  TEST_CASE("a share (not a transfer) cannot be taken over") {
    Desk alice("Service Alice");
    Desk bob("Service Bob");
    const Id to_bob = alice.Know(bob);
    bob.Know(alice);
    REQUIRE(bob.sharing.PackagePicked(alice.ShareTo(to_bob)).ok());
    const Result<Id> adopted = bob.sharing.AdoptReceived(bob.sharing.state().open_summary.id);
    CHECK(adopted.status().field() == "package");
    CHECK(bob.store().DossierCount().value() == 1);
  }
}
