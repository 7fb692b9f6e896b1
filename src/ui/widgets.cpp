#include "ui/widgets.h"

#include <imgui.h>

#include <string>

#include "ui/theme.h"

namespace carnet::ui {
namespace {

A11yNode NodeForLastItem(std::uint32_t id, A11yRole role, const char* name) {
  A11yNode node;
  node.id = id;
  node.role = role;
  node.name = name;
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  node.x = min.x;
  node.y = min.y;
  node.w = max.x - min.x;
  node.h = max.y - min.y;
  return node;
}

// Keyboard focus lives in the DOM layer; ImGui shows where it is.
void DrawFocusRing(const A11yRegistry& a11y, std::uint32_t id) {
  if (id == 0 || a11y.focused() != id) return;
  const ImVec2 pad(3, 3);
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddRect(ImVec2(min.x - pad.x, min.y - pad.y),
                                      ImVec2(max.x + pad.x, max.y + pad.y), AccentColor(),
                                      ImGui::GetStyle().FrameRounding + 2.0f, 0, 2.5f);
}

}  // namespace

bool Button(A11yRegistry& a11y, const char* label, const char* id, const ButtonOptions& options) {
  const std::string imgui_label = std::string(label) + "###" + id;
  const ImGuiID widget_id = ImGui::GetID(imgui_label.c_str());

  int pushed_colors = 0;
  if (options.primary || options.pressed == Tristate::kTrue) {
    const ImU32 accent = AccentColor();
    ImGui::PushStyleColor(ImGuiCol_Button, accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, accent);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0xFF, 0xFF, 0xFF, 0xFF));
    pushed_colors = 4;
  }
  ImGui::BeginDisabled(options.disabled);
  bool clicked = ImGui::Button(imgui_label.c_str());
  ImGui::EndDisabled();
  ImGui::PopStyleColor(pushed_colors);

  const bool activated = a11y.ConsumeActivation(widget_id);
  if (options.disabled) clicked = false;

  A11yNode node = NodeForLastItem(widget_id, A11yRole::kButton, label);
  node.disabled = options.disabled;
  node.pressed = options.pressed;
  if (options.description != nullptr) node.description = options.description;
  if (options.lang != nullptr) node.lang = options.lang;
  a11y.Add(std::move(node));
  DrawFocusRing(a11y, widget_id);
  return clicked || (activated && !options.disabled);
}

void Heading(A11yRegistry& a11y, const char* text, int level) {
  const Fonts& fonts = GetFonts();
  const bool big = level <= 1 && fonts.heading != nullptr;
  if (big) ImGui::PushFont(fonts.heading);
  ImGui::TextUnformatted(text);
  if (big) ImGui::PopFont();
  A11yNode node = NodeForLastItem(ImGui::GetID(text), A11yRole::kHeading, text);
  node.level = level < 1 ? 1 : (level > 6 ? 6 : level);
  a11y.Add(std::move(node));
}

void Paragraph(A11yRegistry& a11y, const char* text) {
  ImGui::TextWrapped("%s", text);
  a11y.Add(NodeForLastItem(ImGui::GetID(text), A11yRole::kText, text));
}

}  // namespace carnet::ui
