#include "core/db/sql.h"

namespace carnet {
namespace {

Status Bind(Statement& stmt, std::initializer_list<SqlArg> args) {
  int index = 1;
  for (const SqlArg& arg : args) {
    Status status;
    if (std::holds_alternative<std::int64_t>(arg)) {
      status = stmt.BindInt(index, std::get<std::int64_t>(arg));
    } else if (std::holds_alternative<std::string_view>(arg)) {
      status = stmt.BindText(index, std::get<std::string_view>(arg));
    } else {
      status = stmt.BindNull(index);
    }
    if (!status.ok()) return status;
    ++index;
  }
  return Status::Ok();
}

}  // namespace

Rows::~Rows() {
  if (stmt_ != nullptr) (void)stmt_->Reset();
}

Status Run(Database& db, std::string_view sql, std::initializer_list<SqlArg> args) {
  Result<Rows> rows = Select(db, sql, args);
  if (!rows.ok()) return rows.status();
  Result<bool> step = rows.value().Next();
  return step.ok() ? Status::Ok() : step.status();
}

Result<Rows> Select(Database& db, std::string_view sql, std::initializer_list<SqlArg> args) {
  Result<Statement*> stmt = db.Cached(sql);
  if (!stmt.ok()) return stmt.status();
  Rows rows(stmt.value());
  if (Status s = Bind(*stmt.value(), args); !s.ok()) return s;
  return rows;
}

Result<std::optional<std::int64_t>> SelectInt(Database& db, std::string_view sql,
                                              std::initializer_list<SqlArg> args) {
  Result<Rows> rows = Select(db, sql, args);
  if (!rows.ok()) return rows.status();
  Result<bool> row = rows.value().Next();
  if (!row.ok()) return row.status();
  if (!row.value()) return std::optional<std::int64_t>();
  return rows.value().OptInt(0);
}

Savepoint::Savepoint(Database& db) : db_(db), begun_(db.Exec("SAVEPOINT command")) {
  open_ = begun_.ok();
}

Savepoint::~Savepoint() {
  if (open_) (void)db_.Exec("ROLLBACK TO command; RELEASE command");
}

Status Savepoint::Release() {
  if (!open_) return begun_;
  open_ = false;
  return db_.Exec("RELEASE command");
}

}  // namespace carnet
