#include "core/case/store_internal.h"

namespace carnet::store_internal {

Result<DossierInfo> LoadDossier(Database& db, Id dossier_id, const char* field) {
  Result<Rows> rows = Select(
      db, "SELECT opened_on, closed_on, status_code FROM dossier WHERE id = ?1", {dossier_id});
  if (!rows.ok()) return rows.status();
  Result<bool> row = rows.value().Next();
  if (!row.ok()) return row.status();
  if (!row.value()) {
    return Status::Invalid(Problem::kUnknownReference, field,
                           "no dossier " + std::to_string(dossier_id));
  }
  DossierInfo info;
  info.opened_on = static_cast<Day>(rows.value().Int(0));
  info.closed = !rows.value().IsNull(1);
  info.closed_on = static_cast<Day>(rows.value().Int(1));
  info.status_code = rows.value().Text(2);
  return info;
}

Status RequireOpen(const DossierInfo& dossier) {
  if (dossier.closed) {
    return Status::Invalid(Problem::kDossierClosed, "dossier_id",
                           "the dossier is closed: reopen it first");
  }
  return Status::Ok();
}

Status CheckDayInDossier(const DossierInfo& dossier, Day day, const char* field) {
  if (!IsValidDay(day)) return Status::Invalid(Problem::kInvalidDate, field, "not a valid date");
  if (day < dossier.opened_on) {
    return Status::Invalid(Problem::kBeforeOpening, field,
                           std::string(field) + " is before the dossier was opened (" +
                               IsoDay(dossier.opened_on) + ")");
  }
  return Status::Ok();
}

Status RefreshSummary(Database& db, Id dossier_id) {
  CARNET_TRY(Run(db, R"sql(
    UPDATE dossier SET
      last_contact_at = (SELECT max(at) FROM contact WHERE dossier_id = ?1),
      next_due_task = (SELECT id FROM task WHERE dossier_id = ?1 AND status = 0
                       ORDER BY due_on, coalesce(due_minute, 1440), id LIMIT 1),
      open_requests = (SELECT count(*) FROM request WHERE dossier_id = ?1 AND status = 0)
    WHERE id = ?1)sql",
                 {dossier_id}));
  return Run(db,
             "UPDATE dossier SET (next_due_on, next_due_title) = (SELECT due_on, title FROM task "
             "WHERE id = dossier.next_due_task) WHERE id = ?1",
             {dossier_id});
}

Status AddEvent(Database& db, Id dossier_id, EventKind kind, Day on, std::string_view status) {
  return Run(
      db,
      "INSERT INTO dossier_event(dossier_id, kind, on_day, status_code) VALUES (?1, ?2, ?3, ?4)",
      {dossier_id, static_cast<std::int64_t>(kind), static_cast<std::int64_t>(on), status});
}

// Each indexed text has the row id ref_id * 4 + kind, so that it is found again directly.
std::int64_t IndexRowId(IndexKind kind, Id ref_id) { return ref_id * 4 + static_cast<int>(kind); }

Status IndexText(Database& db, IndexKind kind, Id ref_id, Id dossier_id, std::string_view text) {
  if (text.empty()) return Status::Ok();
  return Run(db,
             "INSERT INTO search_index(rowid, text, kind, ref_id, dossier_id) "
             "VALUES (?1, ?2, ?3, ?4, ?5)",
             {IndexRowId(kind, ref_id), text, static_cast<std::int64_t>(kind), ref_id, dossier_id});
}

Status UnindexText(Database& db, IndexKind kind, Id ref_id) {
  return Run(db, "DELETE FROM search_index WHERE rowid = ?1", {IndexRowId(kind, ref_id)});
}

}  // namespace carnet::store_internal
