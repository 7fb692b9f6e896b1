#include "ui/kit/screen_display_settings.h"

#include <imgui.h>

#include "ui/kit/widgets.h"

namespace carnet::ui {
namespace {

// Text sizes move by tens (each new size rebuilds the fonts), in the direction of the change:
// an arrow key's step of one goes to the next ten.
constexpr int kTextStep = 10;

int SnapToStep(int percent, int from) {
  const int down = percent / kTextStep * kTextStep;
  return percent > from && down != percent ? down + kTextStep : down;
}

WidgetOptions Toggle(bool pressed) {
  WidgetOptions options;
  options.pressed = pressed ? Tristate::kTrue : Tristate::kFalse;
  return options;
}

// The label of a row of toggle buttons, in a column as wide as the widest label.
void RowLabel(Frame& frame, Msg label, float column) {
  ImGui::AlignTextToFramePadding();
  Paragraph(frame.a11y, frame.Tr(label));
  ImGui::SameLine(column);
}

float LabelColumn(const Frame& frame) {
  float widest = 0;
  for (Msg label : {Msg::kThemeLabel, Msg::kLanguageLabel}) {
    const float w = ImGui::CalcTextSize(frame.Tr(label)).x;
    widest = w > widest ? w : widest;
  }
  // SameLine's offset counts from the start of the enclosing group (the screen's column).
  return widest + ImGui::GetStyle().ItemSpacing.x * 2;
}

void DrawTheme(Frame& frame, float column) {
  const Theme theme = frame.state.theme;
  RowLabel(frame, Msg::kThemeLabel, column);
  if (Button(frame.a11y, frame.Tr(Msg::kThemeLight), "settings-theme-light",
             Toggle(theme == Theme::kLight))) {
    frame.commands.push_back(SetTheme{Theme::kLight});
  }
  ImGui::SameLine();
  if (Button(frame.a11y, frame.Tr(Msg::kThemeHighContrast), "settings-theme-contrast",
             Toggle(theme == Theme::kHighContrast))) {
    frame.commands.push_back(SetTheme{Theme::kHighContrast});
  }
}

void DrawTextSize(Frame& frame) {
  int percent = frame.state.text_percent;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  if (SliderInt(frame.a11y, frame.Tr(Msg::kTextSize), "settings-text-size", &percent,
                kMinTextPercent, kMaxTextPercent, frame.Tr(Msg::kTextSizeFormat))) {
    percent = SnapToStep(percent, frame.state.text_percent);
    if (percent != frame.state.text_percent) frame.commands.push_back(SetTextSize{percent});
  }
}

void DrawLanguage(Frame& frame, float column) {
  const Lang lang = frame.state.lang;
  RowLabel(frame, Msg::kLanguageLabel, column);
  WidgetOptions fr = Toggle(lang == Lang::kFr);
  fr.lang = lang == Lang::kFr ? nullptr : "fr";
  WidgetOptions en = Toggle(lang == Lang::kEn);
  en.lang = lang == Lang::kEn ? nullptr : "en";
  if (Button(frame.a11y, frame.Tr(Msg::kLanguageFrench), "settings-lang-fr", fr)) {
    frame.commands.push_back(SetLanguage{Lang::kFr});
  }
  ImGui::SameLine();
  if (Button(frame.a11y, frame.Tr(Msg::kLanguageEnglish), "settings-lang-en", en)) {
    frame.commands.push_back(SetLanguage{Lang::kEn});
  }
}

}  // namespace

void DrawDisplaySettings(Frame& frame) {
  Heading(frame.a11y, frame.Tr(Msg::kDisplaySettings), 2);
  const float column = LabelColumn(frame);
  DrawTheme(frame, column);
  DrawTextSize(frame);
  DrawLanguage(frame, column);
}

}  // namespace carnet::ui
