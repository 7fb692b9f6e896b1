#include "app/sharing/sharing_controller.h"

#include <sodium.h>

#include <charconv>
#include <utility>

#include "app/base/form_input.h"
#include "app/sharing/sharing_trust.h"
#include "core/base/text_rules.h"
#include "core/db/sql.h"
#include "core/rights/person_copy.h"
#include "core/rights/processing_record.h"
#include "core/sharing/contact_card.h"
#include "core/sharing/share_adopt.h"
#include "core/sharing/share_collect.h"
#include "core/sharing/share_package.h"
#include "core/sharing/share_payload_codec.h"

namespace carnet {
namespace {

constexpr const char* kStylesheet = "print.css";  // the platform makes it absolute
constexpr int kMaxPurgeDays = 3650;

std::string TwoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// "2026-11-28-1430": a package's file name holds the moment, never a name.
std::string Stamp(Minute now) {
  const Ymd day = YmdFromDay(static_cast<Day>(now / kMinutesPerDay));
  const int minute = static_cast<int>(now % kMinutesPerDay);
  return std::to_string(day.year) + "-" + TwoDigits(day.month) + "-" + TwoDigits(day.day) + "-" +
         TwoDigits(minute / 60) + TwoDigits(minute % 60);
}

std::string Count(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// What left, in words, for the register: "identité, 3 demandes, 2 contacts, 1 note".
std::string PartsText(const SharePayload& p) {
  std::string text;
  auto add = [&](const std::string& part) { text += (text.empty() ? "" : ", ") + part; };
  if (p.kind == ShareKind::kTransfer) add("dossier complet");
  if (p.has_person) add("identité");
  if (!p.requests.empty()) add(Count(p.requests.size(), "demande", "demandes"));
  if (!p.contacts.empty()) add(Count(p.contacts.size(), "contact", "contacts"));
  if (!p.notes.empty()) add(Count(p.notes.size(), "note", "notes"));
  if (!p.tasks.empty()) add(Count(p.tasks.size(), "tâche", "tâches"));
  return text.empty() ? "nom seul" : text;
}

Result<std::vector<Id>> IdsOf(Store& store, const char* sql, Id dossier_id) {
  std::vector<Id> ids;
  CARNET_TRY(
      ForEachRow(store.db(), sql, {dossier_id}, [&](const Rows& r) { ids.push_back(r.Int(0)); }));
  return ids;
}

Result<int> WholeNumber(const std::string& text, int min, int max, const char* field) {
  const std::string_view trimmed = Trim(text);
  int value = 0;
  const auto [end, error] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), value);
  if (trimmed.empty() || error != std::errc() || end != trimmed.data() + trimmed.size() ||
      value < min || value > max) {
    return Status::Invalid(Problem::kOutOfRange, field,
                           std::to_string(min) + " to " + std::to_string(max));
  }
  return value;
}

// A register entry for nominative data leaving from `dossier_id`.
Disclosure Entry(Id dossier_id, Minute at, DisclosureKind kind, std::string recipient,
                 std::string parts, DisclosureBasis basis) {
  Disclosure entry;
  entry.dossier_id = dossier_id;
  entry.at = at;
  entry.kind = kind;
  entry.recipient = std::move(recipient);
  entry.parts = std::move(parts);
  entry.basis = basis;
  return entry;
}

// Writes the register's entry (when nominative data leaves: `entry` not null) and the access
// log's line in one transaction, both or neither. Nests in the caller's transaction.
Status RecordExport(Store& store, const Disclosure* entry, const AccessEntry& access) {
  Savepoint savepoint(store.db());
  CARNET_TRY(savepoint.status());
  if (entry != nullptr) CARNET_TRY(RecordDisclosure(store, *entry).status());
  CARNET_TRY(LogAccess(store, access));
  return savepoint.Release();
}

Result<std::optional<Minute>> BoundOf(const std::string& text, int day_offset, const char* field) {
  if (Trim(text).empty()) return std::optional<Minute>();
  const std::optional<Day> day = ParseDayText(text);
  if (!day) return Status::Invalid(Problem::kInvalidDate, field, "not a date");
  return std::optional<Minute>(static_cast<Minute>(*day + day_offset) * kMinutesPerDay);
}

}  // namespace

Status SharingController::NoVault() {
  return Status::Error(StatusCode::kInvalidArgument, Problem::kWrongState, "no vault is open");
}

Store* SharingController::store() {
  VaultSession* session = vaults_.session();
  return session == nullptr ? nullptr : &session->store();
}

Status SharingController::Fail(SharingAction action, Status status) {
  state_.last = action;
  state_.error = status;
  ++state_.serial;
  return status;
}

Status SharingController::Done(SharingAction action) {
  state_.last = action;
  state_.error = Status::Ok();
  ++state_.serial;
  return Status::Ok();
}

void SharingController::Reload(Store& store) {
  // The identity is made once the vault is open under its name (a new vault is named only
  // once its creation is registered), and presents that name until the worker changes it.
  const VaultUiState& vault = vaults_.state();
  Result<std::optional<IdentityKeys>> keys = LoadIdentity(store);
  if (keys.ok() && !keys.value() && vault.phase == VaultPhase::kUnlocked &&
      !vault.display_name.empty() && !vault.read_only) {
    Result<IdentityKeys> made = EnsureIdentity(store, vault.display_name, state_.now);
    if (made.ok()) keys = std::optional<IdentityKeys>(std::move(made).value());
  }
  Result<std::string> name = IdentityName(store);
  if (keys.ok() && keys.value() && name.ok()) {
    state_.own_name = name.value();
    Result<ContactCard> card = MakeContactCard(*keys.value(), name.value());
    if (card.ok()) {
      state_.own_card = ContactCardText(card.value());
      state_.own_fingerprint = Fingerprint(card.value().identity);
    }
  }
  if (Result<std::vector<Contact>> c = Contacts(store); c.ok()) state_.contacts = c.value();
  if (Result<std::vector<ReceivedSummary>> r = ReceivedPackages(store); r.ok()) {
    state_.received = r.value();
  }
  DisclosureFilter filter;
  filter.recipient = state_.filter.recipient;
  Result<std::optional<Minute>> from = BoundOf(state_.filter.from, 0, "from");
  Result<std::optional<Minute>> to = BoundOf(state_.filter.to, 1, "to");
  if (from.ok()) filter.from = from.value();
  if (to.ok()) filter.to = to.value();
  if (Result<std::vector<Disclosure>> d = Disclosures(store, filter); d.ok()) {
    state_.disclosures = d.value();
  }
  if (Result<std::vector<std::string>> r = DisclosureRecipients(store); r.ok()) {
    state_.recipients = r.value();
  }
  state_.dossier_disclosures.clear();
  state_.dossier_transferred_on.reset();
  state_.dossier_purge_on.reset();
  if (state_.dossier_id != 0) {
    (void)ForEachRow(store.db(), "SELECT transferred_on, purge_on FROM dossier WHERE id = ?1",
                     {state_.dossier_id}, [&](const Rows& r) {
                       if (!r.IsNull(0)) state_.dossier_transferred_on = static_cast<Day>(r.Int(0));
                       if (!r.IsNull(1)) state_.dossier_purge_on = static_cast<Day>(r.Int(1));
                     });
    DisclosureFilter mine;
    mine.dossier_id = state_.dossier_id;
    if (Result<std::vector<Disclosure>> d = Disclosures(store, mine); d.ok()) {
      state_.dossier_disclosures = d.value();
    }
  }
  if (Result<std::vector<AccessEntry>> a = AccessEntries(store); a.ok()) state_.access = a.value();
  if (Result<std::vector<PurgeCandidate>> p = PurgeCandidates(store, state_.today); p.ok()) {
    state_.purge = p.value();
  }
  if (Result<int> m = store.RetentionMonths(); m.ok()) state_.retention_months = m.value();
  if (Result<int> m = AccessLogMonths(store); m.ok()) state_.access_log_months = m.value();
  seen_changes_ = store.TotalChanges();
}

void SharingController::Tick(Day today, Minute now, Id open_dossier) {
  const bool new_day = today != state_.today;
  state_.today = today;
  state_.now = now;
  if (vaults_.session_epoch() != seen_epoch_) {
    seen_epoch_ = vaults_.session_epoch();
    const SharingTab tab = state_.tab;
    state_ = SharingUiState();
    state_.tab = tab;
    state_.today = today;
    state_.now = now;
    sodium_memzero(pending_package_.data(), pending_package_.size());
    pending_package_.clear();
    waiting_ = Waiting::kNothing;
    seen_changes_ = -1;
  }
  Store* s = store();
  state_.vault_open = s != nullptr;
  if (s == nullptr) return;
  if (open_dossier != state_.dossier_id) {
    state_.dossier_id = open_dossier;
    seen_changes_ = -1;
  }
  const bool no_card = state_.own_card.empty() && vaults_.state().phase == VaultPhase::kUnlocked;
  if (new_day || no_card || s->TotalChanges() != seen_changes_) Reload(*s);
  HandOverWhenSaved();
}

void SharingController::HandOverWhenSaved() {
  if (waiting_ == Waiting::kNothing) return;
  VaultSession* session = vaults_.session();
  if (session == nullptr) return;
  const VaultUiState& vault = vaults_.state();
  if (!vault.demo && !vault.read_only) {
    if (session->vault().save_pending()) return;  // the save is on its way
    if (vault.save == SaveState::kFailed) {
      waiting_ = Waiting::kNothing;
      (void)Fail(state_.last, vault.save_error);
      return;
    }
    if (session->has_unsaved_changes()) {
      vaults_.Flush();
      return;
    }
  }
  if (files_ != nullptr) {
    if (waiting_ == Waiting::kDownload) files_->OfferDownload(waiting_name_, waiting_bytes_);
    if (waiting_ == Waiting::kDocument) files_->OpenDocument(waiting_text_);
  }
  waiting_ = Waiting::kNothing;
  state_.package_waiting = false;
  waiting_bytes_.clear();
  waiting_text_.clear();
  ++state_.serial;
}

Status SharingController::Show(SharingTab tab) {
  state_.tab = tab;
  state_.received_open = false;  // a tab shows its list; a received dossier is opened by itself
  return Status::Ok();
}

Status SharingController::SetIdentityName(const std::string& name) {
  Store* s = store();
  if (s == nullptr) return NoVault();
  if (Status r = RenameIdentity(*s, name); !r.ok()) return Fail(SharingAction::kCard, r);
  Reload(*s);
  return Done(SharingAction::kCard);
}

Status SharingController::DownloadOwnCard() {
  if (store() == nullptr) return NoVault();
  if (files_ == nullptr || state_.own_card.empty()) {
    return Status::Error(StatusCode::kInvalidArgument, Problem::kWrongState, "no card");
  }
  const std::string text = state_.own_card + "\n";
  files_->OfferDownload("carte-contact-carnet.txt", Bytes(text.begin(), text.end()));
  return Status::Ok();
}

Status SharingController::PickCardFile() {
  if (store() == nullptr) return NoVault();
  if (files_ != nullptr) files_->PickCardFile();
  return Status::Ok();
}

Status SharingController::RemoveContact(Id contact_id) {
  Store* s = store();
  if (s == nullptr) return NoVault();
  if (Status r = carnet::RemoveContact(*s, contact_id); !r.ok()) {
    return Fail(SharingAction::kContact, r);
  }
  if (state_.new_contact == contact_id) state_.new_contact = 0;
  Reload(*s);
  return Done(SharingAction::kContact);
}

Status SharingController::Share(const ShareDraft& draft) {
  Store* s = store();
  if (s == nullptr) return NoVault();
  auto refuse = [&](Problem problem, const char* field, const char* message) {
    return Fail(SharingAction::kShare, Status::Invalid(problem, field, message));
  };
  if (draft.contact_id == 0) return refuse(Problem::kRequired, "recipient", "choose a recipient");
  Result<std::optional<Contact>> contact = ContactById(*s, draft.contact_id);
  if (!contact.ok()) return Fail(SharingAction::kShare, contact.status());
  if (!contact.value()) return refuse(Problem::kUnknownReference, "recipient", "no such contact");
  if (!contact.value()->confirmed()) {
    return refuse(Problem::kWrongState, "recipient", "confirm the fingerprint first");
  }
  ShareParts parts = draft.parts;
  int purge_days = 0;
  if (draft.kind == ShareKind::kTransfer) {
    Result<int> days = WholeNumber(draft.purge_days, 0, kMaxPurgeDays, "purge_days");
    if (!days.ok()) return Fail(SharingAction::kShare, days.status());
    purge_days = days.value();
    Result<std::vector<Id>> contacts =
        IdsOf(*s, "SELECT id FROM contact WHERE dossier_id = ?1 ORDER BY at, id", draft.dossier_id);
    Result<std::vector<Id>> notes = IdsOf(
        *s, "SELECT id FROM note WHERE dossier_id = ?1 ORDER BY written_at, id", draft.dossier_id);
    if (!contacts.ok()) return Fail(SharingAction::kShare, contacts.status());
    if (!notes.ok()) return Fail(SharingAction::kShare, notes.status());
    parts = ShareParts{true, true, contacts.value(), notes.value(), true};
  }
  Result<IdentityKeys> keys = EnsureIdentity(*s, vaults_.state().display_name, state_.now);
  if (!keys.ok()) return Fail(SharingAction::kShare, keys.status());
  PackageId id{};
  randombytes_buf(id.data(), id.size());
  Result<SharePayload> payload =
      CollectSharePayload(*s, draft.dossier_id, parts, draft.kind, state_.now, id);
  if (!payload.ok()) return Fail(SharingAction::kShare, payload.status());
  SharePayload& p = payload.value();
  p.purpose = Trim(draft.purpose);
  p.basis = draft.basis;
  p.basis_reference = Trim(draft.basis_reference);
  if (Status check = CheckSharePayload(p); !check.ok()) return Fail(SharingAction::kShare, check);
  Result<Bytes> sealed =
      SealSharePackage(p, keys.value(), state_.own_name, contact.value()->identity);
  if (!sealed.ok()) return Fail(SharingAction::kShare, sealed.status());

  Disclosure entry =
      Entry(draft.dossier_id, state_.now,
            draft.kind == ShareKind::kTransfer ? DisclosureKind::kTransfer : DisclosureKind::kShare,
            contact.value()->identity.name, PartsText(p), BasisOf(p.basis));
  entry.recipient_fingerprint = contact.value()->fingerprint;
  entry.purpose = p.purpose;
  entry.basis_reference = p.basis_reference;
  entry.package_id = id;
  AccessEntry access{0, state_.now,
                     draft.kind == ShareKind::kTransfer ? AccessAction::kTransferPackage
                                                        : AccessAction::kSharePackage,
                     draft.dossier_id, "pour " + entry.recipient};
  Savepoint savepoint(s->db());
  if (!savepoint.status().ok()) return Fail(SharingAction::kShare, savepoint.status());
  if (Status r = RecordExport(*s, &entry, access); !r.ok()) return Fail(SharingAction::kShare, r);
  if (draft.kind == ShareKind::kTransfer) {
    if (Status r = MarkTransferred(*s, draft.dossier_id, state_.today, state_.today + purge_days);
        !r.ok()) {
      return Fail(SharingAction::kShare, r);
    }
  }
  if (Status r = savepoint.Release(); !r.ok()) return Fail(SharingAction::kShare, r);

  waiting_ = Waiting::kDownload;
  waiting_name_ =
      std::string(draft.kind == ShareKind::kTransfer ? "carnet-transfert-" : "carnet-partage-") +
      Stamp(state_.now) + ".carnet-paquet";
  waiting_bytes_ = std::move(sealed).value();
  state_.package_waiting = true;
  state_.package_file_name = waiting_name_;
  state_.package_dossier = draft.dossier_id;
  Reload(*s);
  (void)Done(SharingAction::kShare);
  HandOverWhenSaved();
  return Status::Ok();
}

Status SharingController::PickPackageFile() {
  if (store() == nullptr) return NoVault();
  if (files_ != nullptr) files_->PickPackageFile();
  return Status::Ok();
}

Status SharingController::PackagePicked(const Bytes& bytes) {
  state_.sender_pending = false;
  state_.sender_twin.reset();
  return Import(bytes, nullptr);
}

void SharingController::DismissPackage() {
  state_.sender_pending = false;
  state_.sender_twin.reset();
  sodium_memzero(pending_package_.data(), pending_package_.size());
  pending_package_.clear();
  state_.error = Status::Ok();
  ++state_.serial;
}

Status SharingController::Import(const Bytes& bytes, const FingerprintCheck* check) {
  Store* s = store();
  if (s == nullptr) return NoVault();
  state_.other_recipient.clear();
  auto fail = [&](Status status) { return Fail(SharingAction::kReceive, std::move(status)); };
  Result<IdentityKeys> keys = EnsureIdentity(*s, vaults_.state().display_name, state_.now);
  if (!keys.ok()) return fail(keys.status());
  const ByteView file(bytes.data(), bytes.size());
  Result<BoxPublicKey> to = PackageRecipient(file);
  if (!to.ok()) return fail(to.status());
  if (to.value() != keys.value().box_public) {
    if (Result<std::vector<Contact>> all = Contacts(*s); all.ok()) {
      for (const Contact& c : all.value()) {
        if (c.identity.box_key == to.value()) state_.other_recipient = c.identity.name;
      }
    }
    return fail(Status::Error(StatusCode::kInvalidArgument, Problem::kPackageOtherRecipient,
                              "sealed to another vault"));
  }
  Result<OpenedPackage> opened = OpenSharePackage(file, keys.value());
  if (!opened.ok()) return fail(opened.status());
  const SharePayload& p = opened.value().payload;
  Result<bool> known = HasReceived(*s, p.package_id);
  if (!known.ok()) return fail(known.status());
  if (known.value()) {
    return fail(Status::Error(StatusCode::kInvalidArgument, Problem::kPackageDuplicate,
                              "already imported"));
  }
  const PublicIdentity& sender = opened.value().sender;
  Result<std::optional<Contact>> contact = ContactBySignKey(*s, sender.sign_key);
  if (!contact.ok()) return fail(contact.status());
  if (contact.value() && contact.value()->identity.box_key != sender.box_key) {
    return fail(Status::Invalid(Problem::kContactFingerprintDiffers, "package",
                                "the sender's keys differ from the contact's"));
  }
  const bool trusted = contact.value() && contact.value()->confirmed();
  if (!trusted) {
    Result<std::vector<Contact>> contacts = Contacts(*s);
    if (!contacts.ok()) return fail(contacts.status());
    const Contact* twin = NameTwin(contacts.value(), sender);
    if (check == nullptr) return HoldSender(bytes, sender, twin);
    if (Status r = CheckTrust(Fingerprint(sender), twin, *check); !r.ok()) return fail(r);
  }
  Savepoint savepoint(s->db());
  if (!savepoint.status().ok()) return fail(savepoint.status());
  Id contact_id = contact.value() ? contact.value()->id : 0;
  if (contact_id == 0) {
    Result<Id> added = AddContact(*s, sender, state_.now);
    if (!added.ok()) return fail(added.status());
    contact_id = added.value();
  }
  if (!trusted) {
    if (Status r = carnet::ConfirmContact(*s, contact_id, state_.now); !r.ok()) return fail(r);
  }
  ReceivedSummary summary;
  summary.package_id = p.package_id;
  summary.contact_id = contact_id;
  summary.kind = p.kind;
  summary.sent_at = p.sent_at;
  summary.received_at = state_.now;
  summary.display_name = p.display_name;
  summary.purpose = p.purpose;
  const Bytes& payload_bytes = opened.value().payload_bytes;
  Result<Id> received =
      StoreReceived(*s, summary, std::string(payload_bytes.begin(), payload_bytes.end()));
  if (!received.ok()) return fail(received.status());
  if (Status r = LogAccess(
          *s, {0, state_.now, AccessAction::kReceivePackage, {}, "reçu de " + sender.name});
      !r.ok()) {
    return fail(r);
  }
  if (Status r = savepoint.Release(); !r.ok()) return fail(r);
  state_.sender_pending = false;
  state_.sender_twin.reset();
  sodium_memzero(pending_package_.data(), pending_package_.size());
  pending_package_.clear();
  Reload(*s);
  (void)OpenReceived(received.value());
  return Done(SharingAction::kReceive);
}

Status SharingController::OpenReceived(Id received_id) {
  Store* s = store();
  if (s == nullptr) return NoVault();
  Result<std::string> payload = ReceivedPayload(*s, received_id);
  if (!payload.ok()) return payload.status();
  const std::string& bytes = payload.value();
  Result<SharePayload> decoded = DecodeSharePayload(
      ByteView(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
  if (!decoded.ok()) return decoded.status();
  for (const ReceivedSummary& r : state_.received) {
    if (r.id == received_id) state_.open_summary = r;
  }
  state_.open_payload = std::move(decoded).value();
  state_.received_open = true;
  state_.tab = SharingTab::kReceived;
  return Status::Ok();
}

Result<Id> SharingController::AdoptReceived(Id received_id) {
  Store* s = store();
  if (s == nullptr) return NoVault();
  Result<std::string> payload = ReceivedPayload(*s, received_id);
  if (!payload.ok()) return Fail(SharingAction::kAdopt, payload.status());
  const std::string& bytes = payload.value();
  Result<SharePayload> decoded = DecodeSharePayload(
      ByteView(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
  if (!decoded.ok()) return Fail(SharingAction::kAdopt, decoded.status());
  Savepoint savepoint(s->db());
  if (!savepoint.status().ok()) return Fail(SharingAction::kAdopt, savepoint.status());
  Result<Id> dossier = AdoptSharedDossier(*s, decoded.value());
  if (!dossier.ok()) return Fail(SharingAction::kAdopt, dossier.status());
  if (Status r = MarkAdopted(*s, received_id, dossier.value()); !r.ok()) {
    return Fail(SharingAction::kAdopt, r);
  }
  if (Status r = savepoint.Release(); !r.ok()) return Fail(SharingAction::kAdopt, r);
  state_.received_open = false;
  Reload(*s);
  (void)Done(SharingAction::kAdopt);
  return dossier.value();
}

Status SharingController::DeleteReceived(Id received_id) {
  Store* s = store();
  if (s == nullptr) return NoVault();
  if (Status r = carnet::DeleteReceived(*s, received_id); !r.ok()) {
    return Fail(SharingAction::kReceive, r);
  }
  if (state_.open_summary.id == received_id) state_.received_open = false;
  Reload(*s);
  return Done(SharingAction::kReceive);
}

Status SharingController::SetRegisterFilter(const RegisterFilter& filter) {
  Store* s = store();
  if (s == nullptr) return NoVault();
  Result<std::optional<Minute>> from = BoundOf(filter.from, 0, "from");
  if (!from.ok()) return Fail(SharingAction::kNone, from.status());
  Result<std::optional<Minute>> to = BoundOf(filter.to, 1, "to");
  if (!to.ok()) return Fail(SharingAction::kNone, to.status());
  state_.filter = filter;
  Reload(*s);
  return Done(SharingAction::kNone);
}

Status SharingController::PersonCopy(Id dossier_id) {
  Store* s = store();
  if (s == nullptr) return NoVault();
  Disclosure entry =
      Entry(dossier_id, state_.now, DisclosureKind::kPersonCopy, "la personne concernée",
            "tout le dossier, notes comprises, et ce registre", DisclosureBasis::kPersonRequest);
  entry.purpose = "droit d’accès de la personne";
  Savepoint savepoint(s->db());
  if (!savepoint.status().ok()) return Fail(SharingAction::kDocument, savepoint.status());
  if (Status r =
          RecordExport(*s, &entry, {0, state_.now, AccessAction::kPersonCopy, dossier_id, ""});
      !r.ok()) {
    return Fail(SharingAction::kDocument, r);
  }
  // Made after the entry, so the copy's register shows this copy too.
  Result<std::string> html = PersonCopyHtml(*s, dossier_id, state_.now, kStylesheet);
  if (!html.ok()) return Fail(SharingAction::kDocument, html.status());
  if (Status r = savepoint.Release(); !r.ok()) return Fail(SharingAction::kDocument, r);
  waiting_ = Waiting::kDocument;
  waiting_text_ = std::move(html).value();
  Reload(*s);
  (void)Done(SharingAction::kDocument);
  HandOverWhenSaved();
  return Status::Ok();
}

Status SharingController::ProcessingRecord() {
  Store* s = store();
  if (s == nullptr) return NoVault();
  // The open vault's own key-derivation settings, so the record states them exactly.
  Result<std::string> html = ProcessingRecordHtml(*s, state_.now, state_.own_name, kStylesheet,
                                                  vaults_.session()->vault().kdf());
  if (!html.ok()) return Fail(SharingAction::kDocument, html.status());
  if (Status r = LogAccess(*s, {0, state_.now, AccessAction::kProcessingRecord, {}, ""}); !r.ok()) {
    return Fail(SharingAction::kDocument, r);
  }
  if (files_ != nullptr) files_->OpenDocument(html.value());
  return Done(SharingAction::kDocument);
}

Status SharingController::CopyCoordinates(Id dossier_id) {
  Store* s = store();
  if (s == nullptr) return NoVault();
  Result<PersonFields> person = s->Person(dossier_id);
  if (!person.ok()) return person.status();
  Result<DossierHeader> header = s->Dossier(dossier_id);
  if (!header.ok()) return header.status();
  std::string text = header.value().display_name;
  if (person.value().address.has_value()) text += "\n" + person.value().address.value;
  if (person.value().phone.has_value()) text += "\n" + person.value().phone.value;
  const Disclosure entry =
      Entry(dossier_id, state_.now, DisclosureKind::kClipboard, "presse-papiers",
            "nom, adresse et téléphone", DisclosureBasis::kNone);
  CARNET_TRY(
      RecordExport(*s, &entry, {0, state_.now, AccessAction::kCopyCoordinates, dossier_id, ""}));
  if (files_ != nullptr) files_->CopyText(text);
  return Status::Ok();
}

Status SharingController::Printing(Id shown_dossier) {
  Store* s = store();
  if (s == nullptr) return Status::Ok();  // nothing nominative on screen
  const Disclosure entry = Entry(shown_dossier, state_.now, DisclosureKind::kPrint, "impression",
                                 "l’écran du dossier", DisclosureBasis::kNone);
  const AccessEntry access{0, state_.now, AccessAction::kPrint,
                           shown_dossier == 0 ? std::optional<Id>() : shown_dossier, ""};
  return RecordExport(*s, shown_dossier != 0 ? &entry : nullptr, access);
}

Status SharingController::Erase(Id dossier_id) {
  Store* s = store();
  if (s == nullptr) return NoVault();
  if (Status r = EraseDossier(*s, dossier_id, state_.now); !r.ok()) {
    return Fail(SharingAction::kErase, r);
  }
  // EraseDossier wrote the access log's entry in its own transaction.
  vaults_.Flush();
  vaults_.SuggestKeyRotation(KeyRotationReason::kAfterErasure);
  Reload(*s);
  return Done(SharingAction::kErase);
}

Status SharingController::Purge(const std::vector<Id>& dossier_ids) {
  Store* s = store();
  if (s == nullptr) return NoVault();
  if (Status r = PurgeDossiers(*s, dossier_ids, state_.today, state_.now); !r.ok()) {
    return Fail(SharingAction::kPurge, r);
  }
  // PurgeDossiers wrote the access log's entry in its own transaction.
  vaults_.Flush();
  vaults_.SuggestKeyRotation(KeyRotationReason::kAfterErasure);
  Reload(*s);
  return Done(SharingAction::kPurge);
}

Status SharingController::SetRetention(const SetRetentionRequested& request) {
  Store* s = store();
  if (s == nullptr) return NoVault();
  Result<int> retention = WholeNumber(request.retention_months, 1, 120, "retention_months");
  if (!retention.ok()) return Fail(SharingAction::kSettings, retention.status());
  Result<int> log = WholeNumber(request.access_log_months, kMinAccessLogMonths, kMaxAccessLogMonths,
                                "access_log_months");
  if (!log.ok()) return Fail(SharingAction::kSettings, log.status());
  Savepoint savepoint(s->db());
  if (!savepoint.status().ok()) return Fail(SharingAction::kSettings, savepoint.status());
  if (Status r = s->SetRetentionMonths(retention.value()); !r.ok()) {
    return Fail(SharingAction::kSettings, r);
  }
  if (Status r = SetAccessLogMonths(*s, log.value(), state_.now); !r.ok()) {
    return Fail(SharingAction::kSettings, r);
  }
  if (Status r = savepoint.Release(); !r.ok()) return Fail(SharingAction::kSettings, r);
  Reload(*s);
  return Done(SharingAction::kSettings);
}

Status SharingController::DossierOpened(Id dossier_id) {
  Store* s = store();
  if (s == nullptr || vaults_.state().read_only)
    return Status::Ok();  // a read-only tab writes nothing
  return LogAccess(*s, {0, state_.now, AccessAction::kOpenDossier, dossier_id, ""});
}

}  // namespace carnet
