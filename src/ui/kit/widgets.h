// The project's widget helpers. Screens draw only through these, so that every widget is
// also published to the accessible DOM layer (see a11y_registry.h) and can be used from it.
// Labels are visible text; `id` is a stable identifier that does not change with the language.
#pragma once

#include <cstddef>
#include <string>

#include "ui/kit/a11y_registry.h"

namespace carnet::ui {

struct WidgetOptions {
  bool disabled = false;
  const char* description = nullptr;   // read by screen readers; say why when disabled
  const char* lang = nullptr;          // language of the label when it differs from the page
  Tristate pressed = Tristate::kNone;  // buttons only: set for toggle buttons
  bool primary = false;                // buttons only: drawn with the accent colour
  // Asks for keyboard focus this frame (say, in the first frame a dialog shows). The DOM layer
  // focuses the widget's element once, when the request appears.
  bool focus_now = false;
};

// Returns true when the user clicked it, pressed it with the keyboard, or activated its DOM
// element. A disabled button never returns true.
bool Button(A11yRegistry& a11y, const char* label, const char* id,
            const WidgetOptions& options = {});

// A check box. Returns true when the user toggled `*checked` (which it updates).
bool Checkbox(A11yRegistry& a11y, const char* label, const char* id, bool* checked,
              const WidgetOptions& options = {});

// A progress bar under its label, for work under way: `fraction` from 0 to 1. Published as a
// progress bar named by the label, its value in percent.
void ProgressBar(A11yRegistry& a11y, const char* label, const char* id, float fraction);

// A section header that opens and closes the section below it. Returns true while open: draw
// the section's content then. Published as a button whose state is expanded or collapsed.
bool Disclosure(A11yRegistry& a11y, const char* label, const char* id, bool default_open = false);

// An integer slider from `min` to `max`; `format` shows the value (printf style, e.g. "%d %%").
// Returns true when the user changed `*value` (which it updates), by pointer or from the DOM.
bool SliderInt(A11yRegistry& a11y, const char* label, const char* id, int* value, int min, int max,
               const char* format = "%d", const WidgetOptions& options = {});

struct TextFieldOptions {
  bool password = false;  // masked; its text is never published to the DOM layer
  // The DOM element's autocomplete token, e.g. "new-password". By default "current-password"
  // for a password and "off" otherwise (the browser keeps no history of the names typed).
  const char* autocomplete = nullptr;
  bool multiline = false;             // a text area, where Enter starts a new line
  int lines = 4;                      // multiline: visible lines
  bool required = false;              // marked with a red asterisk, and published as required
  const char* placeholder = nullptr;  // shown while the field is empty
  // Why the text is refused: drawn in red under the field and published (the field is then
  // invalid). Null or empty: no error.
  const char* error = nullptr;
  // Longest text taken from the DOM layer, in characters (code points, as CheckText counts
  // them); longer text is cut at a character boundary. 0: no limit.
  std::size_t max_chars = 0;
  bool disabled = false;              // read-only; text and Enter from the DOM layer are ignored
  const char* description = nullptr;  // read by screen readers after the name
  float width = 0;                    // of the field, in pixels; 0: all the available width
  // Asks for keyboard focus this frame (say, the first field in the first frame a form shows).
  // The DOM layer focuses the field's element once, when the request appears.
  bool focus_now = false;
};

struct TextFieldResult {
  bool changed = false;    // `*value` holds new text
  bool submitted = false;  // Enter in a single-line field
  explicit operator bool() const { return changed; }
};

// A labelled text field. The label is drawn above the field; the text is typed into the field's
// DOM element (a real <input> or <textarea> laid over the frame), so accents, dead keys, input
// methods, paste and password managers all work; ImGui draws the frame, and the text while the
// element does not have focus. Evaluates to true when `*value` changed (with text from the DOM
// layer, cut to `max_chars` characters); `submitted` tells Enter apart. A disabled field never
// changes or submits. The widget wipes the copies of the text it handles (it may be a password);
// wiping `*value` when done with it is the caller's part.
TextFieldResult TextField(A11yRegistry& a11y, const char* label, const char* id, std::string* value,
                          const TextFieldOptions& options = {});

// A screen's or section's title (level 1 to 3), drawn in the heading font.
void Heading(A11yRegistry& a11y, const char* text, int level);

// A wrapped paragraph of body text.
void Paragraph(A11yRegistry& a11y, const char* text);

// A row of a long list (in a table, under ImGuiListClipper): a selectable line across every
// column, published as a link named by `label`, whose `description` (the row's other columns as
// text: status, last contact...) screen readers read after it. `id` identifies the row (say, the
// dossier's id), so that it keeps its identity and focus when its label changes. Returns true
// when the user clicked it, activated it with ImGui's keyboard navigation, or activated its DOM
// element. Only the part of the row that shows is published; a row scrolled out is not.
bool RowButton(A11yRegistry& a11y, const char* label, const char* id, const char* description,
               bool selected = false);

// Has screen readers say `text` through the DOM layer's live regions (see
// A11yRegistry::Announce): call it in the frame where the status changes.
void Announce(A11yRegistry& a11y, const std::string& text, bool urgent = false);

// True once when the user pressed `shortcut`: caught page-wide by the DOM layer, or pressed while
// ImGui has the keyboard (Ctrl+K or Cmd+K for the palette, Escape).
bool ShortcutPressed(A11yRegistry& a11y, Shortcut shortcut);

}  // namespace carnet::ui
