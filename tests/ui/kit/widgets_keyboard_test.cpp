#include <doctest/doctest.h>
#include <imgui.h>

#include <string>

#include "ui/headless_imgui.h"
#include "ui/kit/widgets.h"

using namespace carnet;
using carnet::ui::Shortcut;

namespace {

constexpr int kGlfwKeyK = 'K';       // GLFW_KEY_K: where the GLFW backend puts K in io.KeysDown
constexpr int kGlfwKeyEscape = 256;  // GLFW_KEY_ESCAPE

}  // namespace

TEST_SUITE("widgets: focus requests, announcements and shortcuts") {
  TEST_CASE("a widget asks for focus in the frames it says so, and only then") {
    test::HeadlessImGui ui;
    bool opening = true;
    std::string text;
    auto draw = [&](ui::A11yRegistry& a11y) {
      ui::TextFieldOptions field;
      field.focus_now = opening;
      ui::TextField(a11y, "Rechercher", "palette-query", &text, field);
      ui::WidgetOptions button;
      button.focus_now = !opening;
      ui::Button(a11y, "Fermer", "palette-close", button);
    };
    ui.Frame(draw);
    REQUIRE(ui.a11y.nodes().size() == 2);
    CHECK(ui.a11y.nodes()[0].focus_request);
    CHECK_FALSE(ui.a11y.nodes()[1].focus_request);
    CHECK(ui.a11y.ToJson("fr").find(
              "\"role\":\"textbox\",\"name\":\"Rechercher\",\"focus\":true") != std::string::npos);
    opening = false;
    ui.Frame(draw);
    CHECK_FALSE(ui.a11y.nodes()[0].focus_request);
    CHECK(ui.a11y.nodes()[1].focus_request);
  }

  TEST_CASE("an announcement made while drawing is the frame's, and gone the next frame") {
    test::HeadlessImGui ui;
    bool saved = true;
    auto draw = [&](ui::A11yRegistry& a11y) {
      if (saved) ui::Announce(a11y, "Enregistré");
    };
    ui.Frame(draw);
    CHECK(ui.a11y.announcement() == "Enregistré");
    CHECK(ui.a11y.ToJson("fr").find("\"announce\":\"Enregistré\"") != std::string::npos);
    saved = false;
    ui.Frame(draw);
    CHECK(ui.a11y.ToJson("fr").find("announce") == std::string::npos);
  }

  TEST_CASE("a shortcut from the DOM layer is pressed once, in the next frame") {
    test::HeadlessImGui ui;
    int palette = 0;
    int escape = 0;
    auto draw = [&](ui::A11yRegistry& a11y) {
      if (ui::ShortcutPressed(a11y, Shortcut::kPalette)) ++palette;
      if (ui::ShortcutPressed(a11y, Shortcut::kEscape)) ++escape;
    };
    ui.a11y.QueueShortcut(Shortcut::kPalette);
    ui.Frame(draw);
    CHECK(palette == 1);
    CHECK(escape == 0);
    ui.Frame(draw);
    CHECK(palette == 1);
  }

  TEST_CASE("Ctrl+K and Escape pressed while ImGui has the keyboard are shortcuts too") {
    test::HeadlessImGui ui;
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_Escape] = kGlfwKeyEscape;  // as the GLFW backend maps it
    int palette = 0;
    int escape = 0;
    auto draw = [&](ui::A11yRegistry& a11y) {
      if (ui::ShortcutPressed(a11y, Shortcut::kPalette)) ++palette;
      if (ui::ShortcutPressed(a11y, Shortcut::kEscape)) ++escape;
    };
    SUBCASE("K alone is typing, not the shortcut") {
      io.KeysDown[kGlfwKeyK] = true;
      ui.Frame(draw);
      CHECK(palette == 0);
    }
    SUBCASE("Ctrl+K, held down, opens once") {
      io.KeyCtrl = true;
      io.KeysDown[kGlfwKeyK] = true;
      ui.Frame(draw);
      ui.Frame(draw);
      ui.Frame(draw);
      CHECK(palette == 1);
    }
    SUBCASE("Escape") {
      io.KeysDown[kGlfwKeyEscape] = true;
      ui.Frame(draw);
      io.KeysDown[kGlfwKeyEscape] = false;
      ui.Frame(draw);
      CHECK(escape == 1);
      CHECK(palette == 0);
    }
    SUBCASE("the same press from the DOM layer and ImGui counts once") {
      ui.a11y.QueueShortcut(Shortcut::kEscape);
      io.KeysDown[kGlfwKeyEscape] = true;
      ui.Frame(draw);
      CHECK(escape == 1);
    }
  }
}
