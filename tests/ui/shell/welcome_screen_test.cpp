#include <doctest/doctest.h>
#include <imgui.h>

#include <string>

#include "ui/headless_imgui.h"

using namespace carnet;
using carnet::ui::A11yNode;
using carnet::ui::A11yRole;
using carnet::ui::Tristate;

namespace {

const A11yNode* FindByName(const ui::A11yRegistry& a11y, A11yRole role, const std::string& name) {
  for (const A11yNode& node : a11y.nodes()) {
    if (node.role == role && node.name == name) return &node;
  }
  return nullptr;
}

}  // namespace

TEST_SUITE("welcome screen") {
  TEST_CASE("Dear ImGui is the fetched 1.86") {
    test::HeadlessImGui ui;
    CHECK(std::string(ImGui::GetVersion()) == "1.86");
  }

  TEST_CASE("the UI font has the glyphs French needs") {
    test::HeadlessImGui ui;
    REQUIRE(ui.fonts_loaded());
    ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    for (unsigned c : {0x00E9u, 0x00C9u, 0x00E8u, 0x00E0u, 0x00E7u, 0x00F4u, 0x0153u, 0x00ABu,
                       0x00BBu, 0x2019u, 0x2014u, 0x2026u, 0x20ACu, 0x202Fu}) {
      CAPTURE(c);
      CHECK(font->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
    }
  }

  TEST_CASE("where vaults are not available, creating one is disabled and explained") {
    test::HeadlessImGui ui;
    ui.Frame();
    CHECK(FindByName(ui.a11y, A11yRole::kHeading, "Bienvenue dans Carnet") != nullptr);
    const A11yNode* create = FindByName(ui.a11y, A11yRole::kButton, "Créer un coffre");
    REQUIRE(create != nullptr);
    CHECK(create->disabled);
    CHECK(create->description.find("pas disponibles") != std::string::npos);
    CHECK(create->w > 40);
    CHECK(create->h > 10);

    const A11yNode* fr = FindByName(ui.a11y, A11yRole::kButton, "Français");
    const A11yNode* en = FindByName(ui.a11y, A11yRole::kButton, "English");
    REQUIRE(fr != nullptr);
    REQUIRE(en != nullptr);
    CHECK(fr->pressed == Tristate::kTrue);
    CHECK(en->pressed == Tristate::kFalse);
    CHECK(en->lang == "en");
  }

  TEST_CASE("activating the English button from the DOM layer switches every name") {
    test::HeadlessImGui ui;
    ui.Frame();
    const A11yNode* en = FindByName(ui.a11y, A11yRole::kButton, "English");
    REQUIRE(en != nullptr);
    const std::uint32_t en_id = en->id;
    const std::uint32_t create_id = FindByName(ui.a11y, A11yRole::kButton, "Créer un coffre")->id;

    ui.a11y.QueueActivation(en_id);
    ui.Frame();  // the button sees its activation and emits SetLanguage
    CHECK(ui.state.lang == Lang::kEn);
    ui.Frame();
    const A11yNode* create = FindByName(ui.a11y, A11yRole::kButton, "Create a vault");
    REQUIRE(create != nullptr);
    CHECK(create->id == create_id);  // same widget, same DOM element, new name
    CHECK(FindByName(ui.a11y, A11yRole::kHeading, "Welcome to Carnet") != nullptr);
    CHECK(FindByName(ui.a11y, A11yRole::kButton, "Créer un coffre") == nullptr);
  }

  TEST_CASE("a mouse click at a published rectangle reaches the same widget") {
    test::HeadlessImGui ui;
    ui.Frame();
    const A11yNode en = *FindByName(ui.a11y, A11yRole::kButton, "English");
    ui.ClickCentreOf(en);
    CHECK(ui.state.lang == Lang::kEn);
    const A11yNode fr = *FindByName(ui.a11y, A11yRole::kButton, "Français");
    ui.ClickCentreOf(fr);
    CHECK(ui.state.lang == Lang::kFr);
  }

  TEST_CASE("a disabled button ignores activation and clicks") {
    test::HeadlessImGui ui;
    ui.Frame();
    const A11yNode create = *FindByName(ui.a11y, A11yRole::kButton, "Créer un coffre");
    ui.a11y.QueueActivation(create.id);
    ui.Frame();
    ui.ClickCentreOf(create);
    CHECK(ui.commands.empty());
    CHECK(ui.state.lang == Lang::kFr);
    CHECK(ui.state.screen == Screen::kWelcome);
  }

  TEST_CASE("an activation for a widget that is not drawn is dropped after one frame") {
    test::HeadlessImGui ui;
    ui.Frame();
    ui.a11y.QueueActivation(12345);  // no such widget
    ui.Frame();
    ui.Frame();
    CHECK_FALSE(ui.a11y.ConsumeActivation(12345));
    CHECK(ui.state.lang == Lang::kFr);
  }

  TEST_CASE("the published layer names the page language and the widgets in drawing order") {
    test::HeadlessImGui ui;
    ui.Frame();
    const std::string json = ui.a11y.ToJson("fr");
    CHECK(json.rfind("{\"lang\":\"fr\",\"nodes\":[", 0) == 0);
    const auto heading = json.find("Bienvenue dans Carnet");
    const auto create = json.find("Créer un coffre");
    REQUIRE(heading != std::string::npos);
    REQUIRE(create != std::string::npos);
    CHECK(heading < create);
    CHECK(json.find("\"disabled\":true") != std::string::npos);
  }
}
