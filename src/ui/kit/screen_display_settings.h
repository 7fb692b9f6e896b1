#pragma once

#include "ui/kit/frame.h"

namespace carnet::ui {

// The display preferences: theme (light or high contrast), text size (100 % to 200 %) and
// language. Emits SetTheme, SetTextSize and SetLanguage; needs no vault, so it is offered on the
// welcome screen as well as in a vault's settings. Draw it once per window: its widget ids are
// fixed ("settings-theme-light", "settings-text-size", "settings-lang-fr"...).
void DrawDisplaySettings(Frame& frame);

}  // namespace carnet::ui
