#include <doctest/doctest.h>
#include <imgui.h>

#include <string>
#include <vector>

#include "ui/headless_imgui.h"
#include "ui/kit/widgets.h"

using namespace carnet;
using carnet::ui::A11yNode;
using carnet::ui::A11yRole;

namespace {

constexpr int kRows = 10000;
constexpr float kTableHeight = 300.0f;

// The caseload's shape: a scrolling table of many rows, drawn through ImGuiListClipper.
struct CaseloadTable {
  int selected = 42;
  float scroll = -1;  // set the list's scroll to this once, if not negative
  std::vector<int> activated;
  ImVec2 top_left;
  ImVec2 size;
  float header_bottom = 0;

  void Draw(ui::A11yRegistry& a11y) {
    top_left = ImGui::GetCursorScreenPos();
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg;
    if (!ImGui::BeginTable("caseload", 3, flags, ImVec2(600, kTableHeight))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Nom");
    ImGui::TableSetupColumn("Statut");
    ImGui::TableSetupColumn("Dernier contact");
    ImGui::TableHeadersRow();
    header_bottom = ImGui::GetItemRectMax().y;
    if (scroll >= 0) {
      ImGui::SetScrollY(scroll);
      scroll = -1;
    }
    ImGuiListClipper clipper;
    clipper.Begin(kRows);
    while (clipper.Step()) {
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        const std::string name = "Dossier " + std::to_string(row);
        const std::string id = "dossier-" + std::to_string(row);
        const std::string description = row % 7 == 0 ? "Suivi, en retard" : "Suivi";
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (ui::RowButton(a11y, name.c_str(), id.c_str(), description.c_str(), row == selected)) {
          activated.push_back(row);
        }
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(description.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted("3 mars");
      }
    }
    ImGui::EndTable();
    size = ImGui::GetItemRectSize();
  }
};

const A11yNode* Named(const ui::A11yRegistry& a11y, const std::string& name) {
  for (const A11yNode& node : a11y.nodes()) {
    if (node.name == name) return &node;
  }
  return nullptr;
}

}  // namespace

TEST_SUITE("row button") {
  TEST_CASE("the visible rows of a long list are published as links with their columns") {
    test::HeadlessImGui ui;
    CaseloadTable table;
    auto draw = [&](ui::A11yRegistry& a11y) { table.Draw(a11y); };
    ui.Frame(draw);
    ui.Frame(draw);  // the clipper measures the rows in the first frame

    const auto& nodes = ui.a11y.nodes();
    REQUIRE(nodes.size() > 5);
    CHECK(nodes.size() < 30);  // not ten thousand
    for (const A11yNode& node : nodes) {
      CHECK(node.role == A11yRole::kLink);
      // Across every column, never outside the list's visible area.
      CHECK(node.w == doctest::Approx(table.size.x).epsilon(0.05));
      CHECK(node.y >= table.top_left.y);
      CHECK(node.y + node.h <= table.top_left.y + kTableHeight + 0.5f);
      CHECK(node.h > 0);
    }
    const A11yNode* late = Named(ui.a11y, "Dossier 0");
    REQUIRE(late != nullptr);
    CHECK(late->description == "Suivi, en retard");
    CHECK_FALSE(late->current);
    const std::string json = ui.a11y.ToJson("fr");
    CHECK(json.find("\"role\":\"link\",\"name\":\"Dossier 1\",\"description\":\"Suivi\"") !=
          std::string::npos);
  }

  TEST_CASE("a row scrolled half under the header is published by its visible part only") {
    test::HeadlessImGui ui;
    CaseloadTable table;
    auto draw = [&](ui::A11yRegistry& a11y) { table.Draw(a11y); };
    ui.Frame(draw);
    table.scroll = 1000.0f + ImGui::GetFrameHeight() / 2;
    ui.Frame(draw);
    ui.Frame(draw);
    REQUIRE(ui.a11y.nodes().size() > 5);
    CHECK(Named(ui.a11y, "Dossier 0") == nullptr);
    const A11yNode& first = ui.a11y.nodes().front();
    CHECK(first.y >= table.header_bottom - 0.5f);
    CHECK(first.h < ui.a11y.nodes()[1].h);  // cut by the header
    for (const A11yNode& node : ui.a11y.nodes()) {
      CHECK(node.y + node.h <= table.top_left.y + kTableHeight + 0.5f);
    }
  }

  TEST_CASE("a row is activated from its DOM element, or by a click anywhere across it") {
    test::HeadlessImGui ui;
    CaseloadTable table;
    auto draw = [&](ui::A11yRegistry& a11y) { table.Draw(a11y); };
    ui.Frame(draw);
    ui.Frame(draw);
    const A11yNode* third = Named(ui.a11y, "Dossier 2");
    REQUIRE(third != nullptr);
    ui.a11y.QueueActivation(third->id);
    ui.Frame(draw);
    CHECK(table.activated == std::vector<int>{2});
    ui.Frame(draw);
    CHECK(table.activated.size() == 1);  // once

    // A click in the last column, over the date, still selects the row.
    const A11yNode fifth = *Named(ui.a11y, "Dossier 4");
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(fifth.x + fifth.w - 20, fifth.y + fifth.h / 2);
    ui.Frame(draw);
    io.MouseDown[0] = true;
    ui.Frame(draw);
    io.MouseDown[0] = false;
    ui.Frame(draw);
    CHECK(table.activated == std::vector<int>{2, 4});
  }

  TEST_CASE("the selected row is published as the current one, and keeps its id when renamed") {
    test::HeadlessImGui ui;
    std::string name = "Dupré, Élodie";
    auto draw = [&](ui::A11yRegistry& a11y) {
      ui::RowButton(a11y, name.c_str(), "dossier-17", "Suivi", true);
    };
    ui.Frame(draw);
    REQUIRE(ui.a11y.nodes().size() == 1);
    const A11yNode before = ui.a11y.nodes().front();
    CHECK(before.current);
    CHECK(ui.a11y.ToJson("fr").find("\"current\":true") != std::string::npos);
    name = "Dupré-Martin, Élodie";
    ui.Frame(draw);
    REQUIRE(ui.a11y.nodes().size() == 1);
    CHECK(ui.a11y.nodes().front().id == before.id);
    CHECK(ui.a11y.nodes().front().name == name);
  }
}
