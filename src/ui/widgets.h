// The project's widget helpers. Screens draw only through these, so that every widget is
// also published to the accessible DOM layer (see a11y_registry.h) and can be used from it.
// Labels are visible text; `id` is a stable identifier that does not change with the language.
#pragma once

#include "ui/a11y_registry.h"

namespace carnet::ui {

struct WidgetOptions {
  bool disabled = false;
  const char* description = nullptr;   // read by screen readers; say why when disabled
  const char* lang = nullptr;          // language of the label when it differs from the page
  Tristate pressed = Tristate::kNone;  // buttons only: set for toggle buttons
  bool primary = false;                // buttons only: drawn with the accent colour
};

// Returns true when the user clicked it, pressed it with the keyboard, or activated its DOM
// element. A disabled button never returns true.
bool Button(A11yRegistry& a11y, const char* label, const char* id,
            const WidgetOptions& options = {});

// A check box. Returns true when the user toggled `*checked` (which it updates).
bool Checkbox(A11yRegistry& a11y, const char* label, const char* id, bool* checked,
              const WidgetOptions& options = {});

// A section header that opens and closes the section below it. Returns true while open: draw
// the section's content then. Published as a button whose state is expanded or collapsed.
bool Disclosure(A11yRegistry& a11y, const char* label, const char* id, bool default_open = false);

// An integer slider from `min` to `max`; `format` shows the value (printf style, e.g. "%d %%").
// Returns true when the user changed `*value` (which it updates), by pointer or from the DOM.
bool SliderInt(A11yRegistry& a11y, const char* label, const char* id, int* value, int min, int max,
               const char* format = "%d", const WidgetOptions& options = {});

// A screen's or section's title (level 1 to 3), drawn in the heading font.
void Heading(A11yRegistry& a11y, const char* text, int level);

// A wrapped paragraph of body text.
void Paragraph(A11yRegistry& a11y, const char* text);

}  // namespace carnet::ui
