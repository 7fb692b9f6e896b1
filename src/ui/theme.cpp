#include "ui/theme.h"

#include <cstdio>

namespace carnet::ui {
namespace {

Fonts g_fonts;

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

ImU32 AccentColor() { return ImGui::GetColorU32(Rgb(0x2B, 0x6C, 0x80)); }

void ApplyLightTheme() {
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

  ImVec4* c = style.Colors;
  const ImVec4 ink = Rgb(0x22, 0x2B, 0x33);
  const ImVec4 accent = Rgb(0x2B, 0x6C, 0x80);
  c[ImGuiCol_Text] = ink;
  c[ImGuiCol_TextDisabled] = Rgb(0x6B, 0x73, 0x7A);
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
  c[ImGuiCol_NavHighlight] = accent;
  c[ImGuiCol_Separator] = Rgb(0xD5, 0xD1, 0xC8);
}

}  // namespace carnet::ui
