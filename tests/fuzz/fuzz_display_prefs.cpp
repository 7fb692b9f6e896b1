// libFuzzer target: DisplayPrefsFromJson on any text (what the browser keeps in localStorage
// under "carnet-display", which any script of the origin or the user can change). It never
// fails: whatever it reads must be in range, and must be written and read back unchanged.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "app/base/display_prefs.h"
#include "fuzz/fuzz_common.h"

using namespace carnet;

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) { return 0; }

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const DisplayPrefs prefs = DisplayPrefsFromJson(text);
  if (prefs.lang != Lang::kFr && prefs.lang != Lang::kEn) fuzz::Broken("an unknown language");
  if (prefs.theme != Theme::kLight && prefs.theme != Theme::kHighContrast) {
    fuzz::Broken("an unknown theme");
  }
  if (prefs.text_percent < kMinTextPercent || prefs.text_percent > kMaxTextPercent) {
    fuzz::Broken("a text size out of range");
  }
  const std::string json = DisplayPrefsToJson(prefs);
  if (DisplayPrefsFromJson(json) != prefs) fuzz::Broken("preferences changed on the way");
  return 0;
}
