// A case form's submission and its answer (screen_case.h).
#include <utility>

#include "ui/case/case_text.h"
#include "ui/case/screen_case.h"
#include "ui/kit/widgets.h"

namespace carnet::ui {

void Submit(Frame& frame, CaseForm form, Command command) {
  frame.case_forms->awaiting = form;
  frame.case_forms->awaiting_serial = frame.caseload->outcome.serial + 1;
  frame.commands.push_back(std::move(command));
}

// Answers a submission: success clears the form and closes it; a refusal keeps its text.
void CollectCaseOutcome(Frame& frame) {
  CaseForms& f = *frame.case_forms;
  const FormOutcome& outcome = frame.caseload->outcome;
  if (f.awaiting == CaseForm::kNone || outcome.serial < f.awaiting_serial) return;
  if (outcome.form == f.awaiting && outcome.status.ok()) {
    f.Clear(f.awaiting);
    if (f.open == f.awaiting) f.open = CaseForm::kNone;
    Announce(frame.a11y, frame.Tr(Msg::kRecorded));
  } else if (const char* error = CaseFormError(frame, f.awaiting)) {
    Announce(frame.a11y, error, true);
  }
  f.awaiting = CaseForm::kNone;
}

}  // namespace carnet::ui
