// The regional merge of statistics files: files picked from disk, each checked; refused ones
// listed with their reason and the others merged only once the user confirms; the merged file's
// exact text, the uncertainty of its cells and its charts, and its download. Needs no vault.
#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <string>

#include "ui/kit/layout.h"
#include "ui/kit/widgets.h"
#include "ui/stats/screen_stats.h"
#include "ui/stats/stats_charts.h"
#include "ui/stats/stats_text.h"

namespace carnet::ui {
namespace {

const ImVec4 kErrorText(0.70f, 0.10f, 0.10f, 1.0f);

// "± 16,97": one cell's standard deviation, from the table's variance in thousandths.
std::string DeviationText(const Frame& frame, std::int64_t variance_milli) {
  const double deviation = std::sqrt(static_cast<double>(variance_milli) / 1000.0);
  char buffer[32];
  const int written = std::snprintf(buffer, sizeof buffer, "%.2f", deviation);
  if (written <= 0) return "";
  std::string text = buffer;
  if (frame.state.lang == Lang::kFr) {
    for (char& c : text) c = c == '.' ? ',' : c;
  }
  return "± " + text;
}

void DrawFiles(Frame& frame) {
  const StatsUiState& s = *frame.stats;
  Heading(frame.a11y, frame.Tr(Msg::kMergeFiles), 3);
  if (s.merge_files.empty()) Paragraph(frame.a11y, frame.Tr(Msg::kMergeNoFiles));
  for (std::size_t i = 0; i < s.merge_files.size(); ++i) {
    const MergeFileRow& row = s.merge_files[i];
    ImGui::PushID(static_cast<int>(i));
    if (row.refused) {
      const std::string line = row.name + " — " + frame.Tr(Msg::kMergeRefused) +
                               (frame.state.lang == Lang::kFr ? "\u00a0: " : ": ") + row.reason;
      ImGui::PushStyleColor(ImGuiCol_Text, kErrorText);
      Paragraph(frame.a11y, line.c_str());
      ImGui::PopStyleColor();
    } else {
      Paragraph(frame.a11y, row.name.c_str());
    }
    ImGui::PopID();
  }
}

void DrawMerged(Frame& frame) {
  const StatsUiState& s = *frame.stats;
  const StatsFile& file = s.merged_file;
  Heading(frame.a11y, frame.Tr(Msg::kMergeResult), 3);
  const std::string count =
      std::string(frame.Tr(Msg::kMergeFileCount)) + " " + std::to_string(file.merged_files) +
      " · " + StatsPeriodText(frame, file.period) + " · " + StatsModeText(frame, file.mode);
  Paragraph(frame.a11y, count.c_str());
  Paragraph(frame.a11y, frame.Tr(Msg::kMergeDeviation));
  const char* colon = frame.state.lang == Lang::kFr ? "\u00a0: " : ": ";
  for (const StatsTableInfo& info : file.tables) {
    const std::string line =
        std::string(StatsTableName(info.table)) + colon + DeviationText(frame, info.variance_milli);
    Paragraph(frame.a11y, line.c_str());
  }
  DrawFilePreview(frame, frame.Tr(Msg::kMergePreview), "merge-preview", s.merged_preview, 10);
  WidgetOptions download;
  download.primary = true;
  if (Button(frame.a11y, frame.Tr(Msg::kMergeDownload), "merge-download", download)) {
    frame.commands.push_back(DownloadMergedRequested{});
  }
  ImGui::Dummy(ImVec2(0, 8));
  DrawStatsCharts(frame, file, "merge-result");
}

}  // namespace

void DrawStatsMerge(Frame& frame) {
  if (frame.stats == nullptr || frame.stats_forms == nullptr) return;
  const StatsUiState& s = *frame.stats;
  Paragraph(frame.a11y, frame.Tr(Msg::kMergeIntro));
  if (Button(frame.a11y, frame.Tr(Msg::kMergePick), "merge-pick")) {
    frame.commands.push_back(PickMergeFilesRequested{});
  }
  if (!s.merge_files.empty()) {
    SameLineForButton(frame.Tr(Msg::kMergeClear));
    if (Button(frame.a11y, frame.Tr(Msg::kMergeClear), "merge-clear")) {
      frame.commands.push_back(ClearMergeFilesRequested{});
    }
  }
  DrawFiles(frame);
  if (!s.merge_files.empty() && !s.merged && !s.merge_needs_confirmation) {
    WidgetOptions merge;
    merge.primary = true;
    if (Button(frame.a11y, frame.Tr(Msg::kMergeRun), "merge-run", merge)) {
      AwaitStatsOutcome(frame, StatsAction::kMerge);
      frame.commands.push_back(MergeStatsRequested{false});
    }
  }
  if (s.merge_needs_confirmation) {
    int others = 0;
    for (const MergeFileRow& row : s.merge_files) others += row.refused ? 0 : 1;
    Paragraph(frame.a11y, frame.Tr(Msg::kMergeRefusedIntro));
    const std::string label = others == 1 ? std::string(frame.Tr(Msg::kMergeConfirmOne))
                                          : std::string(frame.Tr(Msg::kMergeConfirmPrefix)) + " " +
                                                std::to_string(others) + " " +
                                                frame.Tr(Msg::kMergeConfirmSuffix);
    WidgetOptions confirm;
    confirm.primary = true;
    if (Button(frame.a11y, label.c_str(), "merge-confirm", confirm)) {
      AwaitStatsOutcome(frame, StatsAction::kMerge);
      frame.commands.push_back(MergeStatsRequested{true});
    }
  }
  if (!s.merge_error.ok()) {
    ImGui::PushStyleColor(ImGuiCol_Text, kErrorText);
    Paragraph(frame.a11y, s.merge_error.message().c_str());
    ImGui::PopStyleColor();
  }
  if (s.merged) DrawMerged(frame);
}

void DrawStatsMergeScreen(Frame& frame) {
  if (frame.stats != nullptr && frame.stats_forms != nullptr) AnnounceStatsOutcome(frame);
  ImGui::BeginChild("merge-content", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
  BeginColumn(760.0f, 24.0f);
  if (Button(frame.a11y, frame.Tr(Msg::kBack), "merge-back")) {
    frame.commands.push_back(ShowScreen{Screen::kWelcome, ""});
  }
  Heading(frame.a11y, frame.Tr(Msg::kMergeStatsOpen), 1);
  DrawStatsMerge(frame);
  EndColumn();
  ImGui::EndChild();
}

}  // namespace carnet::ui
