// Paramètres: the typology's local sub-categories, the steps of the support process, and the
// vault's own matters (backups, auto-lock, passphrase).
#include <imgui.h>

#include <string>

#include "ui/case/case_text.h"
#include "ui/case/screen_case.h"
#include "ui/kit/layout.h"
#include "ui/kit/widgets.h"
#include "ui/vault/screen_vault.h"

namespace carnet::ui {
namespace {

void DrawCategories(Frame& frame, bool writable) {
  CaseForms& f = *frame.case_forms;
  const CaseloadUiState& c = *frame.caseload;
  Heading(frame.a11y, frame.Tr(Msg::kCategoriesTitle), 2);
  for (const Category& category : c.categories) {
    if (category.parent_code.empty() || !category.active) continue;
    const std::string line = CategoryLabel(frame, category.parent_code) + " › " + category.label;
    Paragraph(frame.a11y, line.c_str());
    ImGui::SameLine();
    WidgetOptions options;
    options.disabled = !writable;
    options.description = line.c_str();
    if (Button(frame.a11y, frame.Tr(Msg::kDeactivate), ("deactivate-" + category.code).c_str(),
               options)) {
      Submit(frame, CaseForm::kCategory, DeactivateCategoryRequested{category.code});
    }
  }
  Paragraph(frame.a11y, frame.Tr(Msg::kParentCategory));
  bool first = true;
  for (const Category& category : c.categories) {
    if (!category.parent_code.empty() || !category.active || category.no_fit) continue;
    WidgetOptions toggle;
    toggle.pressed = f.new_category_parent == category.code ? Tristate::kTrue : Tristate::kFalse;
    if (!first &&
        ImGui::GetContentRegionAvail().x > ImGui::CalcTextSize(category.label.c_str()).x + 40) {
      ImGui::SameLine();
    }
    first = false;
    if (Button(frame.a11y, category.label.c_str(), ("parent-" + category.code).c_str(), toggle)) {
      f.new_category_parent = category.code;
    }
  }
  TextFieldOptions label;
  label.max_chars = 100;
  label.disabled = !writable;
  label.error = CaseFieldError(frame, CaseForm::kCategory, "label,parent_code,code");
  const bool submitted =
      TextField(frame.a11y, frame.Tr(Msg::kNewCategory), "new-category", &f.new_category, label)
          .submitted;
  WidgetOptions add;
  add.disabled = !writable;
  if (Button(frame.a11y, frame.Tr(Msg::kAddCategory), "new-category-add", add) || submitted) {
    Submit(frame, CaseForm::kCategory,
           AddLocalCategoryRequested{f.new_category, f.new_category_parent});
  }
}

void DrawSteps(Frame& frame, bool writable) {
  CaseForms& f = *frame.case_forms;
  Heading(frame.a11y, frame.Tr(Msg::kStepsTitle), 2);
  for (const ProcessStatus& step : frame.caseload->statuses) {
    if (!step.active) continue;
    Paragraph(frame.a11y, step.label.c_str());
    if (step.closes) continue;
    ImGui::SameLine();
    WidgetOptions options;
    options.disabled = !writable;
    options.description = step.label.c_str();
    if (Button(frame.a11y, frame.Tr(Msg::kDeactivate), ("deactivate-step-" + step.code).c_str(),
               options)) {
      Submit(frame, CaseForm::kProcessStatus, DeactivateProcessStatusRequested{step.code});
    }
  }
  TextFieldOptions label;
  label.max_chars = 100;
  label.disabled = !writable;
  label.error = CaseFieldError(frame, CaseForm::kProcessStatus, "label,code");
  const bool submitted =
      TextField(frame.a11y, frame.Tr(Msg::kNewStep), "new-step", &f.new_step, label).submitted;
  WidgetOptions add;
  add.disabled = !writable;
  if (Button(frame.a11y, frame.Tr(Msg::kAddStep), "new-step-add", add) || submitted) {
    Submit(frame, CaseForm::kProcessStatus, AddProcessStatusRequested{f.new_step});
  }
  if (const char* error = CaseFormError(frame, CaseForm::kProcessStatus)) {
    Paragraph(frame.a11y, error);
  }
}

}  // namespace

void DrawCaseSettings(Frame& frame) {
  const bool writable = !frame.vault->read_only;
  BeginColumn(760.0f, 0.0f);
  Heading(frame.a11y, frame.Tr(Msg::kNavSettings), 2);
  Heading(frame.a11y, frame.Tr(Msg::kSecurityTitle), 2);
  DrawVaultSections(frame);
  ImGui::Dummy(ImVec2(0, 12));
  DrawCategories(frame, writable);
  ImGui::Dummy(ImVec2(0, 12));
  DrawSteps(frame, writable);
  EndColumn();
}

void CaseForms::Clear(CaseForm form) {
  switch (form) {
    case CaseForm::kNewDossier: new_dossier = NewDossierForm{}; break;
    case CaseForm::kPerson:
      person = NewDossierForm{};
      person_of = 0;
      break;
    case CaseForm::kContact: contact = ContactForm{}; break;
    case CaseForm::kRequest:
      request = RequestForm{};
      category_search.clear();
      break;
    case CaseForm::kTask: task = TaskForm{}; break;
    case CaseForm::kNote: note.clear(); break;
    case CaseForm::kCategory: new_category.clear(); break;
    case CaseForm::kProcessStatus: new_step.clear(); break;
    default: break;
  }
}

}  // namespace carnet::ui
