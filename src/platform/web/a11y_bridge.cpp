#include "a11y_bridge.h"

#include <emscripten.h>

#include <cstdint>
#include <string>

#include "frame_pacing.h"

namespace carnet::platform {
namespace {

ui::A11yRegistry* g_registry = nullptr;
std::string g_last_published;

}  // namespace

// clang-format off
EM_JS(void, carnet_js_publish_a11y, (const char* json), {
  if (Module.carnetA11y) Module.carnetA11y.update(UTF8ToString(json));
});
// clang-format on

void ConnectA11yRegistry(ui::A11yRegistry* registry) { g_registry = registry; }

void PublishA11y(const ui::A11yRegistry& registry, const char* page_lang) {
  std::string json = registry.ToJson(page_lang);
  // The DOM is touched only when something changed. An announcement is in one frame's JSON
  // only, so the frame after it differs and is published too: the layer sees each
  // announcement appear once, then go, and reads it once.
  if (json == g_last_published) return;
  carnet_js_publish_a11y(json.c_str());
  g_last_published = std::move(json);
}

}  // namespace carnet::platform

extern "C" {

// The user activated (click, Enter, Space) the DOM element of widget `id`.
EMSCRIPTEN_KEEPALIVE void carnet_a11y_activate(std::uint32_t id) {
  carnet::platform::WakeFrames();
  if (carnet::platform::g_registry != nullptr) carnet::platform::g_registry->QueueActivation(id);
}

// The user set the value of slider `id` from its DOM element.
EMSCRIPTEN_KEEPALIVE void carnet_a11y_set_value(std::uint32_t id, int value) {
  carnet::platform::WakeFrames();
  if (carnet::platform::g_registry != nullptr) {
    carnet::platform::g_registry->QueueSetValue(id, value);
  }
}

// The user edited the text of field `id` in its DOM element (typing, paste, an input method,
// a password manager): `utf8` is the element's whole new text, NUL-terminated, owned by the
// caller (boot.js allocates it with malloc and zeroes it after this call).
EMSCRIPTEN_KEEPALIVE void carnet_a11y_set_text(std::uint32_t id, const char* utf8) {
  carnet::platform::WakeFrames();
  if (carnet::platform::g_registry != nullptr && utf8 != nullptr) {
    carnet::platform::g_registry->QueueSetText(id, utf8);
  }
}

// The user pressed a page-wide shortcut (a ui::Shortcut value); unknown codes are ignored. The
// key press itself already noted the user's activity (boot.js).
EMSCRIPTEN_KEEPALIVE void carnet_a11y_shortcut(int code) {
  carnet::platform::WakeFrames();
  if (carnet::platform::g_registry == nullptr) return;
  if (code == static_cast<int>(carnet::ui::Shortcut::kPalette)) {
    carnet::platform::g_registry->QueueShortcut(carnet::ui::Shortcut::kPalette);
  } else if (code == static_cast<int>(carnet::ui::Shortcut::kEscape)) {
    carnet::platform::g_registry->QueueShortcut(carnet::ui::Shortcut::kEscape);
  }
}

// Keyboard focus moved to the DOM element of widget `id` (0: left the layer).
EMSCRIPTEN_KEEPALIVE void carnet_a11y_focus(std::uint32_t id) {
  carnet::platform::WakeFrames();
  if (carnet::platform::g_registry != nullptr) carnet::platform::g_registry->SetFocused(id);
}
}
