#include "app/stats/stats_controller.h"

#include <charconv>
#include <utility>

#include "core/rights/access_log.h"
#include "core/stats/stats_ledger.h"

namespace carnet {
namespace {

Status NoVault() {
  return Status::Error(StatusCode::kInvalidArgument, Problem::kWrongState, "no vault is open");
}

std::string TwoDigits(int month) { return (month < 10 ? "0" : "") + std::to_string(month); }

// "carnet-statistiques-2026-01-a-2026-03.csv": the period only, never a date or a name.
std::string FileName(const StatsPeriod& p, const char* kind) {
  const std::string year = std::to_string(p.year);
  return std::string("carnet-") + kind + "-" + year + "-" + TwoDigits(p.first_month) + "-a-" +
         year + "-" + TwoDigits(p.last_month) + ".csv";
}

std::string Text(const Bytes& bytes) { return std::string(bytes.begin(), bytes.end()); }

// The draft as a request, or a refusal naming the field.
Result<StatsRequest> ReadDraft(const StatsDraft& draft) {
  StatsRequest request;
  request.period = {draft.year, draft.first_month, draft.last_month};
  if (Status s = CheckPeriod(request.period); !s.ok()) {
    return Status::Invalid(Problem::kInvalidDate, "period", s.message());
  }
  for (int t = 0; t < kStatsTableCount; ++t) {
    if (draft.tables[static_cast<std::size_t>(t)]) {
      request.tables.push_back(static_cast<StatsTable>(t));
    }
  }
  if (request.tables.empty()) {
    return Status::Invalid(Problem::kRequired, "tables", "choose at least one table");
  }
  request.mode = draft.mode;
  if (draft.mode == StatsMode::kNoise) {
    Result<Rational> epsilon = ParseEpsilon(draft.epsilon);
    if (!epsilon.ok()) {
      return Status::Invalid(Problem::kOutOfRange, "epsilon", epsilon.status().message());
    }
    request.epsilon = epsilon.value();
  } else {
    int minimum = 0;
    const std::string& text = draft.minimum;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), minimum);
    if (error != std::errc() || end != text.data() + text.size() || minimum < 2 || minimum > 1000) {
      return Status::Invalid(Problem::kOutOfRange, "minimum", "a whole number from 2 to 1000");
    }
    request.minimum_frequency = minimum;
  }
  return request;
}

}  // namespace

void StatsController::Reload(Store& store) {
  seen_changes_ = store.TotalChanges();
  state_.history.clear();
  state_.ledger_error = Status::Ok();
  Result<std::vector<StatsLedgerEntry>> entries = StatsLedgerEntries(store.db());
  if (!entries.ok()) {
    state_.ledger_error = entries.status();
    return;
  }
  for (const StatsLedgerEntry& entry : entries.value()) {
    StatsHistoryRow row;
    row.released_on = entry.released_on;
    row.epsilon_milli = EpsilonMilli(entry.epsilon);
    Result<StatsFile> file = ParseStatsFile(entry.file);
    if (file.ok()) {
      row.period = file.value().period;
      row.mode = file.value().mode;
      row.table_count = static_cast<int>(file.value().tables.size());
    }
    state_.history.push_back(row);
  }
  Result<std::int64_t> spent = StatsEpsilonSpentMilli(store.db(), YmdFromDay(state_.today).year);
  state_.spent_milli = spent.ok() ? spent.value() : 0;
}

void StatsController::Tick(Day today) {
  const bool new_day = today != state_.today;
  state_.today = today;
  VaultSession* session = vaults_.session();
  if (vaults_.session_epoch() != seen_epoch_) {
    seen_epoch_ = vaults_.session_epoch();
    Discard();
    state_.history.clear();
    state_.spent_milli = 0;
    seen_changes_ = -1;
  }
  state_.vault_open = session != nullptr;
  if (session == nullptr) return;
  if (new_day || session->store().TotalChanges() != seen_changes_) Reload(session->store());
  if (!state_.download_waiting) return;
  const VaultUiState& vault = vaults_.state();
  if (!vault.demo && !vault.read_only) {
    if (session->vault().save_pending()) return;  // the save is on its way
    if (vault.save == SaveState::kFailed) {
      state_.download_waiting = false;
      state_.error = vault.save_error;
      ++state_.serial;
      return;
    }
    if (session->has_unsaved_changes()) {
      vaults_.Flush();
      return;
    }
  }
  state_.download_waiting = false;
  // The access log notes the export before the file leaves: a file never leaves unnoted.
  if (!vault.read_only) {
    const AccessEntry entry{0,
                            static_cast<Minute>(today) * kMinutesPerDay,
                            AccessAction::kStatsExport,
                            {},
                            state_.file_name};
    if (Status s = LogAccess(session->store(), entry); !s.ok()) {
      state_.error = std::move(s);
      ++state_.serial;
      return;
    }
  }
  files_->OfferDownload(state_.file_name, prepared_bytes_);
  state_.downloaded = true;
  ++state_.serial;
}

Status StatsController::Prepare(const StatsDraft& draft) {
  VaultSession* session = vaults_.session();
  if (session == nullptr) return NoVault();
  if (vaults_.state().read_only) {
    return Status::Error(StatusCode::kInvalidArgument, Problem::kWrongState,
                         "the vault is open read-only in this tab");
  }
  Result<StatsRequest> request = ReadDraft(draft);
  Status outcome = request.status();
  if (request.ok()) {
    Result<StatsRelease> release = ReleaseStatistics(session->store().db(), request.value(),
                                                     state_.today, random_, state_.cap_milli);
    outcome = release.status();
    if (release.ok()) {
      Result<StatsFile> file = ParseStatsFile(release.value().file);
      outcome = file.status();
      if (file.ok()) {
        prepared_bytes_ = release.value().file;
        state_.prepared = true;
        state_.repeated = release.value().repeated;
        state_.request = request.value();
        state_.preview = Text(prepared_bytes_);
        state_.file = std::move(file).value();
        state_.file_name = FileName(request.value().period, "statistiques");
        state_.download_waiting = false;
        state_.downloaded = false;
        Reload(session->store());
      }
    }
  }
  state_.error = outcome;
  ++state_.serial;
  return outcome;
}

Status StatsController::Download() {
  if (!state_.prepared) {
    return Status::Error(StatusCode::kInvalidArgument, Problem::kWrongState, "nothing prepared");
  }
  if (files_ == nullptr) {
    return Status::Error(StatusCode::kInvalidArgument, Problem::kWrongState, "no downloads");
  }
  state_.download_waiting = true;
  state_.error = Status::Ok();
  Tick(state_.today);
  return Status::Ok();
}

void StatsController::Discard() {
  state_.prepared = false;
  state_.repeated = false;
  state_.preview.clear();
  state_.file = StatsFile{};
  state_.download_waiting = false;
  state_.downloaded = false;
  state_.error = Status::Ok();
  prepared_bytes_.clear();
  ++state_.serial;
}

Status StatsController::PickMergeFiles() {
  if (files_ == nullptr) {
    return Status::Error(StatusCode::kInvalidArgument, Problem::kWrongState, "no file picker");
  }
  files_->PickStatsFiles();
  return Status::Ok();
}

void StatsController::AddMergeFile(const std::string& name, const Bytes& bytes) {
  merge_inputs_.push_back({name, bytes});
  state_.merge_files.push_back({name, bytes.size(), false, ""});
  state_.merge_needs_confirmation = false;
  state_.merged = false;
  state_.merge_error = Status::Ok();
  ++state_.serial;
}

void StatsController::ClearMergeFiles() {
  merge_inputs_.clear();
  merged_bytes_.clear();
  state_.merge_files.clear();
  state_.merge_needs_confirmation = false;
  state_.merged = false;
  state_.merged_file = StatsFile{};
  state_.merged_preview.clear();
  state_.merge_error = Status::Ok();
  ++state_.serial;
}

Status StatsController::Merge(bool confirmed) {
  ++state_.serial;
  state_.merged = false;
  state_.merge_needs_confirmation = false;
  Result<StatsMergeResult> result = MergeStatsFiles(merge_inputs_);
  for (MergeFileRow& row : state_.merge_files) {
    row.refused = false;
    row.reason.clear();
  }
  if (!result.ok()) {
    state_.merge_error = result.status();
    return result.status();
  }
  for (const StatsMergeRefusal& refusal : result.value().refused) {
    for (MergeFileRow& row : state_.merge_files) {
      if (row.name == refusal.name && !row.refused) {
        row.refused = true;
        row.reason = refusal.reason.message();
        break;
      }
    }
  }
  if (!result.value().refused.empty() && !confirmed) {
    state_.merge_needs_confirmation = true;
    state_.merge_error = Status::Ok();
    return Status::Ok();
  }
  Result<Bytes> bytes = WriteStatsFile(result.value().merged);
  if (!bytes.ok()) {
    state_.merge_error = bytes.status();
    return bytes.status();
  }
  merged_bytes_ = std::move(bytes).value();
  state_.merged = true;
  state_.merged_file = result.value().merged;
  state_.merged_preview = Text(merged_bytes_);
  state_.merged_name = FileName(result.value().merged.period, "statistiques-fusionnees");
  state_.merge_error = Status::Ok();
  return Status::Ok();
}

Status StatsController::DownloadMerged() {
  if (!state_.merged) {
    return Status::Error(StatusCode::kInvalidArgument, Problem::kWrongState, "nothing merged");
  }
  if (files_ == nullptr) {
    return Status::Error(StatusCode::kInvalidArgument, Problem::kWrongState, "no downloads");
  }
  files_->OfferDownload(state_.merged_name, merged_bytes_);
  return Status::Ok();
}

}  // namespace carnet
