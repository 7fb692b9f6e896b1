// What the user asks of the statistics screen. The draft carries the choices as made on
// screen; the statistics controller (app/stats/stats_controller.h) reads and checks it.
#pragma once

#include <array>
#include <string>

#include "core/stats/stats_spec.h"

namespace carnet {

struct StatsDraft {
  int year = 0;
  int first_month = 1;
  int last_month = 3;
  std::array<bool, kStatsTableCount> tables{true, true, true, true};  // by StatsTable
  StatsMode mode = StatsMode::kNoise;
  std::string epsilon = "1";   // as typed: "1", "0,5"
  std::string minimum = "11";  // conventional mode, as typed
};

struct PrepareStatsRequested {
  StatsDraft draft;
};
struct DownloadStatsRequested {};
struct DiscardStatsRequested {};
struct PickMergeFilesRequested {};
struct ClearMergeFilesRequested {};
struct MergeStatsRequested {
  bool confirmed = false;  // merge the valid files although others were refused
};
struct DownloadMergedRequested {};

}  // namespace carnet
