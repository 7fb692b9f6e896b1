#include "core/sharing/share_adopt.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/db/sql.h"

namespace carnet {
namespace {

// The code this vault files a request under: the same code when it is an active category here,
// else its national category (the part before the first dot), else "no category fits".
Result<std::string> LocalCode(Database& db, const std::string& code) {
  const std::string national = code.substr(0, code.find('.'));
  for (const std::string& candidate : {code, national}) {
    Result<std::optional<std::int64_t>> active =
        SelectInt(db, "SELECT active FROM category WHERE code = ?1", {candidate});
    if (!active.ok()) return active.status();
    if (active.value() && *active.value() != 0) return candidate;
  }
  return std::string("AUCUNE");
}

Result<std::vector<std::string>> Codes(Database& db, const SharedRequest& request) {
  std::vector<std::string> codes;
  for (const SharedCategory& category : request.categories) {
    Result<std::string> code = LocalCode(db, category.code);
    if (!code.ok()) return code.status();
    if (std::find(codes.begin(), codes.end(), code.value()) == codes.end()) {
      codes.push_back(code.value());
    }
  }
  if (codes.empty()) codes.push_back("AUCUNE");
  return codes;
}

}  // namespace

Result<Id> AdoptSharedDossier(Store& store, const SharePayload& p) {
  if (p.kind != ShareKind::kTransfer) {
    return Status::Invalid(Problem::kWrongState, "package", "only a transfer is taken over");
  }
  Database& db = store.db();
  Savepoint savepoint(db);
  CARNET_TRY(savepoint.status());
  CreateDossier create;
  create.person = p.person;
  if (!p.has_person) create.person.alias = p.display_name;
  create.opened_on = p.opened_on;
  Result<Id> dossier = store.Apply(create);
  if (!dossier.ok()) return dossier.status();
  const Id id = dossier.value();
  for (const SharedHouseholdMember& m : p.household) {
    Result<Id> added = store.Apply(AddHouseholdMember{id, m.name, m.relation, m.birth_year});
    if (!added.ok()) return added.status();
  }
  for (const SharedRequest& r : p.requests) {
    Result<std::vector<std::string>> codes = Codes(db, r);
    if (!codes.ok()) return codes.status();
    Result<Id> request = store.Apply(AddRequest{id, r.opened_on, codes.value(), r.subject});
    if (!request.ok()) return request.status();
    if (r.status != RequestStatus::kOpen) {
      CARNET_TRY(store.Apply(
          SetRequestStatus{request.value(), r.status, r.outcome_on.value_or(r.opened_on)}));
    }
  }
  for (const SharedContact& c : p.contacts) {
    Result<Id> contact =
        store.Apply(RecordContact{id, c.kind, c.at, c.duration_minutes, {}, c.summary});
    if (!contact.ok()) return contact.status();
  }
  for (const SharedNote& n : p.notes) {
    Result<Id> note = store.Apply(WriteNote{id, n.at, n.text});
    if (!note.ok()) return note.status();
  }
  for (const SharedTask& t : p.tasks) {
    Result<Id> task =
        store.Apply(ScheduleTask{id, t.kind, t.title, t.due_on, t.due_minute_of_day, {}});
    if (!task.ok()) return task.status();
  }
  CARNET_TRY(savepoint.Release());
  return id;
}

}  // namespace carnet
