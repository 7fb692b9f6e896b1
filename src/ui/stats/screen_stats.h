// The statistics screens: the anonymised statistics of the open case file (a view of the case
// shell), and the regional merge of statistics files (a section of it, and a screen of its own
// reached from the welcome screen, which needs no vault).
#pragma once

#include "ui/kit/frame.h"

namespace carnet::ui {

void DrawStatistics(Frame& frame);
// The merge: files picked, refusals, the merged file. Part of a screen.
void DrawStatsMerge(Frame& frame);
// The merge as a screen of its own, with a way back to the welcome screen.
void DrawStatsMergeScreen(Frame& frame);

// Says what became of the last statistics action (prepared, repeated, refused, downloaded,
// merged) in the frame its outcome arrives.
void AnnounceStatsOutcome(Frame& frame);
// Remembers which action the next outcome answers.
void AwaitStatsOutcome(Frame& frame, StatsAction action);

}  // namespace carnet::ui
