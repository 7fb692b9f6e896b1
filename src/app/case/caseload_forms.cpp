// The caseload's forms, read and applied to the case file. Every refusal names the field as
// the form knows it, and the store writes nothing for a refused command.
#include <algorithm>

#include "app/case/caseload.h"

namespace carnet {
namespace {

Status Invalid(const char* field, Problem problem) {
  return Status::Invalid(problem, field, std::string("invalid ") + field);
}

bool Blank(const std::string& text) { return text.find_first_not_of(" \t") == std::string::npos; }

Result<Day> DayField(const std::string& text, Day today, const char* field) {
  if (Blank(text)) return today;
  const std::optional<Day> day = ParseDayText(text);
  if (!day) return Invalid(field, Problem::kInvalidDate);
  return *day;
}

Result<std::optional<int>> TimeField(const std::string& text, const char* field) {
  if (Blank(text)) return std::optional<int>();
  const std::optional<int> minute = ParseTimeText(text);
  if (!minute) return Invalid(field, Problem::kInvalidDate);
  return std::optional<int>(*minute);
}

template <typename Item>
std::string FreeCode(const char* prefix, const std::vector<Item>& taken) {
  for (std::size_t n = taken.size() + 1;; ++n) {
    std::string code = prefix + std::to_string(n);
    const bool used = std::any_of(taken.begin(), taken.end(),
                                  [&](const Item& item) { return item.code == code; });
    if (!used) return code;
  }
}

}  // namespace

// The person's fields as typed; a refusal is the outcome of `form`.
Result<PersonFields> CaseloadController::ReadPerson(CaseForm form, const NewDossierForm& f) {
  PersonFields person;
  person.first_name = f.first_name;
  person.last_name = f.last_name;
  person.alias = f.alias;
  Result<Answer<BirthDate>> birth = BirthAnswer(f.birth, "birth");
  if (!birth.ok()) return Finish(form, birth.status());
  person.birth = birth.value();
  person.address = TextAnswer(f.address);
  person.phone = TextAnswer(f.phone);
  Result<Answer<int>> household = NumberAnswer(f.household_size, 1, 99, "household_size");
  if (!household.ok()) return Finish(form, household.status());
  person.household_size = household.value();
  return person;
}

Status CaseloadController::Apply(const CreateDossierRequested& c) {
  Store* store = nullptr;
  if (Status s = WritableStore(&store); !s.ok()) return Finish(CaseForm::kNewDossier, s);
  const NewDossierForm& f = c.form;
  CreateDossier command;
  Result<PersonFields> person = ReadPerson(CaseForm::kNewDossier, f);
  if (!person.ok()) return person.status();
  command.person = std::move(person).value();
  Result<Day> opened = DayField(f.opened_on, state_.today, "opened_on");
  if (!opened.ok()) return Finish(CaseForm::kNewDossier, opened.status());
  command.opened_on = opened.value();
  Result<Id> id = store->Apply(command);
  if (!id.ok()) return Finish(CaseForm::kNewDossier, id.status());
  (void)Finish(CaseForm::kNewDossier, Status::Ok());  // success: the form is answered
  return OpenDossier(id.value());
}

Status CaseloadController::Apply(const UpdatePersonRequested& c) {
  Store* store = nullptr;
  if (Status s = WritableStore(&store); !s.ok()) return Finish(CaseForm::kPerson, s);
  Result<PersonFields> person = ReadPerson(CaseForm::kPerson, c.form);
  if (!person.ok()) return person.status();
  return Finish(CaseForm::kPerson,
                store->Apply(UpdatePerson{c.dossier_id, std::move(person).value()}));
}

Status CaseloadController::Apply(const RecordContactRequested& c) {
  Store* store = nullptr;
  if (Status s = WritableStore(&store); !s.ok()) return Finish(CaseForm::kContact, s);
  const ContactForm& f = c.form;
  RecordContact command;
  command.dossier_id = c.dossier_id;
  command.kind = f.kind;
  Result<Day> day = DayField(f.day, state_.today, "day");
  if (!day.ok()) return Finish(CaseForm::kContact, day.status());
  Result<std::optional<int>> time = TimeField(f.time, "time");
  if (!time.ok()) return Finish(CaseForm::kContact, time.status());
  // Without a time: now when the day is today, else the day's start.
  const int minute =
      time.value() ? *time.value() : (day.value() == state_.today ? MinuteOfDay(state_.now) : 0);
  command.at = static_cast<Minute>(day.value()) * kMinutesPerDay + minute;
  if (!Blank(f.duration)) {
    AnswerInput duration{f.duration, AnswerState::kValue};
    Result<Answer<int>> minutes = NumberAnswer(duration, 1, 1440, "duration_minutes");
    if (!minutes.ok()) return Finish(CaseForm::kContact, minutes.status());
    command.duration_minutes = minutes.value().value;
  }
  command.request_ids = f.request_ids;
  command.summary = f.summary;
  Result<Id> id = store->Apply(command);
  return Finish(CaseForm::kContact, id.status());
}

Status CaseloadController::Apply(const AddRequestRequested& c) {
  Store* store = nullptr;
  if (Status s = WritableStore(&store); !s.ok()) return Finish(CaseForm::kRequest, s);
  AddRequest command;
  command.dossier_id = c.dossier_id;
  Result<Day> day = DayField(c.form.day, state_.today, "opened_on");
  if (!day.ok()) return Finish(CaseForm::kRequest, day.status());
  command.opened_on = day.value();
  command.category_codes = c.form.category_codes;
  command.subject = c.form.subject;
  Result<Id> id = store->Apply(command);
  return Finish(CaseForm::kRequest, id.status());
}

Status CaseloadController::Apply(const ScheduleRequested& c) {
  Store* store = nullptr;
  if (Status s = WritableStore(&store); !s.ok()) return Finish(CaseForm::kTask, s);
  ScheduleTask command;
  command.dossier_id = c.dossier_id;
  command.kind = c.form.kind;
  command.title = c.form.title;
  Result<Day> day = DayField(c.form.day, state_.today, "due_on");
  if (!day.ok()) return Finish(CaseForm::kTask, day.status());
  command.due_on = day.value();
  Result<std::optional<int>> time = TimeField(c.form.time, "due_minute_of_day");
  if (!time.ok()) return Finish(CaseForm::kTask, time.status());
  command.due_minute_of_day = time.value();
  Result<Id> id = store->Apply(command);
  return Finish(CaseForm::kTask, id.status());
}

Status CaseloadController::Apply(const WriteNoteRequested& c) {
  Store* store = nullptr;
  if (Status s = WritableStore(&store); !s.ok()) return Finish(CaseForm::kNote, s);
  Result<Id> id = store->Apply(WriteNote{c.dossier_id, state_.now, c.text});
  return Finish(CaseForm::kNote, id.status());
}

Status CaseloadController::Apply(const ChangeStatusRequested& c) {
  Store* store = nullptr;
  if (Status s = WritableStore(&store); !s.ok()) return Finish(CaseForm::kStatus, s);
  return Finish(CaseForm::kStatus,
                store->Apply(ChangeDossierStatus{c.dossier_id, c.status_code, state_.today}));
}

Status CaseloadController::Apply(const CloseDossierRequested& c) {
  Store* store = nullptr;
  if (Status s = WritableStore(&store); !s.ok()) return Finish(CaseForm::kClose, s);
  return Finish(CaseForm::kClose, store->Apply(CloseDossier{c.dossier_id, state_.today}));
}

Status CaseloadController::Apply(const ReopenDossierRequested& c) {
  Store* store = nullptr;
  if (Status s = WritableStore(&store); !s.ok()) return Finish(CaseForm::kClose, s);
  return Finish(CaseForm::kClose, store->Apply(ReopenDossier{c.dossier_id, state_.today, {}}));
}

Status CaseloadController::Apply(const SetRequestStatusRequested& c) {
  Store* store = nullptr;
  if (Status s = WritableStore(&store); !s.ok()) return Finish(CaseForm::kRequest, s);
  return Finish(CaseForm::kRequest,
                store->Apply(SetRequestStatus{c.request_id, c.status, state_.today}));
}

Status CaseloadController::Apply(const CompleteTaskRequested& c) {
  Store* store = nullptr;
  if (Status s = WritableStore(&store); !s.ok()) return Finish(CaseForm::kAgenda, s);
  return Finish(CaseForm::kAgenda, store->Apply(CompleteTask{c.task_id, state_.now}));
}

Status CaseloadController::Apply(const PostponeTaskRequested& c) {
  Store* store = nullptr;
  if (Status s = WritableStore(&store); !s.ok()) return Finish(CaseForm::kAgenda, s);
  if (c.days < 1 || c.days > 366)
    return Finish(CaseForm::kAgenda, Invalid("days", Problem::kOutOfRange));
  const auto item = std::find_if(state_.agenda.begin(), state_.agenda.end(),
                                 [&](const AgendaItem& a) { return a.task_id == c.task_id; });
  std::optional<int> minute;
  if (item != state_.agenda.end()) minute = item->due_minute_of_day;
  return Finish(CaseForm::kAgenda,
                store->Apply(RescheduleTask{c.task_id, state_.today + c.days, minute}));
}

Status CaseloadController::Apply(const AddLocalCategoryRequested& c) {
  Store* store = nullptr;
  if (Status s = WritableStore(&store); !s.ok()) return Finish(CaseForm::kCategory, s);
  if (Blank(c.label)) return Finish(CaseForm::kCategory, Invalid("label", Problem::kRequired));
  if (c.parent_code.empty()) {
    return Finish(CaseForm::kCategory, Invalid("parent_code", Problem::kRequired));
  }
  const std::string code = FreeCode("local-", state_.categories);
  return Finish(CaseForm::kCategory, store->Apply(AddLocalCategory{code, c.label, c.parent_code}));
}

Status CaseloadController::Apply(const DeactivateCategoryRequested& c) {
  Store* store = nullptr;
  if (Status s = WritableStore(&store); !s.ok()) return Finish(CaseForm::kCategory, s);
  return Finish(CaseForm::kCategory, store->Apply(DeactivateCategory{c.code}));
}

Status CaseloadController::Apply(const AddProcessStatusRequested& c) {
  Store* store = nullptr;
  if (Status s = WritableStore(&store); !s.ok()) return Finish(CaseForm::kProcessStatus, s);
  if (Blank(c.label)) return Finish(CaseForm::kProcessStatus, Invalid("label", Problem::kRequired));
  const std::string code = FreeCode("etape-", state_.statuses);
  return Finish(CaseForm::kProcessStatus, store->Apply(AddProcessStatus{code, c.label}));
}

Status CaseloadController::Apply(const DeactivateProcessStatusRequested& c) {
  Store* store = nullptr;
  if (Status s = WritableStore(&store); !s.ok()) return Finish(CaseForm::kProcessStatus, s);
  return Finish(CaseForm::kProcessStatus, store->Apply(DeactivateProcessStatus{c.code}));
}

}  // namespace carnet
