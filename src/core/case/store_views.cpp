// Store queries for the dossier screen's header and the overview's counts.
#include "core/case/store.h"
#include "core/case/store_internal.h"

namespace carnet {

using namespace store_internal;

Result<DossierHeader> Store::Dossier(Id dossier_id) {
  Result<Rows> rows = Select(db_, R"sql(
    SELECT display_name, status_code, opened_on, closed_on, last_contact_at
    FROM dossier WHERE id = ?1)sql",
                             {dossier_id});
  if (!rows.ok()) return rows.status();
  Result<bool> row = rows.value().Next();
  if (!row.ok()) return row.status();
  if (!row.value()) {
    return Status::Invalid(Problem::kUnknownReference, "dossier_id", "no such dossier");
  }
  const Rows& r = rows.value();
  DossierHeader header;
  header.dossier_id = dossier_id;
  header.display_name = r.Text(0);
  header.status_code = r.Text(1);
  header.opened_on = static_cast<Day>(r.Int(2));
  if (!r.IsNull(3)) header.closed_on = static_cast<Day>(r.Int(3));
  header.last_contact_at = r.OptInt(4);
  CARNET_TRY(ForEachRow(db_, R"sql(
    SELECT r.id, r.opened_on, r.status, r.outcome_on, r.subject,
           (SELECT group_concat(category_code, ' ') FROM request_category
            WHERE request_id = r.id)
    FROM request r WHERE r.dossier_id = ?1
    ORDER BY r.status <> 0, r.opened_on DESC, r.id DESC)sql",
                        {dossier_id}, [&](const Rows& q) {
                          RequestSummary s;
                          s.request_id = q.Int(0);
                          s.opened_on = static_cast<Day>(q.Int(1));
                          s.status = static_cast<RequestStatus>(q.Int(2));
                          if (!q.IsNull(3)) s.outcome_on = static_cast<Day>(q.Int(3));
                          s.subject = q.Text(4);
                          const std::string codes = q.Text(5);
                          std::size_t start = 0;
                          while (start < codes.size()) {
                            std::size_t end = codes.find(' ', start);
                            if (end == std::string::npos) end = codes.size();
                            s.category_codes.push_back(codes.substr(start, end - start));
                            start = end + 1;
                          }
                          header.requests.push_back(std::move(s));
                        }));
  return header;
}

Result<std::vector<StatusCount>> Store::StatusCounts() {
  std::vector<StatusCount> out;
  CARNET_TRY(ForEachRow(db_, R"sql(
    SELECT s.code, (SELECT count(*) FROM dossier d WHERE d.status_code = s.code)
    FROM process_status s WHERE s.active OR EXISTS (
      SELECT 1 FROM dossier d WHERE d.status_code = s.code)
    ORDER BY s.position, s.code)sql",
                        {}, [&](const Rows& r) {
                          out.push_back(StatusCount{r.Text(0), static_cast<int>(r.Int(1))});
                        }));
  return out;
}

}  // namespace carnet
