#include <doctest/doctest.h>

#include <string>
#include <variant>

#include "ui/a11y_steps.h"
#include "ui/headless_imgui.h"
#include "ui/kit/screen_display_settings.h"

using namespace carnet;
using carnet::test::Find;
using carnet::ui::A11yNode;
using carnet::ui::A11yRole;
using carnet::ui::Tristate;

namespace {

// Draws the settings alone for one frame; the commands they emit stay in `ui.commands`.
void Draw(test::HeadlessImGui& ui) {
  ui.Frame([&ui](ui::A11yRegistry& a11y) {
    ui::Frame frame{ui.state, ui.commands, a11y, ui.forms};
    ui::DrawDisplaySettings(frame);
  });
}

// Activates the button from the DOM layer and returns the one command it emitted.
Command Activate(test::HeadlessImGui& ui, const std::string& name) {
  const A11yNode* node = Find(ui.a11y, A11yRole::kButton, name);
  REQUIRE_MESSAGE(node != nullptr, name);
  ui.a11y.QueueActivation(node->id);
  Draw(ui);
  REQUIRE(ui.commands.size() == 1);
  Command command = ui.commands.front();
  ui.commands.clear();
  return command;
}

}  // namespace

TEST_SUITE("display settings") {
  TEST_CASE("the settings publish a heading, toggles with their state and the size range") {
    test::HeadlessImGui ui;
    Draw(ui);
    const A11yNode* heading = Find(ui.a11y, A11yRole::kHeading, "Affichage");
    REQUIRE(heading != nullptr);
    CHECK(heading->level == 2);

    const A11yNode* light = Find(ui.a11y, A11yRole::kButton, "Clair");
    const A11yNode* contrast = Find(ui.a11y, A11yRole::kButton, "Contraste élevé");
    REQUIRE(light != nullptr);
    REQUIRE(contrast != nullptr);
    CHECK(light->pressed == Tristate::kTrue);
    CHECK(contrast->pressed == Tristate::kFalse);

    const A11yNode* size = Find(ui.a11y, A11yRole::kSlider, "Taille du texte");
    REQUIRE(size != nullptr);
    CHECK(size->value_min == 100);
    CHECK(size->value_max == 200);
    CHECK(size->value_now == 100);
    CHECK(size->value == "100\u00a0%");

    const A11yNode* fr = Find(ui.a11y, A11yRole::kButton, "Français");
    const A11yNode* en = Find(ui.a11y, A11yRole::kButton, "English");
    REQUIRE(fr != nullptr);
    REQUIRE(en != nullptr);
    CHECK(fr->pressed == Tristate::kTrue);
    CHECK(en->pressed == Tristate::kFalse);
    CHECK(en->lang == "en");
    CHECK(ui.commands.empty());
  }

  TEST_CASE("the state decides which toggles are pressed, and what the slider shows") {
    test::HeadlessImGui ui;
    ui.state.theme = Theme::kHighContrast;
    ui.state.text_percent = 150;
    ui.state.lang = Lang::kEn;
    Draw(ui);
    CHECK(Find(ui.a11y, A11yRole::kHeading, "Display") != nullptr);
    CHECK(Find(ui.a11y, A11yRole::kButton, "Light")->pressed == Tristate::kFalse);
    CHECK(Find(ui.a11y, A11yRole::kButton, "High contrast")->pressed == Tristate::kTrue);
    const A11yNode* size = Find(ui.a11y, A11yRole::kSlider, "Text size");
    REQUIRE(size != nullptr);
    CHECK(size->value_now == 150);
    CHECK(size->value == "150%");
    CHECK(Find(ui.a11y, A11yRole::kButton, "English")->pressed == Tristate::kTrue);
    CHECK(Find(ui.a11y, A11yRole::kButton, "Français")->lang == "fr");
  }

  TEST_CASE("the toggles emit the theme and language commands") {
    test::HeadlessImGui ui;
    Draw(ui);
    Command contrast = Activate(ui, "Contraste élevé");
    REQUIRE(std::holds_alternative<SetTheme>(contrast));
    CHECK(std::get<SetTheme>(contrast).theme == Theme::kHighContrast);
    Command light = Activate(ui, "Clair");
    REQUIRE(std::holds_alternative<SetTheme>(light));
    CHECK(std::get<SetTheme>(light).theme == Theme::kLight);
    Command english = Activate(ui, "English");
    REQUIRE(std::holds_alternative<SetLanguage>(english));
    CHECK(std::get<SetLanguage>(english).lang == Lang::kEn);
    Command french = Activate(ui, "Français");
    REQUIRE(std::holds_alternative<SetLanguage>(french));
    CHECK(std::get<SetLanguage>(french).lang == Lang::kFr);
  }

  TEST_CASE("the slider sets the text size from the DOM layer, by tens") {
    test::HeadlessImGui ui;
    Draw(ui);
    const std::uint32_t slider = Find(ui.a11y, A11yRole::kSlider, "Taille du texte")->id;
    SUBCASE("End goes to 200 %") {
      ui.a11y.QueueSetValue(slider, 200);
      Draw(ui);
      REQUIRE(ui.commands.size() == 1);
      CHECK(std::get<SetTextSize>(ui.commands.front()).percent == 200);
    }
    SUBCASE("an arrow key's step of one goes to the next ten, up and down") {
      ui.a11y.QueueSetValue(slider, 101);
      Draw(ui);
      REQUIRE(ui.commands.size() == 1);
      CHECK(std::get<SetTextSize>(ui.commands.front()).percent == 110);
      ui.commands.clear();
      ui.state.text_percent = 110;
      Draw(ui);
      ui.a11y.QueueSetValue(slider, 109);
      Draw(ui);
      REQUIRE(ui.commands.size() == 1);
      CHECK(std::get<SetTextSize>(ui.commands.front()).percent == 100);
    }
    SUBCASE("a value beyond the range is held to it") {
      ui.a11y.QueueSetValue(slider, 500);
      Draw(ui);
      REQUIRE(ui.commands.size() == 1);
      CHECK(std::get<SetTextSize>(ui.commands.front()).percent == 200);
    }
  }

  TEST_CASE("the welcome screen offers the settings in a closed section") {
    test::HeadlessImGui ui;
    ui.Frame();
    const A11yNode* section = Find(ui.a11y, A11yRole::kButton, "Affichage");
    REQUIRE(section != nullptr);
    CHECK(section->expanded == Tristate::kFalse);
    CHECK(Find(ui.a11y, A11yRole::kButton, "Contraste élevé") == nullptr);
    ui.a11y.QueueActivation(section->id);
    ui.Frame();
    ui.Frame();
    REQUIRE(Find(ui.a11y, A11yRole::kButton, "Contraste élevé") != nullptr);
    ui.a11y.QueueActivation(Find(ui.a11y, A11yRole::kButton, "Contraste élevé")->id);
    ui.Frame();
    CHECK(ui.state.theme == Theme::kHighContrast);
    // The top bar's language buttons and the section's are distinct widgets.
    int french_buttons = 0;
    for (const A11yNode& node : ui.a11y.nodes()) {
      if (node.role == A11yRole::kButton && node.name == "Français") ++french_buttons;
    }
    CHECK(french_buttons == 2);
  }
}
