#include "ui/stats/stats_text.h"

#include "ui/vault/screen_vault.h"

namespace carnet::ui {

std::string StatsValueLabel(const Frame& frame, std::string_view value) {
  struct Label {
    std::string_view code;
    Msg msg;
  };
  static constexpr Label kLabels[] = {
      {"DROITS", Msg::kStatsCatDroits},     {"SANTE", Msg::kStatsCatSante},
      {"EMPLOI", Msg::kStatsCatEmploi},     {"AUTONOMIE", Msg::kStatsCatAutonomie},
      {"LOGEMENT", Msg::kStatsCatLogement}, {"BUDGET", Msg::kStatsCatBudget},
      {"FAMILLE", Msg::kStatsCatFamille},   {"AUCUNE", Msg::kStatsCatAucune},
  };
  for (const Label& label : kLabels) {
    if (label.code == value) return frame.Tr(label.msg);
  }
  return std::string(value);
}

std::string PreviewText(const std::string& file_text) {
  static constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (file_text.compare(0, kBom.size(), kBom) == 0) return file_text.substr(kBom.size());
  return file_text;
}

std::string StatsPeriodText(const Frame& frame, const StatsPeriod& period) {
  const auto month = [&](int m) {
    return std::to_string(period.year) + "-" + (m < 10 ? "0" : "") + std::to_string(m);
  };
  return month(period.first_month) + " " + frame.Tr(Msg::kStatsTo) + " " + month(period.last_month);
}

const char* StatsModeText(const Frame& frame, StatsMode mode) {
  return frame.Tr(mode == StatsMode::kNoise ? Msg::kStatsModeNoiseShort
                                            : Msg::kStatsModeConventionalShort);
}

std::string MilliText(const Frame& frame, std::int64_t milli) {
  const bool negative = milli < 0;
  const std::int64_t magnitude = negative ? -milli : milli;
  std::string text = (negative ? "-" : "") + std::to_string(magnitude / 1000);
  std::int64_t rest = magnitude % 1000;
  if (rest != 0) {
    std::string decimals = std::to_string(rest + 1000).substr(1);  // three digits
    while (!decimals.empty() && decimals.back() == '0') decimals.pop_back();
    text += (frame.state.lang == Lang::kFr ? "," : ".") + decimals;
  }
  return text;
}

std::string StatsBudgetText(const Frame& frame, const StatsUiState& stats) {
  return std::string(frame.Tr(Msg::kStatsBudgetUsed)) + " " + MilliText(frame, stats.spent_milli) +
         " " + frame.Tr(Msg::kStatsOf) + " " + MilliText(frame, stats.cap_milli);
}

std::string StatsErrorField(const Status& error) {
  if (error.ok()) return "";
  // The yearly cap is shown beside epsilon, the value that would take the release beyond it.
  if (error.field() == "budget") return "epsilon";
  return error.field();
}

const char* StatsErrorText(const Frame& frame, const Status& error) {
  if (error.ok()) return "";
  if (error.code() == StatusCode::kCryptoFailure) return frame.Tr(Msg::kStatsErrorRandom);
  if (error.code() == StatusCode::kCorrupt) return frame.Tr(Msg::kStatsErrorLedger);
  if (error.problem() == Problem::kWrongState) return frame.Tr(Msg::kReadOnlyCase);
  const std::string field = StatsErrorField(error);
  if (field == "period") return frame.Tr(Msg::kStatsErrorPeriod);
  if (field == "tables") return frame.Tr(Msg::kStatsErrorTables);
  if (field == "minimum") return frame.Tr(Msg::kStatsErrorMinimum);
  if (field == "epsilon") {
    return frame.Tr(error.field() == "budget" ? Msg::kStatsErrorBudget : Msg::kStatsErrorEpsilon);
  }
  const char* vault = VaultErrorText(frame, error);  // a save that failed before a download
  return vault[0] != '\0' ? vault : frame.Tr(Msg::kErrorGeneric);
}

const char* StatsFieldError(const Frame& frame, const char* field) {
  if (frame.stats == nullptr || frame.stats->error.ok()) return nullptr;
  if (StatsErrorField(frame.stats->error) != field) return nullptr;
  return StatsErrorText(frame, frame.stats->error);
}

}  // namespace carnet::ui
