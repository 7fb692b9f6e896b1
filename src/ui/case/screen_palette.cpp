// The command palette: Ctrl+K from any screen, the start of a name, Enter, then the action.
// Recording a contact: Ctrl+K, the name's first letters, Enter (the first dossier found),
// Enter ("Noter un contact"), Enter (the contact form, a summary typed or not).
#include <imgui.h>

#include "ui/case/screen_case.h"
#include "ui/kit/layout.h"
#include "ui/kit/widgets.h"

namespace carnet::ui {
namespace {

void Choose(CaseForms& f, const PaletteHit& hit) {
  f.palette_choice = hit.dossier_id;
  f.palette_choice_name = hit.display_name;
}

void Close(CaseForms& f) {
  f.palette_open = false;
  f.palette_choice = 0;
  f.palette_text.clear();
}

// Opens the chosen dossier, with `form` open on it (kNone: the dossier alone).
void Act(Frame& frame, CaseForm form) {
  CaseForms& f = *frame.case_forms;
  frame.commands.push_back(OpenDossierRequested{f.palette_choice});
  f.open = form;
  f.focus_first = form != CaseForm::kNone;
  Close(f);
}

void DrawActions(Frame& frame) {
  CaseForms& f = *frame.case_forms;
  Paragraph(frame.a11y, f.palette_choice_name.c_str());
  WidgetOptions first;
  first.primary = true;
  first.focus_now = f.palette_focus;
  f.palette_focus = false;
  if (Button(frame.a11y, frame.Tr(Msg::kRecordContact), "palette-contact", first)) {
    Act(frame, CaseForm::kContact);
    return;
  }
  SameLineForButton(frame.Tr(Msg::kPlan));
  if (Button(frame.a11y, frame.Tr(Msg::kPlan), "palette-plan")) {
    Act(frame, CaseForm::kTask);
    return;
  }
  SameLineForButton(frame.Tr(Msg::kOpen));
  if (Button(frame.a11y, frame.Tr(Msg::kOpen), "palette-open")) Act(frame, CaseForm::kNone);
}

}  // namespace

void DrawPalette(Frame& frame) {
  CaseForms& f = *frame.case_forms;
  const CaseloadUiState& c = *frame.caseload;
  if (ShortcutPressed(frame.a11y, Shortcut::kEscape)) {
    Close(f);
    return;
  }
  Heading(frame.a11y, frame.Tr(Msg::kPaletteTitle), 2);
  TextFieldOptions field;
  field.focus_now = f.palette_focus && f.palette_choice == 0;
  field.max_chars = 100;
  field.width = 420.0f;
  if (field.focus_now) f.palette_focus = false;
  const TextFieldResult typed =
      TextField(frame.a11y, frame.Tr(Msg::kPaletteField), "palette-text", &f.palette_text, field);
  if (typed.changed) {
    f.palette_choice = 0;
    frame.commands.push_back(PaletteSearch{f.palette_text});
  }
  // The hits answer the text last searched; Enter waits for them to match what was typed.
  const bool current = c.palette_text == f.palette_text;
  if (typed.submitted && current && !c.palette_hits.empty()) {
    Choose(f, c.palette_hits.front());
    f.palette_focus = true;
  }
  if (f.palette_choice != 0) {
    DrawActions(frame);
  } else if (current && !f.palette_text.empty()) {
    if (c.palette_hits.empty()) Paragraph(frame.a11y, frame.Tr(Msg::kPaletteNoHit));
    for (const PaletteHit& hit : c.palette_hits) {
      const std::string id = "palette-hit-" + std::to_string(hit.dossier_id);
      WidgetOptions options;
      if (hit.where != "person") options.description = frame.Tr(Msg::kPaletteFoundIn);
      if (Button(frame.a11y, hit.display_name.c_str(), id.c_str(), options)) {
        Choose(f, hit);
        f.palette_focus = true;
      }
    }
  }
  if (Button(frame.a11y, frame.Tr(Msg::kClose), "palette-close")) Close(f);
}

}  // namespace carnet::ui
