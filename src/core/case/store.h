// The case file in SQLite: schema and migrations, the commands that change it, and the queries
// behind the overview, the day's agenda, the timeline, search and the review lists.
// One Store owns one connection; not thread-safe. Errors are values; nothing throws.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/status.h"
#include "core/case/model.h"
#include "core/case/store_commands.h"
#include "core/case/store_views.h"
#include "core/db/database.h"

namespace carnet {

inline constexpr int kSchemaVersion = 3;

struct OverviewRow {
  Id dossier_id = 0;
  std::string display_name;  // "NOM Prénom", or the alias
  std::string status_code;
  bool closed = false;
  Day opened_on = 0;
  std::optional<Minute> last_contact_at;
  std::optional<Day> next_due_on;  // the earliest open task or appointment
  std::string next_due_title;
  bool overdue = false;  // an open task or appointment is due before today
  int open_requests = 0;
};

enum class OverviewSort { kName, kLastContact, kNextDue, kStatus, kOpenedOn };

struct OverviewQuery {
  Day today = 0;
  std::optional<std::string> status_code;
  std::optional<std::string> category_code;  // dossiers with a request in it (or a sub-category)
  bool overdue_only = false;
  std::optional<int> no_contact_for_days;  // last contact that long ago, or never
  bool include_closed = false;
  OverviewSort sort = OverviewSort::kName;
  bool descending = false;
};

struct AgendaItem {
  Id task_id = 0;
  Id dossier_id = 0;
  std::string display_name;
  TaskKind kind = TaskKind::kTask;
  std::string title;
  Day due_on = 0;
  std::optional<int> due_minute_of_day;
  bool overdue = false;
};

enum class TimelineKind {
  kOpened,
  kStatusChanged,
  kClosed,
  kReopened,
  kRequest,
  kRequestOutcome,
  kContact,
  kTask,
  kNote
};

struct TimelineEvent {
  TimelineKind kind = TimelineKind::kNote;
  Minute at = 0;     // events known by the day only are placed at its start
  Id ref_id = 0;     // the request, contact, task or note
  std::string text;  // summary, subject, title, note text or status code
  int detail = 0;    // ContactKind, RequestStatus, TaskStatus... as an integer
};

struct SearchHit {
  Id dossier_id = 0;
  std::string display_name;
  std::string where;    // "person", "request", "note", "contact"
  std::string snippet;  // the matching text, with the match between [ and ]
};

struct ReviewLists {
  std::vector<Id> without_recent_contact;  // open dossiers, no contact for the given months
  std::vector<Id> past_retention;          // closed, last contact (or closing) past retention
};

class Store {
 public:
  // A new, empty case file at the latest schema, with the default typology and process.
  static Result<Store> CreateInMemory();
  // Takes over an existing database and migrates it to the latest schema. A database written
  // by a newer Carnet (higher schema version) is refused, never modified.
  static Result<Store> Open(Database db);

  Result<Id> Apply(const CreateDossier& command);
  Status Apply(const UpdatePerson& command);
  Result<Id> Apply(const AddHouseholdMember& command);
  Status Apply(const ChangeDossierStatus& command);
  Status Apply(const CloseDossier& command);
  Status Apply(const ReopenDossier& command);
  Result<Id> Apply(const AddRequest& command);
  Status Apply(const SetRequestStatus& command);
  Result<Id> Apply(const RecordContact& command);
  Result<Id> Apply(const ScheduleTask& command);
  Status Apply(const CompleteTask& command);
  Status Apply(const CancelTask& command);
  Status Apply(const RescheduleTask& command);
  Result<Id> Apply(const WriteNote& command);
  Status Apply(const AddLocalCategory& command);
  Status Apply(const DeactivateCategory& command);
  Status Apply(const AddProcessStatus& command);
  Status Apply(const DeactivateProcessStatus& command);

  Result<std::vector<OverviewRow>> Overview(const OverviewQuery& query);
  // Open tasks and appointments due on `day`, and those overdue before it: by day (so the
  // overdue ones first), then time, untimed items last, then by dossier.
  Result<std::vector<AgendaItem>> Agenda(Day day);
  Result<std::vector<TimelineEvent>> Timeline(Id dossier_id);
  // Accent- and case-insensitive search over names, requests, contacts and notes. Each word
  // of `text` must match the start of a word; at most `limit` hits.
  Result<std::vector<SearchHit>> Search(std::string_view text, int limit = 50);
  Result<ReviewLists> ToReview(Day today, int months_without_contact);

  Result<PersonFields> Person(Id dossier_id);
  // The dossier's name, step, dates and requests (store_views.cpp).
  Result<DossierHeader> Dossier(Id dossier_id);
  // Dossiers per step of the support process, in the process's order.
  Result<std::vector<StatusCount>> StatusCounts();
  Result<std::vector<Category>> Categories();
  Result<std::vector<ProcessStatus>> ProcessStatuses();
  // Months after the last contact (or closing) that a closed dossier is kept; 24 by default.
  Result<int> RetentionMonths();
  Status SetRetentionMonths(int months);
  // The number of dossiers, open and closed (one COUNT query).
  Result<int> DossierCount();
  // Settings kept in the case file, so encrypted with it (store_config.cpp). `key` is a short
  // code ("auto_lock_minutes"); nothing when it was never set. Setting the value it already
  // has writes nothing (the case file stays unchanged, so nothing is saved).
  Result<std::optional<std::int64_t>> IntSetting(std::string_view key);
  Status SetIntSetting(std::string_view key, std::int64_t value);
  // Rows changed since the case file was opened: tells a cache whether to look again.
  std::int64_t TotalChanges() const;

  // Writes a copy of the whole case file to `path` (a plain SQLite file), which must not exist.
  Status SaveCopyTo(const std::string& path);

  Database& db() { return db_; }

 private:
  explicit Store(Database db) : db_(std::move(db)) {}
  Database db_;
};

}  // namespace carnet
