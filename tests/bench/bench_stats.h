#pragma once

// The regional merge: 2,000 distinct statistics files (noise mode, the four tables, a full
// year) parsed, checked and summed by MergeStatsFiles. Target: at most 2 s natively.
void BenchStats();
