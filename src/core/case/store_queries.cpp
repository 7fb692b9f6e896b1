// Store queries: the caseload overview, the day's agenda, a dossier's timeline, review lists.
#include <algorithm>

#include "core/case/store.h"
#include "core/case/store_internal.h"

namespace carnet {

using namespace store_internal;

namespace {

const char* OrderBy(OverviewSort sort, bool descending) {
  // Missing values (no contact, nothing due) sort last either way.
  switch (sort) {
    case OverviewSort::kName: return descending ? "d.sort_key DESC, d.id" : "d.sort_key, d.id";
    case OverviewSort::kLastContact:
      return descending ? "d.last_contact_at IS NULL, d.last_contact_at DESC, d.id"
                        : "d.last_contact_at IS NULL, d.last_contact_at, d.id";
    case OverviewSort::kNextDue:
      return descending ? "d.next_due_on IS NULL, d.next_due_on DESC, d.id"
                        : "d.next_due_on IS NULL, d.next_due_on, d.id";
    case OverviewSort::kStatus:
      return descending ? "(SELECT position FROM process_status WHERE code = d.status_code) DESC, "
                          "d.sort_key, d.id"
                        : "(SELECT position FROM process_status WHERE code = d.status_code), "
                          "d.sort_key, d.id";
    case OverviewSort::kOpenedOn:
      return descending ? "d.opened_on DESC, d.id" : "d.opened_on, d.id";
  }
  return "d.sort_key, d.id";
}

}  // namespace

Result<std::vector<OverviewRow>> Store::Overview(const OverviewQuery& q) {
  const std::string sql = std::string(R"sql(
    SELECT d.id, d.display_name, d.status_code, d.closed_on IS NOT NULL, d.opened_on,
           d.last_contact_at, d.next_due_on, coalesce(d.next_due_title, ''), d.open_requests
    FROM dossier d
    WHERE (?1 OR d.closed_on IS NULL)
      AND (?2 IS NULL OR d.status_code = ?2)
      AND (NOT ?3 OR d.next_due_on < ?4)
      AND (?5 IS NULL OR d.last_contact_at IS NULL OR d.last_contact_at < ?5)
      AND (?6 IS NULL OR EXISTS (
            SELECT 1 FROM request r JOIN request_category rc ON rc.request_id = r.id
            JOIN category c ON c.code = rc.category_code
            WHERE r.dossier_id = d.id AND (c.code = ?6 OR c.parent_code = ?6)))
    ORDER BY )sql") + OrderBy(q.sort, q.descending);
  const std::optional<Minute> threshold =
      q.no_contact_for_days
          ? std::optional<Minute>(static_cast<Minute>(q.today - *q.no_contact_for_days) *
                                  kMinutesPerDay)
          : std::nullopt;
  std::vector<OverviewRow> out;
  CARNET_TRY(
      ForEachRow(db_, sql,
                 {static_cast<std::int64_t>(q.include_closed),
                  q.status_code ? SqlArg(std::string_view(*q.status_code)) : SqlArg(nullptr),
                  static_cast<std::int64_t>(q.overdue_only), static_cast<std::int64_t>(q.today),
                  OrNull(threshold),
                  q.category_code ? SqlArg(std::string_view(*q.category_code)) : SqlArg(nullptr)},
                 [&](const Rows& r) {
                   OverviewRow o;
                   o.dossier_id = r.Int(0);
                   o.display_name = r.Text(1);
                   o.status_code = r.Text(2);
                   o.closed = r.Int(3) != 0;
                   o.opened_on = static_cast<Day>(r.Int(4));
                   o.last_contact_at = r.OptInt(5);
                   if (!r.IsNull(6)) o.next_due_on = static_cast<Day>(r.Int(6));
                   o.next_due_title = r.Text(7);
                   o.overdue = o.next_due_on && *o.next_due_on < q.today;
                   o.open_requests = static_cast<int>(r.Int(8));
                   out.push_back(std::move(o));
                 }));
  return out;
}

Result<std::vector<AgendaItem>> Store::Agenda(Day day) {
  std::vector<AgendaItem> out;
  CARNET_TRY(ForEachRow(db_, R"sql(
    SELECT t.id, t.dossier_id, d.display_name, t.kind, t.title, t.due_on, t.due_minute
    FROM task t
    JOIN dossier d ON d.id = t.dossier_id
    WHERE t.status = 0 AND t.due_on <= ?1
    ORDER BY t.due_on, coalesce(t.due_minute, 1440), t.dossier_id, t.kind, t.due_minute, t.title,
             t.id)sql",
                        {static_cast<std::int64_t>(day)}, [&](const Rows& r) {
                          AgendaItem item;
                          item.task_id = r.Int(0);
                          item.dossier_id = r.Int(1);
                          item.display_name = r.Text(2);
                          item.kind = static_cast<TaskKind>(r.Int(3));
                          item.title = r.Text(4);
                          item.due_on = static_cast<Day>(r.Int(5));
                          if (!r.IsNull(6)) item.due_minute_of_day = static_cast<int>(r.Int(6));
                          item.overdue = item.due_on < day;
                          out.push_back(std::move(item));
                        }));
  return out;
}

Result<std::vector<TimelineEvent>> Store::Timeline(Id dossier_id) {
  Result<DossierInfo> dossier = LoadDossier(db_, dossier_id);
  if (!dossier.ok()) return dossier.status();
  // Events known by the day only are placed at the day's start (minute 0); `o` orders events
  // of the same minute: the dossier's own events first, then requests, contacts, tasks, notes.
  std::vector<TimelineEvent> out;
  CARNET_TRY(ForEachRow(db_, R"sql(
    SELECT at, kind, ref_id, text, detail FROM (
      SELECT on_day * 1440 AS at, kind AS kind, id AS ref_id, status_code AS text, 0 AS detail,
             0 AS o FROM dossier_event WHERE dossier_id = ?1
      UNION ALL SELECT opened_on * 1440, 4, id, subject, 0, 1 FROM request WHERE dossier_id = ?1
      UNION ALL SELECT outcome_on * 1440, 5, id, subject, status, 2 FROM request
                WHERE dossier_id = ?1 AND outcome_on IS NOT NULL
      UNION ALL SELECT at, 6, id, summary, kind, 3 FROM contact WHERE dossier_id = ?1
      UNION ALL SELECT due_on * 1440 + coalesce(due_minute, 0), 7, id, title, status, 4
                FROM task WHERE dossier_id = ?1
      UNION ALL SELECT written_at, 8, id, text, 0, 5 FROM note WHERE dossier_id = ?1)
    ORDER BY at, o, ref_id)sql",
                        {dossier_id}, [&](const Rows& r) {
                          out.push_back(TimelineEvent{static_cast<TimelineKind>(r.Int(1)), r.Int(0),
                                                      r.Int(2), r.Text(3),
                                                      static_cast<int>(r.Int(4))});
                        }));
  return out;
}

Result<ReviewLists> Store::ToReview(Day today, int months_without_contact) {
  if (months_without_contact < 1 || months_without_contact > 120) {
    return Status::Invalid(Problem::kOutOfRange, "months_without_contact", "1 to 120 months");
  }
  Result<int> retention = RetentionMonths();
  if (!retention.ok()) return retention.status();
  ReviewLists lists;
  const std::int64_t quiet_since =
      static_cast<std::int64_t>(AddMonths(today, -months_without_contact)) * kMinutesPerDay;
  const std::int64_t kept_since =
      static_cast<std::int64_t>(AddMonths(today, -retention.value())) * kMinutesPerDay;
  const struct {
    const char* sql;
    std::int64_t since;
    std::vector<Id>* out;
  } lists_sql[] = {
      {"SELECT id FROM dossier WHERE closed_on IS NULL "
       "AND coalesce(last_contact_at, opened_on * 1440) < ?1 ORDER BY id",
       quiet_since, &lists.without_recent_contact},
      {"SELECT id FROM dossier WHERE closed_on IS NOT NULL "
       "AND max(coalesce(last_contact_at, 0), closed_on * 1440) < ?1 ORDER BY id",
       kept_since, &lists.past_retention},
  };
  for (const auto& list : lists_sql) {
    CARNET_TRY(ForEachRow(db_, list.sql, {list.since},
                          [&list](const Rows& r) { list.out->push_back(r.Int(0)); }));
  }
  return lists;
}

}  // namespace carnet
