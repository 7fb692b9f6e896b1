// What the user asks of sharing: the vault's card and its contacts, a share or transfer
// package, importing one, the register of disclosures, the access log, the person's copy,
// erasure and the purge list. The sharing controller (app/sharing/sharing_controller.h) checks
// them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/case/model.h"
#include "core/sharing/share_payload.h"

namespace carnet {

// The parts of the sharing screen.
enum class SharingTab : unsigned char {
  kContacts,  // the vault's card, the contacts, importing a card
  kReceived,  // importing a package, the packages received
  kRegister,  // the register of disclosures, for the whole vault
  kAccessLog,
  kPurge,  // the dossiers past their retention
};

struct ShowSharingTab {
  SharingTab tab = SharingTab::kContacts;
};

struct SetIdentityNameRequested {
  std::string name;
};
struct DownloadOwnCardRequested {};
struct ImportCardRequested {
  std::string text;  // the card as pasted
};
struct PickCardFileRequested {};

// What the worker gives to trust a card or a package's sender (app/sharing/sharing_trust.h): the
// last group of its fingerprint, typed as the colleague reads it aloud, and, when its name is a
// confirmed contact's but its keys are new, her acknowledgment of that warning.
struct FingerprintCheck {
  std::string last_group;  // as typed; spaces around it are ignored
  bool new_key_acknowledged = false;
};
struct ConfirmContactRequested {
  Id contact_id = 0;
  FingerprintCheck check;
};
// The card held because its name is a confirmed contact's with other keys: added as a separate
// contact, confirmed (ConfirmHeldCardRequested), or forgotten (DropHeldCardRequested).
struct ConfirmHeldCardRequested {
  FingerprintCheck check;
};
struct DropHeldCardRequested {};
struct RemoveContactRequested {
  Id contact_id = 0;
};

// The share form, as filled in on the dossier screen.
struct ShareDraft {
  Id dossier_id = 0;
  ShareKind kind = ShareKind::kShare;
  Id contact_id = 0;  // 0: none chosen yet
  ShareParts parts;   // a transfer takes everything, whatever is ticked
  std::string purpose;
  ShareBasis basis = ShareBasis::kConsentGiven;
  std::string basis_reference;
  std::string purge_days = "90";  // a transfer: days before the dossier is purged, as typed
};
struct SharePackageRequested {
  ShareDraft draft;
};

struct PickPackageRequested {};
// The sender of the package waiting to be imported was checked by its fingerprint: add it as
// a confirmed contact and import the package.
struct ConfirmSenderRequested {
  FingerprintCheck check;
};
struct DismissPackageRequested {};
struct OpenReceivedRequested {
  Id received_id = 0;
};
// A transfer received becomes a dossier of this caseload, opened at once.
struct AdoptReceivedRequested {
  Id received_id = 0;
};
struct DeleteReceivedRequested {
  Id received_id = 0;
};

struct RegisterFilter {
  std::string recipient;  // empty: everyone
  std::string from;       // "JJ/MM/AAAA", as typed; empty: no bound
  std::string to;
};
struct SetRegisterFilterRequested {
  RegisterFilter filter;
};

struct PersonCopyRequested {
  Id dossier_id = 0;
};
struct ProcessingRecordRequested {};
struct EraseDossierRequested {
  Id dossier_id = 0;
};
struct PurgeRequested {
  std::vector<Id> dossier_ids;  // the list as shown, confirmed once
};
struct CopyCoordinatesRequested {
  Id dossier_id = 0;
};
// The browser is about to print the page.
struct PrintingRequested {
  Id shown_dossier = 0;  // the dossier on screen, or 0
};
struct SetRetentionRequested {
  std::string retention_months;   // as typed
  std::string access_log_months;  // as typed
};

}  // namespace carnet
