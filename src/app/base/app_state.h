// Everything the UI draws from. The UI reads it as const and changes it only by emitting
// commands that the controller applies between frames.
#pragma once

#include <string>

#include "app/base/i18n.h"

namespace carnet {

// The screens met before a vault is open; once one is, the vault's own screens take over.
enum class Screen : unsigned char {
  kWelcome,  // the vaults of this browser, and where to create one
  kCreateVault,
  kUnlockVault,     // passphrase of `selected_vault`
  kRecoveryUnlock,  // recovery key of `selected_vault`
  kMergeStats,      // the regional merge of statistics files, which needs no vault
};

// How the interface is drawn (the display preferences, kept per browser).
enum class Theme : unsigned char {
  kLight,
  kHighContrast,  // black on white, with borders on every frame: contrast of 7:1 at least
};
inline constexpr int kMinTextPercent = 100;
inline constexpr int kMaxTextPercent = 200;

struct AppState {
  Lang lang = Lang::kFr;  // French by default, whatever the browser's language
  Screen screen = Screen::kWelcome;
  std::string selected_vault;  // id, for kUnlockVault and kRecoveryUnlock
  Theme theme = Theme::kLight;
  int text_percent = 100;  // text and widget size, kMinTextPercent to kMaxTextPercent
};

}  // namespace carnet
