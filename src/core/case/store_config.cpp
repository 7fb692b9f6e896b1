// Store commands that configure the typology and the support process, and the vault's settings.
#include <sqlite3.h>

#include <string>

#include "core/base/text_rules.h"
#include "core/case/store.h"
#include "core/case/store_internal.h"

namespace carnet {

using namespace store_internal;

Status Store::Apply(const AddLocalCategory& c) {
  CARNET_TRY(CheckCode(c.code, "code"));
  CARNET_TRY(CheckText(c.label, "label", kLabelMax, TextKind::kLine, true));
  Result<Rows> parent =
      Select(db_, "SELECT parent_code IS NULL, active, position FROM category WHERE code = ?1",
             {c.parent_code});
  if (!parent.ok()) return parent.status();
  Result<bool> row = parent.value().Next();
  if (!row.ok()) return row.status();
  if (!row.value() || parent.value().Int(0) == 0) {
    return Status::Invalid(Problem::kUnknownCategory, "parent_code",
                           "no national category '" + c.parent_code + "'");
  }
  if (parent.value().Int(1) == 0) {
    return Status::Invalid(Problem::kInactiveCategory, "parent_code",
                           "the national category was deactivated");
  }
  const std::int64_t position = parent.value().Int(2) + 8;  // after the national sub-categories
  Result<std::optional<std::int64_t>> taken =
      SelectInt(db_, "SELECT 1 FROM category WHERE code = ?1", {c.code});
  if (!taken.ok()) return taken.status();
  if (taken.value()) {
    return Status::Invalid(Problem::kAlreadyExists, "code", "the code '" + c.code + "' is taken");
  }
  return Run(db_,
             "INSERT INTO category(code, label, parent_code, position) VALUES (?1, ?2, ?3, ?4)",
             {c.code, Trim(c.label), c.parent_code, position});
}

Status Store::Apply(const DeactivateCategory& c) {
  CARNET_TRY(Run(db_, "UPDATE category SET active = 0 WHERE code = ?1", {c.code}));
  if (db_.Changes() == 0) {
    return Status::Invalid(Problem::kUnknownCategory, "code", "no category '" + c.code + "'");
  }
  return Status::Ok();
}

Status Store::Apply(const AddProcessStatus& c) {
  CARNET_TRY(CheckCode(c.code, "code"));
  CARNET_TRY(CheckText(c.label, "label", kLabelMax, TextKind::kLine, true));
  Result<std::optional<std::int64_t>> taken =
      SelectInt(db_, "SELECT 1 FROM process_status WHERE code = ?1", {c.code});
  if (!taken.ok()) return taken.status();
  if (taken.value()) {
    return Status::Invalid(Problem::kAlreadyExists, "code", "the code '" + c.code + "' is taken");
  }
  // The new step goes just before the closing step, which moves one place down.
  Savepoint savepoint(db_);
  CARNET_TRY(savepoint.status());
  CARNET_TRY(Run(db_, "UPDATE process_status SET position = position + 1 WHERE closes"));
  CARNET_TRY(Run(db_,
                 "INSERT INTO process_status(code, label, position) VALUES (?1, ?2, "
                 "(SELECT coalesce(max(position), 0) + 1 FROM process_status WHERE NOT closes))",
                 {c.code, Trim(c.label)}));
  return savepoint.Release();
}

Status Store::Apply(const DeactivateProcessStatus& c) {
  Result<std::optional<std::int64_t>> closes =
      SelectInt(db_, "SELECT closes FROM process_status WHERE code = ?1", {c.code});
  if (!closes.ok()) return closes.status();
  if (!closes.value()) {
    return Status::Invalid(Problem::kUnknownReference, "code", "no step '" + c.code + "'");
  }
  if (*closes.value() != 0) {
    return Status::Invalid(Problem::kWrongState, "code", "the closing step cannot be removed");
  }
  Result<std::optional<std::int64_t>> others = SelectInt(
      db_, "SELECT count(*) FROM process_status WHERE active AND NOT closes AND code <> ?1",
      {c.code});
  if (!others.ok()) return others.status();
  if (others.value().value_or(0) == 0) {
    return Status::Invalid(Problem::kWrongState, "code", "the process needs an open step");
  }
  return Run(db_, "UPDATE process_status SET active = 0 WHERE code = ?1", {c.code});
}

Result<int> Store::DossierCount() {
  Result<std::optional<std::int64_t>> count = SelectInt(db_, "SELECT count(*) FROM dossier");
  if (!count.ok()) return count.status();
  return static_cast<int>(count.value().value_or(0));
}

Result<std::optional<std::int64_t>> Store::IntSetting(std::string_view key) {
  CARNET_TRY(CheckCode(key, "key"));
  return SelectInt(db_, "SELECT CAST(value AS INTEGER) FROM setting WHERE key = ?1", {key});
}

Status Store::SetIntSetting(std::string_view key, std::int64_t value) {
  Result<std::optional<std::int64_t>> current = IntSetting(key);
  if (!current.ok()) return current.status();
  if (current.value() == value) return Status::Ok();  // nothing changes, nothing to save
  const std::string text = std::to_string(value);
  return Run(db_,
             "INSERT INTO setting(key, value) VALUES (?1, ?2) "
             "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
             {key, std::string_view(text)});
}

std::int64_t Store::TotalChanges() const { return sqlite3_total_changes64(db_.handle()); }

}  // namespace carnet
