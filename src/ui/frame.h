// What a screen gets to draw one frame: the state to read, the queue to emit commands into,
// and the accessible registry its widgets publish to.
#pragma once

#include "app/app_state.h"
#include "app/commands.h"
#include "ui/a11y_registry.h"

namespace carnet::ui {

struct Frame {
  const AppState& state;
  CommandQueue& commands;
  A11yRegistry& a11y;

  const char* Tr(Msg msg) const { return carnet::Tr(msg, state.lang); }
};

}  // namespace carnet::ui
