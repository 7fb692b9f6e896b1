// An unlocked vault with its case file open: the Store runs on the decrypted database image,
// and Save() writes what changed since the last save. Locking wipes the image and the key.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/case/store.h"
#include "core/db/chunked_image.h"
#include "core/vault/vault.h"

namespace carnet {

class VaultSession {
 public:
  // Loads and checks every chunk, opens the case file (migrating it if needed; a new vault
  // gets an empty case file).
  static Result<VaultSession> Open(Vault vault);

  Store& store() { return *store_; }
  Vault& vault() { return *vault_; }
  bool has_unsaved_changes() const { return image_->any_dirty(); }
  std::uint64_t database_size() const { return image_->size(); }
  // Saves the changed chunks as a new generation; on failure they stay pending.
  Status Save();
  // The two halves of Save(), for storage that answers later (IndexedDB). While a save is
  // pending, edits go on; they are carried by the next save.
  Result<PendingSave> PrepareSave();
  void FinishSave(const Status& outcome);

  // A new data key and recovery key, every chunk written again under it (Vault::RotateKey,
  // PrepareKeyRotation); unsaved changes are carried. Finished by FinishSave.
  Status RotateKey(std::string_view new_passphrase, const KdfParams& kdf,
                   std::string* recovery_text);
  Result<PendingSave> PrepareKeyRotation(const AeadKey& kek, const Salt& salt, const KdfParams& kdf,
                                         std::string* recovery_text);

  // Encrypts and writes every chunk again (after erasing data, so that no old bytes remain).
  Status SaveEverything();
  // Closes the case file and wipes the decrypted bytes and the key.
  void Lock();

 private:
  VaultSession() = default;
  std::unique_ptr<Vault> vault_;
  std::unique_ptr<ChunkedImage> image_;  // outlives the store's database
  std::unique_ptr<Store> store_;
};

}  // namespace carnet
