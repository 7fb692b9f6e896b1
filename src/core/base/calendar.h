// Dates and times as integers: a Day counts days since 1970-01-01, a Minute counts minutes since
// 1970-01-01 00:00 in the worker's local time (Carnet records wall-clock times, not instants).
// Only years 1900 to 2199 are valid: anything else is a typing error.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace carnet {

using Day = std::int32_t;
using Minute = std::int64_t;

inline constexpr int kMinYear = 1900;
inline constexpr int kMaxYear = 2199;
inline constexpr int kMinutesPerDay = 24 * 60;

struct Ymd {
  int year = 0;
  int month = 0;  // 1 to 12
  int day = 0;    // 1 to 31
};

// The day of a valid calendar date, or nothing (30 February, month 13, year 1850...).
std::optional<Day> DayFromYmd(int year, int month, int day);
Ymd YmdFromDay(Day day);
bool IsValidDay(Day day);  // within kMinYear..kMaxYear

// "2026-03-04" <-> Day.
std::string IsoDay(Day day);
std::optional<Day> ParseIsoDay(std::string_view text);

// A time on a day; hour 0-23, minute 0-59.
std::optional<Minute> MinuteAt(Day day, int hour, int minute);
Day DayOfMinute(Minute at);
int MinuteOfDay(Minute at);        // 0 to 1439
std::string IsoMinute(Minute at);  // "2026-03-04T09:30"

// The same day of the month `months` later (or earlier), clamped to the month's last day.
Day AddMonths(Day day, int months);

}  // namespace carnet
