#include "core/vault/vault.h"

#include <sodium.h>

#include <algorithm>

#include "core/base/secret_text.h"
#include "core/base/text_rules.h"

namespace carnet {
namespace {

Status Missing(Problem problem, const char* message) {
  return Status::Error(StatusCode::kCorrupt, problem, message);
}

Result<Bytes> Require(VaultStorage& storage, const std::string& key, Problem problem,
                      const char* message) {
  Result<std::optional<Bytes>> record = storage.Get(key);
  if (!record.ok()) return record.status();
  if (!record.value()) return Missing(problem, message);
  return std::move(*record.value());
}

// Reads the header and the manifest's plaintext, and checks that they belong together.
Result<VaultHeader> ReadHeader(VaultStorage& storage, Manifest* manifest_peek,
                               Bytes* manifest_bytes) {
  Result<Bytes> header_bytes =
      Require(storage, kHeaderKey, Problem::kNotAVault, "there is no vault here");
  if (!header_bytes.ok()) return header_bytes.status();
  Result<VaultHeader> header = DecodeHeader(header_bytes.value());
  if (!header.ok()) return header.status();
  Result<Bytes> manifest =
      Require(storage, kManifestKey, Problem::kManifestCorrupt, "the vault manifest is missing");
  if (!manifest.ok()) return manifest.status();
  Result<Manifest> peek = PeekManifest(manifest.value());
  if (!peek.ok()) return peek.status();
  if (peek.value().vault_id != header.value().vault_id) {
    return Missing(Problem::kOtherVault, "the manifest belongs to another vault");
  }
  if (peek.value().generation < header.value().generation) {
    return Missing(Problem::kManifestStale, "the manifest is older than the header (replayed)");
  }
  if (peek.value().generation > header.value().generation) {
    return Missing(Problem::kGenerationMismatch, "the header is older than the manifest");
  }
  *manifest_peek = std::move(peek).value();
  *manifest_bytes = std::move(manifest).value();
  return header;
}

// What Create checks before anything is derived or written.
Status CheckNewVault(VaultStorage& storage, std::string_view display_name, const KdfParams& kdf) {
  if (Status s = CheckText(display_name, "display_name", 64, TextKind::kLine, true); !s.ok()) {
    return s;
  }
  if (Status s = CheckKdf(kdf); !s.ok()) return s;
  Result<std::optional<Bytes>> existing = storage.Get(kHeaderKey);
  if (!existing.ok()) return existing.status();
  if (existing.value()) {
    return Status::Invalid(Problem::kAlreadyExists, "storage", "a vault already exists here");
  }
  return Status::Ok();
}

}  // namespace

Vault::Vault(VaultStorage* storage, VaultHeader header, Manifest manifest, const AeadKey& dek)
    : storage_(storage), header_(std::move(header)), manifest_(std::move(manifest)), dek_(dek) {}

Vault::Vault(Vault&& other) noexcept
    : storage_(other.storage_),
      header_(std::move(other.header_)),
      manifest_(std::move(other.manifest_)),
      dek_(other.dek_),
      locked_(other.locked_) {
  other.Lock();
}

Vault& Vault::operator=(Vault&& other) noexcept {
  if (this != &other) {
    Lock();
    storage_ = other.storage_;
    header_ = std::move(other.header_);
    manifest_ = std::move(other.manifest_);
    dek_ = other.dek_;
    locked_ = other.locked_;
    other.Lock();
  }
  return *this;
}

Vault::~Vault() { Lock(); }

std::string Vault::id_hex() const {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  for (const std::uint8_t b : header_.vault_id) {
    hex += kDigits[b >> 4];
    hex += kDigits[b & 15];
  }
  return hex;
}

VaultMarkTag Vault::MarkFor(std::uint64_t generation) const {
  if (locked_) return VaultMarkTag{};
  AeadKey key = DeriveMarkKey(dek_);
  const VaultMarkTag tag = ComputeVaultMark(key, header_.vault_id, generation);
  WipeKey(key);
  return tag;
}

bool Vault::CheckMark(std::uint64_t generation, ByteView tag) const {
  if (locked_) return false;
  AeadKey key = DeriveMarkKey(dek_);
  const bool valid = VerifyVaultMark(key, header_.vault_id, generation, tag);
  WipeKey(key);
  return valid;
}

void Vault::Lock() {
  DropPending();
  WipeKey(dek_);
  locked_ = true;
}

Result<Vault> Vault::Create(VaultStorage& storage, std::string_view display_name,
                            std::string_view passphrase, const KdfParams& kdf,
                            std::string* recovery_text) {
  if (Status s = InitCrypto(); !s.ok()) return s;
  if (Status s = CheckNewVault(storage, display_name, kdf); !s.ok()) return s;
  if (Status s = CheckPassphrase(passphrase); !s.ok()) return s;
  const Salt salt = NewSalt();
  Result<AeadKey> kek = DeriveKek(passphrase, ByteView(salt.data(), salt.size()), kdf);
  if (!kek.ok()) return kek.status();
  Result<Vault> vault = CreateWithKek(storage, display_name, kek.value(), salt, kdf, recovery_text);
  WipeKey(kek.value());
  return vault;
}

Result<Vault> Vault::CreateWithKek(VaultStorage& storage, std::string_view display_name,
                                   const AeadKey& kek, const Salt& salt, const KdfParams& kdf,
                                   std::string* recovery_text) {
  if (Status s = InitCrypto(); !s.ok()) return s;
  if (Status s = CheckNewVault(storage, display_name, kdf); !s.ok()) return s;

  VaultHeader header;
  randombytes_buf(header.vault_id.data(), header.vault_id.size());
  header.salt = salt;
  header.kdf = kdf;
  header.display_name = std::string(Trim(display_name));
  AeadKey dek = RandomAeadKey();
  RecoveryKey recovery = NewRecoveryKey();
  Result<Bytes> by_pass = WrapKey(kek, dek, PassphraseWrapAssociatedData(header));
  Result<Bytes> by_recovery = WrapKey(recovery.key, dek, RecoveryWrapAssociatedData(header));
  WipeKey(recovery.key);
  if (!by_pass.ok() || !by_recovery.ok()) {
    WipeKey(dek);
    return !by_pass.ok() ? by_pass.status() : by_recovery.status();
  }
  header.wrapped_by_passphrase = std::move(by_pass).value();
  header.wrapped_by_recovery = std::move(by_recovery).value();

  Manifest manifest;
  manifest.vault_id = header.vault_id;
  Vault vault(&storage, header, manifest, dek);
  WipeKey(dek);
  ChunkedImage empty;
  if (Status s = vault.Save(empty); !s.ok()) return s;  // generation 1: an empty database
  *recovery_text = std::move(recovery.text);
  return vault;
}

Result<VaultSummary> Vault::Inspect(VaultStorage& storage) {
  Manifest peek;
  Bytes manifest_bytes;
  Result<VaultHeader> header = ReadHeader(storage, &peek, &manifest_bytes);
  if (!header.ok()) return header.status();
  return VaultSummary{header.value().display_name, header.value().kdf, header.value().salt,
                      header.value().generation};
}

Result<Vault> Vault::Unlock(VaultStorage& storage, std::string_view passphrase) {
  if (Status s = InitCrypto(); !s.ok()) return s;
  Result<VaultSummary> summary = Inspect(storage);
  if (!summary.ok()) return summary.status();
  const Salt& salt = summary.value().salt;
  Result<AeadKey> kek =
      DeriveKek(passphrase, ByteView(salt.data(), salt.size()), summary.value().kdf);
  if (!kek.ok()) return kek.status();
  Result<Vault> vault = Open(storage, kek.value(), false);
  WipeKey(kek.value());
  return vault;
}

Result<Vault> Vault::UnlockWithKek(VaultStorage& storage, const AeadKey& kek) {
  return Open(storage, kek, false);
}

Result<Vault> Vault::UnlockWithRecoveryKey(VaultStorage& storage, std::string_view recovery_key) {
  Result<AeadKey> key = ParseRecoveryKey(recovery_key);
  if (!key.ok()) return key.status();
  Result<Vault> vault = Open(storage, key.value(), true);
  WipeKey(key.value());
  return vault;
}

Result<Vault> Vault::Open(VaultStorage& storage, const AeadKey& wrapping, bool recovery) {
  if (Status s = InitCrypto(); !s.ok()) return s;
  Manifest peek;
  Bytes manifest_bytes;
  Result<VaultHeader> header = ReadHeader(storage, &peek, &manifest_bytes);
  if (!header.ok()) return header.status();
  const VaultHeader& h = header.value();
  Result<AeadKey> dek =
      recovery ? UnwrapKey(wrapping, h.wrapped_by_recovery, RecoveryWrapAssociatedData(h))
               : UnwrapKey(wrapping, h.wrapped_by_passphrase, PassphraseWrapAssociatedData(h));
  if (!dek.ok()) return dek.status();
  Status mac = VerifyHeaderMac(h, dek.value());
  Result<Manifest> manifest =
      mac.ok() ? DecodeManifest(manifest_bytes, dek.value()) : Result<Manifest>(mac);
  if (!manifest.ok()) {
    WipeKey(dek.value());
    return manifest.status();
  }
  Vault vault(&storage, std::move(header).value(), std::move(manifest).value(), dek.value());
  WipeKey(dek.value());
  return vault;
}

Status Vault::Load(ChunkedImage* image) {
  image->Clear();
  const std::size_t count = manifest_.chunk_versions.size();
  for (std::size_t i = 0; i < count; ++i) {
    const auto index = static_cast<std::uint32_t>(i);
    Result<Bytes> record =
        Require(*storage_, ChunkKey(index), Problem::kChunkMissing, "a vault chunk is missing");
    if (!record.ok()) return record.status();
    Result<Bytes> chunk =
        DecodeChunk(record.value(), dek_, header_.vault_id, index, manifest_.chunk_versions[i]);
    if (!chunk.ok()) return chunk.status();
    const std::uint64_t expected =
        i + 1 < count ? kChunkSize : manifest_.database_size - std::uint64_t{i} * kChunkSize;
    if (chunk.value().size() != expected) {
      image->Clear();
      return Missing(Problem::kChunkCorrupt, "a vault chunk has the wrong size");
    }
    image->AppendClean(std::move(chunk).value(), manifest_.database_size);
  }
  return Status::Ok();
}

Status Vault::Save(ChunkedImage& image) { return CommitNow(PrepareSave(image), &image); }

Status Vault::ChangePassphrase(std::string_view new_passphrase, const KdfParams& kdf) {
  return CommitNow(PreparePassphraseChange(new_passphrase, kdf), nullptr);
}

Status Vault::RotateKey(ChunkedImage& image, std::string_view new_passphrase, const KdfParams& kdf,
                        std::string* recovery_text) {
  if (Status s = CheckPassphrase(new_passphrase); !s.ok()) return s;
  const Salt salt = NewSalt();
  Result<AeadKey> kek = DeriveKek(new_passphrase, ByteView(salt.data(), salt.size()), kdf);
  if (!kek.ok()) return kek.status();
  std::string text;
  Result<PendingSave> rotation = PrepareKeyRotation(image, kek.value(), salt, kdf, &text);
  WipeKey(kek.value());
  Status written = CommitNow(std::move(rotation), &image);
  if (written.ok()) *recovery_text = std::move(text);
  WipeText(&text);
  return written;
}

Result<PendingSave> Vault::PrepareSave(ChunkedImage& image) {
  if (locked_) return Status::Error(StatusCode::kInternal, "the vault is locked");
  if (pending_)
    return Status::Error(StatusCode::kInternal, Problem::kWrongState, "a save is pending");
  return PrepareChunks(image, dek_, false, header_);
}

Result<PendingSave> Vault::PrepareChunks(ChunkedImage& image, const AeadKey& key, bool every_chunk,
                                         VaultHeader header) {
  const std::uint64_t generation = header_.generation + 1;
  Manifest manifest = manifest_;
  manifest.generation = generation;
  manifest.database_size = image.size();
  const std::size_t old_count = manifest.chunk_versions.size();
  manifest.chunk_versions.resize(image.chunk_count(), 0);
  bool truncated = false;
  std::vector<std::size_t> dirty = image.TakeDirty(&truncated);
  // Chunks the stored manifest does not know yet are written even if nothing marked them.
  for (std::size_t i = old_count; i < image.chunk_count(); ++i) {
    if (std::find(dirty.begin(), dirty.end(), i) == dirty.end()) dirty.push_back(i);
  }
  std::vector<std::size_t> written = dirty;
  if (every_chunk) {
    written.resize(image.chunk_count());
    for (std::size_t i = 0; i < written.size(); ++i) written[i] = i;
  }
  WriteBatch batch;
  for (const std::size_t i : written) {
    const auto index = static_cast<std::uint32_t>(i);
    Result<Bytes> record = EncodeChunk(key, header_.vault_id, index, generation, image.chunk(i));
    if (!record.ok()) {
      image.Redirty(dirty, truncated);
      return record.status();
    }
    batch.puts.emplace_back(ChunkKey(index), std::move(record).value());
    manifest.chunk_versions[i] = generation;
  }
  for (std::size_t i = image.chunk_count(); i < old_count; ++i) {
    batch.deletes.push_back(ChunkKey(static_cast<std::uint32_t>(i)));
  }
  header.generation = generation;
  Result<PendingSave> pending =
      Prepare(std::move(batch), std::move(header), std::move(manifest), key, dirty, truncated);
  if (!pending.ok()) image.Redirty(dirty, truncated);
  return pending;
}

Result<PendingSave> Vault::PreparePassphraseChange(std::string_view new_passphrase,
                                                   const KdfParams& kdf) {
  if (locked_) return Status::Error(StatusCode::kInternal, "the vault is locked");
  if (pending_)
    return Status::Error(StatusCode::kInternal, Problem::kWrongState, "a save is pending");
  if (Status s = CheckPassphrase(new_passphrase); !s.ok()) return s;
  const Salt salt = NewSalt();
  Result<AeadKey> kek = DeriveKek(new_passphrase, ByteView(salt.data(), salt.size()), kdf);
  if (!kek.ok()) return kek.status();
  Result<PendingSave> change = PreparePassphraseChangeWithKek(kek.value(), salt, kdf);
  WipeKey(kek.value());
  return change;
}

Result<PendingSave> Vault::PreparePassphraseChangeWithKek(const AeadKey& kek, const Salt& salt,
                                                          const KdfParams& kdf) {
  if (locked_) return Status::Error(StatusCode::kInternal, "the vault is locked");
  if (pending_)
    return Status::Error(StatusCode::kInternal, Problem::kWrongState, "a save is pending");
  if (Status s = CheckKdf(kdf); !s.ok()) return s;
  VaultHeader header = header_;
  header.kdf = kdf;
  header.salt = salt;
  Result<Bytes> wrapped = WrapKey(kek, dek_, PassphraseWrapAssociatedData(header));
  if (!wrapped.ok()) return wrapped.status();
  header.wrapped_by_passphrase = std::move(wrapped).value();
  header.generation = header_.generation + 1;
  Manifest manifest = manifest_;
  manifest.generation = header.generation;
  return Prepare(WriteBatch{}, std::move(header), std::move(manifest), dek_, {}, false);
}

Result<PendingSave> Vault::PrepareKeyRotation(ChunkedImage& image, const AeadKey& kek,
                                              const Salt& salt, const KdfParams& kdf,
                                              std::string* recovery_text) {
  if (locked_) return Status::Error(StatusCode::kInternal, "the vault is locked");
  if (pending_)
    return Status::Error(StatusCode::kInternal, Problem::kWrongState, "a save is pending");
  if (Status s = CheckKdf(kdf); !s.ok()) return s;
  VaultHeader header = header_;
  header.kdf = kdf;
  header.salt = salt;
  AeadKey dek = RandomAeadKey();
  RecoveryKey recovery = NewRecoveryKey();
  Result<Bytes> by_pass = WrapKey(kek, dek, PassphraseWrapAssociatedData(header));
  Result<Bytes> by_recovery = WrapKey(recovery.key, dek, RecoveryWrapAssociatedData(header));
  WipeKey(recovery.key);
  Result<PendingSave> rotation = !by_pass.ok()       ? Result<PendingSave>(by_pass.status())
                                 : !by_recovery.ok() ? Result<PendingSave>(by_recovery.status())
                                                     : Result<PendingSave>(Status::Ok());
  if (by_pass.ok() && by_recovery.ok()) {
    header.wrapped_by_passphrase = std::move(by_pass).value();
    header.wrapped_by_recovery = std::move(by_recovery).value();
    rotation = PrepareChunks(image, dek, true, std::move(header));
  }
  if (rotation.ok()) {
    pending_->rotates = true;
    pending_->new_dek = dek;
    *recovery_text = std::move(recovery.text);
  }
  WipeKey(dek);
  WipeText(&recovery.text);
  return rotation;
}

Result<PendingSave> Vault::Prepare(WriteBatch batch, VaultHeader header, Manifest manifest,
                                   const AeadKey& key, std::vector<std::size_t> chunks,
                                   bool truncated) {
  Result<Bytes> manifest_bytes = EncodeManifest(manifest, key);
  if (!manifest_bytes.ok()) return manifest_bytes.status();
  batch.puts.emplace_back(kManifestKey, std::move(manifest_bytes).value());
  batch.puts.emplace_back(kHeaderKey, EncodeHeader(header, key));
  PendingSave save{std::move(batch), header_.generation, header.generation};
  pending_ = Pending{std::move(header), std::move(manifest), std::move(chunks), truncated};
  pending_->rotates = false;
  return save;
}

void Vault::FinishSave(const Status& outcome, ChunkedImage* image) {
  if (!pending_) return;
  if (outcome.ok()) {
    header_ = std::move(pending_->header);
    header_.mac = {};  // recomputed on encoding; only a decoded header carries one
    manifest_ = std::move(pending_->manifest);
    if (pending_->rotates) {
      WipeKey(dek_);
      dek_ = pending_->new_dek;
    }
  } else if (image != nullptr) {
    image->Redirty(pending_->chunks, pending_->truncated);  // to be carried by the next save
  }
  DropPending();
}

void Vault::DropPending() {
  if (pending_) WipeKey(pending_->new_dek);
  pending_.reset();
}

Status Vault::CommitNow(Result<PendingSave> pending, ChunkedImage* image) {
  if (!pending.ok()) return pending.status();
  const PendingSave& save = pending.value();
  Status outcome = storage_->Commit(save.batch, save.expected_generation, save.new_generation);
  FinishSave(outcome, image);
  return outcome;
}

}  // namespace carnet
