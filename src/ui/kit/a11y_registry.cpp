#include "ui/kit/a11y_registry.h"
#include "core/base/secret_text.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <utility>

namespace carnet::ui {
namespace {

const char* RoleName(A11yRole role) {
  switch (role) {
    case A11yRole::kButton: return "button";
    case A11yRole::kCheckbox: return "checkbox";
    case A11yRole::kSlider: return "slider";
    case A11yRole::kHeading: return "heading";
    case A11yRole::kText: return "text";
    case A11yRole::kTextField: return "textbox";
    case A11yRole::kProgressBar: return "progressbar";
    case A11yRole::kLink: return "link";
  }
  return "text";
}

void AppendJsonString(std::string& out, const std::string& text) {
  out += '"';
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (u < 0x20) {
          char escaped[8];
          (void)std::snprintf(escaped, sizeof escaped, "\\u%04x", u);
          out += escaped;
        } else {
          out += c;  // UTF-8 passes through unchanged
        }
    }
  }
  out += '"';
}

void AppendNumber(std::string& out, float value) {
  // Whole CSS pixels are enough to place an element over its widget.
  out += std::to_string(static_cast<long>(std::lround(value)));
}

void AppendFlag(std::string& out, const char* key, bool value) {
  if (!value) return;
  out += ",\"";
  out += key;
  out += "\":true";
}

void AppendStringField(std::string& out, const char* key, const std::string& value) {
  if (value.empty()) return;
  out += ",\"";
  out += key;
  out += "\":";
  AppendJsonString(out, value);
}

// A text field's text, state and constraints. A password's text is never written.
void AppendTextField(std::string& out, const A11yNode& node) {
  out += ",\"value\":";
  AppendJsonString(out, node.password ? std::string() : node.value);
  AppendFlag(out, "password", node.password);
  AppendFlag(out, "filled", node.password && node.filled);
  AppendFlag(out, "multiline", node.multiline);
  AppendFlag(out, "required", node.required);
  AppendFlag(out, "invalid", !node.error.empty());
  AppendStringField(out, "error", node.error);
  AppendStringField(out, "placeholder", node.placeholder);
  AppendStringField(out, "autocomplete", node.autocomplete);
  if (node.max_chars > 0) out += ",\"maxlength\":" + std::to_string(node.max_chars);
  if (node.font_size > 0) {
    out += ",\"font\":";
    AppendNumber(out, node.font_size);
  }
}

void AppendTristate(std::string& out, const char* key, Tristate value) {
  if (value == Tristate::kNone) return;
  out += ",\"";
  out += key;
  out += value == Tristate::kTrue ? "\":true" : "\":false";
}

}  // namespace

void Wipe(std::string* text) { WipeText(text); }

void A11yRegistry::BeginFrame() {
  nodes_.clear();
  announcement_.clear();
  announcement_urgent_ = false;
  // An action waits one full frame for its widget, then is dropped, so a click on a widget
  // that has since disappeared never acts on something else later.
  pending_.swap(carried_over_);
  for (Action& dropped : carried_over_) Wipe(&dropped.text);
  carried_over_.clear();
}

const A11yNode* A11yRegistry::Find(std::uint32_t id) const {
  for (const A11yNode& node : nodes_) {
    if (node.id == id) return &node;
  }
  return nullptr;
}

void A11yRegistry::QueueActivation(std::uint32_t id) {
  carried_over_.push_back({id, ActionKind::kActivate, 0, {}});
}

void A11yRegistry::QueueSetValue(std::uint32_t id, int value) {
  // A value is absolute: the latest one set is the user's. Several arrow keys pressed between
  // two frames (a busy machine) must not leave one per frame, of which all but the first would
  // be dropped.
  for (auto* list : {&pending_, &carried_over_}) {
    list->erase(std::remove_if(list->begin(), list->end(),
                               [&](const Action& action) {
                                 return action.id == id && action.kind == ActionKind::kSetValue;
                               }),
                list->end());
  }
  carried_over_.push_back({id, ActionKind::kSetValue, value, {}});
}

void A11yRegistry::QueueSetText(std::uint32_t id, std::string text) {
  // The DOM layer sends the whole text after each edit: a newer one replaces an older one.
  for (Action& action : carried_over_) {
    if (action.id == id && action.kind == ActionKind::kSetText) {
      Wipe(&action.text);
      action.text = std::move(text);
      return;
    }
  }
  carried_over_.push_back({id, ActionKind::kSetText, 0, std::move(text)});
}

void A11yRegistry::Announce(std::string text, bool urgent) {
  if (text.empty() || (announcement_urgent_ && !urgent)) return;
  if (urgent && !announcement_urgent_) announcement_.clear();  // the urgent one replaces them
  announcement_urgent_ = urgent;
  if (announcement_.empty()) {
    announcement_ = std::move(text);
  } else {
    announcement_ += ' ';
    announcement_ += text;
  }
}

void A11yRegistry::QueueShortcut(Shortcut shortcut) {
  const auto code = static_cast<std::uint32_t>(shortcut);
  for (const Action& action : carried_over_) {
    if (action.id == code && action.kind == ActionKind::kShortcut) return;
  }
  carried_over_.push_back({code, ActionKind::kShortcut, 0, {}});
}

bool A11yRegistry::ConsumeShortcut(Shortcut shortcut) {
  // Taken from both lists: one that arrived during the frame is the same key press for the UI.
  const auto code = static_cast<std::uint32_t>(shortcut);
  bool found = false;
  while (Consume(code, ActionKind::kShortcut, nullptr)) found = true;
  return found;
}

bool A11yRegistry::ConsumeActivation(std::uint32_t id) {
  return Consume(id, ActionKind::kActivate, nullptr);
}

bool A11yRegistry::ConsumeSetValue(std::uint32_t id, int* value) {
  return Consume(id, ActionKind::kSetValue, value);
}

bool A11yRegistry::ConsumeSetText(std::uint32_t id, std::string* text) {
  // Texts that arrived after the frame began are newer than those waiting since before it.
  bool found = false;
  for (auto* list : {&carried_over_, &pending_}) {
    auto it = std::find_if(list->begin(), list->end(), [&](const Action& action) {
      return action.id == id && action.kind == ActionKind::kSetText;
    });
    if (it == list->end()) continue;
    if (!found) {
      text->swap(it->text);
      found = true;
    }
    Wipe(&it->text);
    list->erase(it);
  }
  return found;
}

bool A11yRegistry::Consume(std::uint32_t id, ActionKind kind, int* value) {
  for (auto* list : {&pending_, &carried_over_}) {
    auto it = std::find_if(list->begin(), list->end(), [&](const Action& action) {
      return action.id == id && action.kind == kind;
    });
    if (it != list->end()) {
      if (value != nullptr) *value = it->value;
      list->erase(it);
      return true;
    }
  }
  return false;
}

std::string A11yRegistry::ToJson(const char* page_lang) const {
  std::string out = "{\"lang\":";
  AppendJsonString(out, page_lang);
  AppendStringField(out, "announce", announcement_);
  AppendFlag(out, "urgent", !announcement_.empty() && announcement_urgent_);
  out += ",\"nodes\":[";
  bool first = true;
  for (const A11yNode& node : nodes_) {
    if (!first) out += ',';
    first = false;
    out += "{\"id\":";
    out += std::to_string(node.id);
    out += ",\"role\":\"";
    out += RoleName(node.role);
    out += "\",\"name\":";
    AppendJsonString(out, node.name);
    if (!node.description.empty()) {
      out += ",\"description\":";
      AppendJsonString(out, node.description);
    }
    if (!node.lang.empty()) {
      out += ",\"lang\":";
      AppendJsonString(out, node.lang);
    }
    if (node.role == A11yRole::kHeading) out += ",\"level\":" + std::to_string(node.level);
    if (node.disabled) out += ",\"disabled\":true";
    AppendFlag(out, "focus", node.focus_request);
    AppendFlag(out, "current", node.current);
    AppendTristate(out, "checked", node.checked);
    AppendTristate(out, "pressed", node.pressed);
    AppendTristate(out, "expanded", node.expanded);
    if (node.role == A11yRole::kSlider || node.role == A11yRole::kProgressBar) {
      out += ",\"value\":";
      AppendJsonString(out, node.value);
      out += ",\"now\":" + std::to_string(node.value_now);
      out += ",\"min\":" + std::to_string(node.value_min);
      out += ",\"max\":" + std::to_string(node.value_max);
    }
    if (node.role == A11yRole::kTextField) AppendTextField(out, node);
    out += ",\"x\":";
    AppendNumber(out, node.x);
    out += ",\"y\":";
    AppendNumber(out, node.y);
    out += ",\"w\":";
    AppendNumber(out, node.w);
    out += ",\"h\":";
    AppendNumber(out, node.h);
    out += '}';
  }
  out += "]}";
  return out;
}

}  // namespace carnet::ui
