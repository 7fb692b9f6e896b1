#pragma once

#include "ui/kit/frame.h"

namespace carnet::ui {

// The first screen a new user meets: what Carnet is, and where to create or open a vault.
void DrawWelcome(Frame& frame);

}  // namespace carnet::ui
