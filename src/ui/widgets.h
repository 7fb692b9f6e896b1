// The project's widget helpers. Screens draw only through these, so that every widget is
// also published to the accessible DOM layer (see a11y_registry.h) and can be activated from it.
// Labels are visible text; `id` is a stable identifier that does not change with the language.
#pragma once

#include "ui/a11y_registry.h"

namespace carnet::ui {

struct ButtonOptions {
  bool disabled = false;
  const char* description = nullptr;   // read by screen readers; say why when disabled
  Tristate pressed = Tristate::kNone;  // set for toggle buttons
  const char* lang = nullptr;          // language of the label when it differs from the page
  bool primary = false;                // drawn with the accent colour
};

// Returns true when the user clicked it, pressed it with the keyboard, or activated its DOM
// element. A disabled button never returns true.
bool Button(A11yRegistry& a11y, const char* label, const char* id,
            const ButtonOptions& options = {});

// A screen's or section's title (level 1 to 3), drawn in the heading font.
void Heading(A11yRegistry& a11y, const char* text, int level);

// A wrapped paragraph of body text.
void Paragraph(A11yRegistry& a11y, const char* text);

}  // namespace carnet::ui
