// Wiping secret texts: the whole buffer a string holds, not only its current size.
#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "core/base/secret_text.h"

using namespace carnet;

namespace {

// True when the `capacity` bytes at `bytes` are all zero.
bool AllZero(const char* bytes, std::size_t capacity) {
  for (std::size_t i = 0; i < capacity; ++i) {
    if (bytes[i] != '\0') return false;
  }
  return true;
}

}  // namespace

TEST_SUITE("secret text") {
  TEST_CASE("WipeText zeroes the whole capacity, beyond what the string holds now") {
    std::string text(100, 'x');
    text.resize(10);  // the 90 bytes past the size still hold 'x'
    const char* buffer = text.data();
    const std::size_t capacity = text.capacity();
    REQUIRE(capacity >= 100);
    WipeText(&text);
    CHECK(text.empty());
    REQUIRE(text.data() == buffer);  // the same buffer, kept
    CHECK(AllZero(buffer, capacity));
  }

  TEST_CASE("WipeText zeroes a short string held in place") {
    std::string text = "abc";
    const char* buffer = text.data();
    const std::size_t capacity = text.capacity();
    WipeText(&text);
    CHECK(text.empty());
    CHECK(AllZero(buffer, capacity));
  }

  TEST_CASE("a SecretText moved from is wiped, and keeps its text until then") {
    SecretText first("cheval batterie agrafe correcte");
    SecretText second(std::move(first));
    CHECK(second.view() == "cheval batterie agrafe correcte");
    CHECK(first.view().empty());  // NOLINT(bugprone-use-after-move): the wipe is the point
    second.Wipe();
    CHECK(second.view().empty());
  }
}
