// The register of disclosures (registre des communications): every time nominative data leaves
// the vault, who received what, when, why and on what ground. One register for the vault, read
// per dossier or whole, filtered by recipient and dates. Entries are only ever added; erasing a
// dossier keeps its entries without the person (no dossier, no purpose) and adds one saying
// the dossier was deleted, so the register still shows that something left, and to whom.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/base/calendar.h"
#include "core/base/status.h"
#include "core/case/model.h"
#include "core/sharing/share_payload.h"

namespace carnet {

class Store;

enum class DisclosureKind : std::uint8_t {
  kShare = 1,       // a share package sent to a contact
  kTransfer = 2,    // a transfer package sent to a colleague
  kPersonCopy = 3,  // the person's copy of their file, opened to print or save
  kPrint = 4,       // the dossier printed
  kErased = 5,      // trace: the dossier was deleted at the worker's request
  kPurged = 6,      // trace: the dossier was purged at the end of its retention
  kClipboard = 7,   // the name and contact details copied to the clipboard
};

// The basis of a disclosure: a share's basis, or the person's own request (right of access).
enum class DisclosureBasis : std::uint8_t {
  kConsentGiven = 1,
  kConsentRefused = 2,
  kLegalObligation = 3,
  kPersonRequest = 4,  // the person asked for their copy
  kNone = 5,           // a deletion's trace: nothing left
};

DisclosureBasis BasisOf(ShareBasis basis);

struct Disclosure {
  Id id = 0;
  std::optional<Id> dossier_id;  // none once the dossier was erased
  Minute at = 0;
  DisclosureKind kind = DisclosureKind::kShare;
  std::string recipient;              // the contact's name; "la personne" for their copy
  std::string recipient_fingerprint;  // the contact's fingerprint, when sent to a contact
  std::string parts;                  // what left, in words: "identité, 3 demandes, 2 notes"
  std::string purpose;
  DisclosureBasis basis = DisclosureBasis::kConsentGiven;
  std::string basis_reference;  // the legal reference, or the ground for sharing despite refusal
  std::optional<PackageId> package_id;
  std::string dossier_name;  // read back only: the dossier's display name, while it exists
};

struct DisclosureFilter {
  std::optional<Id> dossier_id;
  std::string recipient;       // exact name; empty: every recipient
  std::optional<Minute> from;  // inclusive
  std::optional<Minute> to;    // exclusive
};

// Adds an entry; its id. kInvalidArgument when the text is too long or not valid text.
Result<Id> RecordDisclosure(Store& store, const Disclosure& entry);

// The entries that pass the filter, newest first.
Result<std::vector<Disclosure>> Disclosures(Store& store, const DisclosureFilter& filter);

// The names of every recipient in the register, in alphabetical order (for the filter).
Result<std::vector<std::string>> DisclosureRecipients(Store& store);

// For erasure: the dossier's entries lose their dossier and purpose; a trace of `kind`
// (kErased or kPurged) is added at `at`. Run inside the erasure's transaction.
Status AnonymiseDisclosures(Store& store, Id dossier_id, DisclosureKind kind, Minute at);

}  // namespace carnet
