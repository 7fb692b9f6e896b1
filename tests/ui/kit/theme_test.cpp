// The themes' colours read the way WCAG 2.x measures them: contrast ratios of relative
// luminances, from the ImGuiStyle each theme sets.
#include <doctest/doctest.h>
#include <imgui.h>

#include <cmath>

#include "ui/headless_imgui.h"
#include "ui/kit/theme.h"

using namespace carnet;

namespace {

double Linear(float channel) {
  const double c = channel;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double Luminance(const ImVec4& c) {
  return 0.2126 * Linear(c.x) + 0.7152 * Linear(c.y) + 0.0722 * Linear(c.z);
}

double Contrast(const ImVec4& a, const ImVec4& b) {
  const double la = Luminance(a);
  const double lb = Luminance(b);
  return (std::fmax(la, lb) + 0.05) / (std::fmin(la, lb) + 0.05);
}

// `top` drawn with its alpha times `alpha` over the opaque `under`.
ImVec4 Over(const ImVec4& top, const ImVec4& under, float alpha = 1.0f) {
  const float a = top.w * alpha;
  return ImVec4(top.x * a + under.x * (1 - a), top.y * a + under.y * (1 - a),
                top.z * a + under.z * (1 - a), 1.0f);
}

ImVec4 FromU32(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

// The pairs every theme must keep readable, at `minimum` to 1 at least.
void CheckReadable(double minimum) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec4* c = style.Colors;
  const ImVec4 window = Over(c[ImGuiCol_WindowBg], ImVec4(1, 1, 1, 1));
  const ImVec4 button = Over(c[ImGuiCol_Button], window);
  const ImVec4 frame = Over(c[ImGuiCol_FrameBg], window);
  const ImVec4 text = c[ImGuiCol_Text];
  CAPTURE(minimum);
  CHECK(Contrast(text, window) >= minimum);
  CHECK(Contrast(text, button) >= minimum);
  CHECK(Contrast(text, Over(c[ImGuiCol_ButtonHovered], window)) >= minimum);
  CHECK(Contrast(text, Over(c[ImGuiCol_ButtonActive], window)) >= minimum);
  CHECK(Contrast(text, frame) >= minimum);
  CHECK(Contrast(text, Over(c[ImGuiCol_Header], window)) >= minimum);
  CHECK(Contrast(c[ImGuiCol_TextDisabled], window) >= minimum);
  // A disabled button: the whole widget drawn at DisabledAlpha.
  const ImVec4 disabled_button = Over(c[ImGuiCol_Button], window, style.DisabledAlpha);
  CHECK(Contrast(Over(text, disabled_button, style.DisabledAlpha), disabled_button) >= minimum);
  // Pressed toggles and primary buttons: white on the accent colour.
  CHECK(Contrast(ImVec4(1, 1, 1, 1), FromU32(ui::AccentColor())) >= minimum);
  // Refusals, failed saves, warnings and suggestions, on the window.
  CHECK(Contrast(FromU32(ui::ErrorColor()), window) >= minimum);
  CHECK(Contrast(FromU32(ui::WarningColor()), window) >= minimum);
}

}  // namespace

TEST_SUITE("themes") {
  TEST_CASE("the contrast ratio is computed as WCAG does") {
    CHECK(Contrast(ImVec4(0, 0, 0, 1), ImVec4(1, 1, 1, 1)) == doctest::Approx(21.0));
    CHECK(Contrast(ImVec4(1, 1, 1, 1), ImVec4(1, 1, 1, 1)) == doctest::Approx(1.0));
    const float grey = 0x76 / 255.0f;  // #767676, the lightest grey at 4.5:1 on white
    CHECK(Contrast(ImVec4(grey, grey, grey, 1), ImVec4(1, 1, 1, 1)) ==
          doctest::Approx(4.54).epsilon(0.01));
  }

  TEST_CASE("the light theme keeps normal text at 4.5:1 at least") {
    test::HeadlessImGui ui;
    ui::ApplyLightTheme();
    CheckReadable(4.5);
  }

  TEST_CASE("the high-contrast theme keeps every text at 7:1 at least, with black borders") {
    test::HeadlessImGui ui;
    ui::ApplyHighContrastTheme();
    CheckReadable(7.0);
    const ImGuiStyle& style = ImGui::GetStyle();
    CHECK(Contrast(style.Colors[ImGuiCol_Border], style.Colors[ImGuiCol_WindowBg]) >= 7.0);
    CHECK(style.FrameBorderSize >= 1.0f);
    CHECK(Contrast(style.Colors[ImGuiCol_SliderGrab], style.Colors[ImGuiCol_FrameBg]) >= 7.0);
    CHECK(Contrast(style.Colors[ImGuiCol_CheckMark], style.Colors[ImGuiCol_FrameBg]) >= 7.0);
  }

  TEST_CASE("a theme starts from a fresh style, and sizes scale with the text") {
    test::HeadlessImGui ui;
    ui::ApplyTheme(Theme::kLight, 1.0f);
    const ImVec2 padding = ImGui::GetStyle().FramePadding;
    const ImVec2 spacing = ImGui::GetStyle().ItemSpacing;
    ui::ApplyTheme(Theme::kHighContrast, 2.0f);
    CHECK(ImGui::GetStyle().FramePadding.x == doctest::Approx(padding.x * 2));
    CHECK(ImGui::GetStyle().ItemSpacing.y == doctest::Approx(spacing.y * 2));
    // Applied again, not scaled twice.
    ui::ApplyTheme(Theme::kLight, 1.5f);
    CHECK(ImGui::GetStyle().FramePadding.y == doctest::Approx(std::floor(padding.y * 1.5f)));
    ui::ApplyTheme(Theme::kLight, 1.0f);
    CHECK(ImGui::GetStyle().FramePadding.x == doctest::Approx(padding.x));
    CHECK(ImGui::GetStyle().Colors[ImGuiCol_Text].x > 0.0f);  // the light theme's ink, not black
  }
}
