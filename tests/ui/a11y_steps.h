// Steps of the headless UI tests, as a person using a screen reader takes them: find a widget
// by role and name in the accessible layer, activate it, type into a field.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "ui/headless_imgui.h"
#include "ui/kit/a11y_registry.h"

namespace carnet::test {

inline const ui::A11yNode* Find(const ui::A11yRegistry& a11y, ui::A11yRole role,
                                const std::string& name) {
  for (const ui::A11yNode& node : a11y.nodes()) {
    if (node.role == role && node.name == name) return &node;
  }
  return nullptr;
}

// The first node of `role` whose name starts with `prefix`.
inline const ui::A11yNode* FindStarting(const ui::A11yRegistry& a11y, ui::A11yRole role,
                                        const std::string& prefix) {
  for (const ui::A11yNode& node : a11y.nodes()) {
    if (node.role == role && node.name.rfind(prefix, 0) == 0) return &node;
  }
  return nullptr;
}

// Activates the widget (as its DOM element would), then lets two frames apply and redraw.
inline void Press(HeadlessImGui& ui, const std::string& name,
                  ui::A11yRole role = ui::A11yRole::kButton) {
  const ui::A11yNode* node = Find(ui.a11y, role, name);
  REQUIRE_MESSAGE(node != nullptr, name);
  ui.a11y.QueueActivation(node->id);
  ui.Frame();
  ui.Frame();
}

inline void Type(HeadlessImGui& ui, const std::string& label, const std::string& text) {
  const ui::A11yNode* node = Find(ui.a11y, ui::A11yRole::kTextField, label);
  REQUIRE_MESSAGE(node != nullptr, label);
  ui.a11y.QueueSetText(node->id, text);
  ui.Frame();
}

}  // namespace carnet::test
