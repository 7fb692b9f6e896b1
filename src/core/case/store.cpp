// Store: opening, configuration and settings. Commands are in store_dossier.cpp,
// store_activity.cpp and store_config.cpp; queries in store_queries.cpp and store_search.cpp.
#include "core/case/store.h"

#include "core/case/schema.h"
#include "core/db/sql.h"

namespace carnet {

Result<Store> Store::CreateInMemory() {
  Result<Database> db = Database::OpenInMemory();
  if (!db.ok()) return db.status();
  return Open(std::move(db).value());
}

Result<Store> Store::Open(Database db) {
  // Deleted rows are overwritten with zeros, and so are the pages they free: an erased
  // dossier (erasure.h) leaves nothing in the image, and neither does any edited text.
  if (Status s = db.Exec("PRAGMA secure_delete = ON"); !s.ok()) return s;
  if (Status s = Migrate(db); !s.ok()) return s;
  return Store(std::move(db));
}

Result<std::vector<Category>> Store::Categories() {
  std::vector<Category> out;
  CARNET_TRY(ForEachRow(
      db_,
      "SELECT code, label, coalesce(parent_code, ''), no_fit, active "
      "FROM category ORDER BY position, code",
      {}, [&out](const Rows& r) {
        out.push_back(Category{r.Text(0), r.Text(1), r.Text(2), r.Int(3) != 0, r.Int(4) != 0});
      }));
  return out;
}

Result<std::vector<ProcessStatus>> Store::ProcessStatuses() {
  std::vector<ProcessStatus> out;
  CARNET_TRY(ForEachRow(
      db_, "SELECT code, label, position, closes, active FROM process_status ORDER BY position", {},
      [&out](const Rows& r) {
        out.push_back(ProcessStatus{r.Text(0), r.Text(1), static_cast<int>(r.Int(2)), r.Int(3) != 0,
                                    r.Int(4) != 0});
      }));
  return out;
}

Result<int> Store::RetentionMonths() {
  Result<std::optional<std::int64_t>> months =
      SelectInt(db_, "SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'retention_months'");
  if (!months.ok()) return months.status();
  return static_cast<int>(months.value().value_or(24));
}

Status Store::SetRetentionMonths(int months) {
  if (months < 1 || months > 120) {
    return Status::Invalid(Problem::kOutOfRange, "retention_months", "1 to 120 months");
  }
  return Run(db_, "UPDATE setting SET value = ?1 WHERE key = 'retention_months'",
             {std::to_string(months)});
}

Status Store::SaveCopyTo(const std::string& path) {
  Result<Statement> vacuum = db_.Prepare("VACUUM INTO ?1");
  if (!vacuum.ok()) return vacuum.status();
  if (Status s = vacuum.value().BindText(1, path); !s.ok()) return s;
  Result<bool> done = vacuum.value().Step();
  if (!done.ok()) {
    return Status::Error(StatusCode::kIoError,
                         "cannot write " + path + ": " + done.status().message());
  }
  return Status::Ok();
}

}  // namespace carnet
