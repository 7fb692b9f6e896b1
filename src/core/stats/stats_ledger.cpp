#include "core/stats/stats_ledger.h"

#include <sodium.h>

#include <array>

#include "core/db/sql.h"

namespace carnet {
namespace {

constexpr std::string_view kHeadKey = "stats_ledger_head";
using ChainValue = std::array<unsigned char, 32>;

void PutU64(crypto_generichash_state& state, std::uint64_t value) {
  std::array<unsigned char, 8> le{};
  for (std::size_t i = 0; i < le.size(); ++i) le[i] = static_cast<unsigned char>(value >> (8 * i));
  crypto_generichash_update(&state, le.data(), le.size());
}

void PutBytes(crypto_generichash_state& state, const unsigned char* data, std::size_t size) {
  PutU64(state, size);
  crypto_generichash_update(&state, data, size);
}

// BLAKE2b-256 of the previous value and every field of the row, each length-prefixed.
ChainValue Link(const ChainValue& previous, std::int64_t id, const StatsLedgerEntry& e) {
  crypto_generichash_state state;
  crypto_generichash_init(&state, nullptr, 0, 32);
  const char domain[] = "carnet stats ledger v1";
  PutBytes(state, reinterpret_cast<const unsigned char*>(domain), sizeof domain - 1);
  crypto_generichash_update(&state, previous.data(), previous.size());
  PutU64(state, static_cast<std::uint64_t>(id));
  PutBytes(state, reinterpret_cast<const unsigned char*>(e.request.data()), e.request.size());
  PutU64(state, static_cast<std::uint64_t>(static_cast<std::int64_t>(e.released_on)));
  PutU64(state, e.epsilon.num);
  PutU64(state, e.epsilon.den);
  PutBytes(state, e.file.data(), e.file.size());
  ChainValue out{};
  crypto_generichash_final(&state, out.data(), out.size());
  return out;
}

std::string HeadText(std::int64_t count, const ChainValue& head) {
  std::string hex(head.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), head.data(), head.size());
  hex.pop_back();
  return std::to_string(count) + ":" + hex;
}

Status Altered(const std::string& what) {
  return Status::Error(StatusCode::kCorrupt,
                       "the statistics ledger was altered (" + what + "): no release is allowed");
}

Result<std::string> StoredHead(Database& db) {
  Result<Rows> rows = Select(db, "SELECT value FROM setting WHERE key = ?1", {kHeadKey});
  if (!rows.ok()) return rows.status();
  Result<bool> row = rows.value().Next();
  if (!row.ok()) return row.status();
  if (!row.value()) return HeadText(0, ChainValue{});
  return rows.value().Text(0);
}

// Walks the chain; gives every entry (when `entries` is set) and the head.
Status Walk(Database& db, std::vector<StatsLedgerEntry>* entries, ChainValue* head,
            std::int64_t* count) {
  ChainValue value{};
  std::int64_t n = 0;
  Status broken;
  CARNET_TRY(ForEachRow(db,
                        "SELECT id, request, released_on, epsilon_num, epsilon_den, file, chain "
                        "FROM stats_release ORDER BY id",
                        {}, [&](const Rows& row) {
                          StatsLedgerEntry e;
                          e.id = row.Int(0);
                          e.request = row.Text(1);
                          e.released_on = static_cast<Day>(row.Int(2));
                          e.epsilon = {static_cast<std::uint32_t>(row.Int(3)),
                                       static_cast<std::uint32_t>(row.Int(4))};
                          const std::string file = row.Text(5);
                          e.file.assign(file.begin(), file.end());
                          const std::string chain = row.Text(6);
                          value = Link(value, e.id, e);
                          ++n;
                          if (broken.ok() &&
                              (chain.size() != value.size() ||
                               sodium_memcmp(chain.data(), value.data(), value.size()) != 0)) {
                            broken = Altered("release " + std::to_string(e.id));
                          }
                          if (entries != nullptr) entries->push_back(std::move(e));
                        }));
  CARNET_TRY(broken);
  *head = value;
  *count = n;
  Result<std::string> stored = StoredHead(db);
  if (!stored.ok()) return stored.status();
  if (stored.value() != HeadText(n, value)) return Altered("releases missing or added");
  return Status::Ok();
}

}  // namespace

Status VerifyStatsLedger(Database& db) {
  ChainValue head{};
  std::int64_t count = 0;
  return Walk(db, nullptr, &head, &count);
}

Result<std::vector<StatsLedgerEntry>> StatsLedgerEntries(Database& db) {
  std::vector<StatsLedgerEntry> entries;
  ChainValue head{};
  std::int64_t count = 0;
  CARNET_TRY(Walk(db, &entries, &head, &count));
  return entries;
}

Result<std::optional<Bytes>> FindStatsRelease(Database& db, std::string_view request) {
  Result<Rows> rows = Select(db, "SELECT file FROM stats_release WHERE request = ?1", {request});
  if (!rows.ok()) return rows.status();
  Result<bool> row = rows.value().Next();
  if (!row.ok()) return row.status();
  if (!row.value()) return std::optional<Bytes>();
  const std::string file = rows.value().Text(0);
  return std::optional<Bytes>(Bytes(file.begin(), file.end()));
}

Result<std::int64_t> StatsEpsilonSpentMilli(Database& db, int year) {
  const std::optional<Day> first = DayFromYmd(year, 1, 1);
  const std::optional<Day> next = DayFromYmd(year + 1, 1, 1);
  if (!first || !next) return std::int64_t{0};
  std::int64_t spent = 0;
  CARNET_TRY(ForEachRow(db,
                        "SELECT epsilon_num, epsilon_den FROM stats_release "
                        "WHERE released_on >= ?1 AND released_on < ?2",
                        {std::int64_t{*first}, std::int64_t{*next}}, [&](const Rows& row) {
                          if (row.Int(1) > 0) spent += row.Int(0) * 1000 / row.Int(1);
                        }));
  return spent;
}

Status AppendStatsRelease(Database& db, const StatsLedgerEntry& entry) {
  ChainValue head{};
  std::int64_t count = 0;
  CARNET_TRY(Walk(db, nullptr, &head, &count));
  Savepoint savepoint(db);
  CARNET_TRY(savepoint.status());
  Result<std::optional<std::int64_t>> last = SelectInt(db, "SELECT max(id) FROM stats_release");
  if (!last.ok()) return last.status();
  const std::int64_t id = last.value().value_or(0) + 1;
  const ChainValue value = Link(head, id, entry);
  const std::string_view file(reinterpret_cast<const char*>(entry.file.data()), entry.file.size());
  const std::string_view chain(reinterpret_cast<const char*>(value.data()), value.size());
  CARNET_TRY(Run(db,
                 "INSERT INTO stats_release(id, request, released_on, epsilon_num, epsilon_den, "
                 "file, chain) VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS BLOB), CAST(?7 AS BLOB))",
                 {id, entry.request, std::int64_t{entry.released_on},
                  std::int64_t{entry.epsilon.num}, std::int64_t{entry.epsilon.den}, file, chain}));
  const std::string head_text = HeadText(count + 1, value);
  CARNET_TRY(Run(db,
                 "INSERT INTO setting(key, value) VALUES (?1, ?2) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 {kHeadKey, head_text}));
  return savepoint.Release();
}

}  // namespace carnet
