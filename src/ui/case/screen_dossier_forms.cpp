// The dossier's forms: a contact, a request (with the category picker), a task or an
// appointment, a note, a change of step, the closing. Enter in a single-line field saves; a
// refusal keeps the text and is shown beside its field.
#include "ui/case/screen_dossier_forms.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/base/text_rules.h"
#include "ui/case/case_text.h"
#include "ui/case/screen_case.h"
#include "ui/kit/layout.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

namespace carnet::ui {
namespace {

TextFieldOptions Short(const Frame& frame, CaseForm form, const char* fields, float width) {
  TextFieldOptions options;
  options.max_chars = 10;
  options.width = width;
  options.error = CaseFieldError(frame, form, fields);
  return options;
}

bool SaveRow(Frame& frame, CaseForm form, const char* id) {
  WidgetOptions save;
  save.primary = true;
  const bool saved = Button(frame.a11y, frame.Tr(Msg::kSave), id, save);
  ImGui::SameLine();
  if (Button(frame.a11y, frame.Tr(Msg::kCancel), (std::string(id) + "-cancel").c_str())) {
    frame.case_forms->open = CaseForm::kNone;
  }
  if (const char* error = CaseFormError(frame, form)) {
    ImGui::PushStyleColor(ImGuiCol_Text, ErrorColor());
    Paragraph(frame.a11y, error);
    ImGui::PopStyleColor();
  }
  return saved;
}

void DrawContact(Frame& frame, const DossierHeader& h) {
  CaseForms& f = *frame.case_forms;
  ContactForm& c = f.contact;
  constexpr CaseForm kForm = CaseForm::kContact;
  for (int k = 0; k < kContactKindCount; ++k) {
    const auto kind = static_cast<ContactKind>(k);
    WidgetOptions toggle;
    toggle.pressed = c.kind == kind ? Tristate::kTrue : Tristate::kFalse;
    if (k > 0) SameLineForButton(ContactKindText(frame, kind));
    if (Button(frame.a11y, ContactKindText(frame, kind),
               ("contact-kind-" + std::to_string(k)).c_str(), toggle)) {
      c.kind = kind;
    }
  }
  TextFieldOptions summary;
  summary.max_chars = 4000;
  summary.focus_now = f.focus_first;
  summary.error = CaseFieldError(frame, kForm, "summary");
  bool submitted =
      TextField(frame.a11y, frame.Tr(Msg::kFieldSummary), "contact-summary", &c.summary, summary)
          .submitted;
  submitted |= TextField(frame.a11y, frame.Tr(Msg::kFieldDay), "contact-day", &c.day,
                         Short(frame, kForm, "day,at", 200.0f))
                   .submitted;
  SameLineIfRoom(160.0f);
  submitted |= TextField(frame.a11y, frame.Tr(Msg::kFieldTime), "contact-time", &c.time,
                         Short(frame, kForm, "time", 160.0f))
                   .submitted;
  SameLineIfRoom(160.0f);
  submitted |= TextField(frame.a11y, frame.Tr(Msg::kFieldDuration), "contact-duration", &c.duration,
                         Short(frame, kForm, "duration_minutes", 160.0f))
                   .submitted;
  for (const RequestSummary& r : h.requests) {
    if (r.status != RequestStatus::kOpen) continue;
    bool linked =
        std::find(c.request_ids.begin(), c.request_ids.end(), r.request_id) != c.request_ids.end();
    std::string label =
        r.subject.empty() ? CategoryLabel(frame, r.category_codes.front()) : r.subject;
    const std::string id = "contact-request-" + std::to_string(r.request_id);
    if (Checkbox(frame.a11y, label.c_str(), id.c_str(), &linked)) {
      if (linked) {
        c.request_ids.push_back(r.request_id);
      } else {
        c.request_ids.erase(std::remove(c.request_ids.begin(), c.request_ids.end(), r.request_id),
                            c.request_ids.end());
      }
    }
  }
  if (SaveRow(frame, kForm, "contact-save") || submitted) {
    Submit(frame, kForm, RecordContactRequested{h.dossier_id, c});
  }
}

// Case and French accents ignored: "equip" finds "Équipement".
std::string Folded(const std::string& text) { return FoldForSort(text); }

void DrawRequest(Frame& frame, const DossierHeader& h) {
  CaseForms& f = *frame.case_forms;
  RequestForm& r = f.request;
  constexpr CaseForm kForm = CaseForm::kRequest;
  TextFieldOptions search;
  search.max_chars = 60;
  search.focus_now = f.focus_first;
  search.required = true;
  search.error = CaseFieldError(frame, kForm, "category_codes");
  TextField(frame.a11y, frame.Tr(Msg::kFieldCategorySearch), "request-category-search",
            &f.category_search, search);
  const std::string needle = Folded(f.category_search);
  int shown = 0;
  for (const Category& category : frame.caseload->categories) {
    const bool chosen = std::find(r.category_codes.begin(), r.category_codes.end(),
                                  category.code) != r.category_codes.end();
    // Chosen ones stay visible; "ne correspond à aucune catégorie" is always offered.
    const bool match = needle.empty() || Folded(category.label).find(needle) != std::string::npos;
    if (!chosen &&
        (!category.active || !(match || (category.no_fit && category.parent_code.empty())))) {
      continue;
    }
    if (!chosen && needle.empty() && !category.parent_code.empty()) continue;
    WidgetOptions toggle;
    toggle.pressed = chosen ? Tristate::kTrue : Tristate::kFalse;
    std::string label = category.label;
    if (!category.parent_code.empty())
      label.insert(0, CategoryLabel(frame, category.parent_code) + " › ");
    if (shown > 0 && ImGui::GetContentRegionAvail().x > ImGui::CalcTextSize(label.c_str()).x + 40) {
      ImGui::SameLine();
    }
    ++shown;
    if (Button(frame.a11y, label.c_str(), ("category-" + category.code).c_str(), toggle)) {
      if (chosen) {
        r.category_codes.erase(
            std::remove(r.category_codes.begin(), r.category_codes.end(), category.code),
            r.category_codes.end());
      } else {
        r.category_codes.push_back(category.code);
      }
    }
  }
  TextFieldOptions subject;
  subject.max_chars = 500;
  subject.error = CaseFieldError(frame, kForm, "subject");
  bool submitted =
      TextField(frame.a11y, frame.Tr(Msg::kFieldSubject), "request-subject", &r.subject, subject)
          .submitted;
  submitted |= TextField(frame.a11y, frame.Tr(Msg::kFieldDay), "request-day", &r.day,
                         Short(frame, kForm, "opened_on,on", 200.0f))
                   .submitted;
  if (SaveRow(frame, kForm, "request-save") || submitted) {
    Submit(frame, kForm, AddRequestRequested{h.dossier_id, r});
  }
}

void DrawTask(Frame& frame, const DossierHeader& h) {
  CaseForms& f = *frame.case_forms;
  TaskForm& t = f.task;
  constexpr CaseForm kForm = CaseForm::kTask;
  for (const TaskKind kind : {TaskKind::kTask, TaskKind::kAppointment}) {
    WidgetOptions toggle;
    toggle.pressed = t.kind == kind ? Tristate::kTrue : Tristate::kFalse;
    if (kind == TaskKind::kAppointment) ImGui::SameLine();
    if (Button(frame.a11y, TaskKindText(frame, kind),
               kind == TaskKind::kTask ? "task-kind-task" : "task-kind-appointment", toggle)) {
      t.kind = kind;
    }
  }
  TextFieldOptions title;
  title.max_chars = 200;
  title.required = true;
  title.focus_now = f.focus_first;
  title.error = CaseFieldError(frame, kForm, "title");
  bool submitted =
      TextField(frame.a11y, frame.Tr(Msg::kFieldTitle), "task-title", &t.title, title).submitted;
  submitted |= TextField(frame.a11y, frame.Tr(Msg::kFieldDay), "task-day", &t.day,
                         Short(frame, kForm, "due_on", 200.0f))
                   .submitted;
  SameLineIfRoom(160.0f);
  TextFieldOptions time = Short(frame, kForm, "due_minute_of_day", 160.0f);
  time.required = t.kind == TaskKind::kAppointment;
  submitted |=
      TextField(frame.a11y, frame.Tr(Msg::kFieldTime), "task-time", &t.time, time).submitted;
  if (SaveRow(frame, kForm, "task-save") || submitted) {
    Submit(frame, kForm, ScheduleRequested{h.dossier_id, t});
  }
}

void DrawNote(Frame& frame, const DossierHeader& h) {
  CaseForms& f = *frame.case_forms;
  TextFieldOptions note;
  note.multiline = true;
  note.lines = 5;
  note.max_chars = 20000;
  note.focus_now = f.focus_first;
  note.error = CaseFieldError(frame, CaseForm::kNote, "text");
  TextField(frame.a11y, frame.Tr(Msg::kFieldNote), "note-text", &f.note, note);
  if (SaveRow(frame, CaseForm::kNote, "note-save")) {
    Submit(frame, CaseForm::kNote, WriteNoteRequested{h.dossier_id, f.note});
  }
}

// An answer as the person form shows it: the value as text, or the state chosen.
template <typename T>
AnswerInput AsInput(const Answer<T>& answer, const std::string& text) {
  return AnswerInput{answer.has_value() ? text : std::string(), answer.state};
}

// The person's record, filled from the case file when it opens.
void DrawPerson(Frame& frame, const DossierHeader& h) {
  CaseForms& f = *frame.case_forms;
  if (f.person_of != h.dossier_id) {
    const PersonFields& p = frame.caseload->dossier.person;
    f.person.first_name = p.first_name;
    f.person.last_name = p.last_name;
    f.person.alias = p.alias;
    f.person.birth = AsInput(p.birth, p.birth.has_value() ? BirthText(p.birth.value) : "");
    f.person.address = AsInput(p.address, p.address.value);
    f.person.phone = AsInput(p.phone, p.phone.value);
    f.person.household_size = AsInput(p.household_size, std::to_string(p.household_size.value));
    f.person_of = h.dossier_id;
  }
  const bool submitted = DrawPersonFields(frame, CaseForm::kPerson, f.person);
  if (SaveRow(frame, CaseForm::kPerson, "person-save") || submitted) {
    Submit(frame, CaseForm::kPerson, UpdatePersonRequested{h.dossier_id, f.person});
  }
}

void DrawStep(Frame& frame, const DossierHeader& h) {
  bool first = true;
  for (const ProcessStatus& step : frame.caseload->statuses) {
    if (!step.active || step.closes) continue;
    WidgetOptions toggle;
    toggle.pressed = step.code == h.status_code ? Tristate::kTrue : Tristate::kFalse;
    toggle.focus_now = first && frame.case_forms->focus_first;
    if (!first) SameLineForButton(step.label.c_str());
    first = false;
    if (Button(frame.a11y, step.label.c_str(), ("step-" + step.code).c_str(), toggle) &&
        step.code != h.status_code) {
      Submit(frame, CaseForm::kStatus, ChangeStatusRequested{h.dossier_id, step.code});
    }
  }
  if (const char* error = CaseFormError(frame, CaseForm::kStatus)) Paragraph(frame.a11y, error);
}

void DrawClose(Frame& frame, const DossierHeader& h) {
  WidgetOptions confirm;
  confirm.primary = true;
  confirm.focus_now = frame.case_forms->focus_first;
  const std::string label = std::string(frame.Tr(Msg::kCloseDossier)) + " (" +
                            carnet::DayText(frame.caseload->today) + ")";
  if (Button(frame.a11y, label.c_str(), "close-confirm", confirm)) {
    Submit(frame, CaseForm::kClose, CloseDossierRequested{h.dossier_id});
  }
  if (const char* error = CaseFormError(frame, CaseForm::kClose)) Paragraph(frame.a11y, error);
}

}  // namespace

void DrawDossierForm(Frame& frame, const DossierHeader& h) {
  CaseForms& f = *frame.case_forms;
  switch (f.open) {
    case CaseForm::kContact: DrawContact(frame, h); break;
    case CaseForm::kRequest: DrawRequest(frame, h); break;
    case CaseForm::kTask: DrawTask(frame, h); break;
    case CaseForm::kNote: DrawNote(frame, h); break;
    case CaseForm::kStatus: DrawStep(frame, h); break;
    case CaseForm::kPerson: DrawPerson(frame, h); break;
    case CaseForm::kClose: DrawClose(frame, h); break;
    default: break;
  }
  f.focus_first = false;
}

}  // namespace carnet::ui
