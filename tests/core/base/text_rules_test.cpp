#include <doctest/doctest.h>

#include <string>

#include "core/base/text_rules.h"

using namespace carnet;

TEST_SUITE("text rules") {
  TEST_CASE("French text with accents, ligatures and typographic signs is accepted") {
    CHECK(CheckText("Élodie Dupré — « Œuvre » l’été…", "f", 100, TextKind::kLine, true).ok());
  }

  TEST_CASE("invalid UTF-8 is refused, whatever its kind") {
    for (const std::string& bad : {std::string("\xC3"), std::string("a\xC3(b"),
                                   std::string("\xC0\xAF"),          // overlong '/'
                                   std::string("\xED\xA0\x80"),      // a surrogate
                                   std::string("\xF4\x90\x80\x80"),  // past U+10FFFF
                                   std::string("\xFF")}) {
      const Status s = CheckText(bad, "name", 100, TextKind::kLine, false);
      CHECK(s.problem() == Problem::kInvalidText);
      CHECK(s.field() == "name");
    }
  }

  TEST_CASE("control characters are refused, line breaks only in multiline text") {
    CHECK(CheckText("a\nb", "f", 10, TextKind::kLine, false).problem() == Problem::kInvalidText);
    CHECK(CheckText("a\nb\tc", "f", 10, TextKind::kMultiline, false).ok());
    CHECK(CheckText(std::string("a\0b", 3), "f", 10, TextKind::kMultiline, false).problem() ==
          Problem::kInvalidText);
    CHECK(CheckText("a\x1b[31m", "f", 10, TextKind::kMultiline, false).problem() ==
          Problem::kInvalidText);
  }

  TEST_CASE("length is counted in characters, not bytes") {
    CHECK(CheckText("éééé", "f", 4, TextKind::kLine, false).ok());
    CHECK(CheckText("ééééé", "f", 4, TextKind::kLine, false).problem() == Problem::kTooLong);
    CHECK(CheckText(std::string(100000, 'a'), "f", 100, TextKind::kLine, false).problem() ==
          Problem::kTooLong);
  }

  TEST_CASE("blank required text is refused") {
    CHECK(CheckText("  \u00a0 ", "f", 10, TextKind::kLine, true).problem() == Problem::kRequired);
    CHECK(CheckText(" \t\n ", "f", 10, TextKind::kMultiline, true).problem() == Problem::kRequired);
    CHECK(CheckText("", "f", 10, TextKind::kLine, false).ok());
  }

  TEST_CASE("names fold for sorting without accents or case") {
    CHECK(FoldForSort("Élodie DUPRÉ") == "elodie dupre");
    CHECK(FoldForSort("Œuvray Ærts Çà") == "oeuvray aerts ca");
    CHECK(FoldForSort("Loïc Lefèvre") == "loic lefevre");
  }
}
