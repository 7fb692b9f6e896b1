#include "core/base/calendar.h"

#include <cstdio>

namespace carnet {
namespace {

// Days from 1970-01-01 to a proleptic Gregorian date, and back, in integer arithmetic
// (H. Hinnant's civil calendar algorithms).
std::int64_t DaysFromCivil(std::int64_t y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t mp = (m + 9) % 12;
  const std::int64_t doy = (153 * mp + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool ParseDigits(std::string_view text, int* out) {
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  *out = value;
  return !text.empty();
}

}  // namespace

std::optional<Day> DayFromYmd(int year, int month, int day) {
  if (year < kMinYear || year > kMaxYear || month < 1 || month > 12 || day < 1 ||
      day > DaysInMonth(year, month)) {
    return std::nullopt;
  }
  return static_cast<Day>(DaysFromCivil(year, month, day));
}

Ymd YmdFromDay(Day day) {
  const std::int64_t z = static_cast<std::int64_t>(day) + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
  return Ymd{y, m, d};
}

bool IsValidDay(Day day) {
  const Ymd ymd = YmdFromDay(day);
  return ymd.year >= kMinYear && ymd.year <= kMaxYear;
}

std::string IsoDay(Day day) {
  const Ymd ymd = YmdFromDay(day);
  char text[40];
  (void)std::snprintf(text, sizeof text, "%04d-%02d-%02d", ymd.year, ymd.month, ymd.day);
  return text;
}

std::optional<Day> ParseIsoDay(std::string_view text) {
  int y = 0;
  int m = 0;
  int d = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
      !ParseDigits(text.substr(0, 4), &y) || !ParseDigits(text.substr(5, 2), &m) ||
      !ParseDigits(text.substr(8, 2), &d)) {
    return std::nullopt;
  }
  return DayFromYmd(y, m, d);
}

std::optional<Minute> MinuteAt(Day day, int hour, int minute) {
  if (!IsValidDay(day) || hour < 0 || hour > 23 || minute < 0 || minute > 59) return std::nullopt;
  return static_cast<Minute>(day) * kMinutesPerDay + static_cast<Minute>(hour) * 60 + minute;
}

Day DayOfMinute(Minute at) {
  const Minute floor = at >= 0 ? at / kMinutesPerDay : (at - (kMinutesPerDay - 1)) / kMinutesPerDay;
  return static_cast<Day>(floor);
}

int MinuteOfDay(Minute at) {
  return static_cast<int>(at - static_cast<Minute>(DayOfMinute(at)) * kMinutesPerDay);
}

std::string IsoMinute(Minute at) {
  const int m = MinuteOfDay(at);
  char time[24];
  (void)std::snprintf(time, sizeof time, "T%02d:%02d", m / 60, m % 60);
  return IsoDay(DayOfMinute(at)) + time;
}

Day AddMonths(Day day, int months) {
  const Ymd ymd = YmdFromDay(day);
  const int index = ymd.year * 12 + (ymd.month - 1) + months;
  const int year = index >= 0 ? index / 12 : (index - 11) / 12;
  const int month = index - year * 12 + 1;
  const int last = DaysInMonth(year, month);
  return static_cast<Day>(DaysFromCivil(year, month, ymd.day < last ? ymd.day : last));
}

}  // namespace carnet
