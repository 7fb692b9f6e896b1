#include "app/base/form_input.h"

#include <cstdio>
#include <vector>

#include "core/base/text_rules.h"

namespace carnet {
namespace {

// Splits "28/11/2026" into numbers; nothing when a part is empty, not digits or too long.
std::optional<std::vector<int>> Numbers(std::string_view text, char separator) {
  std::vector<int> out;
  int value = 0;
  int digits = 0;
  for (const char c : text) {
    if (c == separator) {
      if (digits == 0) return std::nullopt;
      out.push_back(value);
      value = 0;
      digits = 0;
    } else if (c >= '0' && c <= '9') {
      if (++digits > 4) return std::nullopt;
      value = value * 10 + (c - '0');
    } else {
      return std::nullopt;
    }
  }
  if (digits == 0) return std::nullopt;
  out.push_back(value);
  return out;
}

}  // namespace

std::optional<Day> ParseDayText(std::string_view text) {
  text = Trim(text);
  if (text.find('-') != std::string_view::npos) return ParseIsoDay(text);
  const std::optional<std::vector<int>> parts = Numbers(text, '/');
  if (!parts || parts->size() != 3 || (*parts)[2] < 1000) return std::nullopt;
  return DayFromYmd((*parts)[2], (*parts)[1], (*parts)[0]);
}

std::string DayText(Day day) {
  const Ymd ymd = YmdFromDay(day);
  char out[16];
  (void)std::snprintf(out, sizeof out, "%02d/%02d/%04d", ymd.day, ymd.month, ymd.year);
  return out;
}

std::optional<int> ParseTimeText(std::string_view text) {
  text = Trim(text);
  std::string normal(text);
  for (char& c : normal) {
    if (c == 'h' || c == 'H') c = ':';
  }
  if (!normal.empty() && normal.back() == ':') normal += "00";
  const std::optional<std::vector<int>> parts = Numbers(normal, ':');
  if (!parts || parts->size() != 2) return std::nullopt;
  const int hour = (*parts)[0];
  const int minute = (*parts)[1];
  if (hour > 23 || minute > 59) return std::nullopt;
  return hour * 60 + minute;
}

std::string TimeText(int minute_of_day) {
  char out[16];
  (void)std::snprintf(out, sizeof out, "%dh%02d", minute_of_day / 60, minute_of_day % 60);
  return out;
}

Answer<std::string> TextAnswer(const AnswerInput& input) {
  if (input.state != AnswerState::kValue) return Answer<std::string>::Is(input.state);
  const std::string_view text = Trim(input.text);
  if (text.empty()) return Answer<std::string>::Is(AnswerState::kNotAsked);
  return Answer<std::string>::Of(std::string(text));
}

Result<Answer<BirthDate>> BirthAnswer(const AnswerInput& input, const char* field) {
  if (input.state != AnswerState::kValue) return Answer<BirthDate>::Is(input.state);
  const std::string_view text = Trim(input.text);
  if (text.empty()) return Answer<BirthDate>::Is(AnswerState::kNotAsked);
  const std::optional<std::vector<int>> parts = Numbers(text, '/');
  const Status bad = Status::Invalid(Problem::kInvalidDate, field, "not a birth date");
  if (!parts || parts->back() < 1000) return bad;
  BirthDate birth;
  birth.year = parts->back();
  if (parts->size() >= 2) birth.month = (*parts)[parts->size() - 2];
  if (parts->size() == 3) birth.day = (*parts)[0];
  if (parts->size() > 3) return bad;
  if (birth.day != 0 && !DayFromYmd(birth.year, birth.month, birth.day)) return bad;
  if (birth.month != 0 && (birth.month < 1 || birth.month > 12)) return bad;
  return Answer<BirthDate>::Of(birth);
}

std::string BirthText(const BirthDate& birth) {
  char out[16];
  if (birth.day != 0) {
    (void)std::snprintf(out, sizeof out, "%02d/%02d/%04d", birth.day, birth.month, birth.year);
  } else if (birth.month != 0) {
    (void)std::snprintf(out, sizeof out, "%02d/%04d", birth.month, birth.year);
  } else {
    (void)std::snprintf(out, sizeof out, "%04d", birth.year);
  }
  return out;
}

Result<Answer<int>> NumberAnswer(const AnswerInput& input, int min, int max, const char* field) {
  if (input.state != AnswerState::kValue) return Answer<int>::Is(input.state);
  const std::string_view text = Trim(input.text);
  if (text.empty()) return Answer<int>::Is(AnswerState::kNotAsked);
  const std::optional<std::vector<int>> parts = Numbers(text, '\0');
  if (!parts || parts->size() != 1 || (*parts)[0] < min || (*parts)[0] > max) {
    return Status::Invalid(Problem::kOutOfRange, field, "not a number in range");
  }
  return Answer<int>::Of((*parts)[0]);
}

}  // namespace carnet
