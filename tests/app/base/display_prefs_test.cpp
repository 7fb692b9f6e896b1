#include "app/base/display_prefs.h"

#include <doctest/doctest.h>

#include <string>

using namespace carnet;

TEST_SUITE("display preferences") {
  TEST_CASE("the defaults are French, light and 100 %") {
    const DisplayPrefs prefs;
    CHECK(prefs.lang == Lang::kFr);
    CHECK(prefs.theme == Theme::kLight);
    CHECK(prefs.text_percent == 100);
    CHECK(DisplayPrefsToJson(prefs) == R"({"lang":"fr","theme":"light","text":100})");
  }

  TEST_CASE("what is written is read back") {
    const DisplayPrefs prefs{Lang::kEn, Theme::kHighContrast, 180};
    const std::string json = DisplayPrefsToJson(prefs);
    CHECK(json == R"({"lang":"en","theme":"contrast","text":180})");
    CHECK(DisplayPrefsFromJson(json) == prefs);
  }

  TEST_CASE("spaces, another order and unknown fields are accepted") {
    const DisplayPrefs prefs =
        DisplayPrefsFromJson(" { \"text\" : 130 , \"extra\": 1, \"theme\":\"contrast\" } ");
    CHECK(prefs.lang == Lang::kFr);
    CHECK(prefs.theme == Theme::kHighContrast);
    CHECK(prefs.text_percent == 130);
  }

  TEST_CASE("a malformed or missing value gives the defaults") {
    for (const char* text :
         {"", "null", "[]", "{", "{\"lang\":\"en\"", "{\"lang\":\"en\",}", "{\"lang\":en}",
          "{\"lang\":\"en\"} trailing", "{\"lang\":\"e\\u006e\"}", "{\"text\":-5,\"lang\":\"en\"}",
          "{\"text\":1.5,\"lang\":\"en\"}", "{\"text\":99999999999,\"lang\":\"en\"}", "\xff\xfe"}) {
      CAPTURE(text);
      CHECK(DisplayPrefsFromJson(text) == DisplayPrefs{});
    }
  }

  TEST_CASE("a field out of range keeps its default, the others are read") {
    CHECK(DisplayPrefsFromJson(R"({"lang":"de","theme":"contrast","text":100})") ==
          DisplayPrefs{Lang::kFr, Theme::kHighContrast, 100});
    CHECK(DisplayPrefsFromJson(R"({"lang":"en","theme":"dark","text":150})") ==
          DisplayPrefs{Lang::kEn, Theme::kLight, 150});
    CHECK(DisplayPrefsFromJson(R"({"lang":"en","text":250})") ==
          DisplayPrefs{Lang::kEn, Theme::kLight, 100});
    CHECK(DisplayPrefsFromJson(R"({"lang":"en","text":"150"})") ==
          DisplayPrefs{Lang::kEn, Theme::kLight, 100});
    CHECK(DisplayPrefsFromJson(R"({"lang":1})") == DisplayPrefs{});
  }

  TEST_CASE("the preferences are copied to and from the application state") {
    AppState state;
    ApplyDisplayPrefs(DisplayPrefs{Lang::kEn, Theme::kHighContrast, 200}, state);
    CHECK(state.lang == Lang::kEn);
    CHECK(state.theme == Theme::kHighContrast);
    CHECK(state.text_percent == 200);
    CHECK(state.screen == Screen::kWelcome);
    CHECK(DisplayPrefsOf(state) == DisplayPrefs{Lang::kEn, Theme::kHighContrast, 200});
  }
}
