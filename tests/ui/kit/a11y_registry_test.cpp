#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include "ui/kit/a11y_registry.h"

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

  TEST_CASE("values set several times between two frames: the latest one is the slider's") {
    A11yRegistry a11y;
    for (int v = 11; v <= 15; ++v) a11y.QueueSetValue(7, v);  // five arrow keys, one frame
    a11y.QueueSetValue(8, 3);
    a11y.BeginFrame();
    a11y.QueueSetValue(7, 16);  // and one more while the frame is drawn
    int value = 0;
    REQUIRE(a11y.ConsumeSetValue(7, &value));
    CHECK(value == 16);
    CHECK_FALSE(a11y.ConsumeSetValue(7, &value));
    REQUIRE(a11y.ConsumeSetValue(8, &value));
    CHECK(value == 3);
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

  TEST_CASE("the latest text for a field wins, and is consumed once") {
    A11yRegistry a11y;
    a11y.QueueSetText(7, "É");
    a11y.QueueSetText(7, "Él");
    a11y.QueueSetText(8, "autre");
    a11y.QueueSetText(7, "Élo");
    a11y.BeginFrame();
    std::string text = "ancien";
    CHECK(a11y.ConsumeSetText(7, &text));
    CHECK(text == "Élo");
    CHECK_FALSE(a11y.ConsumeSetText(7, &text));
    CHECK_FALSE(a11y.ConsumeActivation(7));  // a text is not an activation
    CHECK(a11y.ConsumeSetText(8, &text));
    CHECK(text == "autre");
  }

  TEST_CASE("a text that arrived during the frame is newer than the one waiting before it") {
    A11yRegistry a11y;
    a11y.QueueSetText(7, "Él");
    a11y.BeginFrame();
    a11y.QueueSetText(7, "Élo");
    std::string text;
    CHECK(a11y.ConsumeSetText(7, &text));
    CHECK(text == "Élo");
    CHECK_FALSE(a11y.ConsumeSetText(7, &text));
  }

  TEST_CASE("an unclaimed text does not survive into a later frame") {
    A11yRegistry a11y;
    a11y.QueueSetText(7, "Élodie");
    a11y.BeginFrame();  // field 7 is not drawn in this frame
    a11y.BeginFrame();
    std::string text;
    CHECK_FALSE(a11y.ConsumeSetText(7, &text));
    CHECK(text.empty());
  }

  TEST_CASE("a text field publishes its text and constraints, a password field never its text") {
    A11yRegistry a11y;
    A11yNode name;
    name.id = 3;
    name.role = A11yRole::kTextField;
    name.name = "Nom affiché";
    name.value = "Élodie \"Lo\" Dupré";
    name.required = true;
    name.error = "Trop long";
    name.placeholder = "Prénom Nom";
    name.autocomplete = "off";
    name.max_chars = 80;
    name.font_size = 17;
    a11y.Add(name);
    A11yNode password;
    password.id = 4;
    password.role = A11yRole::kTextField;
    password.name = "Phrase de passe";
    password.password = true;
    password.filled = true;
    password.value = "s3cr3t";  // even if a widget put it there
    password.multiline = false;
    a11y.Add(password);
    const std::string json = a11y.ToJson("fr");
    CHECK(json.find("{\"id\":3,\"role\":\"textbox\",\"name\":\"Nom affiché\","
                    "\"value\":\"Élodie \\\"Lo\\\" Dupré\",\"required\":true,"
                    "\"invalid\":true,\"error\":\"Trop long\",\"placeholder\":\"Prénom Nom\","
                    "\"autocomplete\":\"off\",\"maxlength\":80,\"font\":17,") != std::string::npos);
    CHECK(json.find("s3cr3t") == std::string::npos);
    CHECK(json.find("\"value\":\"\",\"password\":true,\"filled\":true") != std::string::npos);
    CHECK(json.find("multiline") == std::string::npos);
  }

  TEST_CASE("an announcement is published with its frame only, urgent when asked") {
    A11yRegistry a11y;
    a11y.BeginFrame();
    a11y.Announce("Enregistré");
    CHECK(a11y.ToJson("fr") == "{\"lang\":\"fr\",\"announce\":\"Enregistré\",\"nodes\":[]}");
    a11y.BeginFrame();
    CHECK(a11y.announcement().empty());
    CHECK(a11y.ToJson("fr") == "{\"lang\":\"fr\",\"nodes\":[]}");
    a11y.Announce("Échec de l'enregistrement : \"disque plein\"", true);
    CHECK(a11y.ToJson("fr") ==
          "{\"lang\":\"fr\",\"announce\":\"Échec de l'enregistrement : \\\"disque plein\\\"\","
          "\"urgent\":true,\"nodes\":[]}");
    a11y.BeginFrame();
    CHECK_FALSE(a11y.announcement_urgent());
  }

  TEST_CASE("announcements of one frame are read in turn; an urgent one replaces polite ones") {
    A11yRegistry a11y;
    a11y.BeginFrame();
    a11y.Announce("");
    CHECK(a11y.announcement().empty());
    a11y.Announce("Enregistré.");
    a11y.Announce("Sauvegarde exportée.");
    CHECK(a11y.announcement() == "Enregistré. Sauvegarde exportée.");
    CHECK_FALSE(a11y.announcement_urgent());
    a11y.Announce("Échec de l'enregistrement.", true);
    a11y.Announce("Enregistré.");  // never replaces an urgent one
    CHECK(a11y.announcement() == "Échec de l'enregistrement.");
    CHECK(a11y.announcement_urgent());
    a11y.Announce("Stockage presque plein.", true);
    CHECK(a11y.announcement() == "Échec de l'enregistrement. Stockage presque plein.");
  }

  TEST_CASE("a focus request and the current row are published as flags") {
    A11yRegistry a11y;
    A11yNode row;
    row.id = 9;
    row.role = A11yRole::kLink;
    row.name = "Dupré, Élodie";
    row.description = "En retard";
    row.focus_request = true;
    row.current = true;
    a11y.Add(row);
    CHECK(a11y.ToJson("fr") ==
          "{\"lang\":\"fr\",\"nodes\":[{\"id\":9,\"role\":\"link\",\"name\":\"Dupré, Élodie\","
          "\"description\":\"En retard\",\"focus\":true,\"current\":true,"
          "\"x\":0,\"y\":0,\"w\":0,\"h\":0}]}");
  }

  TEST_CASE("a shortcut is consumed once, by its kind only") {
    A11yRegistry a11y;
    a11y.QueueShortcut(Shortcut::kPalette);
    a11y.QueueShortcut(Shortcut::kPalette);  // pressed twice before a frame: once
    a11y.BeginFrame();
    CHECK_FALSE(a11y.ConsumeShortcut(Shortcut::kEscape));
    CHECK(a11y.ConsumeShortcut(Shortcut::kPalette));
    CHECK_FALSE(a11y.ConsumeShortcut(Shortcut::kPalette));
    a11y.BeginFrame();
    CHECK_FALSE(a11y.ConsumeShortcut(Shortcut::kPalette));
  }

  TEST_CASE("a shortcut pressed during a frame is seen in the next one, then dropped") {
    A11yRegistry a11y;
    a11y.BeginFrame();
    a11y.QueueShortcut(Shortcut::kEscape);  // after the UI looked for it in this frame
    a11y.BeginFrame();
    CHECK(a11y.ConsumeShortcut(Shortcut::kEscape));

    a11y.QueueShortcut(Shortcut::kEscape);
    a11y.BeginFrame();  // nothing claims it
    a11y.BeginFrame();
    CHECK_FALSE(a11y.ConsumeShortcut(Shortcut::kEscape));
  }

  TEST_CASE("a shortcut is not an activation of a widget with the same number") {
    A11yRegistry a11y;
    a11y.QueueShortcut(Shortcut::kPalette);
    a11y.BeginFrame();
    CHECK_FALSE(a11y.ConsumeActivation(static_cast<std::uint32_t>(Shortcut::kPalette)));
    CHECK(a11y.ConsumeShortcut(Shortcut::kPalette));
  }

  TEST_CASE("a wiped string is empty") {
    std::string secret = "une phrase de passe assez longue pour le tas";
    Wipe(&secret);
    CHECK(secret.empty());
  }
}
