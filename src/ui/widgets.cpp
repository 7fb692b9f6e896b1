#include "ui/widgets.h"

#include <imgui.h>

#include <cstdio>
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

std::string ImGuiLabel(const char* label, const char* id) {
  return std::string(label) + "###" + id;
}

void ApplyOptions(A11yNode& node, const WidgetOptions& options) {
  node.disabled = options.disabled;
  if (options.description != nullptr) node.description = options.description;
  if (options.lang != nullptr) node.lang = options.lang;
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

bool Button(A11yRegistry& a11y, const char* label, const char* id, const WidgetOptions& options) {
  const std::string imgui_label = ImGuiLabel(label, id);
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
  ApplyOptions(node, options);
  node.pressed = options.pressed;
  a11y.Add(std::move(node));
  DrawFocusRing(a11y, widget_id);
  return clicked || (activated && !options.disabled);
}

bool Checkbox(A11yRegistry& a11y, const char* label, const char* id, bool* checked,
              const WidgetOptions& options) {
  const std::string imgui_label = ImGuiLabel(label, id);
  const ImGuiID widget_id = ImGui::GetID(imgui_label.c_str());
  bool changed = false;
  if (a11y.ConsumeActivation(widget_id) && !options.disabled) {
    *checked = !*checked;
    changed = true;
  }
  ImGui::BeginDisabled(options.disabled);
  changed = ImGui::Checkbox(imgui_label.c_str(), checked) || changed;
  ImGui::EndDisabled();

  A11yNode node = NodeForLastItem(widget_id, A11yRole::kCheckbox, label);
  ApplyOptions(node, options);
  node.checked = *checked ? Tristate::kTrue : Tristate::kFalse;
  a11y.Add(std::move(node));
  DrawFocusRing(a11y, widget_id);
  return changed;
}

bool Disclosure(A11yRegistry& a11y, const char* label, const char* id, bool default_open) {
  const std::string imgui_label = ImGuiLabel(label, id);
  const ImGuiID widget_id = ImGui::GetID(imgui_label.c_str());
  // ImGui keeps a section's open state in the window's storage, under the header's ID.
  const bool was_open = ImGui::GetStateStorage()->GetInt(widget_id, default_open ? 1 : 0) != 0;
  if (a11y.ConsumeActivation(widget_id)) ImGui::SetNextItemOpen(!was_open);
  const ImGuiTreeNodeFlags flags = default_open ? ImGuiTreeNodeFlags_DefaultOpen : 0;
  const bool open = ImGui::CollapsingHeader(imgui_label.c_str(), flags);

  A11yNode node = NodeForLastItem(widget_id, A11yRole::kButton, label);
  node.expanded = open ? Tristate::kTrue : Tristate::kFalse;
  a11y.Add(std::move(node));
  DrawFocusRing(a11y, widget_id);
  return open;
}

bool SliderInt(A11yRegistry& a11y, const char* label, const char* id, int* value, int min, int max,
               const char* format, const WidgetOptions& options) {
  const std::string imgui_label = ImGuiLabel(label, id);
  const ImGuiID widget_id = ImGui::GetID(imgui_label.c_str());
  bool changed = false;
  int requested = 0;
  if (a11y.ConsumeSetValue(widget_id, &requested) && !options.disabled) {
    requested = requested < min ? min : (requested > max ? max : requested);
    changed = requested != *value;
    *value = requested;
  }
  ImGui::BeginDisabled(options.disabled);
  changed = ImGui::SliderInt(imgui_label.c_str(), value, min, max, format,
                             ImGuiSliderFlags_AlwaysClamp) ||
            changed;
  ImGui::EndDisabled();

  A11yNode node = NodeForLastItem(widget_id, A11yRole::kSlider, label);
  ApplyOptions(node, options);
  char shown[64];
  (void)std::snprintf(shown, sizeof shown, format, *value);
  node.value = shown;
  node.value_now = *value;
  node.value_min = min;
  node.value_max = max;
  a11y.Add(std::move(node));
  DrawFocusRing(a11y, widget_id);
  return changed;
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
