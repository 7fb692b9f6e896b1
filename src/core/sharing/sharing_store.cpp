// The vault's keys, its contacts and its received packages in SQLite (schema version 3).
#include "core/sharing/sharing_store.h"

#include <sodium.h>

#include <algorithm>
#include <string>

#include "core/base/text_rules.h"
#include "core/case/store.h"
#include "core/db/sql.h"
#include "core/sharing/contact_card.h"

namespace carnet {
namespace {

template <std::size_t N>
std::string_view AsText(const std::array<std::uint8_t, N>& bytes) {
  return {reinterpret_cast<const char*>(bytes.data()), N};
}

template <std::size_t N>
bool FromText(const std::string& text, std::array<std::uint8_t, N>* out) {
  if (text.size() != N) return false;
  std::copy(text.begin(), text.end(), out->begin());
  return true;
}

Status Corrupt(const char* what) {
  return Status::Error(StatusCode::kCorrupt, std::string("stored ") + what + " has a wrong size");
}

constexpr const char* kContactColumns =
    "SELECT id, name, box_key, sign_key, fingerprint, added_at, confirmed_at FROM contact_key ";

Result<Contact> ContactOf(const Rows& r) {
  Contact c;
  c.id = r.Int(0);
  c.identity.name = r.Text(1);
  if (!FromText(r.Text(2), &c.identity.box_key) || !FromText(r.Text(3), &c.identity.sign_key)) {
    return Corrupt("contact key");
  }
  c.fingerprint = r.Text(4);
  c.added_at = r.Int(5);
  if (!r.IsNull(6)) c.confirmed_at = r.Int(6);
  return c;
}

Result<std::vector<Contact>> SelectContacts(Store& store, const std::string& where,
                                            std::initializer_list<SqlArg> args) {
  std::vector<Contact> out;
  Status bad;
  CARNET_TRY(ForEachRow(store.db(), kContactColumns + where, args, [&](const Rows& r) {
    Result<Contact> c = ContactOf(r);
    if (!c.ok()) {
      bad = c.status();
      return;
    }
    out.push_back(std::move(c).value());
  }));
  if (!bad.ok()) return bad;
  return out;
}

}  // namespace

Status StoreIdentity(Store& store, const IdentityKeys& keys, const std::string& name, Minute now) {
  CARNET_TRY(CheckText(name, "name", kMaxContactNameChars, TextKind::kLine, true));
  return Run(store.db(),
             "INSERT INTO identity(id, name, box_public, box_secret, sign_public, sign_secret, "
             "created_at) VALUES (1, ?1, CAST(?2 AS BLOB), CAST(?3 AS BLOB), CAST(?4 AS BLOB), "
             "CAST(?5 AS BLOB), ?6)",
             {std::string_view(Trim(name)), AsText(keys.box_public), AsText(keys.box_secret),
              AsText(keys.sign_public), AsText(keys.sign_secret), std::int64_t{now}});
}

Result<std::optional<IdentityKeys>> LoadIdentity(Store& store) {
  Result<Rows> rows = Select(store.db(),
                             "SELECT box_public, box_secret, sign_public, sign_secret "
                             "FROM identity WHERE id = 1");
  if (!rows.ok()) return rows.status();
  Result<bool> row = rows.value().Next();
  if (!row.ok()) return row.status();
  if (!row.value()) return std::optional<IdentityKeys>();
  IdentityKeys keys;
  std::string box_secret = rows.value().Text(1);
  std::string sign_secret = rows.value().Text(3);
  const bool sizes_ok =
      FromText(rows.value().Text(0), &keys.box_public) && FromText(box_secret, &keys.box_secret) &&
      FromText(rows.value().Text(2), &keys.sign_public) && FromText(sign_secret, &keys.sign_secret);
  sodium_memzero(box_secret.data(), box_secret.size());
  sodium_memzero(sign_secret.data(), sign_secret.size());
  if (!sizes_ok) return Corrupt("identity");
  return std::optional<IdentityKeys>(std::move(keys));
}

Result<IdentityKeys> EnsureIdentity(Store& store, const std::string& name, Minute now) {
  Result<std::optional<IdentityKeys>> stored = LoadIdentity(store);
  if (!stored.ok()) return stored.status();
  if (stored.value()) return std::move(*stored.value());
  Result<IdentityKeys> keys = NewIdentity();
  if (!keys.ok()) return keys.status();
  CARNET_TRY(StoreIdentity(store, keys.value(), name, now));
  return keys;
}

Result<std::string> IdentityName(Store& store) {
  Result<Rows> rows = Select(store.db(), "SELECT name FROM identity WHERE id = 1");
  if (!rows.ok()) return rows.status();
  Result<bool> row = rows.value().Next();
  if (!row.ok()) return row.status();
  return row.value() ? rows.value().Text(0) : std::string();
}

Status RenameIdentity(Store& store, const std::string& name) {
  CARNET_TRY(CheckText(name, "name", kMaxContactNameChars, TextKind::kLine, true));
  return Run(store.db(), "UPDATE identity SET name = ?1 WHERE id = 1",
             {std::string_view(Trim(name))});
}

Result<std::optional<Id>> ContactWithKeys(Store& store, const PublicIdentity& identity) {
  Result<std::optional<IdentityKeys>> own = LoadIdentity(store);
  if (!own.ok()) return own.status();
  if (own.value() && (own.value()->sign_public == identity.sign_key ||
                      own.value()->box_public == identity.box_key)) {
    return Status::Invalid(Problem::kAlreadyExists, "card", "this is the vault's own card");
  }
  Result<std::vector<Contact>> known =
      SelectContacts(store, "WHERE box_key = CAST(?1 AS BLOB) OR sign_key = CAST(?2 AS BLOB)",
                     {AsText(identity.box_key), AsText(identity.sign_key)});
  if (!known.ok()) return known.status();
  for (const Contact& c : known.value()) {
    if (c.identity.box_key == identity.box_key && c.identity.sign_key == identity.sign_key) {
      return std::optional<Id>(c.id);
    }
    return Status::Invalid(Problem::kContactFingerprintDiffers, "card",
                           "one key of this card belongs to another contact");
  }
  return std::optional<Id>();
}

Result<Id> AddContact(Store& store, const PublicIdentity& identity, Minute now) {
  CARNET_TRY(CheckText(identity.name, "name", kMaxContactNameChars, TextKind::kLine, true));
  Result<std::optional<Id>> known = ContactWithKeys(store, identity);
  if (!known.ok()) return known.status();
  if (known.value()) return *known.value();
  CARNET_TRY(
      Run(store.db(),
          "INSERT INTO contact_key(name, box_key, sign_key, fingerprint, added_at) "
          "VALUES (?1, CAST(?2 AS BLOB), CAST(?3 AS BLOB), ?4, ?5)",
          {std::string_view(identity.name), AsText(identity.box_key), AsText(identity.sign_key),
           std::string_view(Fingerprint(identity)), std::int64_t{now}}));
  return store.db().LastInsertId();
}

Status ConfirmContact(Store& store, Id contact_id, Minute now) {
  CARNET_TRY(Run(store.db(),
                 "UPDATE contact_key SET confirmed_at = coalesce(confirmed_at, ?2) WHERE id = ?1",
                 {contact_id, std::int64_t{now}}));
  if (store.db().Changes() == 0) {
    return Status::Invalid(Problem::kUnknownReference, "contact_id", "no such contact");
  }
  return Status::Ok();
}

Status RemoveContact(Store& store, Id contact_id) {
  Result<std::optional<std::int64_t>> used = SelectInt(
      store.db(), "SELECT 1 FROM received_package WHERE contact_id = ?1 LIMIT 1", {contact_id});
  if (!used.ok()) return used.status();
  if (used.value()) {
    return Status::Invalid(Problem::kWrongState, "contact_id", "a received package cites it");
  }
  CARNET_TRY(Run(store.db(), "DELETE FROM contact_key WHERE id = ?1", {contact_id}));
  if (store.db().Changes() == 0) {
    return Status::Invalid(Problem::kUnknownReference, "contact_id", "no such contact");
  }
  return Status::Ok();
}

Result<std::vector<Contact>> Contacts(Store& store) {
  return SelectContacts(store, "ORDER BY name, id", {});
}

Result<std::optional<Contact>> ContactBySignKey(Store& store, const SignPublicKey& key) {
  Result<std::vector<Contact>> found =
      SelectContacts(store, "WHERE sign_key = CAST(?1 AS BLOB)", {AsText(key)});
  if (!found.ok()) return found.status();
  if (found.value().empty()) return std::optional<Contact>();
  return std::optional<Contact>(found.value().front());
}

Result<std::optional<Contact>> ContactById(Store& store, Id contact_id) {
  Result<std::vector<Contact>> found = SelectContacts(store, "WHERE id = ?1", {contact_id});
  if (!found.ok()) return found.status();
  if (found.value().empty()) return std::optional<Contact>();
  return std::optional<Contact>(found.value().front());
}

Result<Id> StoreReceived(Store& store, const ReceivedSummary& s, const std::string& payload) {
  Result<bool> known = HasReceived(store, s.package_id);
  if (!known.ok()) return known.status();
  if (known.value()) {
    return Status::Invalid(Problem::kPackageDuplicate, "package", "already imported");
  }
  CARNET_TRY(
      Run(store.db(),
          "INSERT INTO received_package(package_id, contact_id, kind, sent_at, "
          "received_at, display_name, purpose, payload) VALUES "
          "(CAST(?1 AS BLOB), ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS BLOB))",
          {AsText(s.package_id), s.contact_id, std::int64_t{static_cast<int>(s.kind)},
           std::int64_t{s.sent_at}, std::int64_t{s.received_at}, std::string_view(s.display_name),
           std::string_view(s.purpose), std::string_view(payload)}));
  return store.db().LastInsertId();
}

Result<bool> HasReceived(Store& store, const PackageId& package_id) {
  Result<std::optional<std::int64_t>> found =
      SelectInt(store.db(), "SELECT 1 FROM received_package WHERE package_id = CAST(?1 AS BLOB)",
                {AsText(package_id)});
  if (!found.ok()) return found.status();
  return found.value().has_value();
}

Result<std::vector<ReceivedSummary>> ReceivedPackages(Store& store) {
  std::vector<ReceivedSummary> out;
  Status bad;
  CARNET_TRY(ForEachRow(
      store.db(),
      "SELECT r.id, r.package_id, r.contact_id, c.name, c.fingerprint, r.kind, r.sent_at, "
      "r.received_at, r.display_name, r.purpose, r.adopted_dossier_id FROM received_package r "
      "JOIN contact_key c ON c.id = r.contact_id ORDER BY r.received_at DESC, r.id DESC",
      {}, [&](const Rows& r) {
        ReceivedSummary s;
        s.id = r.Int(0);
        if (!FromText(r.Text(1), &s.package_id)) bad = Corrupt("package id");
        s.contact_id = r.Int(2);
        s.sender_name = r.Text(3);
        s.sender_fingerprint = r.Text(4);
        s.kind = static_cast<ShareKind>(r.Int(5));
        s.sent_at = r.Int(6);
        s.received_at = r.Int(7);
        s.display_name = r.Text(8);
        s.purpose = r.Text(9);
        if (!r.IsNull(10)) s.adopted_dossier_id = r.Int(10);
        out.push_back(std::move(s));
      }));
  if (!bad.ok()) return bad;
  return out;
}

Result<std::string> ReceivedPayload(Store& store, Id received_id) {
  Result<Rows> rows =
      Select(store.db(), "SELECT payload FROM received_package WHERE id = ?1", {received_id});
  if (!rows.ok()) return rows.status();
  Result<bool> row = rows.value().Next();
  if (!row.ok()) return row.status();
  if (!row.value()) return Status::Error(StatusCode::kNotFound, "no such received package");
  return rows.value().Text(0);
}

Status DeleteReceived(Store& store, Id received_id) {
  CARNET_TRY(Run(store.db(), "DELETE FROM received_package WHERE id = ?1", {received_id}));
  if (store.db().Changes() == 0) {
    return Status::Invalid(Problem::kUnknownReference, "received_id", "no such package");
  }
  return Status::Ok();
}

Status MarkAdopted(Store& store, Id received_id, Id dossier_id) {
  CARNET_TRY(Run(store.db(),
                 "UPDATE received_package SET adopted_dossier_id = ?2, payload = X'' "
                 "WHERE id = ?1 AND adopted_dossier_id IS NULL",
                 {received_id, dossier_id}));
  if (store.db().Changes() == 0) {
    return Status::Invalid(Problem::kWrongState, "received_id", "no such package, or taken over");
  }
  return Status::Ok();
}

Status MarkTransferred(Store& store, Id dossier_id, Day on, Day purge_on) {
  if (purge_on < on) {
    return Status::Invalid(Problem::kOutOfRange, "purge_on", "the purge comes after the transfer");
  }
  CARNET_TRY(Run(store.db(), "UPDATE dossier SET transferred_on = ?2, purge_on = ?3 WHERE id = ?1",
                 {dossier_id, std::int64_t{on}, std::int64_t{purge_on}}));
  if (store.db().Changes() == 0) {
    return Status::Invalid(Problem::kUnknownReference, "dossier_id", "no such dossier");
  }
  return Status::Ok();
}

}  // namespace carnet
