// Everything the UI draws from. The UI reads it as const and changes it only by emitting
// commands that the controller applies between frames.
#pragma once

#include "app/i18n.h"

namespace carnet {

enum class Screen : unsigned char { kWelcome };

struct AppState {
  Lang lang = Lang::kFr;  // French by default, whatever the browser's language
  Screen screen = Screen::kWelcome;
};

}  // namespace carnet
