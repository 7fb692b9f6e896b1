// The display preferences (language, theme, text size) as the browser keeps them: a small JSON
// object, {"lang":"fr","theme":"light","text":100}. They name no one and apply before any vault
// is unlocked, so they live outside the vaults.
#pragma once

#include <string>
#include <string_view>

#include "app/base/app_state.h"

namespace carnet {

struct DisplayPrefs {
  Lang lang = Lang::kFr;
  Theme theme = Theme::kLight;
  int text_percent = 100;

  bool operator==(const DisplayPrefs& other) const {
    return lang == other.lang && theme == other.theme && text_percent == other.text_percent;
  }
  bool operator!=(const DisplayPrefs& other) const { return !(*this == other); }
};

DisplayPrefs DisplayPrefsOf(const AppState& state);
void ApplyDisplayPrefs(const DisplayPrefs& prefs, AppState& state);

// {"lang":"fr","theme":"light|contrast","text":100}
std::string DisplayPrefsToJson(const DisplayPrefs& prefs);

// Reads what DisplayPrefsToJson wrote. Never fails: text that is not a flat JSON object gives
// the defaults (French, light, 100 %); a field that is missing, of the wrong type or out of
// range keeps its default while the others are read.
DisplayPrefs DisplayPrefsFromJson(std::string_view json);

}  // namespace carnet
