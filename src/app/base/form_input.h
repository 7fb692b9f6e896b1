// What the user types in the caseload's forms, read into the model's values. French habits
// first: "28/11/2026" for a date, "14h30" or "14:30" for a time. A refusal is a Status with
// the form field it concerns, shown beside that field; the typed text is kept.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/base/calendar.h"
#include "core/base/status.h"
#include "core/case/model.h"

namespace carnet {

// "28/11/2026", "1/2/2026", or ISO "2026-11-28"; surrounding spaces ignored.
std::optional<Day> ParseDayText(std::string_view text);
// "28/11/2026".
std::string DayText(Day day);
// "14h30", "14h", "14:30", "9:05"; minutes of the day, 0 to 1439.
std::optional<int> ParseTimeText(std::string_view text);
// "14h30", "9h05".
std::string TimeText(int minute_of_day);

// A field that can hold a value or say why it does not: the state chosen beside it wins over
// empty text; typed text is a value.
struct AnswerInput {
  std::string text;
  AnswerState state = AnswerState::kNotAsked;  // kValue when the text is meant
};

// The text as an answer: empty text with kValue is "non demandé".
Answer<std::string> TextAnswer(const AnswerInput& input);
// A birth date: "28/11/1980", "11/1980" or "1980". Refused (kInvalidDate on `field`) when the
// text is neither.
Result<Answer<BirthDate>> BirthAnswer(const AnswerInput& input, const char* field);
// A birth date as BirthAnswer reads it back: "03/11/1980", "11/1980" or "1980".
std::string BirthText(const BirthDate& birth);
// A whole number from `min` to `max` (kOutOfRange on `field` otherwise).
Result<Answer<int>> NumberAnswer(const AnswerInput& input, int min, int max, const char* field);

}  // namespace carnet
