// What the vault keeps for sharing: its own key pairs, its contacts' public keys (each
// confirmed or not: a contact is trusted once the worker compared its fingerprint with its
// owner), and the packages it received, kept read-only as their decrypted payload.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/base/calendar.h"
#include "core/base/status.h"
#include "core/case/model.h"
#include "core/crypto/identity.h"
#include "core/sharing/share_payload.h"

namespace carnet {

class Store;

// The vault's identity, made (NewIdentity) and stored on first use under `name`; later calls
// give the stored one and ignore the name.
Result<IdentityKeys> EnsureIdentity(Store& store, const std::string& name, Minute now);
Result<std::optional<IdentityKeys>> LoadIdentity(Store& store);
Result<std::string> IdentityName(Store& store);  // empty when there is none yet
Status RenameIdentity(Store& store, const std::string& name);
Status StoreIdentity(Store& store, const IdentityKeys& keys, const std::string& name, Minute now);

struct Contact {
  Id id = 0;
  PublicIdentity identity;
  std::string fingerprint;
  Minute added_at = 0;
  std::optional<Minute> confirmed_at;  // none: not trusted yet
  bool confirmed() const { return confirmed_at.has_value(); }
};

// The contact holding exactly these two keys, or none when neither key is known. Refused as
// AddContact refuses: kContactFingerprintDiffers (field "card") when only one of the two keys
// is a contact's (a changed card), and kAlreadyExists (field "card") for the vault's own card.
Result<std::optional<Id>> ContactWithKeys(Store& store, const PublicIdentity& identity);
// Adds a contact (not confirmed) or gives the one with the same keys; refused as above. A
// contact is never matched by its name: a known name with new keys is a new contact (it is
// the caller's to flag it, see app/sharing/sharing_trust.h).
Result<Id> AddContact(Store& store, const PublicIdentity& identity, Minute now);
Status ConfirmContact(Store& store, Id contact_id, Minute now);
Status RemoveContact(Store& store, Id contact_id);    // refused when a received package cites it
Result<std::vector<Contact>> Contacts(Store& store);  // by name
Result<std::optional<Contact>> ContactBySignKey(Store& store, const SignPublicKey& key);
Result<std::optional<Contact>> ContactById(Store& store, Id contact_id);

struct ReceivedSummary {
  Id id = 0;
  PackageId package_id{};
  Id contact_id = 0;
  std::string sender_name;
  std::string sender_fingerprint;
  ShareKind kind = ShareKind::kShare;
  Minute sent_at = 0;
  Minute received_at = 0;
  std::string display_name;
  std::string purpose;
  std::optional<Id> adopted_dossier_id;  // a transfer taken over: the dossier it became
};

// Keeps a received package's payload (its serialised bytes, see share_package.h). kInvalidArgument
// with kPackageDuplicate when that package id is already kept.
Result<Id> StoreReceived(Store& store, const ReceivedSummary& summary, const std::string& payload);
Result<bool> HasReceived(Store& store, const PackageId& package_id);
Result<std::vector<ReceivedSummary>> ReceivedPackages(Store& store);  // newest first
Result<std::string> ReceivedPayload(Store& store, Id received_id);    // kNotFound
Status DeleteReceived(Store& store, Id received_id);
// The transfer became dossier `dossier_id`: its payload is dropped (the dossier holds it now,
// and erasing the dossier erases this row too).
Status MarkAdopted(Store& store, Id received_id, Id dossier_id);

// The dossier was transferred on `on`; it will be purged on `purge_on`.
Status MarkTransferred(Store& store, Id dossier_id, Day on, Day purge_on);

}  // namespace carnet
