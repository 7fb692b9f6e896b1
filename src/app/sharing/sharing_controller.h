// Sharing under the worker's control: the vault's contact card and its contacts (trusted once
// their fingerprint is confirmed), share and transfer packages sealed to a confirmed contact,
// packages received (read-only), the register of disclosures, the access log, the person's
// copy, the record of processing, erasure and the purge list. Every way nominative data leaves
// writes its register entry in the same transaction as the rest, and the file or document is
// handed over only once the vault has saved that entry. The UI draws SharingUiState and sends
// the commands of app/sharing/sharing_commands.h; nothing here waits.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/base/file_exchange.h"
#include "app/sharing/sharing_commands.h"
#include "app/vault/vault_controller.h"
#include "core/rights/access_log.h"
#include "core/rights/disclosure.h"
#include "core/rights/erasure.h"
#include "core/sharing/sharing_store.h"

namespace carnet {

// What the last action was, so the screen announces its outcome.
enum class SharingAction : unsigned char {
  kNone,
  kCard,      // a card imported (or refused)
  kContact,   // a contact confirmed or removed
  kShare,     // a package made (or refused)
  kReceive,   // a package imported (or refused)
  kAdopt,     // a transfer taken over (or refused)
  kDocument,  // the person's copy or the record of processing
  kErase,
  kPurge,
  kSettings,
};

// A card held because its name is a confirmed contact's (`twin`) and its keys are new.
struct HeldCard {
  PublicIdentity identity;
  std::string fingerprint;
  Contact twin;
};

struct SharingUiState {
  bool vault_open = false;
  SharingTab tab = SharingTab::kContacts;
  Day today = 0;
  Minute now = 0;

  // The vault's own card.
  std::string own_name;
  std::string own_card;  // "CARNET-CONTACT-1:..."
  std::string own_fingerprint;
  std::vector<Contact> contacts;  // by name
  Id new_contact = 0;             // the contact the last card import added: shown for confirmation
  // A card read whose name is a confirmed contact's but whose keys are new: held, flagged and
  // not stored, until the worker adds it as a separate contact (its last group typed, the
  // warning acknowledged) or drops it. See app/sharing_trust.h.
  std::optional<HeldCard> held_card;

  // The last package made: waiting for the vault's save, then downloaded.
  bool package_waiting = false;
  std::string package_file_name;
  Id package_dossier = 0;  // the dossier it came from

  // The package being imported when its sender must first be confirmed.
  bool sender_pending = false;
  PublicIdentity pending_sender;
  std::string pending_fingerprint;
  // A confirmed contact whose name is the sender's, with other keys: the sender is flagged.
  std::optional<Contact> sender_twin;
  std::string other_recipient;  // a package for someone else: that contact's name, if known
  std::vector<ReceivedSummary> received;
  bool received_open = false;
  ReceivedSummary open_summary;
  SharePayload open_payload;

  // The register (whole vault, filtered) and the open dossier's own.
  RegisterFilter filter;
  std::vector<Disclosure> disclosures;
  std::vector<std::string> recipients;
  Id dossier_id = 0;  // the dossier whose register is in `dossier_disclosures`
  std::vector<Disclosure> dossier_disclosures;
  std::optional<Day> dossier_transferred_on;  // the dossier was transferred on that day...
  std::optional<Day> dossier_purge_on;        // ...and is purged on that one

  std::vector<AccessEntry> access;
  std::vector<PurgeCandidate> purge;
  int retention_months = 24;
  int access_log_months = 12;

  SharingAction last = SharingAction::kNone;
  Status error;              // the last action's refusal, with its field
  std::uint64_t serial = 0;  // moves with every outcome the screen may announce
};

class SharingController {
 public:
  // `files` may be null (no downloads, pickers or documents).
  SharingController(VaultController& vaults, FileExchange* files)
      : vaults_(vaults), files_(files) {}
  SharingController(const SharingController&) = delete;
  SharingController& operator=(const SharingController&) = delete;

  const SharingUiState& state() const { return state_; }

  // Each frame: reloads what the case file changed, follows the open dossier (its register),
  // forgets everything when the vault is locked, and hands over a waiting file or document
  // once the vault has saved its register entry.
  void Tick(Day today, Minute now, Id open_dossier);

  Status Show(SharingTab tab);
  Status SetIdentityName(const std::string& name);
  Status DownloadOwnCard();
  Status ImportCard(const std::string& text);
  Status PickCardFile();
  void CardFilePicked(const Bytes& bytes);
  // Confirms a contact once `check` holds (app/sharing/sharing_trust.h); refused with field
  // "last_group" or "new_key_acknowledged", nothing changed, otherwise.
  Status ConfirmContact(Id contact_id, const FingerprintCheck& check);
  // The held card (SharingUiState::held_card) becomes a separate contact, confirmed, once
  // `check` holds; or is forgotten.
  Status ConfirmHeldCard(const FingerprintCheck& check);
  void DropHeldCard();
  Status RemoveContact(Id contact_id);

  Status Share(const ShareDraft& draft);

  Status PickPackageFile();
  // A package chosen in the picker (or dropped): checked, decrypted, kept read-only.
  Status PackagePicked(const Bytes& bytes);
  // Adds the waiting package's sender as a confirmed contact and imports the package, once
  // `check` holds; refused as ConfirmContact is, the package still waiting, otherwise.
  Status ConfirmSender(const FingerprintCheck& check);
  void DismissPackage();
  Status OpenReceived(Id received_id);
  Status DeleteReceived(Id received_id);
  // Takes a transfer over as a dossier of this caseload (core/sharing/share_adopt.h); its id.
  Result<Id> AdoptReceived(Id received_id);

  Status SetRegisterFilter(const RegisterFilter& filter);
  Status PersonCopy(Id dossier_id);
  Status ProcessingRecord();
  Status CopyCoordinates(Id dossier_id);
  // The browser is about to print the page (window "beforeprint"): the open dossier, if one
  // is shown, goes into the register as printed.
  Status Printing(Id shown_dossier);
  Status Erase(Id dossier_id);
  Status Purge(const std::vector<Id>& dossier_ids);
  Status SetRetention(const SetRetentionRequested& request);

  // The dossier was opened on screen: noted in the access log. A failure to note it is returned
  // (and reaches the platform's log through ApplyAll); the dossier stays shown.
  Status DossierOpened(Id dossier_id);

 private:
  static Status NoVault();
  Status Fail(SharingAction action, Status status);
  Status Done(SharingAction action);
  // Imports a package; an unconfirmed sender is held (HoldSender) when `check` is null, and
  // checked against it otherwise.
  Status Import(const Bytes& bytes, const FingerprintCheck* check);
  Status HoldSender(const Bytes& bytes, const PublicIdentity& sender, const Contact* twin);
  // Records `entry` and a matching access-log line, then hands `deliver` over once saved.
  void Reload(Store& store);
  Store* store();
  void HandOverWhenSaved();

  VaultController& vaults_;
  FileExchange* files_;
  SharingUiState state_;
  std::uint64_t seen_epoch_ = 0;
  std::int64_t seen_changes_ = -1;
  Bytes pending_package_;  // the package waiting for its sender's confirmation
  // What waits for the vault's save before it leaves: a download or a document.
  enum class Waiting : unsigned char { kNothing, kDownload, kDocument, kCopy };
  Waiting waiting_ = Waiting::kNothing;
  std::string waiting_name_;
  Bytes waiting_bytes_;
  std::string waiting_text_;
};

}  // namespace carnet
