// The statistics screens' values as the user reads them: national categories, periods, modes,
// the budget, and the message for a refused request (with the field it concerns).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "ui/kit/frame.h"

namespace carnet::ui {

// The label of a national category code of the file ("DROITS": "Accès aux droits"); other
// dimension values (age bands, outcomes...) are shown as the file writes them.
std::string StatsValueLabel(const Frame& frame, std::string_view value);
// A file's text as the preview field shows it: every byte, except the leading byte-order mark,
// which is invisible (and which the UI font would draw as "?").
std::string PreviewText(const std::string& file_text);
// "2026-07 à 2026-09".
std::string StatsPeriodText(const Frame& frame, const StatsPeriod& period);
// "bruit", "conventionnel".
const char* StatsModeText(const Frame& frame, StatsMode mode);
// Thousandths as a decimal the user's language writes: 1500 is "1,5" in French.
std::string MilliText(const Frame& frame, std::int64_t milli);
// "Budget utilisé cette année : 1 sur 4".
std::string StatsBudgetText(const Frame& frame, const StatsUiState& stats);

// The field a refused request concerns: "period", "tables", "epsilon", "minimum", or "" (a
// refusal of the whole request: random source, ledger, save...).
std::string StatsErrorField(const Status& error);
// The message for a refused request or download (empty when `error` is ok).
const char* StatsErrorText(const Frame& frame, const Status& error);
// The message to show beside `field` when the last refusal concerns it; null otherwise.
const char* StatsFieldError(const Frame& frame, const char* field);

}  // namespace carnet::ui
