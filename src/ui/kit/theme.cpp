#include "ui/kit/theme.h"

#include <cstdio>

namespace carnet::ui {
namespace {

Fonts g_fonts;
Theme g_theme = Theme::kLight;

// Basic Latin, Latin-1, Latin Extended-A (œ, Œ and the rest), general punctuation (– — ‘ ’ “ ” …
// and the narrow no-break space used before French «»:;!?), €, and arrows.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF, 0x0100, 0x017F, 0x2000, 0x206F, 0x20AC, 0x20AC, 0x2190, 0x2193, 0,
};

bool FileReadable(const char* path) {
  if (path == nullptr) return false;
  std::FILE* f = std::fopen(path, "rb");
  if (f == nullptr) return false;
  (void)std::fclose(f);  // opened read-only: nothing to lose on close
  return true;
}

ImVec4 Rgb(int r, int g, int b, float a = 1.0f) {
  return ImVec4(static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f,
                static_cast<float>(b) / 255.0f, a);
}

}  // namespace

bool LoadFonts(const char* ttf_path, float size_pixels) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  const bool ok = FileReadable(ttf_path);
  if (ok) {
    ImFontConfig config;
    config.OversampleH = 2;
    g_fonts.body = atlas->AddFontFromFileTTF(ttf_path, size_pixels, &config, kGlyphRanges);
    g_fonts.heading =
        atlas->AddFontFromFileTTF(ttf_path, size_pixels * 1.6f, &config, kGlyphRanges);
  } else {
    g_fonts.body = atlas->AddFontDefault();
    g_fonts.heading = g_fonts.body;
  }
  return ok && g_fonts.body != nullptr;
}

const Fonts& GetFonts() { return g_fonts; }

ImU32 ErrorColor() {
  // On white: 6.5:1 (light) and 10.0:1 (high contrast); on the window, see theme_test.cpp.
  return g_theme == Theme::kHighContrast ? ImGui::GetColorU32(Rgb(0x8B, 0x00, 0x00))
                                         : ImGui::GetColorU32(Rgb(0xB3, 0x26, 0x1E));
}

ImU32 WarningColor() {
  // On white: 6.4:1 (light) and 10.0:1 (high contrast); on the window, see theme_test.cpp.
  return g_theme == Theme::kHighContrast ? ImGui::GetColorU32(Rgb(0x6B, 0x33, 0x00))
                                         : ImGui::GetColorU32(Rgb(0x9E, 0x45, 0x00));
}

ImU32 AccentColor() {
  // Both carry white text at 5.9:1 (light) and 10.6:1 (high contrast).
  return g_theme == Theme::kHighContrast ? ImGui::GetColorU32(Rgb(0x00, 0x3A, 0x8C))
                                         : ImGui::GetColorU32(Rgb(0x2B, 0x6C, 0x80));
}

void ApplyLightTheme() {
  g_theme = Theme::kLight;
  ImGui::GetStyle() = ImGuiStyle();
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowPadding = ImVec2(24, 20);
  style.FramePadding = ImVec2(14, 8);
  style.ItemSpacing = ImVec2(12, 10);
  style.FrameRounding = 6;
  style.WindowRounding = 0;
  style.GrabRounding = 6;
  style.WindowBorderSize = 0;
  style.FrameBorderSize = 1;
  // Disabled widgets are drawn at this opacity: their text keeps 4.5:1 at least.
  style.DisabledAlpha = 0.75f;

  ImVec4* c = style.Colors;
  const ImVec4 ink = Rgb(0x22, 0x2B, 0x33);
  const ImVec4 accent = Rgb(0x2B, 0x6C, 0x80);
  c[ImGuiCol_Text] = ink;
  c[ImGuiCol_TextDisabled] = Rgb(0x5F, 0x67, 0x6E);  // 5.2:1 on the window (was 4.4:1)
  c[ImGuiCol_WindowBg] = Rgb(0xF6, 0xF4, 0xEF);
  c[ImGuiCol_ChildBg] = Rgb(0xFF, 0xFF, 0xFF);
  c[ImGuiCol_Border] = Rgb(0xD5, 0xD1, 0xC8);
  c[ImGuiCol_FrameBg] = Rgb(0xFF, 0xFF, 0xFF);
  c[ImGuiCol_Button] = Rgb(0xFF, 0xFF, 0xFF);
  c[ImGuiCol_ButtonHovered] = Rgb(0xE4, 0xEF, 0xF2);
  c[ImGuiCol_ButtonActive] = Rgb(0xCB, 0xE0, 0xE6);
  c[ImGuiCol_Header] = Rgb(0xE4, 0xEF, 0xF2);
  c[ImGuiCol_HeaderHovered] = Rgb(0xD6, 0xE7, 0xEC);
  c[ImGuiCol_HeaderActive] = Rgb(0xCB, 0xE0, 0xE6);
  c[ImGuiCol_CheckMark] = accent;
  c[ImGuiCol_SliderGrab] = accent;
  c[ImGuiCol_SliderGrabActive] = Rgb(0x1E, 0x4F, 0x5E);
  c[ImGuiCol_NavHighlight] = accent;
  c[ImGuiCol_Separator] = Rgb(0xD5, 0xD1, 0xC8);
}

// Black on white, black borders on every frame and button, no grey below 7:1; hovering and
// pressing show in yellow, focus in a dark blue.
void ApplyHighContrastTheme() {
  g_theme = Theme::kHighContrast;
  ImGui::GetStyle() = ImGuiStyle();
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowPadding = ImVec2(24, 20);
  style.FramePadding = ImVec2(14, 8);
  style.ItemSpacing = ImVec2(12, 10);
  style.FrameRounding = 4;
  style.WindowRounding = 0;
  style.GrabRounding = 4;
  style.GrabMinSize = 14;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 2;
  style.PopupBorderSize = 2;
  style.FrameBorderSize = 2;
  style.DisabledAlpha = 0.8f;  // black text stays above 7:1

  const ImVec4 black = Rgb(0x00, 0x00, 0x00);
  const ImVec4 white = Rgb(0xFF, 0xFF, 0xFF);
  const ImVec4 hover = Rgb(0xFF, 0xF1, 0x9C);   // pale yellow
  const ImVec4 active = Rgb(0xFF, 0xD8, 0x26);  // strong yellow
  const ImVec4 focus = Rgb(0x00, 0x3A, 0x8C);
  ImVec4* c = style.Colors;
  for (int i = 0; i < ImGuiCol_COUNT; ++i) c[i] = white;
  c[ImGuiCol_Text] = black;
  c[ImGuiCol_TextDisabled] = Rgb(0x44, 0x44, 0x44);  // 9.7:1 on white
  c[ImGuiCol_Border] = black;
  c[ImGuiCol_BorderShadow] = Rgb(0, 0, 0, 0.0f);
  c[ImGuiCol_FrameBgHovered] = hover;
  c[ImGuiCol_FrameBgActive] = active;
  c[ImGuiCol_TitleBgActive] = hover;
  c[ImGuiCol_ScrollbarBg] = white;
  c[ImGuiCol_ScrollbarGrab] = black;
  c[ImGuiCol_ScrollbarGrabHovered] = focus;
  c[ImGuiCol_ScrollbarGrabActive] = focus;
  c[ImGuiCol_CheckMark] = black;
  c[ImGuiCol_SliderGrab] = black;
  c[ImGuiCol_SliderGrabActive] = focus;
  c[ImGuiCol_ButtonHovered] = hover;
  c[ImGuiCol_ButtonActive] = active;
  c[ImGuiCol_Header] = hover;
  c[ImGuiCol_HeaderHovered] = hover;
  c[ImGuiCol_HeaderActive] = active;
  c[ImGuiCol_Separator] = black;
  c[ImGuiCol_SeparatorHovered] = focus;
  c[ImGuiCol_SeparatorActive] = focus;
  c[ImGuiCol_ResizeGrip] = black;
  c[ImGuiCol_ResizeGripHovered] = focus;
  c[ImGuiCol_ResizeGripActive] = focus;
  c[ImGuiCol_PlotLines] = black;
  c[ImGuiCol_PlotLinesHovered] = focus;
  c[ImGuiCol_PlotHistogram] = black;
  c[ImGuiCol_PlotHistogramHovered] = focus;
  c[ImGuiCol_TableHeaderBg] = hover;
  c[ImGuiCol_TableBorderStrong] = black;
  c[ImGuiCol_TableBorderLight] = black;
  c[ImGuiCol_TableRowBgAlt] = Rgb(0xF0, 0xF0, 0xF0);
  c[ImGuiCol_TextSelectedBg] = active;
  c[ImGuiCol_DragDropTarget] = focus;
  c[ImGuiCol_NavHighlight] = focus;
  c[ImGuiCol_NavWindowingHighlight] = focus;
  c[ImGuiCol_NavWindowingDimBg] = Rgb(0, 0, 0, 0.5f);
  c[ImGuiCol_ModalWindowDimBg] = Rgb(0, 0, 0, 0.5f);
}

void ApplyTheme(Theme theme, float scale) {
  if (theme == Theme::kHighContrast) {
    ApplyHighContrastTheme();
  } else {
    ApplyLightTheme();
  }
  ImGui::GetStyle().ScaleAllSizes(scale);
}

}  // namespace carnet::ui
