#include "core/vault/vault_session.h"

#include "core/db/mem_vfs.h"

namespace carnet {
namespace {

// Every chunk was authenticated; this checks SQLite's own structure before anything is used.
Status QuickCheck(Database& db) {
  Result<Statement> check = db.Prepare("PRAGMA quick_check");
  if (!check.ok()) return check.status();
  Result<bool> row = check.value().Step();
  if (!row.ok() || !row.value() || check.value().ColumnText(0) != "ok") {
    return Status::Error(StatusCode::kCorrupt, Problem::kChunkCorrupt,
                         "the case file failed its integrity check");
  }
  return Status::Ok();
}

}  // namespace

Result<VaultSession> VaultSession::Open(Vault vault) {
  VaultSession session;
  session.vault_ = std::make_unique<Vault>(std::move(vault));
  session.image_ = std::make_unique<ChunkedImage>();
  if (Status s = session.vault_->Load(session.image_.get()); !s.ok()) return s;
  Result<Database> db = OpenImageDatabase(session.image_.get());
  if (!db.ok()) return db.status();
  if (Status s = QuickCheck(db.value()); !s.ok()) return s;
  Result<Store> store = Store::Open(std::move(db).value());
  if (!store.ok()) return store.status();
  session.store_ = std::make_unique<Store>(std::move(store).value());
  return session;
}

Status VaultSession::Save() {
  if (!store_) return Status::Error(StatusCode::kInternal, "the vault is locked");
  if (!image_->any_dirty()) return Status::Ok();
  return vault_->Save(*image_);
}

Result<PendingSave> VaultSession::PrepareSave() {
  if (!store_) return Status::Error(StatusCode::kInternal, "the vault is locked");
  return vault_->PrepareSave(*image_);
}

void VaultSession::FinishSave(const Status& outcome) { vault_->FinishSave(outcome, image_.get()); }

Status VaultSession::RotateKey(std::string_view new_passphrase, const KdfParams& kdf,
                               std::string* recovery_text) {
  if (!store_) return Status::Error(StatusCode::kInternal, "the vault is locked");
  return vault_->RotateKey(*image_, new_passphrase, kdf, recovery_text);
}

Result<PendingSave> VaultSession::PrepareKeyRotation(const AeadKey& kek, const Salt& salt,
                                                     const KdfParams& kdf,
                                                     std::string* recovery_text) {
  if (!store_) return Status::Error(StatusCode::kInternal, "the vault is locked");
  return vault_->PrepareKeyRotation(*image_, kek, salt, kdf, recovery_text);
}

Status VaultSession::SaveEverything() {
  if (!store_) return Status::Error(StatusCode::kInternal, "the vault is locked");
  image_->MarkAllDirty();
  return vault_->Save(*image_);
}

void VaultSession::Lock() {
  store_.reset();  // closes the database before its image goes
  if (image_) image_->Clear();
  if (vault_) vault_->Lock();
}

}  // namespace carnet
