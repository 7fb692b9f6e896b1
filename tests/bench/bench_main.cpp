// Carnet's benchmark program. The same source is built natively and to wasm; scripts/bench runs
// both and prints them side by side. Output: one line per measure,
//   bench <key> <value> <unit> <description>
// Figures are the best of a few runs, to damp the noise of a shared machine; the store's
// queries, which take milliseconds, report the median of many runs instead.
#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "bench_share.h"
#include "bench_stats.h"
#include "bench_stats_tables.h"
#include "bench_util.h"
#include "bench_vault.h"
#include "core/base/calendar.h"
#include "core/case/store.h"
#include "core/crypto/aead.h"
#include "core/db/database.h"
#include "core/demo/demo_data.h"

namespace {

using namespace bench;

void BenchAead() {
  constexpr std::size_t kChunk = std::size_t{64} * 1024;
  constexpr std::size_t kChunks = 512;  // 32 MiB per run
  const carnet::AeadKey key = carnet::RandomAeadKey();
  carnet::Bytes chunk(kChunk, 0x5A);
  const std::string ad = "vault|chunk|version";
  auto run = [&] {
    for (std::size_t i = 0; i < kChunks; ++i) {
      if (!carnet::AeadSeal(key, chunk, ad).ok()) return false;
    }
    return true;
  };
  run();  // warm-up: lets a JIT reach its optimising tier
  const double seconds = Best(3, run);
  Report("aead_64k", static_cast<double>(kChunk * kChunks) / (1024.0 * 1024.0) / seconds, "MiB/s",
         "XChaCha20-Poly1305 seal, 64 KiB chunks");
}

void BenchArgon2id() {
  unsigned char key[32];
  unsigned char salt[crypto_pwhash_SALTBYTES] = {};
  const char* passphrase = "correct horse battery staple";
  const double seconds = Best(2, [&] {
    return crypto_pwhash(key, sizeof key, passphrase, std::strlen(passphrase), salt, 3,
                         std::size_t{64} << 20, crypto_pwhash_ALG_ARGON2ID13) == 0;
  });
  Report("argon2id_64m_t3", seconds, "s", "Argon2id, 64 MiB, t=3");
}

void BenchSqlite() {
  constexpr int kRows = 1000000;
  carnet::Result<carnet::Database> opened = carnet::Database::OpenInMemory();
  if (!opened.ok()) std::exit(1);
  carnet::Database& db = opened.value();
  const double insert_seconds = Seconds([&] {
    if (!db.Exec("CREATE TABLE requests(id INTEGER PRIMARY KEY, category INTEGER, "
                 "age_band INTEGER, month INTEGER); BEGIN")
             .ok()) {
      return false;
    }
    carnet::Result<carnet::Statement> insert =
        db.Prepare("INSERT INTO requests VALUES (?1, ?2, ?3, ?4)");
    if (!insert.ok()) return false;
    carnet::Statement& stmt = insert.value();
    for (int i = 0; i < kRows; ++i) {
      if (!stmt.BindInt(1, i).ok() || !stmt.BindInt(2, (i * 7) % 23).ok() ||
          !stmt.BindInt(3, (i * 13) % 8).ok() || !stmt.BindInt(4, (i / 3) % 12).ok() ||
          !stmt.Step().ok() || !stmt.Reset().ok()) {
        return false;
      }
    }
    return db.Exec("COMMIT").ok();
  });
  Report("sqlite_insert_1m", insert_seconds, "s", "SQLite, 1M inserts in one transaction");

  const double group_seconds = Best(3, [&] {
    carnet::Result<carnet::Statement> query =
        db.Prepare("SELECT category, month, count(*) FROM requests GROUP BY category, month");
    if (!query.ok()) return false;
    int groups = 0;
    for (;;) {
      carnet::Result<bool> row = query.value().Step();
      if (!row.ok()) return false;
      if (!row.value()) break;
      ++groups;
    }
    return groups == 23 * 12;
  });
  Report("sqlite_group_by_1m", group_seconds, "s", "SQLite, GROUP BY over 1M rows");
}

// The store over the large synthetic caseload (core/demo/demo_data.h): 10,000 dossiers, 300,000
// contacts, 50,000 tasks, as the queries behind the app's screens see it.
void BenchStore() {
  carnet::Result<carnet::Store> created = carnet::Store::CreateInMemory();
  if (!created.ok()) std::exit(1);
  carnet::Store& store = created.value();
  const carnet::Day today = carnet::DayFromYmd(2026, 3, 2).value_or(0);
  carnet::DemoOptions options;
  options.size = carnet::DemoSize::kLarge;
  options.seed = 1;
  options.today = today;
  std::uint64_t fingerprint = 0;
  const double generate_seconds = Seconds([&] {
    carnet::Result<carnet::DemoCounts> counts = carnet::GenerateDemo(store, options);
    fingerprint = counts.ok() ? counts.value().fingerprint : 0;
    return counts.ok();
  });
  // On stderr, outside the table: equal natively and in wasm when both built the same data.
  (void)std::fprintf(stderr, "store: large demo fingerprint %016llx\n",
                     static_cast<unsigned long long>(fingerprint));
  Report("store_generate_large", generate_seconds, "s",
         "Store, large demo: 10k dossiers, 300k contacts");

  carnet::OverviewQuery all;
  all.today = today;
  all.include_closed = true;
  std::size_t rows = 0;
  const double overview_all = MedianMs(15, [&] {
    carnet::Result<std::vector<carnet::OverviewRow>> overview = store.Overview(all);
    rows = overview.ok() ? overview.value().size() : 0;
    return rows == static_cast<std::size_t>(carnet::kLargeDossiers);
  });
  Report("store_overview_all", overview_all, "ms", "Store, overview of all 10k dossiers");
  carnet::OverviewQuery open = all;
  open.include_closed = false;
  const double overview_open = MedianMs(15, [&] {
    carnet::Result<std::vector<carnet::OverviewRow>> overview = store.Overview(open);
    rows = overview.ok() ? overview.value().size() : 0;
    return overview.ok();
  });
  const std::string open_what = "Store, overview of the " + std::to_string(rows) + " open dossiers";
  Report("store_overview_open", overview_open, "ms", open_what.c_str());

  std::size_t items = 0;
  const double agenda = MedianMs(51, [&] {
    carnet::Result<std::vector<carnet::AgendaItem>> result = store.Agenda(today);
    items = result.ok() ? result.value().size() : 0;
    return result.ok();
  });
  const std::string agenda_what = "Store, agenda of the day (" + std::to_string(items) + " items)";
  Report("store_agenda", agenda, "ms", agenda_what.c_str());

  // A typical dossier: an open one with the median number of contacts (30).
  carnet::Result<carnet::Statement> typical = store.db().Prepare(
      "SELECT c.dossier_id FROM contact c JOIN dossier d ON d.id = c.dossier_id "
      "WHERE d.closed_on IS NULL GROUP BY c.dossier_id "
      "ORDER BY abs(count(*) - 30), c.dossier_id LIMIT 1");
  if (!typical.ok() || !typical.value().Step().ok()) std::exit(1);
  const carnet::Id dossier = typical.value().ColumnInt(0);
  std::size_t events = 0;
  const double timeline = MedianMs(101, [&] {
    carnet::Result<std::vector<carnet::TimelineEvent>> result = store.Timeline(dossier);
    events = result.ok() ? result.value().size() : 0;
    return result.ok();
  });
  const std::string timeline_what =
      "Store, timeline of a dossier (" + std::to_string(events) + " events)";
  Report("store_timeline", timeline, "ms", timeline_what.c_str());

  std::size_t hits = 0;
  const double search = MedianMs(51, [&] {
    carnet::Result<std::vector<carnet::SearchHit>> result = store.Search("Lef");
    hits = result.ok() ? result.value().size() : 0;
    return result.ok() && hits > 0;
  });
  const std::string search_what =
      "Store, search for a name prefix (" + std::to_string(hits) + " hits)";
  Report("store_search", search, "ms", search_what.c_str());

  // Recording a contact, as the app does: one command, one transaction.
  carnet::Result<carnet::Statement> request =
      store.db().Prepare("SELECT min(id) FROM request WHERE dossier_id = ?1");
  if (!request.ok() || !request.value().BindInt(1, dossier).ok() || !request.value().Step().ok()) {
    std::exit(1);
  }
  const carnet::Id request_id = request.value().ColumnInt(0);
  int recorded = 0;
  const double record = MedianMs(1000, [&] {
    carnet::RecordContact contact;
    contact.dossier_id = dossier;
    contact.kind = carnet::ContactKind::kCall;
    contact.at = static_cast<carnet::Minute>(today) * carnet::kMinutesPerDay +
                 carnet::Minute{8 * 60 + recorded % 540};
    contact.duration_minutes = 10;
    contact.request_ids = {request_id};
    contact.summary = "Appel pour confirmer le rendez-vous.";
    ++recorded;
    return store.Apply(contact).ok();
  });
  Report("store_record_contact", record, "ms", "Store, record one contact (a transaction)");
}

}  // namespace

// An allocation failure may end the benchmark: nothing to save.
int main(int argc, char** argv) {  // NOLINT(bugprone-exception-escape)
  if (!carnet::InitCrypto().ok()) return 1;
  const char* only = argc > 1 ? argv[1] : "";
  const auto wanted = [only](const char* group) {
    return only[0] == '\0' || std::strcmp(only, group) == 0;
  };
  if (wanted("aead")) BenchAead();
  if (wanted("argon2id")) BenchArgon2id();
  if (wanted("sqlite")) BenchSqlite();
  if (wanted("store")) BenchStore();
  if (wanted("vault")) BenchVault();
  if (wanted("stats")) {
    BenchStatsTables();
    BenchStats();
  }
  if (wanted("share")) BenchShare();
  return 0;
}
