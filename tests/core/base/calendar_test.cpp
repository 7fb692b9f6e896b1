#include <doctest/doctest.h>

#include "core/base/calendar.h"

using namespace carnet;

TEST_SUITE("calendar") {
  TEST_CASE("days round-trip through year, month and day across four centuries") {
    const Day first = *DayFromYmd(1900, 1, 1);
    const Day last = *DayFromYmd(2199, 12, 31);
    for (Day d = first; d <= last; d += 7) {
      const Ymd ymd = YmdFromDay(d);
      REQUIRE(DayFromYmd(ymd.year, ymd.month, ymd.day) == d);
    }
    CHECK(*DayFromYmd(1970, 1, 1) == 0);
    CHECK(IsoDay(*DayFromYmd(2026, 11, 28)) == "2026-11-28");
  }

  TEST_CASE("impossible dates and years outside 1900-2199 are refused") {
    CHECK_FALSE(DayFromYmd(2026, 2, 29));
    CHECK(DayFromYmd(2024, 2, 29));
    CHECK_FALSE(DayFromYmd(2100, 2, 29));
    CHECK_FALSE(DayFromYmd(2026, 13, 1));
    CHECK_FALSE(DayFromYmd(2026, 4, 31));
    CHECK_FALSE(DayFromYmd(1899, 12, 31));
    CHECK_FALSE(DayFromYmd(2200, 1, 1));
    CHECK_FALSE(ParseIsoDay("2026-2-1"));
    CHECK_FALSE(ParseIsoDay("2026-02-30"));
    CHECK_FALSE(ParseIsoDay("abcd-ef-gh"));
    CHECK(ParseIsoDay("2026-02-28") == DayFromYmd(2026, 2, 28));
  }

  TEST_CASE("times of day") {
    const Day day = *DayFromYmd(2026, 3, 4);
    const Minute at = *MinuteAt(day, 9, 30);
    CHECK(DayOfMinute(at) == day);
    CHECK(MinuteOfDay(at) == 570);
    CHECK(IsoMinute(at) == "2026-03-04T09:30");
    CHECK_FALSE(MinuteAt(day, 24, 0));
    CHECK_FALSE(MinuteAt(day, 10, 60));
  }

  TEST_CASE("adding months keeps the day, or the month's last day") {
    CHECK(IsoDay(AddMonths(*DayFromYmd(2026, 1, 31), 1)) == "2026-02-28");
    CHECK(IsoDay(AddMonths(*DayFromYmd(2026, 3, 15), -24)) == "2024-03-15");
    CHECK(IsoDay(AddMonths(*DayFromYmd(2026, 12, 1), 1)) == "2027-01-01");
    CHECK(IsoDay(AddMonths(*DayFromYmd(2026, 1, 1), -1)) == "2025-12-01");
  }
}
