// Horizontal bar charts of a statistics file, drawn with ImGui: one chart per table present,
// each bar a sum of the file's cells (requests per national category, outcomes, answers per
// field and state, requests that no sub-category fitted). Values may be negative (noise): bars
// grow left or right of a zero line, the number is written beside each bar, and each bar is
// published to the accessible layer as text ("Accès aux droits : 12") so that a screen reader
// gets what the picture shows.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/stats/stats_file.h"
#include "ui/kit/frame.h"

namespace carnet::ui {

struct StatsBar {
  std::string label;
  std::int64_t value = 0;
  int secret_cells = 0;  // conventional mode: suppressed cells left out of the sum
};

// The bars of `table` in `file`: its cells (margins left out) summed over the dimensions the
// chart does not show, in the specification's order. Empty if the table is not in the file.
std::vector<StatsBar> StatsChartBars(const Frame& frame, const StatsFile& file, StatsTable table);

// Draws the charts of every table of `file`. `id` tells apart two files drawn on one screen.
void DrawStatsCharts(Frame& frame, const StatsFile& file, const char* id);

// A file's exact text in a read-only field of `lines` lines (its byte-order mark left out).
void DrawFilePreview(Frame& frame, const char* label, const char* id, const std::string& file_text,
                     int lines);

}  // namespace carnet::ui
