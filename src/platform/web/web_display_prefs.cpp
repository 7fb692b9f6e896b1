#include "web_display_prefs.h"

#include <emscripten.h>

#include <string>

namespace {

// Longer than anything DisplayPrefsToJson writes; a longer stored value is malformed.
constexpr int kMaxStoredBytes = 256;

// clang-format off
// Copies the stored value as UTF-8 into `out` and returns its length in bytes, or -1 when there
// is none (or localStorage may not be used).
EM_JS(int, carnet_js_read_display_prefs, (char* out, int size), {
  let text = null;
  try { text = window.localStorage.getItem("carnet-display"); } catch (e) { return -1; }
  if (text === null) return -1;
  const length = lengthBytesUTF8(text);
  if (length >= size) return length;
  stringToUTF8(text, out, size);
  return length;
});
EM_JS(void, carnet_js_write_display_prefs, (const char* json), {
  try { window.localStorage.setItem("carnet-display", UTF8ToString(json)); } catch (e) {}
});
// clang-format on

}  // namespace

namespace carnet::platform {

DisplayPrefs LoadDisplayPrefs() {
  char stored[kMaxStoredBytes] = {};
  const int length = carnet_js_read_display_prefs(stored, kMaxStoredBytes);
  if (length < 0 || length >= kMaxStoredBytes) return DisplayPrefs{};
  return DisplayPrefsFromJson(std::string(stored, static_cast<std::size_t>(length)));
}

void StoreDisplayPrefs(const DisplayPrefs& prefs) {
  carnet_js_write_display_prefs(DisplayPrefsToJson(prefs).c_str());
}

}  // namespace carnet::platform
