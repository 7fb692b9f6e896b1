// Small helpers for the store's tests.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "core/case/store.h"

namespace carnet::test {

inline Day D(int y, int m, int d) {
  const std::optional<Day> day = DayFromYmd(y, m, d);
  REQUIRE(day.has_value());
  return *day;
}

inline Minute M(int y, int m, int d, int hour, int minute) {
  const std::optional<Minute> at = MinuteAt(D(y, m, d), hour, minute);
  REQUIRE(at.has_value());
  return *at;
}

// The overview as of `today`, with no filter.
inline OverviewQuery On(Day today) {
  OverviewQuery q;
  q.today = today;
  return q;
}

inline Store NewStore() {
  Result<Store> store = Store::CreateInMemory();
  REQUIRE(store.ok());
  return std::move(store).value();
}

inline PersonFields Named(const std::string& first, const std::string& last) {
  PersonFields p;
  p.first_name = first;
  p.last_name = last;
  return p;
}

inline Id NewDossier(Store& store, const std::string& first, const std::string& last, Day opened) {
  CreateDossier create;
  create.person = Named(first, last);
  create.opened_on = opened;
  Result<Id> id = store.Apply(create);
  REQUIRE_MESSAGE(id.ok(), id.status().message());
  return id.value();
}

template <typename T>
T Value(Result<T> result) {
  REQUIRE_MESSAGE(result.ok(), result.status().message());
  return std::move(result).value();
}

// Counts the rows of a table, to show that a rejected command wrote nothing.
inline std::int64_t Count(Store& store, const char* table) {
  Result<Statement> stmt = store.db().Prepare(std::string("SELECT count(*) FROM ") + table);
  REQUIRE(stmt.ok());
  REQUIRE(stmt.value().Step().ok());
  return stmt.value().ColumnInt(0);
}

}  // namespace carnet::test
