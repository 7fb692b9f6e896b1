#include "ui/kit/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <climits>
#include <cstddef>
#include <cstdio>
#include <string>

#include "ui/kit/theme.h"

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
  node.focus_request = options.focus_now;
  if (options.description != nullptr) node.description = options.description;
  if (options.lang != nullptr) node.lang = options.lang;
}

// Keyboard focus lives in the DOM layer; ImGui shows where it is.
// When focus has just come to a widget out of view (Tab in the DOM layer), its window scrolls
// to show it; later frames leave the scrolling to the user.
void DrawFocusRing(const A11yRegistry& a11y, std::uint32_t id) {
  static std::uint32_t scrolled_to = 0;
  if (a11y.focused() != scrolled_to && a11y.focused() == 0) scrolled_to = 0;
  if (id == 0 || a11y.focused() != id) return;
  if (scrolled_to != id) {
    scrolled_to = id;
    ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleEdgeY);
  }
  const ImVec2 pad(3, 3);
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddRect(ImVec2(min.x - pad.x, min.y - pad.y),
                                      ImVec2(max.x + pad.x, max.y + pad.y), AccentColor(),
                                      ImGui::GetStyle().FrameRounding + 2.0f, 0, 2.5f);
}

// ImGui 1.86 names no K key: io.KeysDown[] is indexed by the backend's key codes, and GLFW's
// code for a letter is its upper-case ASCII code (GLFW_KEY_K == 'K').
constexpr int kGlfwKeyK = 'K';

// Error messages, the asterisk of a required field and the frame of a refused one: a red with a
// contrast of 5.9:1 on the window background.

// Keeps the first `max_chars` characters (code points) of UTF-8 `text`, cutting only before the
// first byte of a character, never inside one. The bytes cut off are zeroed (they may be part of
// a password). 0: no limit.
void KeepFirstChars(std::string* text, std::size_t max_chars) {
  if (max_chars == 0) return;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text->size(); ++i) {
    if ((static_cast<unsigned char>((*text)[i]) & 0xC0u) == 0x80u) continue;  // continuation
    if (chars == max_chars) {
      std::fill(text->begin() + static_cast<std::ptrdiff_t>(i), text->end(), '\0');
      text->resize(i);
      return;
    }
    ++chars;
  }
}

// The text of a field in its frame: its DOM element lies over the frame and shows the text
// while it has focus, but this keeps the canvas right while it does not (and without the layer).
void DrawFieldText(const std::string& value, const TextFieldOptions& options, ImVec2 min,
                   ImVec2 max) {
  const ImGuiStyle& style = ImGui::GetStyle();
  std::string shown;
  ImU32 colour = ImGui::GetColorU32(ImGuiCol_Text);
  if (value.empty()) {
    if (options.placeholder == nullptr) return;
    shown = options.placeholder;
    colour = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  } else if (options.password) {
    for (const char c : value) {
      if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u) shown += "\u2022";  // •
    }
  }
  const std::string& text = shown.empty() ? value : shown;
  const float wrap_width = options.multiline ? max.x - min.x - style.FramePadding.x * 2 : 0.0f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->PushClipRect(ImVec2(min.x + 1, min.y + 1), ImVec2(max.x - 1, max.y - 1), true);
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y), colour,
                text.data(), text.data() + text.size(), wrap_width);
  draw->PopClipRect();
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
    ImGui::PushStyleColor(ImGuiCol_Text,
                          IM_COL32_WHITE);  // on the accent: the theme test checks it
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

void ProgressBar(A11yRegistry& a11y, const char* label, const char* id, float fraction) {
  const float clamped = fraction < 0 ? 0 : (fraction > 1 ? 1 : fraction);
  const int percent = static_cast<int>(clamped * 100);  // rounded down: never 100 % too early
  ImGui::TextUnformatted(label);
  ImGui::PushID(id);
  const ImGuiID widget_id = ImGui::GetID("progress");
  ImGui::ProgressBar(clamped, ImVec2(-1, 6), "");
  ImGui::PopID();
  A11yNode node = NodeForLastItem(widget_id, A11yRole::kProgressBar, label);
  node.value = std::to_string(percent) + " %";
  node.value_now = percent;
  node.value_min = 0;
  node.value_max = 100;
  a11y.Add(std::move(node));
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

TextFieldResult TextField(A11yRegistry& a11y, const char* label, const char* id, std::string* value,
                          const TextFieldOptions& options) {
  const std::string imgui_label = ImGuiLabel(label, id);
  const ImGuiID widget_id = ImGui::GetID(imgui_label.c_str());
  TextFieldResult result;
  // Text first, then Enter: typed before Enter in the same frame, it is what gets submitted.
  std::string typed;
  if (a11y.ConsumeSetText(widget_id, &typed) && !options.disabled) {
    KeepFirstChars(&typed, options.max_chars);
    if (typed != *value) {
      value->swap(typed);  // `typed` now holds the old text, wiped below
      result.changed = true;
    }
  }
  Wipe(&typed);
  result.submitted = a11y.ConsumeActivation(widget_id) && !options.disabled;

  const ImGuiStyle& style = ImGui::GetStyle();
  const bool invalid = options.error != nullptr && options.error[0] != '\0';
  ImGui::BeginDisabled(options.disabled);
  ImGui::TextUnformatted(label);
  if (options.required) {
    ImGui::SameLine(0, 4);
    ImGui::PushStyleColor(ImGuiCol_Text, ErrorColor());
    ImGui::TextUnformatted("*");
    ImGui::PopStyleColor();
  }
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() - style.ItemSpacing.y + 4);  // close to its label

  // The frame, drawn as ImGui draws a button's. Clicks on it go to its DOM element, which lies
  // over it: no ImGui interaction here.
  const float width = options.width > 0 ? options.width : ImGui::GetContentRegionAvail().x;
  const int lines = options.multiline ? std::max(options.lines, 1) : 1;
  const float height =
      static_cast<float>(lines) * ImGui::GetTextLineHeight() + style.FramePadding.y * 2;
  ImGui::Dummy(ImVec2(width, height));
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, max, ImGui::GetColorU32(ImGuiCol_FrameBg), style.FrameRounding);
  draw->AddRect(min, max, invalid ? ErrorColor() : ImGui::GetColorU32(ImGuiCol_Border),
                style.FrameRounding, 0, std::max(style.FrameBorderSize, 1.0f));
  if (a11y.focused() != widget_id) DrawFieldText(*value, options, min, max);

  A11yNode node = NodeForLastItem(widget_id, A11yRole::kTextField, label);
  // The field's element is opaque and lies over the canvas: only the part of the field inside
  // the window's visible area is published (a field scrolled under the navigation would cover
  // it). A field scrolled out entirely keeps an empty rectangle at the edge, still focusable.
  {
    const ImVec2 clip_min = draw->GetClipRectMin();
    const ImVec2 clip_max = draw->GetClipRectMax();
    const float top = std::min(std::max(node.y, clip_min.y), clip_max.y);
    const float bottom = std::max(std::min(node.y + node.h, clip_max.y), top);
    node.y = top;
    node.h = bottom - top;
  }
  node.disabled = options.disabled;
  node.focus_request = options.focus_now;
  if (options.description != nullptr) node.description = options.description;
  node.password = options.password;
  if (options.password) {
    node.filled = !value->empty();  // never its text
  } else {
    node.value = *value;
  }
  node.multiline = options.multiline;
  node.required = options.required;
  if (invalid) node.error = options.error;
  if (options.placeholder != nullptr) node.placeholder = options.placeholder;
  if (options.autocomplete != nullptr) {
    node.autocomplete = options.autocomplete;
  } else {
    node.autocomplete = options.password ? "current-password" : "off";
  }
  node.max_chars = static_cast<int>(std::min<std::size_t>(options.max_chars, INT_MAX));
  node.font_size = ImGui::GetFontSize();
  a11y.Add(std::move(node));
  DrawFocusRing(a11y, widget_id);

  if (invalid) {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::PushStyleColor(ImGuiCol_Text, ErrorColor());
    ImGui::TextUnformatted(options.error);
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
  }
  ImGui::EndDisabled();
  return result;
}

void Heading(A11yRegistry& a11y, const char* text, int level) {
  const Fonts& fonts = GetFonts();
  // Levels 1 and 2 in the heading font; deeper ones in the accent colour, a little apart.
  const bool big = level <= 2 && fonts.heading != nullptr;
  if (big) ImGui::PushFont(fonts.heading);
  if (level >= 3) {
    ImGui::Dummy(ImVec2(0, 2));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(AccentColor()));
  }
  ImGui::TextUnformatted(text);
  if (level >= 3) ImGui::PopStyleColor();
  if (big) ImGui::PopFont();
  A11yNode node = NodeForLastItem(ImGui::GetID(text), A11yRole::kHeading, text);
  node.level = level < 1 ? 1 : (level > 6 ? 6 : level);
  a11y.Add(std::move(node));
}

void Paragraph(A11yRegistry& a11y, const char* text) {
  ImGui::TextWrapped("%s", text);
  a11y.Add(NodeForLastItem(ImGui::GetID(text), A11yRole::kText, text));
}

bool RowButton(A11yRegistry& a11y, const char* label, const char* id, const char* description,
               bool selected) {
  const std::string imgui_label = ImGuiLabel(label, id);
  const ImGuiID widget_id = ImGui::GetID(imgui_label.c_str());
  const bool clicked = ImGui::Selectable(
      imgui_label.c_str(), selected,
      ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap);
  const bool activated = a11y.ConsumeActivation(widget_id);

  // The row spans every column, but only its part inside the list's visible area is published:
  // an element over a header or a button below the list would take its clicks.
  A11yNode node = NodeForLastItem(widget_id, A11yRole::kLink, label);
  const ImVec2 clip_min = ImGui::GetWindowDrawList()->GetClipRectMin();
  const ImVec2 clip_max = ImGui::GetWindowDrawList()->GetClipRectMax();
  const float top = std::max(node.y, clip_min.y);
  const float bottom = std::min(node.y + node.h, clip_max.y);
  if (bottom > top) {
    node.y = top;
    node.h = bottom - top;
    if (description != nullptr) node.description = description;
    node.current = selected;
    a11y.Add(std::move(node));
    DrawFocusRing(a11y, widget_id);
  }
  return clicked || activated;
}

void Announce(A11yRegistry& a11y, const std::string& text, bool urgent) {
  a11y.Announce(text, urgent);
}

bool ShortcutPressed(A11yRegistry& a11y, Shortcut shortcut) {
  if (a11y.ConsumeShortcut(shortcut)) return true;
  const ImGuiIO& io = ImGui::GetIO();
  switch (shortcut) {
    case Shortcut::kPalette:
      return (io.KeyCtrl || io.KeySuper) && ImGui::IsKeyPressed(kGlfwKeyK, false);
    case Shortcut::kEscape: return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
  }
  return false;
}

}  // namespace carnet::ui
