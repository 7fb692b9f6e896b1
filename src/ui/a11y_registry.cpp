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

void A11yRegistry::QueueActivation(std::uint32_t id) { carried_over_.push_back(id); }

bool A11yRegistry::ConsumeActivation(std::uint32_t id) {
  for (auto* list : {&pending_, &carried_over_}) {
    auto it = std::find(list->begin(), list->end(), id);
    if (it != list->end()) {
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
