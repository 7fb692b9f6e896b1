// carnet: the native command-line tool. `demo` writes a synthetic case file (cli_demo.h);
// `vault ...` creates, verifies, exports and restores vaults (cli_vault.h); `stats merge` sums
// anonymised statistics files (cli_stats.h).
// Exit status: 0 done, 1 the work failed (e.g. a damaged vault), 2 bad arguments.
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "platform/native/cli_common.h"
#include "platform/native/cli_demo.h"
#include "platform/native/cli_stats.h"
#include "platform/native/cli_vault.h"

namespace {

constexpr const char* kHelp =
    R"(Usage: carnet demo --size small|large --seed N --out FILE [--today YYYY-MM-DD]
       carnet demo --size small|large --seed N --vault DIR [--name NAME] [--today ...]
       carnet vault create DIR --name NAME
       carnet vault verify PATH [--recovery-key]
       carnet vault export DIR --out FILE
       carnet vault import FILE DIR
       carnet stats merge FILE... --out FILE [--force]
       carnet --help

Commands:
  demo  Writes a synthetic case file to FILE as a plain SQLite database. Every person in it
        is invented. It holds two years of history before the given day, and the open tasks
        and appointments that follow it.
          --size small   one worker's caseload: about 150 open dossiers and 90 closed ones
          --size large   10,000 dossiers, 300,000 contacts and 50,000 tasks (a stress test)
          --seed N       a whole number from 0 to 18446744073709551615
          --out FILE     the file to write; an existing file is replaced
          --vault DIR    instead of --out: a new encrypted vault in DIR (as vault create),
                         named NAME ("Démonstration" by default)
          --today DAY    the day the history leads up to, as YYYY-MM-DD (1902 to 2199);
                         by default this computer's local date
        The output is deterministic: the same size, seed and day always give the same file,
        byte for byte. The command prints what it wrote and a fingerprint of it.

  vault create DIR --name NAME
        Creates an encrypted vault in DIR (a new or empty directory) holding an empty case
        file. The passphrase is read from standard input (one line); one that zxcvbn
        estimates under 10^10 guesses is refused, with its weakness (exit status 1).
        Prints the recovery key, once.
  vault verify PATH [--recovery-key]
        Checks a vault directory or a backup file from end to end: its structure, then with
        the passphrase read from standard input (or the recovery key, with --recovery-key)
        every chunk's authentication, then SQLite's integrity check of the case file. Prints
        the first problem found and its name (e.g. ChunkCorrupt, WrongPassphrase), or the
        vault's name, generation, chunks and size. Writes nothing.
  vault export DIR --out FILE
        Writes every record of the vault in DIR to one backup file. The records stay
        encrypted: the backup is as safe as the vault and needs no passphrase to write.
  vault import FILE DIR
        Restores a backup into DIR, a new or empty directory; nothing is ever overwritten.

  stats merge FILE... --out FILE [--force]
        The regional merge of anonymised statistics files (the CSV files Carnet exports).
        Checks every FILE (format, versions, period, parameters, every cell) and sums the
        compatible ones cell by cell: the first valid FILE is the reference; a malformed,
        incompatible or duplicated file is refused, one line each ("refusé : FILE : reason").
        When a file is refused, nothing is written unless --force confirms that the others
        are to be merged. Prints, per table, the number of files merged and the standard
        deviation of each merged cell (the square root of the summed noise variances), and
        writes the merged file, which can itself be merged again. The report is in French,
        like the files.
          --out FILE     the merged file to write; an existing file is replaced
          --force        merge the valid files even when others are refused

Exit status: 0 done, 1 failure (e.g. a damaged vault, a file that cannot be written),
2 bad arguments.
)";

}  // namespace

int main(int argc, char** argv) {  // NOLINT(bugprone-exception-escape): nothing to save
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) return carnet::cli::Usage("no command given");
  const std::string_view command = args.front();
  if (command == "--help" || command == "-h" || command == "help") {
    (void)std::fputs(kHelp, stdout);
    return 0;
  }
  if (command != "demo" && command != "vault" && command != "stats") {
    return carnet::cli::Usage("unknown command '" + std::string(command) + "'");
  }
  args.erase(args.begin());
  for (const std::string_view arg : args) {
    if (arg == "--help" || arg == "-h") {
      (void)std::fputs(kHelp, stdout);
      return 0;
    }
  }
  if (command == "stats") return carnet::cli::RunStats(args);
  return command == "demo" ? carnet::cli::RunDemo(args) : carnet::cli::RunVault(args);
}
