#include "core/db/database.h"

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <utility>

namespace carnet {
namespace {

Status SqliteError(sqlite3* db, const char* what) {
  std::string message = what;
  message += ": ";
  message += db != nullptr ? sqlite3_errmsg(db) : "out of memory";
  return Status::Error(StatusCode::kInternal, std::move(message));
}

Status CheckLength(std::string_view text) {
  if (text.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    return Status::Error(StatusCode::kInvalidArgument, "text too long for SQLite");
  }
  return Status::Ok();
}

// SQLite's own allocator, wrapped so that every block is zeroed before it is freed.
sqlite3_mem_methods g_sqlite_memory{};

void WipingFree(void* block) {
  if (block == nullptr) return;
  sodium_memzero(block, static_cast<std::size_t>(g_sqlite_memory.xSize(block)));
  g_sqlite_memory.xFree(block);
}

void* WipingMalloc(int n) { return g_sqlite_memory.xMalloc(n); }

// A reallocation that could move the block would free the old one unwiped: copy, then wipe.
void* WipingRealloc(void* block, int n) {
  void* moved = g_sqlite_memory.xMalloc(n);
  if (moved == nullptr) return nullptr;
  const int keep = std::min(n, g_sqlite_memory.xSize(block));
  std::memcpy(moved, block, static_cast<std::size_t>(keep));
  WipingFree(block);
  return moved;
}

int WipingSize(void* block) { return g_sqlite_memory.xSize(block); }
int WipingRoundup(int n) { return g_sqlite_memory.xRoundup(n); }
int WipingInit(void* data) { return g_sqlite_memory.xInit(data); }
void WipingShutdown(void* data) { g_sqlite_memory.xShutdown(data); }

}  // namespace

bool WipeSqliteMemoryOnFree() {
  static const bool wiping = [] {
    // Both calls fail (SQLITE_MISUSE) once SQLite is initialised.
    if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &g_sqlite_memory) != SQLITE_OK) return false;
    static const sqlite3_mem_methods kWiping = {WipingMalloc,   WipingFree,    WipingRealloc,
                                                WipingSize,     WipingRoundup, WipingInit,
                                                WipingShutdown, nullptr};
    return sqlite3_config(SQLITE_CONFIG_MALLOC, &kWiping) == SQLITE_OK;
  }();
  return wiping;
}

Result<Database> Database::OpenInMemory() {
  WipeSqliteMemoryOnFree();
  sqlite3* db = nullptr;
  const int rc =
      sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    Status status = SqliteError(db, "cannot open an in-memory database");
    sqlite3_close(db);
    return status;
  }
  sqlite3_extended_result_codes(db, 1);
  return Database(db);
}

Result<Database> Database::OpenWithVfs(const std::string& name, const char* vfs) {
  WipeSqliteMemoryOnFree();
  sqlite3* db = nullptr;
  const int rc =
      sqlite3_open_v2(name.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, vfs);
  if (rc != SQLITE_OK) {
    Status status = SqliteError(db, "cannot open the database");
    sqlite3_close(db);
    return status;
  }
  sqlite3_extended_result_codes(db, 1);
  return Database(db);
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), cache_(std::move(other.cache_)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    Close();
    db_ = std::exchange(other.db_, nullptr);
    cache_ = std::move(other.cache_);
  }
  return *this;
}

Database::~Database() { Close(); }

void Database::Close() {
  cache_.clear();  // statements are finalised before their connection closes
  sqlite3_close(db_);
  db_ = nullptr;
}

Result<Statement*> Database::Cached(std::string_view sql) {
  auto it = cache_.find(std::string(sql));
  if (it == cache_.end()) {
    Result<Statement> prepared = Prepare(sql);
    if (!prepared.ok()) return prepared.status();
    it = cache_.emplace(std::string(sql), std::make_unique<Statement>(std::move(prepared).value()))
             .first;
  }
  Statement* stmt = it->second.get();
  (void)stmt->Reset();  // a failed previous step is reported by Reset: not this use's concern
  stmt->ClearBindings();
  return stmt;
}

Status Database::Exec(std::string_view sql) {
  const std::string text(sql);  // sqlite3_exec needs a terminated string
  char* error = nullptr;
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error != nullptr ? error : "unknown error";
    sqlite3_free(error);
    return Status::Error(StatusCode::kInternal, "SQL failed: " + message);
  }
  return Status::Ok();
}

std::int64_t Database::LastInsertId() const { return sqlite3_last_insert_rowid(db_); }

int Database::Changes() const { return sqlite3_changes(db_); }

Result<Statement> Database::Prepare(std::string_view sql) {
  if (Status s = CheckLength(sql); !s.ok()) return s;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) !=
      SQLITE_OK) {
    return SqliteError(db_, "cannot prepare statement");
  }
  return Statement(db_, stmt);
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    db_ = other.db_;
    stmt_ = std::exchange(other.stmt_, nullptr);
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Status Statement::BindText(int index, std::string_view text) {
  if (Status s = CheckLength(text); !s.ok()) return s;
  if (sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                        SQLITE_TRANSIENT) != SQLITE_OK) {
    return SqliteError(db_, "cannot bind text");
  }
  return Status::Ok();
}

Status Statement::BindInt(int index, std::int64_t value) {
  if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) {
    return SqliteError(db_, "cannot bind integer");
  }
  return Status::Ok();
}

void Statement::ClearBindings() { sqlite3_clear_bindings(stmt_); }

Status Statement::BindNull(int index) {
  if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) return SqliteError(db_, "cannot bind null");
  return Status::Ok();
}

Result<bool> Statement::Step() {
  switch (sqlite3_step(stmt_)) {
    case SQLITE_ROW: return true;
    case SQLITE_DONE: return false;
    default: return SqliteError(db_, "statement failed");
  }
}

Status Statement::Reset() {
  if (sqlite3_reset(stmt_) != SQLITE_OK) return SqliteError(db_, "cannot reset statement");
  return Status::Ok();
}

std::string Statement::ColumnText(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  const int size = sqlite3_column_bytes(stmt_, column);
  return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
}

std::int64_t Statement::ColumnInt(int column) const { return sqlite3_column_int64(stmt_, column); }

int Statement::ColumnCount() const { return sqlite3_column_count(stmt_); }

bool Statement::ColumnIsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

}  // namespace carnet
