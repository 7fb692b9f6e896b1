// The register of disclosures in SQLite (table disclosure, schema version 3).
#include "core/rights/disclosure.h"

#include <string>

#include "core/base/text_rules.h"
#include "core/case/store.h"
#include "core/db/sql.h"

namespace carnet {
namespace {

constexpr std::size_t kRecipientMax = 200;
constexpr std::size_t kPartsMax = 500;

std::string_view AsText(const PackageId& id) {
  return {reinterpret_cast<const char*>(id.data()), id.size()};
}

bool KnownKind(DisclosureKind kind) {
  return kind >= DisclosureKind::kShare && kind <= DisclosureKind::kClipboard;
}

bool KnownBasis(DisclosureBasis basis) {
  return basis >= DisclosureBasis::kConsentGiven && basis <= DisclosureBasis::kNone;
}

}  // namespace

DisclosureBasis BasisOf(ShareBasis basis) {
  switch (basis) {
    case ShareBasis::kConsentGiven: return DisclosureBasis::kConsentGiven;
    case ShareBasis::kConsentRefused: return DisclosureBasis::kConsentRefused;
    case ShareBasis::kLegalObligation: return DisclosureBasis::kLegalObligation;
  }
  return DisclosureBasis::kNone;
}

Result<Id> RecordDisclosure(Store& store, const Disclosure& e) {
  if (!KnownKind(e.kind)) return Status::Invalid(Problem::kOutOfRange, "kind", "unknown kind");
  if (!KnownBasis(e.basis)) return Status::Invalid(Problem::kOutOfRange, "basis", "unknown basis");
  CARNET_TRY(CheckText(e.recipient, "recipient", kRecipientMax, TextKind::kLine, true));
  CARNET_TRY(
      CheckText(e.recipient_fingerprint, "recipient", kRecipientMax, TextKind::kLine, false));
  CARNET_TRY(CheckText(e.parts, "parts", kPartsMax, TextKind::kLine, false));
  CARNET_TRY(CheckText(e.purpose, "purpose", kPurposeMax, TextKind::kMultiline, false));
  CARNET_TRY(CheckText(e.basis_reference, "basis_reference", kBasisReferenceMax,
                       TextKind::kMultiline, false));
  Database& db = store.db();
  const SqlArg dossier = OrNull(e.dossier_id);
  const SqlArg package = e.package_id ? SqlArg(AsText(*e.package_id)) : SqlArg(nullptr);
  CARNET_TRY(
      Run(db,
          "INSERT INTO disclosure(dossier_id, at, kind, recipient, recipient_fingerprint, "
          "parts, purpose, basis, basis_reference, package_id) VALUES "
          "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, CAST(?10 AS BLOB))",
          {dossier, std::int64_t{e.at}, std::int64_t{static_cast<int>(e.kind)},
           std::string_view(e.recipient), std::string_view(e.recipient_fingerprint),
           std::string_view(e.parts), std::string_view(e.purpose),
           std::int64_t{static_cast<int>(e.basis)}, std::string_view(e.basis_reference), package}));
  return db.LastInsertId();
}

Result<std::vector<Disclosure>> Disclosures(Store& store, const DisclosureFilter& f) {
  std::vector<Disclosure> out;
  const SqlArg dossier = OrNull(f.dossier_id);
  const SqlArg from = OrNull(f.from);
  const SqlArg to = OrNull(f.to);
  CARNET_TRY(ForEachRow(
      store.db(),
      "SELECT r.id, r.dossier_id, r.at, r.kind, r.recipient, r.recipient_fingerprint, r.parts, "
      "r.purpose, r.basis, r.basis_reference, r.package_id, coalesce(d.display_name, '') "
      "FROM disclosure r LEFT JOIN dossier d ON d.id = r.dossier_id "
      "WHERE (?1 IS NULL OR r.dossier_id = ?1) AND (?2 = '' OR r.recipient = ?2) "
      "AND (?3 IS NULL OR r.at >= ?3) AND (?4 IS NULL OR r.at < ?4) "
      "ORDER BY r.at DESC, r.id DESC",
      {dossier, std::string_view(f.recipient), from, to}, [&](const Rows& r) {
        Disclosure d;
        d.id = r.Int(0);
        if (!r.IsNull(1)) d.dossier_id = r.Int(1);
        d.at = r.Int(2);
        d.kind = static_cast<DisclosureKind>(r.Int(3));
        d.recipient = r.Text(4);
        d.recipient_fingerprint = r.Text(5);
        d.parts = r.Text(6);
        d.purpose = r.Text(7);
        d.basis = static_cast<DisclosureBasis>(r.Int(8));
        d.basis_reference = r.Text(9);
        if (!r.IsNull(10)) {
          const std::string id = r.Text(10);
          if (id.size() == kPackageIdBytes) {
            PackageId p{};
            std::copy(id.begin(), id.end(), p.begin());
            d.package_id = p;
          }
        }
        d.dossier_name = r.Text(11);
        out.push_back(std::move(d));
      }));
  return out;
}

Result<std::vector<std::string>> DisclosureRecipients(Store& store) {
  std::vector<std::string> out;
  CARNET_TRY(ForEachRow(store.db(),
                        "SELECT DISTINCT recipient FROM disclosure WHERE kind IN (1, 2, 3, 4, 7) "
                        "ORDER BY recipient",
                        {}, [&](const Rows& r) { out.push_back(r.Text(0)); }));
  return out;
}

Status AnonymiseDisclosures(Store& store, Id dossier_id, DisclosureKind kind, Minute at) {
  if (kind != DisclosureKind::kErased && kind != DisclosureKind::kPurged) {
    return Status::Invalid(Problem::kOutOfRange, "kind", "a trace is kErased or kPurged");
  }
  Database& db = store.db();
  CARNET_TRY(Run(db, "UPDATE disclosure SET dossier_id = NULL, purpose = '' WHERE dossier_id = ?1",
                 {dossier_id}));
  Disclosure trace;
  trace.at = at;
  trace.kind = kind;
  trace.recipient = "—";
  trace.basis = DisclosureBasis::kNone;
  trace.parts = "dossier n° " + std::to_string(dossier_id);
  return RecordDisclosure(store, trace).status();
}

}  // namespace carnet
