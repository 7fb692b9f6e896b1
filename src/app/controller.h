// Applies commands to the application state. A rejected command changes nothing and says why.
#pragma once

#include "app/app_state.h"
#include "app/commands.h"
#include "core/status.h"

namespace carnet {

Status Apply(AppState& state, const Command& command);

// Applies and empties the queue in order; returns the first failure, if any, after trying all.
Status ApplyAll(AppState& state, CommandQueue& queue);

}  // namespace carnet
