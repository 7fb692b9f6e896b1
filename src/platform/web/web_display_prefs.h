// The display preferences in the browser's localStorage, under "carnet-display": per browser,
// naming no one, read before the first frame and before any vault is unlocked.
#pragma once

#include "app/base/display_prefs.h"

namespace carnet::platform {

// The stored preferences; the defaults when there are none, when they are malformed, or when
// the page may not use localStorage.
DisplayPrefs LoadDisplayPrefs();

// Stores `prefs`; a refusal (storage full or forbidden) is ignored: they apply all the same.
void StoreDisplayPrefs(const DisplayPrefs& prefs);

}  // namespace carnet::platform
