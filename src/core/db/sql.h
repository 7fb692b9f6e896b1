// Short forms for running SQL with bound arguments through the connection's statement cache.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/base/status.h"
#include "core/db/database.h"

namespace carnet {

using SqlArg = std::variant<std::nullptr_t, std::int64_t, std::string_view>;

template <typename T>
SqlArg OrNull(const std::optional<T>& value) {
  if (!value) return nullptr;
  return static_cast<std::int64_t>(*value);
}

// Runs one statement that returns no rows.
Status Run(Database& db, std::string_view sql, std::initializer_list<SqlArg> args = {});

// The rows of one query. Resets its statement when destroyed, so no read stays open.
class Rows {
 public:
  explicit Rows(Statement* stmt) : stmt_(stmt) {}
  Rows(Rows&& other) noexcept : stmt_(other.stmt_) { other.stmt_ = nullptr; }
  Rows& operator=(Rows&&) = delete;
  Rows(const Rows&) = delete;
  Rows& operator=(const Rows&) = delete;
  ~Rows();

  Result<bool> Next() { return stmt_->Step(); }
  std::int64_t Int(int column) const { return stmt_->ColumnInt(column); }
  std::string Text(int column) const { return stmt_->ColumnText(column); }
  bool IsNull(int column) const { return stmt_->ColumnIsNull(column); }
  std::optional<std::int64_t> OptInt(int column) const {
    if (IsNull(column)) return std::nullopt;
    return Int(column);
  }

 private:
  Statement* stmt_;
};

Result<Rows> Select(Database& db, std::string_view sql, std::initializer_list<SqlArg> args = {});

// Runs a query and calls `on_row(const Rows&)` for each row; the first error stops it.
template <typename OnRow>
Status ForEachRow(Database& db, std::string_view sql, std::initializer_list<SqlArg> args,
                  OnRow&& on_row) {
  Result<Rows> rows = Select(db, sql, args);
  if (!rows.ok()) return rows.status();
  for (;;) {
    Result<bool> row = rows.value().Next();
    if (!row.ok()) return row.status();
    if (!row.value()) return Status::Ok();
    on_row(static_cast<const Rows&>(rows.value()));
  }
}

// Runs a query expected to return one row with one integer: the value, or nothing if no row
// (or a NULL).
Result<std::optional<std::int64_t>> SelectInt(Database& db, std::string_view sql,
                                              std::initializer_list<SqlArg> args = {});

// A savepoint around one command: rolled back when destroyed unless released. Nests inside an
// outer transaction (a batch of commands) as well as standing alone.
class Savepoint {
 public:
  explicit Savepoint(Database& db);
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;
  ~Savepoint();
  const Status& status() const { return begun_; }
  Status Release();

 private:
  Database& db_;
  Status begun_;
  bool open_ = false;
};

}  // namespace carnet
