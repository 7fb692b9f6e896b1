#include <doctest/doctest.h>

#include "app/controller.h"

using namespace carnet;

TEST_SUITE("controller") {
  TEST_CASE("the application starts in French on the welcome screen") {
    const AppState state;
    CHECK(state.lang == Lang::kFr);
    CHECK(state.screen == Screen::kWelcome);
  }

  TEST_CASE("switching the language applies and the queue empties") {
    AppState state;
    CommandQueue queue{SetLanguage{Lang::kEn}};
    CHECK(ApplyAll(state, queue).ok());
    CHECK(state.lang == Lang::kEn);
    CHECK(queue.empty());
  }

  TEST_CASE("a rejected command changes nothing and says why") {
    AppState state;
    const Status status = Apply(state, SetLanguage{static_cast<Lang>(7)});
    CHECK_FALSE(status.ok());
    CHECK(status.code() == StatusCode::kInvalidArgument);
    CHECK(state.lang == Lang::kFr);
  }
}
