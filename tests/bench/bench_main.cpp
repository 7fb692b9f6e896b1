// Carnet's benchmark program. The same source is built natively and to wasm; scripts/bench runs
// both and prints them side by side. Output: one line per measure,
//   bench <key> <value> <unit> <description>
// Figures are the best of a few runs, to damp the noise of a shared machine.
#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>

#include "core/aead.h"
#include "core/database.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(const std::function<bool()>& work) {
  const auto start = Clock::now();
  if (!work()) {
    (void)std::fprintf(stderr, "benchmark step failed\n");
    std::exit(1);
  }
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double Best(int runs, const std::function<bool()>& work) {
  double best = 1e300;
  for (int i = 0; i < runs; ++i) best = std::min(best, Seconds(work));
  return best;
}

void Report(const char* key, double value, const char* unit, const char* what) {
  std::printf("bench %s %.4g %s %s\n", key, value, unit, what);
  (void)std::fflush(stdout);
}

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
  return 0;
}
