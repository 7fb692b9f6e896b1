// Statistiques: what leaves the case file and what protects it, the request (period, tables,
// mode, epsilon or minimum frequency), the prepared file's exact text and charts before its
// download, the year's budget and the history of releases.
#include <imgui.h>

#include <string>

#include "ui/kit/layout.h"
#include "ui/kit/widgets.h"
#include "ui/stats/screen_stats.h"
#include "ui/stats/stats_charts.h"
#include "ui/stats/stats_text.h"
#include "ui/vault/screen_vault.h"

namespace carnet::ui {
namespace {

const ImVec4 kErrorText(0.70f, 0.10f, 0.10f, 1.0f);

// A month's name as a slider's format: printed as it is (no month name holds a '%').
std::string MonthFormat(const Frame& frame, int month) {
  if (month < 1 || month > 12) return "%d";
  return frame.Tr(static_cast<Msg>(static_cast<int>(Msg::kMonthJanuary) + month - 1));
}

void ErrorParagraph(Frame& frame, const char* text) {
  if (text == nullptr || text[0] == '\0') return;
  ImGui::PushStyleColor(ImGuiCol_Text, kErrorText);
  Paragraph(frame.a11y, text);
  ImGui::PopStyleColor();
}

// The last complete quarter before `today`: July to September 2026 on 28 November 2026.
void SetDefaultPeriod(StatsDraft& draft, Day today) {
  const Ymd now = YmdFromDay(today);
  const int quarter = (now.month - 1) / 3;  // 0 to 3, the current one
  if (quarter == 0) {
    draft.year = now.year - 1;
    draft.first_month = 10;
  } else {
    draft.year = now.year;
    draft.first_month = quarter * 3 - 2;
  }
  draft.last_month = draft.first_month + 2;
}

void DrawPeriod(Frame& frame, StatsDraft& draft, bool writable) {
  Heading(frame.a11y, frame.Tr(Msg::kStatsPeriod), 3);
  const char* error = StatsFieldError(frame, "period");
  WidgetOptions options;
  options.disabled = !writable;
  options.description = error;
  const int this_year = YmdFromDay(frame.stats->today).year;
  SliderInt(frame.a11y, frame.Tr(Msg::kStatsYear), "stats-year", &draft.year, this_year - 10,
            this_year, "%d", options);
  // The months by their names: the slider shows, and the DOM layer reads out, "juillet".
  SliderInt(frame.a11y, frame.Tr(Msg::kStatsFirstMonth), "stats-first-month", &draft.first_month, 1,
            12, MonthFormat(frame, draft.first_month).c_str(), options);
  SliderInt(frame.a11y, frame.Tr(Msg::kStatsLastMonth), "stats-last-month", &draft.last_month, 1,
            12, MonthFormat(frame, draft.last_month).c_str(), options);
  ErrorParagraph(frame, error);
}

void DrawTables(Frame& frame, StatsDraft& draft, bool writable) {
  Heading(frame.a11y, frame.Tr(Msg::kStatsTables), 3);
  static constexpr Msg kLabels[kStatsTableCount] = {Msg::kStatsTableRequests,
                                                    Msg::kStatsTableOutcomes,
                                                    Msg::kStatsTableQuality, Msg::kStatsTableFit};
  static constexpr const char* kIds[kStatsTableCount] = {
      "stats-table-requests", "stats-table-outcomes", "stats-table-quality", "stats-table-fit"};
  const char* error = StatsFieldError(frame, "tables");
  WidgetOptions options;
  options.disabled = !writable;
  options.description = error;
  for (std::size_t t = 0; t < kStatsTableCount; ++t) {
    bool checked = draft.tables[t];
    if (Checkbox(frame.a11y, frame.Tr(kLabels[t]), kIds[t], &checked, options)) {
      draft.tables[t] = checked;
    }
  }
  ErrorParagraph(frame, error);
}

void DrawMode(Frame& frame, StatsDraft& draft, bool writable) {
  Heading(frame.a11y, frame.Tr(Msg::kStatsMode), 3);
  WidgetOptions noise;
  noise.disabled = !writable;
  noise.pressed = draft.mode == StatsMode::kNoise ? Tristate::kTrue : Tristate::kFalse;
  if (Button(frame.a11y, frame.Tr(Msg::kStatsModeNoise), "stats-mode-noise", noise)) {
    draft.mode = StatsMode::kNoise;
  }
  SameLineForButton(frame.Tr(Msg::kStatsModeConventional));
  WidgetOptions conventional = noise;
  conventional.pressed =
      draft.mode == StatsMode::kConventional ? Tristate::kTrue : Tristate::kFalse;
  if (Button(frame.a11y, frame.Tr(Msg::kStatsModeConventional), "stats-mode-conventional",
             conventional)) {
    draft.mode = StatsMode::kConventional;
  }
  TextFieldOptions field;
  field.disabled = !writable;
  field.max_chars = 12;
  field.width = 160.0f;
  if (draft.mode == StatsMode::kNoise) {
    field.error = StatsFieldError(frame, "epsilon");
    TextField(frame.a11y, frame.Tr(Msg::kStatsEpsilon), "stats-epsilon", &draft.epsilon, field);
  } else {
    Paragraph(frame.a11y, frame.Tr(Msg::kStatsConventionalExplain));
    field.error = StatsFieldError(frame, "minimum");
    TextField(frame.a11y, frame.Tr(Msg::kStatsMinimum), "stats-minimum", &draft.minimum, field);
  }
}

void DrawRequest(Frame& frame) {
  const StatsUiState& s = *frame.stats;
  StatsForms& f = *frame.stats_forms;
  const bool writable = !frame.vault->read_only && s.ledger_error.ok();
  DrawPeriod(frame, f.draft, writable);
  DrawTables(frame, f.draft, writable);
  DrawMode(frame, f.draft, writable);
  ImGui::Dummy(ImVec2(0, 6));
  if (f.draft.mode == StatsMode::kNoise) Paragraph(frame.a11y, frame.Tr(Msg::kStatsPrepareNote));
  WidgetOptions prepare;
  prepare.primary = true;
  prepare.disabled = !writable;
  if (frame.vault->read_only) prepare.description = frame.Tr(Msg::kReadOnlyCase);
  if (Button(frame.a11y, frame.Tr(Msg::kStatsPrepare), "stats-prepare", prepare)) {
    AwaitStatsOutcome(frame, StatsAction::kPrepare);
    frame.commands.push_back(PrepareStatsRequested{f.draft});
  }
  if (StatsErrorField(s.error).empty()) ErrorParagraph(frame, StatsErrorText(frame, s.error));
}

void DrawPrepared(Frame& frame) {
  const StatsUiState& s = *frame.stats;
  Paragraph(frame.a11y, frame.Tr(Msg::kStatsPrepared));
  if (s.repeated) Paragraph(frame.a11y, frame.Tr(Msg::kStatsRepeated));
  DrawFilePreview(frame, frame.Tr(Msg::kStatsPreview), "stats-preview", s.preview, 12);
  WidgetOptions download;
  download.primary = true;
  download.disabled = s.download_waiting;
  if (Button(frame.a11y, frame.Tr(Msg::kStatsDownload), "stats-download", download)) {
    AwaitStatsOutcome(frame, StatsAction::kDownload);
    frame.commands.push_back(DownloadStatsRequested{});
  }
  SameLineForButton(frame.Tr(Msg::kCancel));
  if (Button(frame.a11y, frame.Tr(Msg::kCancel), "stats-discard")) {
    frame.commands.push_back(DiscardStatsRequested{});
  }
  if (s.download_waiting) Paragraph(frame.a11y, frame.Tr(Msg::kStatsWaitingSave));
  if (s.downloaded) Paragraph(frame.a11y, frame.Tr(Msg::kStatsDownloaded));
  ErrorParagraph(frame, StatsErrorText(frame, s.error));
  ImGui::Dummy(ImVec2(0, 8));
  DrawStatsCharts(frame, s.file, "stats-prepared");
}

void DrawHistory(Frame& frame) {
  const StatsUiState& s = *frame.stats;
  Heading(frame.a11y, frame.Tr(Msg::kStatsHistory), 3);
  if (s.history.empty()) Paragraph(frame.a11y, frame.Tr(Msg::kStatsNoHistory));
  // Newest first.
  for (auto row = s.history.rbegin(); row != s.history.rend(); ++row) {
    std::string line = DayText(frame, row->released_on) + " · " +
                       StatsPeriodText(frame, row->period) + " · " +
                       StatsModeText(frame, row->mode);
    if (row->mode == StatsMode::kNoise) {
      line += std::string(" · ") + frame.Tr(Msg::kStatsEpsilonShort) + " " +
              MilliText(frame, row->epsilon_milli);
    }
    ImGui::PushID(static_cast<int>(s.history.rend() - row));
    Paragraph(frame.a11y, line.c_str());
    ImGui::PopID();
  }
}

}  // namespace

void AwaitStatsOutcome(Frame& frame, StatsAction action) {
  frame.stats_forms->awaiting = action;
  frame.stats_forms->awaiting_serial = frame.stats->serial;
}

void AnnounceStatsOutcome(Frame& frame) {
  const StatsUiState& s = *frame.stats;
  StatsForms& f = *frame.stats_forms;
  if (f.awaiting == StatsAction::kNone || s.serial == f.awaiting_serial) return;
  if (f.awaiting == StatsAction::kMerge) {
    if (!s.merge_error.ok()) {
      Announce(frame.a11y, s.merge_error.message(), true);
    } else if (s.merge_needs_confirmation) {
      std::string text = frame.Tr(Msg::kMergeRefusedIntro);
      for (const MergeFileRow& row : s.merge_files) {
        if (row.refused) text += " " + row.name + " (" + row.reason + ").";
      }
      Announce(frame.a11y, text, true);
    } else if (s.merged) {
      Announce(frame.a11y, frame.Tr(Msg::kMergeDone));
    }
  } else if (!s.error.ok()) {
    Announce(frame.a11y, StatsErrorText(frame, s.error), true);
  } else if (f.awaiting == StatsAction::kDownload && s.downloaded) {
    Announce(frame.a11y, frame.Tr(Msg::kStatsDownloaded));
  } else if (f.awaiting == StatsAction::kPrepare && s.prepared) {
    Announce(frame.a11y, frame.Tr(s.repeated ? Msg::kStatsRepeated : Msg::kStatsPrepared));
  } else if (f.awaiting == StatsAction::kDownload && s.download_waiting) {
    return;  // still waiting for the save: the outcome comes later
  }
  f.awaiting = StatsAction::kNone;
}

void DrawStatistics(Frame& frame) {
  if (frame.stats == nullptr || frame.stats_forms == nullptr) return;
  const StatsUiState& s = *frame.stats;
  StatsForms& f = *frame.stats_forms;
  if (!f.draft_ready && s.today != 0) {
    SetDefaultPeriod(f.draft, s.today);
    f.draft_ready = true;
  }
  AnnounceStatsOutcome(frame);
  BeginColumn(760.0f, 0.0f);
  Heading(frame.a11y, frame.Tr(Msg::kStatsTitle), 2);
  Paragraph(frame.a11y, frame.Tr(Msg::kStatsWhatLeaves));
  Paragraph(frame.a11y, frame.Tr(Msg::kStatsWhatProtects));
  Paragraph(frame.a11y, frame.Tr(Msg::kStatsBudgetExplain));
  const std::string budget = StatsBudgetText(frame, s);
  Paragraph(frame.a11y, budget.c_str());
  if (!s.ledger_error.ok()) ErrorParagraph(frame, StatsErrorText(frame, s.ledger_error));
  ImGui::Dummy(ImVec2(0, 6));
  if (s.prepared) {
    DrawPrepared(frame);
  } else {
    DrawRequest(frame);
  }
  ImGui::Dummy(ImVec2(0, 12));
  DrawHistory(frame);
  ImGui::Dummy(ImVec2(0, 12));
  if (Disclosure(frame.a11y, frame.Tr(Msg::kMergeStatsOpen), "stats-merge-section")) {
    DrawStatsMerge(frame);
  }
  EndColumn();
}

}  // namespace carnet::ui
