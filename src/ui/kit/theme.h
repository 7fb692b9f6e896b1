// Fonts and colours of the interface: a calm light theme with one accent colour, and a
// high-contrast theme (black on white, black borders) for low vision.
#pragma once

#include <imgui.h>

#include "app/base/app_state.h"

namespace carnet::ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* heading = nullptr;  // larger, for Heading()
};

// Loads the UI font from a TTF file (with the glyphs French needs: accents, œ, «», –, ’, …, €)
// into the current ImGui context. With a null or unreadable path, falls back to ImGui's
// built-in font (ASCII only) and returns false.
bool LoadFonts(const char* ttf_path, float size_pixels);
const Fonts& GetFonts();

// Apply a theme to the current ImGui context, starting from ImGui's default style (every size
// at 100 %).
void ApplyLightTheme();
void ApplyHighContrastTheme();

// Applies `theme`, then scales every size of the style by `scale` (text at 150 %: 1.5), so that
// padding and spacing grow with the text. The fonts are the platform's to rebuild at that size.
void ApplyTheme(Theme theme, float scale = 1.0f);

// The accent colour of the theme applied last, for focus rings, pressed toggles and primary
// buttons (which draw their label in white on it).
ImU32 AccentColor();
// The text colours of the theme applied last that say something is wrong (a refusal, a failed
// save) or asks attention (a warning, a suggestion), always beside words that say so. Every
// colour a screen draws comes from here or from the style, where the contrast test sees it.
ImU32 ErrorColor();
ImU32 WarningColor();

}  // namespace carnet::ui
