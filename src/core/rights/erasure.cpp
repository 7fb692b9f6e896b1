// Erasure and retention (erasure.h): the deletes, the merge of the full-text index and the
// rewrite of the database that together leave no byte of an erased person behind.
#include "core/rights/erasure.h"

#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <string>

#include "core/case/store.h"
#include "core/db/sql.h"
#include "core/rights/access_log.h"
#include "core/rights/disclosure.h"

namespace carnet {
namespace {

// VACUUM cannot run inside a transaction: refuse before anything is deleted.
Status RequireNoTransaction(Database& db) {
  if (sqlite3_get_autocommit(db.handle()) == 0) {
    return Status::Error(StatusCode::kInternal, Problem::kWrongState,
                         "erasure cannot run inside an open transaction");
  }
  return Status::Ok();
}

// Every row that belongs to the dossier, the rows that point to others first (foreign keys
// are on). The register's entries must have let go of the dossier (AnonymiseDisclosures).
Status DeleteDossierRows(Database& db, Id dossier_id) {
  Result<std::optional<std::int64_t>> person =
      SelectInt(db, "SELECT person_id FROM dossier WHERE id = ?1", {dossier_id});
  if (!person.ok()) return person.status();
  static constexpr const char* kDeletes[] = {
      "DELETE FROM search_index WHERE dossier_id = ?1",
      R"sql(DELETE FROM contact_request
            WHERE contact_id IN (SELECT id FROM contact WHERE dossier_id = ?1)
               OR request_id IN (SELECT id FROM request WHERE dossier_id = ?1))sql",
      R"sql(DELETE FROM request_category
            WHERE request_id IN (SELECT id FROM request WHERE dossier_id = ?1))sql",
      "DELETE FROM contact WHERE dossier_id = ?1",
      "DELETE FROM request WHERE dossier_id = ?1",
      "DELETE FROM task WHERE dossier_id = ?1",
      "DELETE FROM note WHERE dossier_id = ?1",
      "DELETE FROM household_member WHERE dossier_id = ?1",
      "DELETE FROM dossier_event WHERE dossier_id = ?1",
      "DELETE FROM received_package WHERE adopted_dossier_id = ?1",
      "DELETE FROM dossier WHERE id = ?1",
  };
  // The dossier's number is never given again: the register's trace and the access log name
  // it, and a new dossier taking it would seem to be the person erased (store_dossier.cpp).
  CARNET_TRY(Run(db,
                 "INSERT OR REPLACE INTO setting(key, value) VALUES ('dossier_id_floor', "
                 "CAST(max(?1, coalesce((SELECT CAST(value AS INTEGER) FROM setting "
                 "WHERE key = 'dossier_id_floor'), 0)) AS TEXT))",
                 {dossier_id}));
  for (const char* sql : kDeletes) CARNET_TRY(Run(db, sql, {dossier_id}));
  if (person.value()) {
    CARNET_TRY(Run(db, "DELETE FROM person WHERE id = ?1", {*person.value()}));
  }
  return Status::Ok();
}

// Deleting from an FTS5 table only adds delete markers: the words stay in the older segments
// until they are merged. 'optimize' merges every segment into one, without the deleted rows,
// and the old segments' rows are deleted (zeroed, secure_delete being on).
Status MergeSearchIndex(Database& db) {
  return Run(db, "INSERT INTO search_index(search_index) VALUES ('optimize')");
}

// Rewrites the database file from its live content: no free page, no fragment of a deleted
// cell survives, and the file shrinks (the vault then deletes the chunks past its end).
Status Rewrite(Database& db) { return db.Exec("VACUUM"); }

// Runs `erase` in one transaction, merges the index, commits, then rewrites the file.
template <typename Erase>
Status EraseThenRewrite(Database& db, Erase&& erase) {
  CARNET_TRY(RequireNoTransaction(db));
  {
    Savepoint transaction(db);
    CARNET_TRY(transaction.status());
    CARNET_TRY(erase());
    CARNET_TRY(MergeSearchIndex(db));
    CARNET_TRY(transaction.Release());
  }
  return Rewrite(db);
}

Day DayOf(Minute at) { return static_cast<Day>(at / kMinutesPerDay); }

}  // namespace

Status EraseDossier(Store& store, Id dossier_id, Minute at) {
  Database& db = store.db();
  return EraseThenRewrite(db, [&]() -> Status {
    Result<DossierHeader> dossier = store.Dossier(dossier_id);
    if (!dossier.ok()) return dossier.status();
    // The register lets go of the dossier first: its entries point to it.
    CARNET_TRY(AnonymiseDisclosures(store, dossier_id, DisclosureKind::kErased, at));
    CARNET_TRY(DeleteDossierRows(db, dossier_id));
    AccessEntry entry;
    entry.at = at;
    entry.action = AccessAction::kEraseDossier;
    entry.dossier_id = dossier_id;
    return LogAccess(store, entry);
  });
}

Result<std::vector<PurgeCandidate>> PurgeCandidates(Store& store, Day today) {
  Result<int> months = store.RetentionMonths();
  if (!months.ok()) return months.status();
  const Day limit = AddMonths(today, -months.value());
  std::vector<PurgeCandidate> out;
  CARNET_TRY(ForEachRow(
      store.db(),
      "SELECT id, display_name, opened_on, closed_on, last_contact_at, transferred_on, purge_on "
      "FROM dossier ORDER BY sort_key, id",
      {}, [&](const Rows& r) {
        PurgeCandidate c;
        c.dossier_id = r.Int(0);
        c.display_name = r.Text(1);
        const std::optional<std::int64_t> last_contact = r.OptInt(4);
        const std::optional<std::int64_t> purge_on = r.OptInt(6);
        bool due = false;
        if (purge_on && !r.IsNull(5)) {
          c.reason = PurgeCandidate::kTransferred;
          c.since = static_cast<Day>(r.Int(5));
          due = *purge_on <= today;
        } else if (!r.IsNull(3)) {
          c.reason = PurgeCandidate::kClosed;
          c.since = static_cast<Day>(r.Int(3));
          if (last_contact) c.since = std::max(c.since, DayOf(*last_contact));
          due = c.since <= limit;
        } else {
          c.reason = PurgeCandidate::kNoContact;
          c.since = last_contact ? DayOf(*last_contact) : static_cast<Day>(r.Int(2));
          due = c.since <= limit;
        }
        if (due) out.push_back(std::move(c));
      }));
  return out;
}

Status PurgeDossiers(Store& store, const std::vector<Id>& ids, Day today, Minute at) {
  if (ids.empty()) return Status::Invalid(Problem::kRequired, "dossier_ids", "no dossier to purge");
  Result<std::vector<PurgeCandidate>> candidates = PurgeCandidates(store, today);
  if (!candidates.ok()) return candidates.status();
  std::vector<Id> unique = ids;
  std::sort(unique.begin(), unique.end());
  unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
  for (const Id id : unique) {
    const bool listed = std::any_of(candidates.value().begin(), candidates.value().end(),
                                    [id](const PurgeCandidate& c) { return c.dossier_id == id; });
    if (!listed) {
      return Status::Invalid(Problem::kWrongState, "dossier_ids",
                             "dossier " + std::to_string(id) + " is not to be purged");
    }
  }
  Database& db = store.db();
  return EraseThenRewrite(db, [&]() -> Status {
    for (const Id id : unique) {
      CARNET_TRY(AnonymiseDisclosures(store, id, DisclosureKind::kPurged, at));
      CARNET_TRY(DeleteDossierRows(db, id));
    }
    AccessEntry entry;
    entry.at = at;
    entry.action = AccessAction::kPurgeDossiers;
    entry.detail = std::to_string(unique.size()) + (unique.size() > 1 ? " dossiers" : " dossier");
    return LogAccess(store, entry);
  });
}

}  // namespace carnet
