// `carnet vault ...`: create a vault in a directory, verify a vault or a backup, export a
// backup, restore one. Passphrases and recovery keys are read from standard input.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/vault/vault_session.h"
#include "platform/native/dir_storage.h"

namespace carnet::cli {

// Runs `carnet vault SUBCOMMAND ...` (`args` starts after "vault"); returns the exit status.
int RunVault(const std::vector<std::string_view>& args);

// A new vault, open: its storage must outlive its session.
struct NewVault {
  std::unique_ptr<DirectoryStorage> storage;
  std::unique_ptr<VaultSession> session;
  std::string recovery_key;  // to show once
};
// Creates a vault named `name` in `dir` (created if missing; it must be empty otherwise), with a
// passphrase read from standard input. Prints why on failure and returns the exit status.
int CreateVaultIn(const std::string& context, const std::string& dir, const std::string& name,
                  NewVault* out);
// Tells the user the recovery key, once, on stdout.
void ShowRecoveryKey(const std::string& recovery_key);

}  // namespace carnet::cli
