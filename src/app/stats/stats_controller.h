// The statistics screen's logic: the worker's request (period, tables, mode, epsilon), the
// release recorded in the budget ledger before its exact bytes are shown, the download once
// the vault has saved that record, the history of releases, and the regional merge of files
// picked from disk (which needs no vault). The UI draws StatsUiState and sends the commands
// below (app/stats/stats_commands.h); nothing here waits.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/base/file_exchange.h"
#include "app/stats/stats_commands.h"
#include "app/vault/vault_controller.h"
#include "core/stats/noise_sampler.h"
#include "core/stats/stats_file.h"
#include "core/stats/stats_merge.h"
#include "core/stats/stats_release.h"

namespace carnet {

// One past release, for the history list.
struct StatsHistoryRow {
  Day released_on = 0;
  StatsPeriod period;
  StatsMode mode = StatsMode::kNoise;
  std::int64_t epsilon_milli = 0;  // 0 in conventional mode
  int table_count = 0;
};

// A file picked for the merge, and what the merge said of it.
struct MergeFileRow {
  std::string name;
  std::size_t size = 0;
  bool refused = false;
  std::string reason;  // why it was refused (French, from the parser or the merge)
};

struct StatsUiState {
  bool vault_open = false;
  Day today = 0;
  // The budget of today's calendar year.
  std::int64_t spent_milli = 0;
  std::int64_t cap_milli = kDefaultYearlyEpsilonMilli;
  std::vector<StatsHistoryRow> history;  // oldest first
  Status ledger_error;                   // the ledger was altered: no release is allowed

  // The last prepared release (its bytes are in the ledger already).
  bool prepared = false;
  bool repeated = false;          // an identical earlier request: the same bytes, nothing spent
  StatsRequest request;           // what was prepared
  std::string preview;            // the file's exact text, byte for byte (the BOM included)
  StatsFile file;                 // the same, read back, for the charts
  std::string file_name;          // e.g. "carnet-statistiques-2026-01-a-2026-03.csv"
  bool download_waiting = false;  // waiting for the vault to save the ledger
  bool downloaded = false;
  Status error;  // the last refusal (field named), or why the download failed

  // The merge.
  std::vector<MergeFileRow> merge_files;
  bool merge_needs_confirmation = false;  // some files refused: merge the others?
  bool merged = false;
  StatsFile merged_file;
  std::string merged_preview;
  std::string merged_name;
  Status merge_error;
  std::uint64_t serial = 0;  // moves on every change the UI may want to announce
};

class StatsController {
 public:
  // `files` may be null (no downloads or picker). `random` must outlive the controller.
  StatsController(VaultController& vaults, FileExchange* files, RandomSource& random)
      : vaults_(vaults), files_(files), random_(random) {}
  StatsController(const StatsController&) = delete;
  StatsController& operator=(const StatsController&) = delete;

  const StatsUiState& state() const { return state_; }

  // Each frame: reloads the budget and history when a vault is opened or its ledger changed,
  // forgets the prepared release when the vault is locked, and offers a waiting download once
  // the vault has saved.
  void Tick(Day today);

  // Reads the draft (period, tables, mode, epsilon text...) and releases it: recorded in the
  // ledger, shown in `preview`. Refusals name the field (Status::field()).
  Status Prepare(const StatsDraft& draft);
  // Offers the prepared file as a download, after the vault has saved its ledger.
  Status Download();
  // Forgets the prepared release (its record stays in the ledger).
  void Discard();

  // The merge: files picked (PickMergeFiles opens the browser's picker; the bytes come back
  // through AddMergeFile), merged with MergeStatsFiles. With refused files the merge waits for
  // `confirmed`; the merged file can be downloaded.
  Status PickMergeFiles();
  void AddMergeFile(const std::string& name, const Bytes& bytes);
  void ClearMergeFiles();
  Status Merge(bool confirmed);
  Status DownloadMerged();

 private:
  void Reload(Store& store);

  VaultController& vaults_;
  FileExchange* files_;
  RandomSource& random_;
  StatsUiState state_;
  std::uint64_t seen_epoch_ = 0;
  std::int64_t seen_changes_ = -1;
  std::vector<StatsMergeInput> merge_inputs_;
  Bytes prepared_bytes_;
  Bytes merged_bytes_;
};

}  // namespace carnet
