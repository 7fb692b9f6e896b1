// A new dossier: a name or an alias is enough; every other answer can be inconnu, non
// demandé (the default), refus de répondre or sans objet. A refused form keeps what was typed
// and says what is wrong beside the field.
#include <imgui.h>

#include "ui/case/case_fields.h"
#include "ui/case/case_text.h"
#include "ui/case/screen_case.h"
#include "ui/kit/layout.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

namespace carnet::ui {

bool DrawPersonFields(Frame& frame, CaseForm kForm, NewDossierForm& d) {
  CaseForms& f = *frame.case_forms;
  Paragraph(frame.a11y, frame.Tr(Msg::kNameHint));
  TextFieldOptions name;
  name.max_chars = 100;
  name.required = true;
  name.focus_now = f.focus_first;
  f.focus_first = false;
  name.error = CaseFieldError(frame, kForm, "last_name");
  bool submitted =
      TextField(frame.a11y, frame.Tr(Msg::kFieldLastName), "new-last-name", &d.last_name, name)
          .submitted;
  name.required = false;
  name.focus_now = false;
  name.error = CaseFieldError(frame, kForm, "first_name");
  submitted |=
      TextField(frame.a11y, frame.Tr(Msg::kFieldFirstName), "new-first-name", &d.first_name, name)
          .submitted;
  name.error = CaseFieldError(frame, kForm, "alias");
  submitted |=
      TextField(frame.a11y, frame.Tr(Msg::kFieldAlias), "new-alias", &d.alias, name).submitted;
  AnswerField(frame, frame.Tr(Msg::kFieldBirth), "new-birth", &d.birth,
              CaseFieldError(frame, kForm, "birth,birth_year"));
  AnswerField(frame, frame.Tr(Msg::kFieldAddress), "new-address", &d.address,
              CaseFieldError(frame, kForm, "address"));
  AnswerField(frame, frame.Tr(Msg::kFieldPhone), "new-phone", &d.phone,
              CaseFieldError(frame, kForm, "phone"));
  AnswerField(frame, frame.Tr(Msg::kFieldHousehold), "new-household", &d.household_size,
              CaseFieldError(frame, kForm, "household_size"));
  return submitted;
}

void DrawNewDossier(Frame& frame) {
  CaseForms& f = *frame.case_forms;
  NewDossierForm& d = f.new_dossier;
  constexpr CaseForm kForm = CaseForm::kNewDossier;
  BeginColumn(640.0f, 8.0f);
  Heading(frame.a11y, frame.Tr(Msg::kNewDossier), 2);
  bool submitted = DrawPersonFields(frame, kForm, d);
  TextFieldOptions day;
  day.max_chars = 10;
  day.width = 200.0f;
  day.error = CaseFieldError(frame, kForm, "opened_on");
  submitted |=
      TextField(frame.a11y, frame.Tr(Msg::kFieldOpenedOn), "new-opened-on", &d.opened_on, day)
          .submitted;
  ImGui::Dummy(ImVec2(0, 6));
  WidgetOptions save;
  save.primary = true;
  if (Button(frame.a11y, frame.Tr(Msg::kSave), "new-dossier-save", save) || submitted) {
    Submit(frame, kForm, CreateDossierRequested{d});
  }
  ImGui::SameLine();
  if (Button(frame.a11y, frame.Tr(Msg::kCancel), "new-dossier-cancel")) f.open = CaseForm::kNone;
  if (const char* error = CaseFormError(frame, kForm)) {
    ImGui::PushStyleColor(ImGuiCol_Text, ErrorColor());
    Paragraph(frame.a11y, error);
    ImGui::PopStyleColor();
  }
  EndColumn();
}

}  // namespace carnet::ui
