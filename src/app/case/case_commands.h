// What the user asks of the open case file: which screen, which dossier, the overview's filters,
// the command palette's search, and the forms that change the case file. Forms carry the text
// as typed; the caseload controller reads it (app/base/form_input.h) and says which field is wrong.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/base/form_input.h"
#include "core/case/model.h"
#include "core/case/store.h"

namespace carnet {

enum class CaseView : unsigned char {
  kOverview,
  kToday,
  kDossier,
  kSettings,
  kStatistics,
  kSharing,  // contacts, packages received, the register, the access log, the purge list
};

// The forms, to tell which one a refusal concerns.
enum class CaseForm : unsigned char {
  kNone,
  kNewDossier,
  kPerson,  // the person's record, edited
  kContact,
  kRequest,
  kTask,
  kNote,
  kStatus,
  kClose,
  kAgenda,
  kCategory,
  kProcessStatus,
};

struct ShowCaseView {
  CaseView view = CaseView::kOverview;
};
struct OpenDossierRequested {
  Id dossier_id = 0;
};

// The overview's filters and order (OverviewQuery without the date, which is today's).
struct OverviewFilter {
  std::optional<std::string> status_code;
  std::optional<std::string> category_code;
  bool overdue_only = false;
  std::optional<int> no_contact_for_days;
  bool include_closed = false;
  OverviewSort sort = OverviewSort::kName;
  bool descending = false;
};
struct SetOverviewFilter {
  OverviewFilter filter;
};

// The command palette: dossiers whose name starts with the text.
struct PaletteSearch {
  std::string text;
};

struct NewDossierForm {
  std::string first_name;
  std::string last_name;
  std::string alias;
  AnswerInput birth;
  AnswerInput address;
  AnswerInput phone;
  AnswerInput household_size;
  std::string opened_on;  // empty: today
};
struct ContactForm {
  ContactKind kind = ContactKind::kInterview;
  std::string day;   // empty: today
  std::string time;  // empty: now
  std::string duration;
  std::string summary;
  std::vector<Id> request_ids;
};
struct RequestForm {
  std::vector<std::string> category_codes;
  std::string subject;
  std::string day;  // empty: today
};
struct TaskForm {
  TaskKind kind = TaskKind::kTask;
  std::string title;
  std::string day;
  std::string time;  // required for an appointment
};

struct CreateDossierRequested {
  NewDossierForm form;
};
// The person's record as edited: every field is replaced by the form's.
struct UpdatePersonRequested {
  Id dossier_id = 0;
  NewDossierForm form;
};
struct RecordContactRequested {
  Id dossier_id = 0;
  ContactForm form;
};
struct AddRequestRequested {
  Id dossier_id = 0;
  RequestForm form;
};
struct ScheduleRequested {
  Id dossier_id = 0;
  TaskForm form;
};
struct WriteNoteRequested {
  Id dossier_id = 0;
  std::string text;
};
struct ChangeStatusRequested {
  Id dossier_id = 0;
  std::string status_code;
};
struct CloseDossierRequested {
  Id dossier_id = 0;
};
struct ReopenDossierRequested {
  Id dossier_id = 0;
};
struct SetRequestStatusRequested {
  Id request_id = 0;
  RequestStatus status = RequestStatus::kOpen;
};
struct CompleteTaskRequested {
  Id task_id = 0;
};
// Moves a task or appointment `days` days after today, at the same time.
struct PostponeTaskRequested {
  Id task_id = 0;
  int days = 1;
};
struct AddLocalCategoryRequested {
  std::string label;
  std::string parent_code;
};
struct DeactivateCategoryRequested {
  std::string code;
};
struct AddProcessStatusRequested {
  std::string label;
};
struct DeactivateProcessStatusRequested {
  std::string code;
};

}  // namespace carnet
