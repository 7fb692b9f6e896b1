#include <doctest/doctest.h>
#include <imgui.h>

#include <cstdint>
#include <string>

#include "ui/headless_imgui.h"
#include "ui/kit/widgets.h"

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

  TEST_CASE("a progress bar publishes its value in percent, never 100 % before the end") {
    test::HeadlessImGui ui;
    float fraction = 0.999f;
    auto draw = [&](ui::A11yRegistry& a11y) {
      ui::ProgressBar(a11y, "Dérivation de la clé…", "progress", fraction);
    };
    ui.Frame(draw);
    A11yNode node = Only(ui.a11y);
    CHECK(node.role == A11yRole::kProgressBar);
    CHECK(node.name == "Dérivation de la clé…");
    CHECK(node.value_now == 99);
    CHECK(node.value == "99 %");
    CHECK(node.w > 0);
    fraction = 7.0f;  // out of range: clamped
    ui.Frame(draw);
    CHECK(Only(ui.a11y).value_now == 100);
    fraction = -1.0f;
    ui.Frame(draw);
    CHECK(Only(ui.a11y).value_now == 0);
    CHECK(ui.a11y.ToJson("fr").find("\"role\":\"progressbar\",\"name\":\"Dérivation de la "
                                    "clé…\",\"value\":\"0 %\",\"now\":0,\"min\":0,\"max\":100") !=
          std::string::npos);
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

  TEST_CASE("a text field publishes its text over its frame, under its label") {
    test::HeadlessImGui ui;
    std::string name = "Élodie";
    auto draw = [&](ui::A11yRegistry& a11y) {
      ui::TextField(a11y, "Nom affiché", "display-name", &name);
    };
    ui.Frame(draw);
    const A11yNode node = Only(ui.a11y);
    CHECK(node.role == A11yRole::kTextField);
    CHECK(node.name == "Nom affiché");
    CHECK(node.value == "Élodie");
    CHECK(node.autocomplete == "off");  // no browser history of the names of people
    // The rectangle is the frame's, one text line tall plus padding, below the label.
    CHECK(node.h == doctest::Approx(ImGui::GetFrameHeight()));
    CHECK(node.y > ImGui::GetStyle().WindowPadding.y + ImGui::GetTextLineHeight() - 1);
    CHECK(node.font_size == doctest::Approx(ImGui::GetFontSize()));
    const std::string json = ui.a11y.ToJson("fr");
    CHECK(json.find("\"role\":\"textbox\",\"name\":\"Nom affiché\",\"value\":\"Élodie\"") !=
          std::string::npos);
  }

  TEST_CASE("text set from the DOM layer changes the value once; the latest text wins") {
    test::HeadlessImGui ui;
    std::string name;
    ui::TextFieldResult result;
    auto draw = [&](ui::A11yRegistry& a11y) {
      result = ui::TextField(a11y, "Nom affiché", "display-name", &name);
    };
    ui.Frame(draw);
    const std::uint32_t id = Only(ui.a11y).id;
    ui.a11y.QueueSetText(id, "É");
    ui.a11y.QueueSetText(id, "Élodie Dup");
    ui.a11y.QueueSetText(id, "Élodie Dupré");
    ui.Frame(draw);
    CHECK(result.changed);
    CHECK(static_cast<bool>(result));
    CHECK_FALSE(result.submitted);
    CHECK(name == "Élodie Dupré");
    CHECK(Only(ui.a11y).value == "Élodie Dupré");
    ui.Frame(draw);
    CHECK_FALSE(result);  // one edit, one change
    ui.a11y.QueueSetText(id, "Élodie Dupré");
    ui.Frame(draw);
    CHECK_FALSE(result.changed);  // the same text again is no change
  }

  TEST_CASE("max_chars counts characters and never cuts one in two") {
    test::HeadlessImGui ui;
    std::string text;
    ui::TextFieldOptions options;
    auto draw = [&](ui::A11yRegistry& a11y) {
      ui::TextField(a11y, "Initiales", "initials", &text, options);
    };
    SUBCASE("a two-byte letter at the limit is kept whole") {
      options.max_chars = 1;
      ui.Frame(draw);
      ui.a11y.QueueSetText(Only(ui.a11y).id, "éa");
      ui.Frame(draw);
      CHECK(text == "é");
    }
    SUBCASE("the limit is in characters, not bytes") {
      options.max_chars = 5;
      ui.Frame(draw);
      ui.a11y.QueueSetText(Only(ui.a11y).id, "Élodie");
      ui.Frame(draw);
      CHECK(text == "Élodi");  // 6 bytes
      CHECK(ui.a11y.ToJson("fr").find("\"maxlength\":5") != std::string::npos);
    }
    SUBCASE("characters of three and four bytes") {
      options.max_chars = 3;
      ui.Frame(draw);
      ui.a11y.QueueSetText(Only(ui.a11y).id, "Œ…\xF0\x9F\x93\x9Dxyz");  // Œ … 📝 xyz
      ui.Frame(draw);
      CHECK(text == "Œ…\xF0\x9F\x93\x9D");
    }
    SUBCASE("no limit") {
      ui.Frame(draw);
      const std::string note(5000, 'a');
      ui.a11y.QueueSetText(Only(ui.a11y).id, note);
      ui.Frame(draw);
      CHECK(text == note);
      CHECK(ui.a11y.ToJson("fr").find("maxlength") == std::string::npos);
    }
  }

  TEST_CASE("Enter in the field submits it, with the text typed just before") {
    test::HeadlessImGui ui;
    std::string query;
    ui::TextFieldResult result;
    auto draw = [&](ui::A11yRegistry& a11y) {
      result = ui::TextField(a11y, "Rechercher", "search", &query);
    };
    ui.Frame(draw);
    const std::uint32_t id = Only(ui.a11y).id;
    ui.a11y.QueueSetText(id, "Dupré");
    ui.a11y.QueueActivation(id);
    ui.Frame(draw);
    CHECK(result.changed);
    CHECK(result.submitted);
    CHECK(query == "Dupré");
    ui.Frame(draw);
    CHECK_FALSE(result.submitted);
    ui.a11y.QueueActivation(id);
    ui.Frame(draw);
    CHECK(result.submitted);
    CHECK_FALSE(result.changed);
  }

  TEST_CASE("a password field never publishes its text") {
    test::HeadlessImGui ui;
    std::string password = "s3cr3t-Été";
    ui::TextFieldOptions options;
    options.password = true;
    options.autocomplete = "new-password";
    bool changed = false;
    auto draw = [&](ui::A11yRegistry& a11y) {
      changed = static_cast<bool>(
          ui::TextField(a11y, "Phrase de passe", "passphrase", &password, options));
    };
    ui.Frame(draw);
    const A11yNode node = Only(ui.a11y);
    CHECK(node.value.empty());
    CHECK(node.filled);
    std::string json = ui.a11y.ToJson("fr");
    CHECK(json.find("s3cr3t") == std::string::npos);
    CHECK(json.find("\"value\":\"\",\"password\":true,\"filled\":true") != std::string::npos);
    CHECK(json.find("\"autocomplete\":\"new-password\"") != std::string::npos);

    ui.a11y.QueueSetText(node.id, "ŒÉ… autre secret");
    ui.Frame(draw);
    CHECK(changed);
    CHECK(password == "ŒÉ… autre secret");
    json = ui.a11y.ToJson("fr");
    CHECK(json.find("autre secret") == std::string::npos);

    password.clear();  // the program clears it, e.g. after a refused attempt
    ui.Frame(draw);
    CHECK_FALSE(Only(ui.a11y).filled);
    CHECK(ui.a11y.ToJson("fr").find("filled") == std::string::npos);
  }

  TEST_CASE("a password field defaults to the current-password autocomplete") {
    test::HeadlessImGui ui;
    std::string password;
    ui::TextFieldOptions options;
    options.password = true;
    ui.Frame([&](ui::A11yRegistry& a11y) {
      ui::TextField(a11y, "Phrase de passe", "passphrase", &password, options);
    });
    CHECK(Only(ui.a11y).autocomplete == "current-password");
  }

  TEST_CASE("a disabled field ignores text and Enter from the DOM layer") {
    test::HeadlessImGui ui;
    std::string name = "Élodie";
    ui::TextFieldOptions options;
    options.disabled = true;
    options.description = "Le nom se change depuis le dossier.";
    ui::TextFieldResult result;
    auto draw = [&](ui::A11yRegistry& a11y) {
      result = ui::TextField(a11y, "Nom affiché", "display-name", &name, options);
    };
    ui.Frame(draw);
    const std::uint32_t id = Only(ui.a11y).id;
    ui.a11y.QueueSetText(id, "Autre");
    ui.a11y.QueueActivation(id);
    ui.Frame(draw);
    CHECK_FALSE(result.changed);
    CHECK_FALSE(result.submitted);
    CHECK(name == "Élodie");
    CHECK(Only(ui.a11y).disabled);
    CHECK(Only(ui.a11y).description == "Le nom se change depuis le dossier.");
    ui.Frame(draw);  // what was refused is gone, not waiting
    CHECK(name == "Élodie");
  }

  TEST_CASE("a required field with an error publishes both, and the error is drawn") {
    test::HeadlessImGui ui;
    std::string name;
    ui::TextFieldOptions options;
    options.required = true;
    options.placeholder = "Prénom Nom";
    float bottom = 0;  // where the next widget would go
    auto draw = [&](ui::A11yRegistry& a11y) {
      ui::TextField(a11y, "Nom affiché", "display-name", &name, options);
      bottom = ImGui::GetCursorPosY();
    };
    ui.Frame(draw);
    std::string json = ui.a11y.ToJson("fr");
    CHECK(json.find("\"required\":true") != std::string::npos);
    CHECK(json.find("\"placeholder\":\"Prénom Nom\"") != std::string::npos);
    CHECK(json.find("invalid") == std::string::npos);
    const float bottom_without_error = bottom;

    options.error = "Le nom affiché est obligatoire.";
    ui.Frame(draw);
    const A11yNode node = Only(ui.a11y);
    CHECK(node.error == "Le nom affiché est obligatoire.");
    json = ui.a11y.ToJson("fr");
    CHECK(json.find("\"invalid\":true,\"error\":\"Le nom affiché est obligatoire.\"") !=
          std::string::npos);
    CHECK(bottom > bottom_without_error + ImGui::GetTextLineHeight());  // red text under the field
  }

  TEST_CASE("a multiline field is as tall as its lines and keeps line breaks") {
    test::HeadlessImGui ui;
    std::string note = "Premier rendez-vous.\nÀ rappeler lundi.";
    ui::TextFieldOptions options;
    options.multiline = true;
    options.lines = 5;
    auto draw = [&](ui::A11yRegistry& a11y) {
      ui::TextField(a11y, "Note", "note", &note, options);
    };
    ui.Frame(draw);
    const A11yNode node = Only(ui.a11y);
    CHECK(node.multiline);
    CHECK(node.h ==
          doctest::Approx(5 * ImGui::GetTextLineHeight() + 2 * ImGui::GetStyle().FramePadding.y));
    ui.a11y.QueueSetText(node.id, "Ligne 1\nLigne 2\n");
    ui.Frame(draw);
    CHECK(note == "Ligne 1\nLigne 2\n");
    CHECK(ui.a11y.ToJson("fr").find("\"value\":\"Ligne 1\\nLigne 2\\n\",\"multiline\":true") !=
          std::string::npos);
  }
}
