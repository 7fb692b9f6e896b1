#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include "app/base/i18n.h"

using namespace carnet;

namespace {

bool IsValidUtf8(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t extra = 0;
    if (c < 0x80)
      extra = 0;
    else if ((c & 0xE0) == 0xC0 && c >= 0xC2)
      extra = 1;
    else if ((c & 0xF0) == 0xE0)
      extra = 2;
    else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
      extra = 3;
    else
      return false;
    if (i + extra >= s.size()) return false;  // sequence runs past the end
    for (std::size_t k = 1; k <= extra; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

}  // namespace

TEST_SUITE("i18n") {
  TEST_CASE("every message has French and English text, valid UTF-8, usable as a label") {
    for (std::size_t i = 0; i < kMsgCount; ++i) {
      const auto msg = static_cast<Msg>(i);
      for (Lang lang : {Lang::kFr, Lang::kEn}) {
        const std::string text = Tr(msg, lang);
        CAPTURE(i);
        CAPTURE(text);
        CHECK_FALSE(text.empty());
        CHECK(IsValidUtf8(text));
        CHECK(text.find("##") == std::string::npos);  // would cut an ImGui label
      }
    }
  }

  TEST_CASE("French text uses the typographic apostrophe") {
    for (std::size_t i = 0; i < kMsgCount; ++i) {
      const std::string text = Tr(static_cast<Msg>(i), Lang::kFr);
      CAPTURE(text);
      CHECK(text.find('\'') == std::string::npos);
    }
  }

  TEST_CASE("French high punctuation is held to its word by a no-break space") {
    // An ordinary space before : ; ! ? would let a line break before the sign.
    for (std::size_t i = 0; i < kMsgCount; ++i) {
      const std::string text = Tr(static_cast<Msg>(i), Lang::kFr);
      CAPTURE(text);
      for (const char* sign : {" :", " ;", " !", " ?"}) CHECK(text.find(sign) == std::string::npos);
    }
  }

  TEST_CASE("French is written with its accents") {
    CHECK(std::string(Tr(Msg::kCreateVault, Lang::kFr)) == "Créer un coffre");
    CHECK(std::string(Tr(Msg::kLanguageFrench, Lang::kEn)) == "Français");
  }

  TEST_CASE("language codes for the page") {
    CHECK(std::strcmp(LangCode(Lang::kFr), "fr") == 0);
    CHECK(std::strcmp(LangCode(Lang::kEn), "en") == 0);
  }

  TEST_CASE("an out-of-range message gives a visible placeholder, not a crash") {
    CHECK(std::string(Tr(Msg::kCount, Lang::kFr)) == "?");
  }
}
