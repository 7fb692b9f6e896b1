// Connects the accessible registry to the DOM layer of web/a11y_layer.js: publishes each
// frame's nodes (only when they changed) and receives from the page the activations, focus
// changes, slider values, typed text and page-wide shortcuts.
#pragma once

#include "ui/kit/a11y_registry.h"

namespace carnet::platform {

// The registry the page's activations and focus changes go to. Must outlive the main loop.
void ConnectA11yRegistry(ui::A11yRegistry* registry);

// Sends the registry's nodes to the DOM layer if they differ from the last frame's.
void PublishA11y(const ui::A11yRegistry& registry, const char* page_lang);

}  // namespace carnet::platform
