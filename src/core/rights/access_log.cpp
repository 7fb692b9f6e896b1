// The access log in SQLite (table access_log, schema version 3; months kept in the settings).
#include "core/rights/access_log.h"

#include <string>

#include "core/base/text_rules.h"
#include "core/case/store.h"
#include "core/db/sql.h"

namespace carnet {
namespace {

constexpr const char* kMonthsKey = "access_log_months";
constexpr std::size_t kDetailMax = 200;

// The first minute kept when the log keeps `months` months back from `now`.
Minute KeptFrom(Minute now, int months) {
  const Day today = static_cast<Day>(now / kMinutesPerDay);
  const Day from = AddMonths(today, -months);
  return static_cast<Minute>(from) * kMinutesPerDay;
}

Status Trim(Store& store, Minute now, int months) {
  return Run(store.db(), "DELETE FROM access_log WHERE at < ?1",
             {std::int64_t{KeptFrom(now, months)}});
}

}  // namespace

Result<int> AccessLogMonths(Store& store) {
  Result<std::optional<std::int64_t>> months = store.IntSetting(kMonthsKey);
  if (!months.ok()) return months.status();
  if (!months.value() || *months.value() < kMinAccessLogMonths ||
      *months.value() > kMaxAccessLogMonths) {
    return kMaxAccessLogMonths;
  }
  return static_cast<int>(*months.value());
}

Status SetAccessLogMonths(Store& store, int months, Minute now) {
  if (months < kMinAccessLogMonths || months > kMaxAccessLogMonths) {
    return Status::Invalid(Problem::kOutOfRange, kMonthsKey, "6 to 12 months");
  }
  CARNET_TRY(store.SetIntSetting(kMonthsKey, months));
  return Trim(store, now, months);
}

Status LogAccess(Store& store, const AccessEntry& e) {
  if (e.action < AccessAction::kOpenDossier || e.action > AccessAction::kProcessingRecord) {
    return Status::Invalid(Problem::kOutOfRange, "action", "unknown action");
  }
  CARNET_TRY(CheckText(e.detail, "detail", kDetailMax, TextKind::kLine, false));
  Result<int> months = AccessLogMonths(store);
  if (!months.ok()) return months.status();
  CARNET_TRY(Run(store.db(),
                 "INSERT INTO access_log(at, action, dossier_id, detail) VALUES (?1, ?2, ?3, ?4)",
                 {std::int64_t{e.at}, std::int64_t{static_cast<int>(e.action)},
                  OrNull(e.dossier_id), std::string_view(e.detail)}));
  return Trim(store, e.at, months.value());
}

Result<std::vector<AccessEntry>> AccessEntries(Store& store, int limit) {
  std::vector<AccessEntry> out;
  CARNET_TRY(ForEachRow(store.db(),
                        "SELECT id, at, action, dossier_id, detail FROM access_log "
                        "ORDER BY at DESC, id DESC LIMIT ?1",
                        {std::int64_t{limit}}, [&](const Rows& r) {
                          AccessEntry e;
                          e.id = r.Int(0);
                          e.at = r.Int(1);
                          e.action = static_cast<AccessAction>(r.Int(2));
                          if (!r.IsNull(3)) e.dossier_id = r.Int(3);
                          e.detail = r.Text(4);
                          out.push_back(std::move(e));
                        }));
  return out;
}

}  // namespace carnet
