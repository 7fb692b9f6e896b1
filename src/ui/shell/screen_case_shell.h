// The open case file's shell: the save status, the navigation, the command palette, and the
// view chosen, with the parts each domain adds to it.
#pragma once

#include "ui/kit/frame.h"

namespace carnet::ui {

void DrawCaseShell(Frame& frame);

}  // namespace carnet::ui
