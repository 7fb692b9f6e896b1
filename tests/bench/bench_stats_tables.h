// The statistics tables over the large synthetic caseload (bench_stats_tables.cpp).
#pragma once

namespace bench {

// Counts, noises and writes all four tables for a year of the large demo caseload.
void BenchStatsTables();

}  // namespace bench
