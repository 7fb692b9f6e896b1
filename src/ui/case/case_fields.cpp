#include "ui/case/case_fields.h"

#include "ui/kit/layout.h"

#include <imgui.h>

#include <string>

namespace carnet::ui {

void AnswerField(Frame& frame, const char* label, const char* id, AnswerInput* input,
                 const char* error) {
  TextFieldOptions options;
  options.error = error;
  options.max_chars = 300;
  if (TextField(frame.a11y, label, id, &input->text, options).changed) {
    input->state = AnswerState::kValue;
  }
  struct Choice {
    AnswerState state;
    Msg label;
    const char* suffix;
  };
  static constexpr Choice kChoices[] = {
      {AnswerState::kUnknown, Msg::kAnswerUnknown, "-unknown"},
      {AnswerState::kNotAsked, Msg::kAnswerNotAsked, "-not-asked"},
      {AnswerState::kRefused, Msg::kAnswerRefused, "-refused"},
      {AnswerState::kNotApplicable, Msg::kAnswerNotApplicable, "-not-applicable"},
  };
  const bool empty_value = input->state == AnswerState::kValue &&
                           input->text.find_first_not_of(' ') == std::string::npos;
  bool first = true;
  for (const Choice& choice : kChoices) {
    const bool on =
        input->state == choice.state || (empty_value && choice.state == AnswerState::kNotAsked);
    WidgetOptions toggle;
    toggle.pressed = on ? Tristate::kTrue : Tristate::kFalse;
    // The accessible name says which field the answer is for.
    toggle.description = label;
    if (!first) SameLineForButton(frame.Tr(choice.label));
    first = false;
    const std::string button_id = std::string(id) + choice.suffix;
    if (Button(frame.a11y, frame.Tr(choice.label), button_id.c_str(), toggle)) {
      input->state = on ? AnswerState::kValue : choice.state;
    }
  }
  ImGui::Dummy(ImVec2(0, 4));
}

}  // namespace carnet::ui
