// The checks of app/sharing/sharing_trust.h, and the sharing controller's part that applies them:
// reading a card, confirming a contact, a card held under a known name, a package's sender.
#include "app/sharing/sharing_trust.h"

#include <sodium.h>

#include "app/sharing/sharing_controller.h"
#include "core/base/text_rules.h"
#include "core/db/sql.h"
#include "core/sharing/contact_card.h"

namespace carnet {

std::string_view LastGroup(std::string_view fingerprint) {
  const std::size_t space = fingerprint.rfind(' ');
  return space == std::string_view::npos ? fingerprint : fingerprint.substr(space + 1);
}

Status CheckLastGroup(std::string_view fingerprint, std::string_view typed) {
  const std::string_view group = Trim(typed);
  if (group.empty()) {
    return Status::Invalid(Problem::kRequired, "last_group", "type the fingerprint's last group");
  }
  const std::string_view expected = LastGroup(fingerprint);
  if (expected.empty() || group != expected) {
    return Status::Invalid(Problem::kContactFingerprintDiffers, "last_group",
                           "not the fingerprint's last group");
  }
  return Status::Ok();
}

const Contact* NameTwin(const std::vector<Contact>& contacts, const PublicIdentity& identity) {
  const std::string name = FoldForSort(identity.name);
  for (const Contact& c : contacts) {
    const bool same_keys =
        c.identity.box_key == identity.box_key && c.identity.sign_key == identity.sign_key;
    if (c.confirmed() && !same_keys && FoldForSort(c.identity.name) == name) return &c;
  }
  return nullptr;
}

Status CheckTrust(std::string_view fingerprint, const Contact* twin,
                  const FingerprintCheck& check) {
  CARNET_TRY(CheckLastGroup(fingerprint, check.last_group));
  if (twin != nullptr && !check.new_key_acknowledged) {
    return Status::Invalid(Problem::kRequired, "new_key_acknowledged",
                           "a new key under a known name: acknowledge the warning");
  }
  return Status::Ok();
}

Status SharingController::ImportCard(const std::string& text) {
  Store* s = store();
  if (s == nullptr) return NoVault();
  DropHeldCard();
  if (Trim(text).empty()) {
    return Fail(SharingAction::kCard, Status::Invalid(Problem::kRequired, "card", "empty"));
  }
  Result<ContactCard> card = ParseContactCard(text);
  if (!card.ok()) {
    return Fail(SharingAction::kCard,
                Status::Invalid(Problem::kInvalidText, "card", card.status().message()));
  }
  const PublicIdentity& identity = card.value().identity;
  Result<std::optional<Id>> known = ContactWithKeys(*s, identity);
  if (!known.ok()) return Fail(SharingAction::kCard, known.status());
  Result<std::vector<Contact>> contacts = Contacts(*s);
  if (!contacts.ok()) return Fail(SharingAction::kCard, contacts.status());
  if (!known.value()) {
    if (const Contact* twin = NameTwin(contacts.value(), identity)) {
      // A new key under a known name: held, flagged, and stored only once confirmed.
      state_.held_card = HeldCard{identity, Fingerprint(identity), *twin};
      state_.new_contact = 0;
      return Done(SharingAction::kCard);
    }
  }
  Result<Id> id = AddContact(*s, identity, state_.now);
  if (!id.ok()) return Fail(SharingAction::kCard, id.status());
  state_.new_contact = id.value();
  Reload(*s);
  return Done(SharingAction::kCard);
}

void SharingController::CardFilePicked(const Bytes& bytes) {
  if (bytes.size() > 4 * kMaxContactCardChars) {
    (void)Fail(SharingAction::kCard, Status::Invalid(Problem::kTooLong, "card", "too large"));
    return;
  }
  (void)ImportCard(std::string(bytes.begin(), bytes.end()));
}

Status SharingController::ConfirmContact(Id contact_id, const FingerprintCheck& check) {
  Store* s = store();
  if (s == nullptr) return NoVault();
  Result<std::optional<Contact>> contact = ContactById(*s, contact_id);
  if (!contact.ok()) return Fail(SharingAction::kContact, contact.status());
  if (!contact.value()) {
    return Fail(SharingAction::kContact,
                Status::Invalid(Problem::kUnknownReference, "contact_id", "no such contact"));
  }
  if (!contact.value()->confirmed()) {
    Result<std::vector<Contact>> contacts = Contacts(*s);
    if (!contacts.ok()) return Fail(SharingAction::kContact, contacts.status());
    const PublicIdentity& identity = contact.value()->identity;
    if (Status r = CheckTrust(Fingerprint(identity), NameTwin(contacts.value(), identity), check);
        !r.ok()) {
      return Fail(SharingAction::kContact, r);
    }
    if (Status r = carnet::ConfirmContact(*s, contact_id, state_.now); !r.ok()) {
      return Fail(SharingAction::kContact, r);
    }
  }
  if (state_.new_contact == contact_id) state_.new_contact = 0;
  Reload(*s);
  return Done(SharingAction::kContact);
}

Status SharingController::ConfirmHeldCard(const FingerprintCheck& check) {
  Store* s = store();
  if (s == nullptr) return NoVault();
  if (!state_.held_card) {
    return Status::Error(StatusCode::kInvalidArgument, Problem::kWrongState, "no card held");
  }
  const PublicIdentity identity = state_.held_card->identity;
  Result<std::vector<Contact>> contacts = Contacts(*s);
  if (!contacts.ok()) return Fail(SharingAction::kContact, contacts.status());
  // The twin is looked up again: the contacts may have changed since the card was read.
  if (Status r = CheckTrust(Fingerprint(identity), NameTwin(contacts.value(), identity), check);
      !r.ok()) {
    return Fail(SharingAction::kContact, r);
  }
  Savepoint savepoint(s->db());
  if (!savepoint.status().ok()) return Fail(SharingAction::kContact, savepoint.status());
  Result<Id> id = AddContact(*s, identity, state_.now);
  if (!id.ok()) return Fail(SharingAction::kContact, id.status());
  if (Status r = carnet::ConfirmContact(*s, id.value(), state_.now); !r.ok()) {
    return Fail(SharingAction::kContact, r);
  }
  if (Status r = savepoint.Release(); !r.ok()) return Fail(SharingAction::kContact, r);
  DropHeldCard();
  Reload(*s);
  return Done(SharingAction::kContact);
}

void SharingController::DropHeldCard() { state_.held_card.reset(); }

Status SharingController::ConfirmSender(const FingerprintCheck& check) {
  if (!state_.sender_pending) {
    return Status::Error(StatusCode::kInvalidArgument, Problem::kWrongState, "nothing pending");
  }
  const Bytes bytes = pending_package_;
  return Import(bytes, &check);
}

// The sender of a package being imported, not a confirmed contact: held with its fingerprint
// (and its twin, if its name is a confirmed contact's) until the worker checks it.
Status SharingController::HoldSender(const Bytes& bytes, const PublicIdentity& sender,
                                     const Contact* twin) {
  state_.sender_pending = true;
  state_.pending_sender = sender;
  state_.pending_fingerprint = Fingerprint(sender);
  state_.sender_twin.reset();
  if (twin != nullptr) state_.sender_twin = *twin;
  sodium_memzero(pending_package_.data(), pending_package_.size());
  pending_package_ = bytes;
  return Fail(SharingAction::kReceive,
              Status::Error(StatusCode::kInvalidArgument, Problem::kPackageUnknownSender,
                            "the sender is not a confirmed contact"));
}

}  // namespace carnet
