// The regional merge: statistics files from many social workers, checked one by one and summed
// cell by cell. Noise has mean zero and variances add, so the sums stay unbiased and their
// uncertainty is known: each merged cell's standard deviation is the square root of the summed
// variances. Files that cannot be summed are refused one by one, each with its reason.
#pragma once

#include <string>
#include <vector>

#include "core/base/bytes.h"
#include "core/base/status.h"
#include "core/stats/stats_file.h"

namespace carnet {

struct StatsMergeInput {
  std::string name;  // the file's name, for the messages
  Bytes bytes;
};

struct StatsMergeRefusal {
  std::string name;
  Status reason;  // kCorrupt (malformed), kInvalidArgument (incompatible or duplicated)
};

struct StatsMergeResult {
  StatsFile merged;                        // the sum of the accepted files
  std::vector<std::string> accepted;       // their names, in the order given
  std::vector<StatsMergeRefusal> refused;  // the others, in the order given
};

// Parses every input, refuses the malformed ones, the ones that are not compatible with the
// first valid file (specification, typology, period, mode, epsilon or minimum frequency,
// tables and bounds) and exact duplicates of a file already accepted, and sums the others.
// An error only when no file at all can be merged.
//
// Details: a duplicate is a file with the same cells as one already accepted ("doublon de
// <name>"): identical bytes, or the same file re-saved without its byte-order mark. (A file
// already summed inside a merged file cannot be recognised: the merge holds only sums.) A
// cell suppressed in any conventional input stays "secret" in the sum. A file that would take
// a cell's sum beyond +-10^9, or the merged file count beyond a million, is refused and the
// sum stays as it was. merged_files and each table's variance_milli are the inputs' sums.
// Messages are in French; an incompatible file's names the reference and what differs.
Result<StatsMergeResult> MergeStatsFiles(const std::vector<StatsMergeInput>& inputs);

}  // namespace carnet
