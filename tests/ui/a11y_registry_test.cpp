#include <doctest/doctest.h>

#include <string>

#include "ui/a11y_registry.h"

using namespace carnet::ui;

TEST_SUITE("a11y registry") {
  TEST_CASE("names are escaped for JSON and UTF-8 passes through") {
    A11yRegistry a11y;
    a11y.BeginFrame();
    A11yNode node;
    node.id = 42;
    node.role = A11yRole::kButton;
    node.name = "Dire \"oui\" \\ à\tl’écran\n\x01";
    node.x = 10.4f;
    node.y = 20.6f;
    node.w = 100;
    node.h = 30;
    a11y.Add(node);
    CHECK(a11y.ToJson("fr") ==
          "{\"lang\":\"fr\",\"nodes\":[{\"id\":42,\"role\":\"button\","
          "\"name\":\"Dire \\\"oui\\\" \\\\ à\\tl’écran\\n\\u0001\","
          "\"x\":10,\"y\":21,\"w\":100,\"h\":30}]}");
  }

  TEST_CASE("states are published only when they apply") {
    A11yRegistry a11y;
    A11yNode node;
    node.id = 1;
    node.role = A11yRole::kCheckbox;
    node.name = "Consentement";
    node.checked = Tristate::kFalse;
    node.disabled = true;
    node.description = "Pourquoi";
    a11y.Add(node);
    const std::string json = a11y.ToJson("fr");
    CHECK(json.find("\"checked\":false") != std::string::npos);
    CHECK(json.find("\"disabled\":true") != std::string::npos);
    CHECK(json.find("\"description\":\"Pourquoi\"") != std::string::npos);
    CHECK(json.find("pressed") == std::string::npos);
    CHECK(json.find("level") == std::string::npos);
  }

  TEST_CASE("an activation is consumed once, by its widget only") {
    A11yRegistry a11y;
    a11y.QueueActivation(7);
    a11y.BeginFrame();
    CHECK_FALSE(a11y.ConsumeActivation(8));
    CHECK(a11y.ConsumeActivation(7));
    CHECK_FALSE(a11y.ConsumeActivation(7));
  }

  TEST_CASE("an unclaimed activation does not survive into a later frame") {
    A11yRegistry a11y;
    a11y.QueueActivation(7);
    a11y.BeginFrame();  // widget 7 is not drawn in this frame
    a11y.BeginFrame();
    CHECK_FALSE(a11y.ConsumeActivation(7));
  }

  TEST_CASE("focus reported by the DOM layer is kept until changed") {
    A11yRegistry a11y;
    a11y.SetFocused(5);
    a11y.BeginFrame();
    CHECK(a11y.focused() == 5);
    a11y.SetFocused(0);
    CHECK(a11y.focused() == 0);
  }
}
