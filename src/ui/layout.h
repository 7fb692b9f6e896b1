// Page layout shared by the screens: a centred column of readable width.
#pragma once

namespace carnet::ui {

void BeginColumn(float max_width = 620.0f, float top_margin = 48.0f);
void EndColumn();

}  // namespace carnet::ui
