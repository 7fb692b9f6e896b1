#include "bench_vault.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "bench_util.h"
#include "core/case/store.h"
#include "core/demo/demo_data.h"
#include "core/vault/vault.h"
#include "core/vault/vault_session.h"

using namespace bench;
using namespace carnet;

namespace {

constexpr const char* kPassphrase = "cheval batterie agrafe correcte";

template <typename T>
T Must(Result<T> result) {
  if (!result.ok()) {
    (void)std::fprintf(stderr, "vault bench: %s\n", result.status().message().c_str());
    std::exit(1);
  }
  return std::move(result).value();
}

void MustOk(const Status& status) {
  if (!status.ok()) {
    (void)std::fprintf(stderr, "vault bench: %s\n", status.message().c_str());
    std::exit(1);
  }
}

// A plain in-memory copy of the vault's database: the same data with no encryption, no VFS.
Store PlainCopy(Store& source) {
  Database plain = Must(Database::OpenInMemory());
  sqlite3_backup* backup =
      sqlite3_backup_init(plain.handle(), "main", source.db().handle(), "main");
  if (backup == nullptr || sqlite3_backup_step(backup, -1) != SQLITE_DONE) std::exit(1);
  sqlite3_backup_finish(backup);
  return Must(Store::Open(std::move(plain)));
}

double P95(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() * 95 / 100];
}

}  // namespace

void BenchVault() {
  MustOk(InitCrypto());
  MemoryStorage storage;
  std::string recovery;
  Must(Vault::Create(storage, "Banc d’essai", kPassphrase, kKdfFloor, &recovery));
  VaultSession session = Must(VaultSession::Open(Must(Vault::Unlock(storage, kPassphrase))));
  DemoOptions options;
  options.size = DemoSize::kLarge;
  options.seed = 1;
  options.today = DayFromYmd(2026, 3, 2).value_or(0);
  Must(GenerateDemo(session.store(), options));
  const double megabytes = static_cast<double>(session.database_size()) / 1e6;
  Report("vault_size", megabytes, "MB", "Vault: database size (large demo)");

  const double full = Seconds([&] { return session.SaveEverything().ok(); });
  Report("vault_full_write", full, "s", "Vault: encrypt and write the whole database");

  const double unlock = Best(2, [&] {
    Result<Vault> vault = Vault::Unlock(storage, kPassphrase);
    return vault.ok() && VaultSession::Open(std::move(vault).value()).ok();
  });
  Report("vault_unlock", unlock, "s", "Vault: unlock, decrypt and open (t=3, 64 MiB)");

  // One-row edits: record a contact, save; bytes written and time per save.
  std::vector<double> save_ms;
  std::uint64_t bytes = 0;
  const Minute at = MinuteAt(options.today, 10, 0).value_or(0);
  OverviewQuery open;
  open.today = options.today;
  const std::vector<OverviewRow> dossiers = Must(session.store().Overview(open));
  for (std::size_t i = 0; i < 200; ++i) {
    const Id dossier = dossiers[(i * 37) % dossiers.size()].dossier_id;
    Must(session.store().Apply(RecordContact{
        dossier, ContactKind::kCall, at + static_cast<Minute>(i), 10, {}, "Appel de suivi"}));
    const std::uint64_t before = storage.bytes_written();
    save_ms.push_back(Seconds([&] { return session.Save().ok(); }) * 1000.0);
    bytes = std::max(bytes, storage.bytes_written() - before);
  }
  Report("vault_edit_bytes", static_cast<double>(bytes) / 1024.0, "KiB",
         "Vault: most bytes written by a one-row edit's save");
  Report("vault_edit_save_p95", P95(save_ms), "ms", "Vault: one-row edit's save, p95 (in memory)");

  // Queries on the vault's database against the same database without encryption.
  Store plain = PlainCopy(session.store());
  OverviewQuery all;
  all.today = options.today;
  all.include_closed = true;
  const double on_vault = MedianMs(15, [&] { return session.store().Overview(all).ok(); });
  const double on_plain = MedianMs(15, [&] { return plain.Overview(all).ok(); });
  Report("vault_query_ratio", on_vault / on_plain, "x",
         "Vault: overview time, encrypted vault / plain database");

  // A passphrase change costs one key derivation and a tiny commit, whatever the size.
  Vault& vault = session.vault();
  const double kdf = Best(2, [&] {
    std::array<std::uint8_t, kSaltBytes> salt{};
    return DeriveKek(kPassphrase, ByteView(salt.data(), salt.size()), kKdfFloor).ok();
  });
  const double change =
      Best(2, [&] { return vault.ChangePassphrase(kPassphrase, kKdfFloor).ok(); });
  Report("vault_passphrase_extra", (change - kdf) * 1000.0, "ms",
         "Vault: passphrase change beyond its key derivation");

  // A key rotation writes the whole database again under a new key, plus one derivation.
  const double rotation = Best(2, [&] {
    std::string shown;
    return session.RotateKey(kPassphrase, kKdfFloor, &shown).ok();
  });
  Report("vault_rotation", rotation, "s",
         "Vault: key rotation, whole database rewritten (one derivation included)");
}
