// A thin owner of one SQLite connection. Not thread-safe; one connection per vault.
// Errors come back as Status values carrying SQLite's message.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/base/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace carnet {

class Statement;

// Makes SQLite zero the memory it frees: its page cache, its in-memory rollback journal and
// the temporary database of a VACUUM hold copies of pages, erased rows included. Only possible
// before SQLite's first use, so every way of opening a database calls it first; true when
// SQLite's memory is wiped (false if something used SQLite before: then nothing changed).
bool WipeSqliteMemoryOnFree();

class Database {
 public:
  // An empty in-memory database. FTS5 is always compiled in.
  static Result<Database> OpenInMemory();
  // A database file `name` of the registered SQLite VFS `vfs` (see mem_vfs.h).
  static Result<Database> OpenWithVfs(const std::string& name, const char* vfs);

  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  // Runs one or more statements that return no rows.
  Status Exec(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);
  // A statement prepared once per connection and reused, reset and with its bindings cleared.
  // The pointer stays valid as long as the Database.
  Result<Statement*> Cached(std::string_view sql);

  std::int64_t LastInsertId() const;
  int Changes() const;  // rows changed by the last statement

  sqlite3* handle() const { return db_; }

 private:
  explicit Database(sqlite3* db) : db_(db) {}
  void Close();
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, std::unique_ptr<Statement>> cache_;
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
  Status BindNull(int index);
  void ClearBindings();

  // Advances to the next row: true while a row is available, false when done.
  Result<bool> Step();
  Status Reset();

  std::string ColumnText(int column) const;
  std::int64_t ColumnInt(int column) const;
  bool ColumnIsNull(int column) const;
  int ColumnCount() const;

 private:
  friend class Database;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace carnet
