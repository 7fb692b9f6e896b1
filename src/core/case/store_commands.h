// Every change to the case file is one of these commands, applied by Store::Apply. A command is
// validated whole before anything is written, and applied in one transaction: a rejected
// command writes nothing and says which field is wrong (Status::problem() and field()).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/case/model.h"

namespace carnet {

// Opens a dossier for a new person. Returns the dossier's id.
struct CreateDossier {
  PersonFields person;
  Day opened_on = 0;
  std::string status_code;  // empty: the first step of the support process
};

struct UpdatePerson {
  Id dossier_id = 0;
  PersonFields person;
};

struct AddHouseholdMember {
  Id dossier_id = 0;
  std::string name;
  std::string relation;  // e.g. "conjointe", "fils"
  Answer<int> birth_year;
};

// Moves the dossier to another step of the process. A step that closes is refused: use
// CloseDossier, which records the closing date.
struct ChangeDossierStatus {
  Id dossier_id = 0;
  std::string status_code;
  Day on = 0;
};

struct CloseDossier {
  Id dossier_id = 0;
  Day closed_on = 0;
};

struct ReopenDossier {
  Id dossier_id = 0;
  Day on = 0;
  std::string status_code;  // empty: the last step before closing
};

// Records a request (demande). Returns its id. At least one category; "no category fits" is
// a category of its own.
struct AddRequest {
  Id dossier_id = 0;
  Day opened_on = 0;
  std::vector<std::string> category_codes;
  std::string subject;  // a short factual description; optional
};

// Sets a request's status; any status but kOpen records its outcome on `on`.
struct SetRequestStatus {
  Id request_id = 0;
  RequestStatus status = RequestStatus::kOpen;
  Day on = 0;
};

// Records a contact (entretien, visite, appel...). Returns its id.
struct RecordContact {
  Id dossier_id = 0;
  ContactKind kind = ContactKind::kInterview;
  Minute at = 0;
  std::optional<int> duration_minutes;  // 1 to 1440 when given
  std::vector<Id> request_ids;          // requests of the same dossier it dealt with
  std::string summary;                  // short and factual
};

// Plans a task or an appointment. Returns its id. An appointment has a time.
struct ScheduleTask {
  Id dossier_id = 0;
  TaskKind kind = TaskKind::kTask;
  std::string title;
  Day due_on = 0;
  std::optional<int> due_minute_of_day;        // 0 to 1439; required for appointments
  std::optional<int> reminder_minutes_before;  // 0 to 30 days
};

struct CompleteTask {
  Id task_id = 0;
  Minute at = 0;
};

struct CancelTask {
  Id task_id = 0;
};

struct RescheduleTask {
  Id task_id = 0;
  Day due_on = 0;
  std::optional<int> due_minute_of_day;
};

// A private note. Never used in statistics; part of the person's own copy of their file.
struct WriteNote {
  Id dossier_id = 0;
  Minute at = 0;
  std::string text;
};

// A local sub-category, mapped to a national category.
struct AddLocalCategory {
  std::string code;
  std::string label;
  std::string parent_code;
};

struct DeactivateCategory {
  std::string code;
};

// Adds a step to the support process, before the closing step.
struct AddProcessStatus {
  std::string code;
  std::string label;
};

struct DeactivateProcessStatus {
  std::string code;
};

}  // namespace carnet
