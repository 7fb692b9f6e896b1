#include "platform/native/cli_vault.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "core/db/mem_vfs.h"
#include "core/vault/vault_backup.h"
#include "platform/native/cli_common.h"
#include "platform/native/file_system.h"

namespace carnet::cli {
namespace {

// No backup of a valid vault is longer: every record at its largest.
constexpr std::size_t kMaxBackupBytes =
    14 + kBackupChecksumBytes + std::size_t{kMaxVaultRecords} * (2 + 12 + 4) + 0xFFFF +
    (8 + 2 + kVaultIdBytes + 8 + kAeadOverhead + 12 + std::size_t{8} * kMaxChunks) +
    std::size_t{kMaxChunks} * (8 + 2 + kVaultIdBytes + 4 + 8 + kAeadOverhead + kChunkSize);

std::string Quoted(const std::string& text) { return "\"" + text + "\""; }

std::string ParentOf(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// A directory to create a vault in: made if missing, refused unless empty.
int PrepareNewVaultDir(const std::string& context, const std::string& dir) {
  FileSystem& fs = HostFileSystem();
  Result<FileKind> kind = fs.Kind(dir);
  if (!kind.ok()) return FailWith(context, kind.status());
  if (kind.value() == FileKind::kMissing) {
    if (Status s = fs.CreateDir(dir); !s.ok()) return FailWith(context, s);
    return kExitOk;
  }
  if (kind.value() != FileKind::kDirectory)
    return Fail(context + ": " + dir + " is not a directory");
  Result<std::vector<std::string>> names = fs.ListDir(dir);
  if (!names.ok()) return FailWith(context, names.status());
  // What an earlier attempt may have left: an empty storage's lock and index.
  const auto ours = [](const std::string& name) {
    return name == kLockFileName || name == kIndexFileName || name == kIndexTempFileName;
  };
  if (!std::all_of(names.value().begin(), names.value().end(), ours)) {
    return Fail(context + ": AlreadyExists: " + dir +
                " is not empty: a vault goes into a new or empty directory");
  }
  return kExitOk;
}

// Reads the whole file at `path` (a backup); a usage error if there is none.
int ReadBackupFile(const std::string& context, const std::string& path, Bytes* out) {
  Result<Bytes> bytes = HostFileSystem().ReadFile(path, kMaxBackupBytes);
  if (!bytes.ok()) return FailWith(context, bytes.status());
  *out = std::move(bytes).value();
  return kExitOk;
}

// SQLite's own check of the decrypted database: "ok", or what it found first.
Result<std::string> IntegrityCheck(Database& db) {
  Result<Statement> check = db.Prepare("PRAGMA integrity_check");
  if (!check.ok()) return check.status();
  Result<bool> row = check.value().Step();
  if (!row.ok()) return row.status();
  if (!row.value()) return std::string("no answer");
  return check.value().ColumnText(0);
}

int Verify(const std::vector<std::string_view>& raw) {
  const std::string context = "vault verify";
  Args args;
  if (ArgError e = ParseArgs(raw, {}, {"--recovery-key"}, &args)) return Usage(context + ": " + *e);
  if (args.positional.empty())
    return Usage(context + ": PATH (a backup or a vault directory) is required");
  if (args.positional.size() > 1) return Usage(context + ": one PATH only");
  const std::string& path = args.positional[0];
  const bool recovery = args.has("--recovery-key");

  FileSystem& fs = HostFileSystem();
  Result<FileKind> kind = fs.Kind(path);
  if (!kind.ok()) return FailWith(context, kind.status());
  std::unique_ptr<VaultStorage> storage;
  const char* what = "vault directory";
  if (kind.value() == FileKind::kMissing) {
    return Usage(context + ": there is no file or directory " + path);
  } else if (kind.value() == FileKind::kDirectory) {
    Result<std::unique_ptr<DirectoryStorage>> dir =
        DirectoryStorage::Open(fs, path, DirectoryStorage::Mode::kReadOnly);
    if (!dir.ok()) return FailWith(context, dir.status());
    storage = std::move(dir).value();
  } else {
    what = "backup";
    Bytes bytes;
    if (int exit = ReadBackupFile(context, path, &bytes); exit != kExitOk) return exit;
    auto memory = std::make_unique<MemoryStorage>();
    if (Status s = ImportBackup(bytes, *memory); !s.ok()) return FailWith(context, s);
    storage = std::move(memory);
  }

  Result<VaultSummary> summary = Vault::Inspect(*storage);
  if (!summary.ok()) return FailWith(context, summary.status());
  std::optional<std::string> secret = ReadSecret(recovery ? "Recovery key: " : "Passphrase: ");
  if (!secret) {
    return Usage(context + std::string(": the ") + (recovery ? "recovery key" : "passphrase") +
                 " is read from standard input, and none was given");
  }
  Result<Vault> vault =
      recovery ? Vault::UnlockWithRecoveryKey(*storage, *secret) : Vault::Unlock(*storage, *secret);
  Wipe(*secret);
  if (!vault.ok()) return FailWith(context, vault.status());

  ChunkedImage image;
  if (Status s = vault.value().Load(&image); !s.ok()) return FailWith(context, s);
  std::string integrity;
  {
    Result<Database> db = OpenImageDatabase(&image);
    if (!db.ok()) return FailWith(context, db.status());
    Result<std::string> checked = IntegrityCheck(db.value());
    if (!checked.ok()) return FailWith(context, checked.status());
    integrity = checked.value();
    if (integrity == "ok") {
      Result<Store> store = Store::Open(std::move(db).value());  // in memory: nothing is saved
      if (!store.ok()) return FailWith(context + ": the case file does not open", store.status());
    }
  }
  const std::size_t chunks = image.chunk_count();
  const std::uint64_t size = image.size();
  image.Clear();
  vault.value().Lock();
  if (integrity != "ok") {
    return Fail(context +
                ": IntegrityCheck: SQLite found the case file's database damaged: " + integrity);
  }
  std::printf(
      "carnet: the %s %s is sound\n"
      "  name         %s\n"
      "  generation   %llu\n"
      "  chunks       %zu (of %u KiB)\n"
      "  database     %llu bytes\n"
      "  integrity    SQLite integrity_check: ok\n",
      what, path.c_str(), summary.value().display_name.c_str(),
      static_cast<unsigned long long>(summary.value().generation), chunks, kChunkSize / 1024,
      static_cast<unsigned long long>(size));
  return kExitOk;
}

int Create(const std::vector<std::string_view>& raw) {
  const std::string context = "vault create";
  Args args;
  if (ArgError e = ParseArgs(raw, {"--name"}, {}, &args)) return Usage(context + ": " + *e);
  if (args.positional.size() != 1) return Usage(context + ": one DIR is required");
  if (!args.has("--name")) return Usage(context + ": --name NAME is required");
  NewVault created;
  const std::string& dir = args.positional[0];
  if (int exit = CreateVaultIn(context, dir, args.Value("--name"), &created); exit != kExitOk) {
    return exit;
  }
  std::printf("carnet: created the vault %s in %s\n", Quoted(args.Value("--name")).c_str(),
              dir.c_str());
  ShowRecoveryKey(created.recovery_key);
  return kExitOk;
}

int Export(const std::vector<std::string_view>& raw) {
  const std::string context = "vault export";
  Args args;
  if (ArgError e = ParseArgs(raw, {"--out"}, {}, &args)) return Usage(context + ": " + *e);
  if (args.positional.size() != 1) return Usage(context + ": one DIR is required");
  if (!args.has("--out") || args.Value("--out").empty()) {
    return Usage(context + ": --out FILE is required");
  }
  const std::string& dir = args.positional[0];
  const std::string out = args.Value("--out");
  FileSystem& fs = HostFileSystem();
  Result<FileKind> kind = fs.Kind(dir);
  if (kind.ok() && kind.value() != FileKind::kDirectory) {
    return Usage(context + ": there is no vault directory " + dir);
  }
  Result<std::unique_ptr<DirectoryStorage>> storage =
      DirectoryStorage::Open(fs, dir, DirectoryStorage::Mode::kReadOnly);
  if (!storage.ok()) return FailWith(context, storage.status());
  Result<VaultSummary> summary = Vault::Inspect(*storage.value());
  if (!summary.ok()) return FailWith(context, summary.status());
  Result<Bytes> backup = ExportBackup(*storage.value());
  if (!backup.ok()) return FailWith(context, backup.status());

  // Written beside, then renamed: FILE is the old file or the whole new backup.
  const std::string temporary = out + ".partial";
  Status written = fs.WriteFile(temporary, backup.value());
  if (written.ok()) written = fs.Rename(temporary, out);
  if (written.ok()) written = fs.SyncDir(ParentOf(out));
  if (!written.ok()) {
    (void)fs.Remove(temporary);
    return Fail(context + ": cannot write " + out + ": " + written.message());
  }
  std::printf("carnet: wrote the backup %s: vault %s, generation %llu, %zu bytes\n", out.c_str(),
              Quoted(summary.value().display_name).c_str(),
              static_cast<unsigned long long>(summary.value().generation), backup.value().size());
  return kExitOk;
}

int Import(const std::vector<std::string_view>& raw) {
  const std::string context = "vault import";
  Args args;
  if (ArgError e = ParseArgs(raw, {}, {}, &args)) return Usage(context + ": " + *e);
  if (args.positional.size() != 2) return Usage(context + ": FILE and DIR are required");
  const std::string& file = args.positional[0];
  const std::string& dir = args.positional[1];
  Result<FileKind> kind = HostFileSystem().Kind(file);
  if (kind.ok() && kind.value() != FileKind::kFile) {
    return Usage(context + ": there is no file " + file);
  }
  Bytes bytes;
  if (int exit = ReadBackupFile(context, file, &bytes); exit != kExitOk) return exit;
  if (int exit = PrepareNewVaultDir(context, dir); exit != kExitOk) return exit;
  Result<std::unique_ptr<DirectoryStorage>> storage = DirectoryStorage::Open(HostFileSystem(), dir);
  if (!storage.ok()) return FailWith(context, storage.status());
  if (Status s = ImportBackup(bytes, *storage.value()); !s.ok()) return FailWith(context, s);
  Result<VaultSummary> summary = Vault::Inspect(*storage.value());
  if (!summary.ok()) return FailWith(context, summary.status());
  std::printf("carnet: restored the vault %s (generation %llu) into %s\n",
              Quoted(summary.value().display_name).c_str(),
              static_cast<unsigned long long>(summary.value().generation), dir.c_str());
  return kExitOk;
}

}  // namespace

int RunVault(const std::vector<std::string_view>& args) {
  if (args.empty()) return Usage("vault: a subcommand is required: create, verify, export, import");
  const std::string_view command = args.front();
  const std::vector<std::string_view> rest(args.begin() + 1, args.end());
  if (command == "create") return Create(rest);
  if (command == "verify") return Verify(rest);
  if (command == "export") return Export(rest);
  if (command == "import") return Import(rest);
  return Usage("vault: unknown subcommand '" + std::string(command) + "'");
}

int CreateVaultIn(const std::string& context, const std::string& dir, const std::string& name,
                  NewVault* out) {
  std::optional<std::string> passphrase = ReadSecret("New passphrase: ");
  if (!passphrase) {
    return Usage(context + ": the passphrase is read from standard input, and none was given");
  }
  if (isatty(STDIN_FILENO) == 1) {
    std::optional<std::string> again = ReadSecret("The same passphrase again: ");
    const bool same = again && *again == *passphrase;
    if (again) Wipe(*again);
    if (!same) {
      Wipe(*passphrase);
      return Fail(context + ": the two passphrases differ");
    }
  }
  // Refused before anything is written.
  if (Status s = CheckPassphrase(*passphrase); !s.ok()) {
    Wipe(*passphrase);
    return FailWith(context, s);
  }
  if (int exit = PrepareNewVaultDir(context, dir); exit != kExitOk) {
    Wipe(*passphrase);
    return exit;
  }
  Result<std::unique_ptr<DirectoryStorage>> storage = DirectoryStorage::Open(HostFileSystem(), dir);
  if (!storage.ok()) {
    Wipe(*passphrase);
    return FailWith(context, storage.status());
  }
  Result<Vault> vault =
      Vault::Create(*storage.value(), name, *passphrase, KdfParams{}, &out->recovery_key);
  Wipe(*passphrase);
  if (!vault.ok()) return FailWith(context, vault.status());
  // The case file's tables, saved at once: a new vault verifies like any other.
  Result<VaultSession> session = VaultSession::Open(std::move(vault).value());
  if (!session.ok()) return FailWith(context, session.status());
  out->session = std::make_unique<VaultSession>(std::move(session).value());
  if (Status s = out->session->Save(); !s.ok()) return FailWith(context, s);
  out->storage = std::move(storage).value();
  return kExitOk;
}

void ShowRecoveryKey(const std::string& recovery_key) {
  std::printf(
      "  recovery key %s\n"
      "  Write it down and keep it away from this computer: it opens the vault if the\n"
      "  passphrase is lost, and it is shown only this once.\n",
      recovery_key.c_str());
}

}  // namespace carnet::cli
