// An encrypted vault: the case file's database, encrypted in chunks with a data key that only
// the passphrase (or the recovery key) unwraps. See vault_format.h for the bytes and
// DESIGN.md section 4 for the design. A Vault holds the data key while unlocked and wipes it
// when locked or destroyed. Not thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/db/chunked_image.h"
#include "core/vault/vault_format.h"
#include "core/vault/vault_mark.h"
#include "core/vault/vault_storage.h"

namespace carnet {

// A save prepared but not yet written: the platform commits `batch` to its storage (atomically,
// with the compare-and-swap on the generation) and then reports the outcome to FinishSave.
// This is how the browser saves: IndexedDB answers asynchronously.
struct PendingSave {
  WriteBatch batch;
  std::uint64_t expected_generation = 0;
  std::uint64_t new_generation = 0;
};

// What can be read without a key. `salt` and `kdf` are what deriving the passphrase's key
// needs (DeriveKek), for UnlockWithKek.
struct VaultSummary {
  std::string display_name;
  KdfParams kdf;
  Salt salt{};
  std::uint64_t generation = 0;
};

class Vault {
 public:
  // Creates an empty vault in `storage`, which must hold none. `recovery_text` receives the
  // recovery key, to show once. The vault is returned unlocked.
  static Result<Vault> Create(VaultStorage& storage, std::string_view display_name,
                              std::string_view passphrase, const KdfParams& kdf,
                              std::string* recovery_text);
  // What can be read without a key: the display name, to list vaults; the salt and parameters
  // of the passphrase's key derivation.
  static Result<VaultSummary> Inspect(VaultStorage& storage);
  static Result<Vault> Unlock(VaultStorage& storage, std::string_view passphrase);
  static Result<Vault> UnlockWithRecoveryKey(VaultStorage& storage, std::string_view recovery_key);

  // Create, Unlock and PreparePassphraseChange with the key-encryption key already derived
  // (DeriveKek, possibly elsewhere: the browser derives it in a Web Worker), so that the slow
  // part can run away from the caller. The passphrase functions are these plus DeriveKek; the
  // passphrase policy (CheckPassphrase) is the caller's to check first. `kek` stays the
  // caller's to wipe.
  // `kek` = DeriveKek(passphrase, salt, kdf), with `salt` fresh (NewSalt).
  static Result<Vault> CreateWithKek(VaultStorage& storage, std::string_view display_name,
                                     const AeadKey& kek, const Salt& salt, const KdfParams& kdf,
                                     std::string* recovery_text);
  // `kek` = DeriveKek(passphrase, summary.salt, summary.kdf) with the summary from Inspect.
  // kCryptoFailure + kWrongPassphrase when it does not unwrap the data key.
  static Result<Vault> UnlockWithKek(VaultStorage& storage, const AeadKey& kek);

  Vault(Vault&& other) noexcept;
  Vault& operator=(Vault&& other) noexcept;
  Vault(const Vault&) = delete;
  Vault& operator=(const Vault&) = delete;
  ~Vault();

  // Reads and checks every chunk into `image` (replacing its content; all clean).
  Status Load(ChunkedImage* image);
  // Writes the dirty chunks of `image`, the manifest and the header as one new generation in
  // one atomic commit, then marks the chunks clean. If anything fails, storage keeps the
  // previous generation and the chunks stay dirty for the next attempt.
  Status Save(ChunkedImage& image);
  // Re-wraps the data key under a new passphrase (new salt); no chunk is rewritten.
  Status ChangePassphrase(std::string_view new_passphrase, const KdfParams& kdf);
  // Replaces the data key and the recovery key: every chunk of `image`, the manifest and the
  // header are written again under a new random data key, in one commit, so that an older
  // header (in a backup, or left in storage) and a leaked recovery key open nothing written
  // since. The new data key is wrapped under `new_passphrase` (new salt; it may be the current
  // one) and under a new recovery key, whose text goes to `recovery_text` on success, to show
  // once. Unsaved changes of `image` are carried. On failure nothing changes.
  Status RotateKey(ChunkedImage& image, std::string_view new_passphrase, const KdfParams& kdf,
                   std::string* recovery_text);

  // The two halves of Save and ChangePassphrase, for storage that answers later. Only one
  // save may be pending. Chunks changed while it is pending stay dirty for the next save; if
  // it fails, the chunks it carried are marked dirty again and the vault is unchanged.
  Result<PendingSave> PrepareSave(ChunkedImage& image);
  Result<PendingSave> PreparePassphraseChange(std::string_view new_passphrase,
                                              const KdfParams& kdf);
  // `kek` = DeriveKek(new passphrase, salt, kdf), with `salt` fresh (NewSalt).
  Result<PendingSave> PreparePassphraseChangeWithKek(const AeadKey& kek, const Salt& salt,
                                                     const KdfParams& kdf);
  // `kek` = DeriveKek(passphrase, salt, kdf), with `salt` fresh (NewSalt). The new data key
  // replaces the current one when FinishSave reports success.
  Result<PendingSave> PrepareKeyRotation(ChunkedImage& image, const AeadKey& kek, const Salt& salt,
                                         const KdfParams& kdf, std::string* recovery_text);
  void FinishSave(const Status& outcome, ChunkedImage* image);
  bool save_pending() const { return pending_.has_value(); }
  // Wipes the data key. A locked Vault can only be destroyed.
  void Lock();

  // The mark of `generation` for this vault, and its check (vault_mark.h): made under a key
  // derived from the data key, which stays inside the Vault. A locked vault makes an all-zero
  // tag and accepts no mark.
  VaultMarkTag MarkFor(std::uint64_t generation) const;
  bool CheckMark(std::uint64_t generation, ByteView tag) const;

  bool locked() const { return locked_; }
  std::uint64_t generation() const { return header_.generation; }
  const std::string& display_name() const { return header_.display_name; }
  std::string id_hex() const;  // the vault id in hexadecimal, to name its storage
  const KdfParams& kdf() const { return header_.kdf; }

 private:
  Vault(VaultStorage* storage, VaultHeader header, Manifest manifest, const AeadKey& dek);
  // Opens with the key that unwraps the data key: the passphrase's KEK or the recovery key.
  static Result<Vault> Open(VaultStorage& storage, const AeadKey& wrapping, bool recovery);
  // Encrypts the chunks to write under `key` (every chunk when `every_chunk`, else those
  // changed) into a save of `header` at the next generation.
  Result<PendingSave> PrepareChunks(ChunkedImage& image, const AeadKey& key, bool every_chunk,
                                    VaultHeader header);
  // Adds the manifest and the header, sealed and MACed under `key`, and makes the save pending.
  Result<PendingSave> Prepare(WriteBatch batch, VaultHeader header, Manifest manifest,
                              const AeadKey& key, std::vector<std::size_t> chunks, bool truncated);
  Status CommitNow(Result<PendingSave> pending, ChunkedImage* image);

  struct Pending {
    VaultHeader header;
    Manifest manifest;
    std::vector<std::size_t> chunks;  // carried by the pending save
    bool truncated = false;
    bool rotates = false;  // a key rotation: new_dek replaces dek_ once written
    AeadKey new_dek{};     // secret: wiped when the save ends or the vault locks
  };
  void DropPending();

  VaultStorage* storage_;
  VaultHeader header_;
  Manifest manifest_;
  AeadKey dek_{};  // secret: wiped by Lock()
  bool locked_ = false;
  std::optional<Pending> pending_;
};

}  // namespace carnet
