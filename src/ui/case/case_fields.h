// Form fields shared by the caseload's forms.
#pragma once

#include "app/base/form_input.h"
#include "ui/kit/frame.h"
#include "ui/kit/widgets.h"

namespace carnet::ui {

// A field whose answer may be a value or inconnu, non demandé, refus de répondre, sans objet:
// the text field, then the four answers as toggle buttons. Typing makes it a value; choosing an
// answer keeps the text typed but does not use it.
void AnswerField(Frame& frame, const char* label, const char* id, AnswerInput* input,
                 const char* error);

}  // namespace carnet::ui
