// Page layout shared by the screens: a centred column of readable width.
#pragma once

namespace carnet::ui {

void BeginColumn(float max_width = 620.0f, float top_margin = 48.0f);
void EndColumn();

// Puts the next widget on the current line when `width` pixels remain on it, else on the next
// line: rows of buttons wrap instead of running off the screen (at 200 % text, say).
void SameLineIfRoom(float width);
// The same, for a button labelled `label`.
void SameLineForButton(const char* label);

}  // namespace carnet::ui
