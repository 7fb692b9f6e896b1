#include <doctest/doctest.h>
#include <imgui.h>

#include <string>

#include "ui/headless_imgui.h"
#include "ui/widgets.h"

using namespace carnet;
using carnet::ui::A11yNode;
using carnet::ui::A11yRole;
using carnet::ui::Tristate;

namespace {

const A11yNode& Only(const ui::A11yRegistry& a11y) {
  REQUIRE(a11y.nodes().size() == 1);
  return a11y.nodes().front();
}

}  // namespace

TEST_SUITE("widgets") {
  TEST_CASE("a check box publishes its state and toggles from the DOM layer") {
    test::HeadlessImGui ui;
    bool consent = false;
    bool changed = false;
    auto draw = [&](ui::A11yRegistry& a11y) {
      changed = ui::Checkbox(a11y, "Consentement recueilli", "consent", &consent);
    };
    ui.Frame(draw);
    A11yNode node = Only(ui.a11y);
    CHECK(node.role == A11yRole::kCheckbox);
    CHECK(node.name == "Consentement recueilli");
    CHECK(node.checked == Tristate::kFalse);

    ui.a11y.QueueActivation(node.id);
    ui.Frame(draw);
    CHECK(changed);
    CHECK(consent);
    CHECK(Only(ui.a11y).checked == Tristate::kTrue);
    ui.Frame(draw);
    CHECK_FALSE(changed);  // one activation, one toggle
    CHECK(ui.a11y.ToJson("fr").find("\"checked\":true") != std::string::npos);
  }

  TEST_CASE("a disabled check box keeps its state") {
    test::HeadlessImGui ui;
    bool consent = true;
    ui::WidgetOptions options;
    options.disabled = true;
    auto draw = [&](ui::A11yRegistry& a11y) {
      ui::Checkbox(a11y, "Consentement", "consent", &consent, options);
    };
    ui.Frame(draw);
    ui.a11y.QueueActivation(Only(ui.a11y).id);
    ui.Frame(draw);
    CHECK(consent);
    CHECK(Only(ui.a11y).disabled);
  }

  TEST_CASE("a disclosure publishes expanded or collapsed and opens from the DOM layer") {
    test::HeadlessImGui ui;
    bool open = false;
    auto draw = [&](ui::A11yRegistry& a11y) {
      open = ui::Disclosure(a11y, "Historique", "history");
    };
    ui.Frame(draw);
    CHECK_FALSE(open);
    const A11yNode node = Only(ui.a11y);
    CHECK(node.role == A11yRole::kButton);
    CHECK(node.expanded == Tristate::kFalse);

    ui.a11y.QueueActivation(node.id);
    ui.Frame(draw);
    CHECK(open);
    CHECK(Only(ui.a11y).expanded == Tristate::kTrue);
    ui.Frame(draw);
    CHECK(open);  // stays open
    ui.a11y.QueueActivation(node.id);
    ui.Frame(draw);
    CHECK_FALSE(open);
    CHECK(ui.a11y.ToJson("fr").find("\"expanded\":false") != std::string::npos);
  }

  TEST_CASE("a slider publishes its value and range, and takes a value from the DOM, clamped") {
    test::HeadlessImGui ui;
    int size = 100;
    bool changed = false;
    auto draw = [&](ui::A11yRegistry& a11y) {
      changed = ui::SliderInt(a11y, "Taille du texte", "text-size", &size, 100, 200, "%d %%");
    };
    ui.Frame(draw);
    A11yNode node = Only(ui.a11y);
    CHECK(node.role == A11yRole::kSlider);
    CHECK(node.value == "100 %");
    CHECK(node.value_min == 100);
    CHECK(node.value_max == 200);

    ui.a11y.QueueSetValue(node.id, 150);
    ui.Frame(draw);
    CHECK(changed);
    CHECK(size == 150);
    CHECK(Only(ui.a11y).value == "150 %");

    ui.a11y.QueueSetValue(node.id, 900);
    ui.Frame(draw);
    CHECK(size == 200);
    ui.a11y.QueueActivation(node.id);  // an activation is not a value
    ui.Frame(draw);
    CHECK_FALSE(changed);
    CHECK(size == 200);
    const std::string json = ui.a11y.ToJson("fr");
    CHECK(json.find("\"value\":\"200 %\",\"now\":200,\"min\":100,\"max\":200") !=
          std::string::npos);
  }
}
