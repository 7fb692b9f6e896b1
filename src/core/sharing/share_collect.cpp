#include "core/sharing/share_collect.h"

#include <map>
#include <set>
#include <utility>

#include "core/db/sql.h"

namespace carnet {
namespace {

Status ReadHeader(Database& db, Id dossier_id, SharePayload* out) {
  Result<Rows> rows = Select(db, R"sql(
    SELECT d.display_name, d.opened_on, coalesce(s.label, d.status_code)
    FROM dossier d LEFT JOIN process_status s ON s.code = d.status_code WHERE d.id = ?1)sql",
                             {dossier_id});
  if (!rows.ok()) return rows.status();
  Result<bool> row = rows.value().Next();
  if (!row.ok()) return row.status();
  if (!row.value()) {
    return Status::Invalid(Problem::kUnknownReference, "dossier_id", "no such dossier");
  }
  out->display_name = rows.value().Text(0);
  out->opened_on = static_cast<Day>(rows.value().Int(1));
  out->status_label = rows.value().Text(2);
  return Status::Ok();
}

Status ReadHousehold(Database& db, Id dossier_id, SharePayload* out) {
  return ForEachRow(db,
                    "SELECT name, relation, birth_year_state, birth_year FROM household_member "
                    "WHERE dossier_id = ?1 ORDER BY id",
                    {dossier_id}, [&](const Rows& r) {
                      SharedHouseholdMember m;
                      m.name = r.Text(0);
                      m.relation = r.Text(1);
                      m.birth_year.state = static_cast<AnswerState>(r.Int(2));
                      if (m.birth_year.has_value()) m.birth_year.value = static_cast<int>(r.Int(3));
                      out->household.push_back(std::move(m));
                    });
}

Status ReadRequests(Database& db, Id dossier_id, SharePayload* out) {
  std::map<Id, std::size_t> index;  // request id -> position in out->requests
  CARNET_TRY(ForEachRow(db,
                        "SELECT id, opened_on, status, outcome_on, subject FROM request "
                        "WHERE dossier_id = ?1 ORDER BY opened_on, id",
                        {dossier_id}, [&](const Rows& r) {
                          SharedRequest request;
                          request.opened_on = static_cast<Day>(r.Int(1));
                          request.status = static_cast<RequestStatus>(r.Int(2));
                          if (!r.IsNull(3)) request.outcome_on = static_cast<Day>(r.Int(3));
                          request.subject = r.Text(4);
                          index[r.Int(0)] = out->requests.size();
                          out->requests.push_back(std::move(request));
                        }));
  return ForEachRow(db, R"sql(
    SELECT rc.request_id, c.code, c.label FROM request r
    JOIN request_category rc ON rc.request_id = r.id JOIN category c ON c.code = rc.category_code
    WHERE r.dossier_id = ?1 ORDER BY rc.request_id, c.position, c.code)sql",
                    {dossier_id}, [&](const Rows& r) {
                      const auto at = index.find(r.Int(0));
                      if (at == index.end()) return;
                      out->requests[at->second].categories.push_back({r.Text(1), r.Text(2)});
                    });
}

// The listed ids of one table, all of which must belong to the dossier.
template <typename OnRow>
Status ReadChosen(Database& db, const char* sql, Id dossier_id, const std::vector<Id>& ids,
                  const char* field, OnRow&& on_row) {
  if (ids.empty()) return Status::Ok();
  const std::set<Id> wanted(ids.begin(), ids.end());
  std::size_t found = 0;
  CARNET_TRY(ForEachRow(db, sql, {dossier_id}, [&](const Rows& r) {
    if (wanted.count(r.Int(0)) == 0) return;
    ++found;
    on_row(r);
  }));
  if (found != wanted.size()) {
    return Status::Invalid(Problem::kUnknownReference, field, "not an item of this dossier");
  }
  return Status::Ok();
}

Status ReadTasks(Database& db, Id dossier_id, SharePayload* out) {
  return ForEachRow(db, R"sql(
    SELECT kind, title, due_on, due_minute FROM task WHERE dossier_id = ?1 AND status = 0
    ORDER BY due_on, coalesce(due_minute, 1440), id)sql",
                    {dossier_id}, [&](const Rows& r) {
                      SharedTask t;
                      t.kind = static_cast<TaskKind>(r.Int(0));
                      t.title = r.Text(1);
                      t.due_on = static_cast<Day>(r.Int(2));
                      if (!r.IsNull(3)) t.due_minute_of_day = static_cast<int>(r.Int(3));
                      out->tasks.push_back(std::move(t));
                    });
}

}  // namespace

Result<SharePayload> CollectSharePayload(Store& store, Id dossier_id, const ShareParts& parts,
                                         ShareKind kind, Minute now, const PackageId& id) {
  if (parts.open_tasks && kind != ShareKind::kTransfer) {
    return Status::Invalid(Problem::kWrongState, "open_tasks", "only a transfer carries tasks");
  }
  Database& db = store.db();
  SharePayload out;
  out.package_id = id;
  out.kind = kind;
  out.sent_at = now;
  CARNET_TRY(ReadHeader(db, dossier_id, &out));
  if (parts.identity) {
    Result<PersonFields> person = store.Person(dossier_id);
    if (!person.ok()) return person.status();
    out.has_person = true;
    out.person = std::move(person).value();
    CARNET_TRY(ReadHousehold(db, dossier_id, &out));
  }
  if (parts.requests) CARNET_TRY(ReadRequests(db, dossier_id, &out));
  CARNET_TRY(ReadChosen(db,
                        "SELECT id, kind, at, duration_minutes, summary FROM contact "
                        "WHERE dossier_id = ?1 ORDER BY at, id",
                        dossier_id, parts.contact_ids, "contact_ids", [&](const Rows& r) {
                          SharedContact c;
                          c.kind = static_cast<ContactKind>(r.Int(1));
                          c.at = r.Int(2);
                          if (!r.IsNull(3)) c.duration_minutes = static_cast<int>(r.Int(3));
                          c.summary = r.Text(4);
                          out.contacts.push_back(std::move(c));
                        }));
  CARNET_TRY(ReadChosen(db,
                        "SELECT id, written_at, text FROM note WHERE dossier_id = ?1 "
                        "ORDER BY written_at, id",
                        dossier_id, parts.note_ids, "note_ids", [&](const Rows& r) {
                          out.notes.push_back({r.Int(1), r.Text(2)});
                        }));
  if (parts.open_tasks) CARNET_TRY(ReadTasks(db, dossier_id, &out));
  return out;
}

}  // namespace carnet
