#include "ui/stats/stats_charts.h"

#include <imgui.h>

#include <algorithm>

#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"
#include "ui/stats/stats_text.h"

namespace carnet::ui {
namespace {

// Which dimensions name a bar: the category for requests and the typology's fit, the outcome
// for outcomes, the field and its answer for the answers' quality.
std::vector<int> ShownDimensions(StatsTable table) {
  switch (table) {
    case StatsTable::kRequests: return {0};
    case StatsTable::kOutcomes: return {1};
    case StatsTable::kAnswerQuality: return {0, 1};
    case StatsTable::kTypologyFit: return {0};
  }
  return {0};
}

Msg ChartTitle(StatsTable table) {
  switch (table) {
    case StatsTable::kRequests: return Msg::kStatsChartRequests;
    case StatsTable::kOutcomes: return Msg::kStatsChartOutcomes;
    case StatsTable::kAnswerQuality: return Msg::kStatsChartQuality;
    case StatsTable::kTypologyFit: return Msg::kStatsChartFit;
  }
  return Msg::kStatsCharts;
}

bool IsMargin(const StatsKey& key) {
  return std::any_of(key.begin(), key.end(),
                     [](const std::string& part) { return part == kStatsMargin; });
}

std::string BarText(const Frame& frame, const StatsBar& bar) {
  const char* colon = frame.state.lang == Lang::kFr ? "\u00a0: " : ": ";
  std::string text = bar.label + colon + std::to_string(bar.value);
  if (bar.secret_cells > 0) {
    text += " (" + std::to_string(bar.secret_cells) + " " + frame.Tr(Msg::kStatsSecretCells) + ")";
  }
  return text;
}

// One chart: labels in a column, bars from a common zero line, the number after each bar.
void DrawChart(Frame& frame, const std::vector<StatsBar>& bars, const std::string& id) {
  std::int64_t low = 0;
  std::int64_t high = 0;
  float label_width = 0;
  for (const StatsBar& bar : bars) {
    low = std::min(low, bar.value);
    high = std::max(high, bar.value);
    label_width = std::max(label_width, ImGui::CalcTextSize(bar.label.c_str()).x);
  }
  const float available = ImGui::CalcItemWidth();  // the column's width
  label_width = std::min(label_width, available * 0.45f);
  const float number_width = ImGui::CalcTextSize("-0000000").x;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float bar_area = std::max(available - label_width - number_width - gap * 3, 40.0f);
  const double range = static_cast<double>(high - low);
  const auto x_of = [&](std::int64_t value) {
    return range > 0 ? static_cast<float>(static_cast<double>(value - low) / range) * bar_area : 0;
  };
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const ImU32 positive = AccentColor();
  const ImU32 negative = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  const ImU32 text_colour = ImGui::GetColorU32(ImGuiCol_Text);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const StatsBar& bar = bars[i];
    const std::string text = BarText(frame, bar);
    const std::string row_id = id + "-" + std::to_string(i);
    ImGui::Dummy(ImVec2(available, line));
    const ImVec2 min = ImGui::GetItemRectMin();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(min, ImVec2(min.x + label_width, min.y + line), true);
    draw->AddText(min, text_colour, bar.label.c_str());
    draw->PopClipRect();
    const float left = min.x + label_width + gap;
    const float zero = left + x_of(0);
    const float end = left + x_of(bar.value);
    const float top = min.y + line * 0.15f;
    const float bottom = min.y + line * 0.85f;
    draw->AddRectFilled(ImVec2(std::min(zero, end), top), ImVec2(std::max(zero, end), bottom),
                        bar.value < 0 ? negative : positive);
    draw->AddLine(ImVec2(zero, min.y), ImVec2(zero, min.y + line), text_colour);
    std::string number = std::to_string(bar.value);
    if (bar.secret_cells > 0) number += " *";
    draw->AddText(ImVec2(left + bar_area + gap, min.y), text_colour, number.c_str());

    A11yNode node;
    node.id = ImGui::GetID(row_id.c_str());
    node.role = A11yRole::kText;
    node.name = text;
    node.x = min.x;
    node.y = min.y;
    node.w = available;
    node.h = line;
    frame.a11y.Add(std::move(node));
  }
}

}  // namespace

std::vector<StatsBar> StatsChartBars(const Frame& frame, const StatsFile& file, StatsTable table) {
  const std::vector<int> shown = ShownDimensions(table);
  std::vector<std::string> keys;
  std::vector<StatsBar> bars;
  for (const StatsCellValue& cell : file.cells) {
    if (cell.table != table || IsMargin(cell.key)) continue;
    std::string key;
    std::string label;
    for (const int d : shown) {
      const std::string& part = cell.key[static_cast<std::size_t>(d)];
      key += part + ";";
      label += (label.empty() ? "" : " – ") + StatsValueLabel(frame, part);
    }
    auto found = std::find(keys.begin(), keys.end(), key);
    std::size_t index = static_cast<std::size_t>(found - keys.begin());
    if (found == keys.end()) {
      keys.push_back(key);
      bars.push_back({label, 0, 0});
    }
    if (cell.value) {
      bars[index].value += *cell.value;
    } else {
      ++bars[index].secret_cells;
    }
  }
  return bars;
}

void DrawStatsCharts(Frame& frame, const StatsFile& file, const char* id) {
  ImGui::PushID(id);
  Heading(frame.a11y, frame.Tr(Msg::kStatsCharts), 3);
  if (file.mode == StatsMode::kNoise) Paragraph(frame.a11y, frame.Tr(Msg::kStatsChartNote));
  for (const StatsTableInfo& info : file.tables) {
    const std::string title = frame.Tr(ChartTitle(info.table));
    Paragraph(frame.a11y, title.c_str());
    DrawChart(frame, StatsChartBars(frame, file, info.table),
              std::string(id) + "-chart-" + std::to_string(static_cast<int>(info.table)));
    ImGui::Dummy(ImVec2(0, 6));
  }
  ImGui::PopID();
}

void DrawFilePreview(Frame& frame, const char* label, const char* id, const std::string& file_text,
                     int lines) {
  std::string preview = PreviewText(file_text);  // a copy: the field is read-only
  TextFieldOptions field;
  field.multiline = true;
  field.lines = lines;
  field.disabled = true;
  TextField(frame.a11y, label, id, &preview, field);
}

}  // namespace carnet::ui
