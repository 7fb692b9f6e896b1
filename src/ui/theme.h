// Fonts and colours of the interface: a calm light theme with one accent colour.
#pragma once

#include <imgui.h>

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

// Applies the light theme to the current ImGui context.
void ApplyLightTheme();

// The accent colour, for focus rings and primary buttons.
ImU32 AccentColor();

}  // namespace carnet::ui
