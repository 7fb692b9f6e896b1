// A thin owner of one SQLite connection. Not thread-safe; one connection per vault.
// Errors come back as Status values carrying SQLite's message.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace carnet {

class Statement;

class Database {
 public:
  // An empty in-memory database. FTS5 is always compiled in.
  static Result<Database> OpenInMemory();

  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  // Runs one or more statements that return no rows.
  Status Exec(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);

  sqlite3* handle() const { return db_; }

 private:
  explicit Database(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
};

// One prepared statement. Bind indexes start at 1, column indexes at 0.
class Statement {
 public:
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Status BindText(int index, std::string_view text);
  Status BindInt(int index, std::int64_t value);

  // Advances to the next row: true while a row is available, false when done.
  Result<bool> Step();
  Status Reset();

  std::string ColumnText(int column) const;
  std::int64_t ColumnInt(int column) const;

 private:
  friend class Database;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace carnet
