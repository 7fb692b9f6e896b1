#pragma once

#include "ui/kit/frame.h"

namespace carnet::ui {

// Draws one whole frame of the application into the current ImGui context, between the
// caller's ImGui::NewFrame() and ImGui::Render(). Starts the accessible registry's frame.
void DrawApp(Frame& frame);

}  // namespace carnet::ui
