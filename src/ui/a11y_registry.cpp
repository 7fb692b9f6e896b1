#include "ui/a11y_registry.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace carnet::ui {
namespace {

const char* RoleName(A11yRole role) {
  switch (role) {
    case A11yRole::kButton: return "button";
    case A11yRole::kCheckbox: return "checkbox";
    case A11yRole::kSlider: return "slider";
    case A11yRole::kHeading: return "heading";
    case A11yRole::kText: return "text";
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

void AppendTristate(std::string& out, const char* key, Tristate value) {
  if (value == Tristate::kNone) return;
  out += ",\"";
  out += key;
  out += value == Tristate::kTrue ? "\":true" : "\":false";
}

}  // namespace

void A11yRegistry::BeginFrame() {
  nodes_.clear();
  // An activation waits one full frame for its widget, then is dropped, so a click on a
  // widget that has since disappeared never acts on something else later.
  pending_.swap(carried_over_);
  carried_over_.clear();
}

const A11yNode* A11yRegistry::Find(std::uint32_t id) const {
  for (const A11yNode& node : nodes_) {
    if (node.id == id) return &node;
  }
  return nullptr;
}

void A11yRegistry::QueueActivation(std::uint32_t id) { carried_over_.push_back({id, false, 0}); }

void A11yRegistry::QueueSetValue(std::uint32_t id, int value) {
  carried_over_.push_back({id, true, value});
}

bool A11yRegistry::ConsumeActivation(std::uint32_t id) { return Consume(id, false, nullptr); }

bool A11yRegistry::ConsumeSetValue(std::uint32_t id, int* value) {
  return Consume(id, true, value);
}

bool A11yRegistry::Consume(std::uint32_t id, bool set_value, int* value) {
  for (auto* list : {&pending_, &carried_over_}) {
    auto it = std::find_if(list->begin(), list->end(), [&](const Action& action) {
      return action.id == id && action.set_value == set_value;
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
    AppendTristate(out, "checked", node.checked);
    AppendTristate(out, "pressed", node.pressed);
    AppendTristate(out, "expanded", node.expanded);
    if (node.role == A11yRole::kSlider) {
      out += ",\"value\":";
      AppendJsonString(out, node.value);
      out += ",\"now\":" + std::to_string(node.value_now);
      out += ",\"min\":" + std::to_string(node.value_min);
      out += ",\"max\":" + std::to_string(node.value_max);
    }
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
