// Store commands about the work done with a person: requests, contacts, tasks and notes.
#include <algorithm>

#include "core/base/text_rules.h"
#include "core/case/store.h"
#include "core/case/store_internal.h"

namespace carnet {

using namespace store_internal;

namespace {

Status CheckCategory(Database& db, const std::string& code) {
  Result<std::optional<std::int64_t>> active =
      SelectInt(db, "SELECT active FROM category WHERE code = ?1", {code});
  if (!active.ok()) return active.status();
  if (!active.value()) {
    return Status::Invalid(Problem::kUnknownCategory, "category_codes",
                           "no category '" + code + "'");
  }
  if (*active.value() == 0) {
    return Status::Invalid(Problem::kInactiveCategory, "category_codes",
                           "the category '" + code + "' was deactivated");
  }
  return Status::Ok();
}

struct TaskInfo {
  Id dossier_id = 0;
  TaskStatus status = TaskStatus::kOpen;
  TaskKind kind = TaskKind::kTask;
};

// The task, which must still be open (kWrongState otherwise).
Result<TaskInfo> LoadOpenTask(Database& db, Id task_id) {
  Result<Rows> rows =
      Select(db, "SELECT dossier_id, status, kind FROM task WHERE id = ?1", {task_id});
  if (!rows.ok()) return rows.status();
  Result<bool> row = rows.value().Next();
  if (!row.ok()) return row.status();
  if (!row.value()) return Status::Invalid(Problem::kUnknownReference, "task_id", "no such task");
  TaskInfo task{rows.value().Int(0), static_cast<TaskStatus>(rows.value().Int(1)),
                static_cast<TaskKind>(rows.value().Int(2))};
  if (task.status != TaskStatus::kOpen) {
    return Status::Invalid(Problem::kWrongState, "task_id", "the task is no longer open");
  }
  return task;
}

Status CheckDue(const DossierInfo& dossier, TaskKind kind, Day due_on,
                const std::optional<int>& minute) {
  CARNET_TRY(CheckDayInDossier(dossier, due_on, "due_on"));
  if (kind == TaskKind::kAppointment && !minute) {
    return Status::Invalid(Problem::kRequired, "due_minute_of_day", "an appointment has a time");
  }
  if (minute && (*minute < 0 || *minute >= kMinutesPerDay)) {
    return Status::Invalid(Problem::kInvalidDate, "due_minute_of_day", "not a valid time");
  }
  return Status::Ok();
}

}  // namespace

Result<Id> Store::Apply(const AddRequest& c) {
  Result<DossierInfo> dossier = LoadDossier(db_, c.dossier_id);
  if (!dossier.ok()) return dossier.status();
  CARNET_TRY(RequireOpen(dossier.value()));
  CARNET_TRY(CheckDayInDossier(dossier.value(), c.opened_on, "opened_on"));
  if (c.category_codes.empty()) {
    return Status::Invalid(Problem::kRequired, "category_codes",
                           "a category is required (or \"no category fits\")");
  }
  for (const std::string& code : c.category_codes) CARNET_TRY(CheckCategory(db_, code));
  CARNET_TRY(CheckText(c.subject, "subject", kSubjectMax, TextKind::kLine, false));

  Savepoint savepoint(db_);
  CARNET_TRY(savepoint.status());
  CARNET_TRY(Run(db_, "INSERT INTO request(dossier_id, opened_on, subject) VALUES (?1, ?2, ?3)",
                 {c.dossier_id, static_cast<std::int64_t>(c.opened_on), Trim(c.subject)}));
  const Id request = db_.LastInsertId();
  for (const std::string& code : c.category_codes) {
    CARNET_TRY(Run(db_, "INSERT OR IGNORE INTO request_category VALUES (?1, ?2)", {request, code}));
  }
  CARNET_TRY(IndexText(db_, IndexKind::kRequest, request, c.dossier_id, Trim(c.subject)));
  CARNET_TRY(RefreshSummary(db_, c.dossier_id));
  CARNET_TRY(savepoint.Release());
  return request;
}

Status Store::Apply(const SetRequestStatus& c) {
  Result<Rows> rows =
      Select(db_, "SELECT dossier_id, opened_on FROM request WHERE id = ?1", {c.request_id});
  if (!rows.ok()) return rows.status();
  Result<bool> row = rows.value().Next();
  if (!row.ok()) return row.status();
  if (!row.value()) {
    return Status::Invalid(Problem::kUnknownReference, "request_id", "no such request");
  }
  const Id dossier_id = rows.value().Int(0);
  const auto opened_on = static_cast<Day>(rows.value().Int(1));
  if (static_cast<int>(c.status) >= kRequestStatusCount) {
    return Status::Invalid(Problem::kOutOfRange, "status", "unknown request status");
  }
  const bool open = c.status == RequestStatus::kOpen;
  if (!open) {
    if (!IsValidDay(c.on)) return Status::Invalid(Problem::kInvalidDate, "on", "not a valid date");
    if (c.on < opened_on) {
      return Status::Invalid(Problem::kBeforeOpening, "on", "before the request was made");
    }
  }
  Savepoint savepoint(db_);
  CARNET_TRY(savepoint.status());
  CARNET_TRY(Run(db_, "UPDATE request SET status = ?2, outcome_on = ?3 WHERE id = ?1",
                 {c.request_id, static_cast<std::int64_t>(c.status),
                  open ? SqlArg(nullptr) : SqlArg(static_cast<std::int64_t>(c.on))}));
  CARNET_TRY(RefreshSummary(db_, dossier_id));
  return savepoint.Release();
}

Result<Id> Store::Apply(const RecordContact& c) {
  Result<DossierInfo> dossier = LoadDossier(db_, c.dossier_id);
  if (!dossier.ok()) return dossier.status();
  CARNET_TRY(RequireOpen(dossier.value()));
  CARNET_TRY(CheckDayInDossier(dossier.value(), DayOfMinute(c.at), "at"));
  if (static_cast<int>(c.kind) >= kContactKindCount) {
    return Status::Invalid(Problem::kOutOfRange, "kind", "unknown kind of contact");
  }
  if (c.duration_minutes && (*c.duration_minutes < 1 || *c.duration_minutes > kMinutesPerDay)) {
    return Status::Invalid(Problem::kOutOfRange, "duration_minutes", "1 minute to 24 hours");
  }
  CARNET_TRY(CheckText(c.summary, "summary", kSummaryMax, TextKind::kMultiline, false));
  for (const Id request : c.request_ids) {
    // The request must belong to this dossier and have been made by the contact's day.
    Result<std::optional<std::int64_t>> opened =
        SelectInt(db_, "SELECT opened_on FROM request WHERE id = ?1 AND dossier_id = ?2",
                  {request, c.dossier_id});
    if (!opened.ok()) return opened.status();
    if (!opened.value()) {
      return Status::Invalid(Problem::kUnknownReference, "request_ids",
                             "no request " + std::to_string(request) + " in this dossier");
    }
    if (*opened.value() > DayOfMinute(c.at)) {
      return Status::Invalid(
          Problem::kBeforeOpening, "request_ids",
          "the contact is before request " + std::to_string(request) + " was made");
    }
  }
  Savepoint savepoint(db_);
  CARNET_TRY(savepoint.status());
  CARNET_TRY(Run(db_,
                 "INSERT INTO contact(dossier_id, kind, at, duration_minutes, summary) "
                 "VALUES (?1, ?2, ?3, ?4, ?5)",
                 {c.dossier_id, static_cast<std::int64_t>(c.kind), c.at, OrNull(c.duration_minutes),
                  Trim(c.summary)}));
  const Id contact = db_.LastInsertId();
  for (const Id request : c.request_ids) {
    CARNET_TRY(
        Run(db_, "INSERT OR IGNORE INTO contact_request VALUES (?1, ?2)", {contact, request}));
  }
  CARNET_TRY(IndexText(db_, IndexKind::kContact, contact, c.dossier_id, Trim(c.summary)));
  // The newest contact is the dossier's last one unless an older one is being recorded late.
  CARNET_TRY(Run(db_,
                 "UPDATE dossier SET last_contact_at = max(coalesce(last_contact_at, ?2), ?2) "
                 "WHERE id = ?1",
                 {c.dossier_id, c.at}));
  CARNET_TRY(savepoint.Release());
  return contact;
}

Result<Id> Store::Apply(const ScheduleTask& c) {
  Result<DossierInfo> dossier = LoadDossier(db_, c.dossier_id);
  if (!dossier.ok()) return dossier.status();
  CARNET_TRY(RequireOpen(dossier.value()));
  if (c.kind != TaskKind::kTask && c.kind != TaskKind::kAppointment) {
    return Status::Invalid(Problem::kOutOfRange, "kind", "a task or an appointment");
  }
  CARNET_TRY(CheckText(c.title, "title", kTitleMax, TextKind::kLine, true));
  CARNET_TRY(CheckDue(dossier.value(), c.kind, c.due_on, c.due_minute_of_day));
  if (c.reminder_minutes_before &&
      (*c.reminder_minutes_before < 0 || *c.reminder_minutes_before > 30 * kMinutesPerDay)) {
    return Status::Invalid(Problem::kOutOfRange, "reminder_minutes_before", "up to 30 days");
  }
  Savepoint savepoint(db_);
  CARNET_TRY(savepoint.status());
  CARNET_TRY(Run(db_,
                 "INSERT INTO task(dossier_id, kind, title, due_on, due_minute, reminder_minutes) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                 {c.dossier_id, static_cast<std::int64_t>(c.kind), Trim(c.title),
                  static_cast<std::int64_t>(c.due_on), OrNull(c.due_minute_of_day),
                  OrNull(c.reminder_minutes_before)}));
  const Id task = db_.LastInsertId();
  CARNET_TRY(RefreshSummary(db_, c.dossier_id));
  CARNET_TRY(savepoint.Release());
  return task;
}

Status Store::Apply(const CompleteTask& c) {
  Result<TaskInfo> task = LoadOpenTask(db_, c.task_id);
  if (!task.ok()) return task.status();
  Result<DossierInfo> dossier = LoadDossier(db_, task.value().dossier_id);
  if (!dossier.ok()) return dossier.status();
  CARNET_TRY(CheckDayInDossier(dossier.value(), DayOfMinute(c.at), "at"));
  Savepoint savepoint(db_);
  CARNET_TRY(savepoint.status());
  CARNET_TRY(Run(db_, "UPDATE task SET status = 1, done_at = ?2 WHERE id = ?1", {c.task_id, c.at}));
  CARNET_TRY(RefreshSummary(db_, task.value().dossier_id));
  return savepoint.Release();
}

Status Store::Apply(const CancelTask& c) {
  Result<TaskInfo> task = LoadOpenTask(db_, c.task_id);
  if (!task.ok()) return task.status();
  Savepoint savepoint(db_);
  CARNET_TRY(savepoint.status());
  CARNET_TRY(Run(db_, "UPDATE task SET status = 2 WHERE id = ?1", {c.task_id}));
  CARNET_TRY(RefreshSummary(db_, task.value().dossier_id));
  return savepoint.Release();
}

Status Store::Apply(const RescheduleTask& c) {
  Result<TaskInfo> task = LoadOpenTask(db_, c.task_id);
  if (!task.ok()) return task.status();
  Result<DossierInfo> dossier = LoadDossier(db_, task.value().dossier_id);
  if (!dossier.ok()) return dossier.status();
  CARNET_TRY(CheckDue(dossier.value(), task.value().kind, c.due_on, c.due_minute_of_day));
  Savepoint savepoint(db_);
  CARNET_TRY(savepoint.status());
  CARNET_TRY(Run(db_, "UPDATE task SET due_on = ?2, due_minute = ?3 WHERE id = ?1",
                 {c.task_id, static_cast<std::int64_t>(c.due_on), OrNull(c.due_minute_of_day)}));
  CARNET_TRY(RefreshSummary(db_, task.value().dossier_id));
  return savepoint.Release();
}

Result<Id> Store::Apply(const WriteNote& c) {
  Result<DossierInfo> dossier = LoadDossier(db_, c.dossier_id);
  if (!dossier.ok()) return dossier.status();
  CARNET_TRY(CheckDayInDossier(dossier.value(), DayOfMinute(c.at), "at"));
  CARNET_TRY(CheckText(c.text, "text", kNoteMax, TextKind::kMultiline, true));
  Savepoint savepoint(db_);
  CARNET_TRY(savepoint.status());
  CARNET_TRY(Run(db_, "INSERT INTO note(dossier_id, written_at, text) VALUES (?1, ?2, ?3)",
                 {c.dossier_id, c.at, c.text}));
  const Id note = db_.LastInsertId();
  CARNET_TRY(IndexText(db_, IndexKind::kNote, note, c.dossier_id, c.text));
  CARNET_TRY(savepoint.Release());
  return note;
}

}  // namespace carnet
