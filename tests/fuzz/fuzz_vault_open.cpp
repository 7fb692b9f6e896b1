// libFuzzer target: a whole vault opened from the records a storage holds (header, manifest,
// chunks, and whatever else is there), unlocked with a fixed key-encryption key, its case file
// loaded, migrated and read, then saved and opened again. Random bytes stop at the AEAD, so the
// first input byte (fuzz_vault.h) also lets the fuzzer write the records in clear, which the
// target seals with the fuzz keys: mutations then reach the manifest's body, the chunks'
// consistency and the SQLite database itself. Any input must end in a Status: a refusal before
// the case file is read names its problem, and a vault that opens must save and open again
// with the same case file.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "core/vault/vault.h"
#include "core/vault/vault_session.h"
#include "fuzz/fuzz_common.h"
#include "fuzz/fuzz_vault.h"

using namespace carnet;

namespace {

constexpr std::size_t kLengthAt = 10;  // the header's u16 length field
constexpr std::size_t kHeaderChecksumBytes = 16;
constexpr std::size_t kChunkPrefixBytes = 4 + 8;  // u32 index | u64 version

const Day kToday = DayFromYmd(2026, 3, 3).value_or(0);

// The header record in clear, made right (see fuzz_vault.h); nullopt when it does not decode.
std::optional<VaultHeader> SealHeader(Bytes* bytes) {
  if (bytes->size() < kLengthAt + 2 + kHeaderChecksumBytes || bytes->size() > 0xFFFF) {
    return std::nullopt;
  }
  (*bytes)[kLengthAt] = static_cast<std::uint8_t>(bytes->size() & 0xFF);
  (*bytes)[kLengthAt + 1] = static_cast<std::uint8_t>(bytes->size() >> 8);
  *bytes = fuzz::WithChecksum(*bytes, kHeaderChecksumBytes);
  Result<VaultHeader> header = DecodeHeader(*bytes);
  if (!header.ok()) return std::nullopt;
  Result<Bytes> wrapped =
      WrapKey(fuzz::FuzzKek(), fuzz::FuzzKey(), PassphraseWrapAssociatedData(header.value()));
  if (!wrapped.ok()) fuzz::Broken("wrapping the fuzz data key failed");
  header.value().wrapped_by_passphrase = std::move(wrapped).value();
  *bytes = EncodeHeader(header.value(), fuzz::FuzzKey());
  return std::move(header).value();
}

// Seals the records written in clear, in place.
void SealRecords(fuzz::RecordList* records) {
  VaultId id = fuzz::FuzzVaultId();
  std::uint64_t generation = 0;
  for (auto& [key, value] : *records) {
    if (key != kHeaderKey) continue;
    if (const std::optional<VaultHeader> header = SealHeader(&value)) {
      id = header->vault_id;
      generation = header->generation;
    }
  }
  for (auto& [key, value] : *records) {
    if (key == kManifestKey) {
      value = fuzz::SealManifestBody(fuzz::FuzzKey(), id, generation, value);
    } else if (key.rfind("chunk-", 0) == 0 && value.size() >= kChunkPrefixBytes) {
      ByteReader in(value);
      std::uint32_t index = 0;
      std::uint64_t version = 0;
      (void)in.U32(&index);
      (void)in.U64(&version);
      const ByteView plaintext(value.data() + kChunkPrefixBytes, value.size() - kChunkPrefixBytes);
      Result<Bytes> chunk = EncodeChunk(fuzz::FuzzKey(), id, index, version, plaintext);
      if (chunk.ok()) value = std::move(chunk).value();  // else too long: stored as it is
    }
  }
}

// The storage holding `records` (a key given twice: the last one), at the generation its header
// names, as a storage that committed that header would be.
void Fill(MemoryStorage* storage, const fuzz::RecordList& records) {
  std::map<std::string, Bytes> held;
  for (const auto& [key, value] : records) held[key] = value;
  std::uint64_t generation = 0;
  if (const auto header = held.find(kHeaderKey); header != held.end()) {
    Result<VaultHeader> decoded = DecodeHeader(header->second);
    if (decoded.ok()) generation = decoded.value().generation;
  }
  storage->Adopt(std::move(held), generation);
}

// What the case file's screens read first; a failure is a Status, counted as -1.
long ReadCaseFile(Store& store) {
  OverviewQuery everything;
  everything.today = kToday;
  everything.include_closed = true;
  Result<std::vector<OverviewRow>> rows = store.Overview(everything);
  (void)store.Agenda(kToday);
  (void)store.StatusCounts();
  (void)store.Categories();
  (void)store.ToReview(kToday, 6);
  (void)store.Search("dupont");
  if (rows.ok() && !rows.value().empty()) {
    const Id first = rows.value().front().dossier_id;
    (void)store.Dossier(first);
    (void)store.Person(first);
    (void)store.Timeline(first);
  }
  return rows.ok() ? static_cast<long>(rows.value().size()) : -1;
}

void CheckRefusal(const Status& status) {
  if (status.ok()) fuzz::Broken("a refusal without an error");
  if (status.problem() == Problem::kNone) fuzz::Broken("a vault was refused without saying why");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  fuzz::InitOrDie();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  fuzz::RecordList records = fuzz::ReadRecords(ByteView(data + 1, size - 1));
  if (static_cast<fuzz::VaultInput>(data[0] % fuzz::kVaultInputKinds) ==
      fuzz::VaultInput::kSealed) {
    SealRecords(&records);
  }
  MemoryStorage storage;
  Fill(&storage, records);

  const AeadKey kek = fuzz::FuzzKek();
  Result<Vault> vault = Vault::UnlockWithKek(storage, kek);
  if (!vault.ok()) {
    CheckRefusal(vault.status());
    return 0;
  }
  // From here the bytes were authenticated: the case file may still be refused (SQLite's
  // integrity check, a newer schema...), with any Status.
  Result<VaultSession> session = VaultSession::Open(std::move(vault).value());
  if (!session.ok()) return 0;
  const long rows = ReadCaseFile(session.value().store());
  const Result<int> count = session.value().store().DossierCount();

  if (Status s = session.value().SaveEverything(); !s.ok()) {
    fuzz::Broken("a vault that opened could not be saved");
  }
  session.value().Lock();
  Result<Vault> again = Vault::UnlockWithKek(storage, kek);
  if (!again.ok()) fuzz::Broken("a saved vault did not unlock");
  Result<VaultSession> reopened = VaultSession::Open(std::move(again).value());
  if (!reopened.ok()) fuzz::Broken("a saved vault did not open");
  const Result<int> count_again = reopened.value().store().DossierCount();
  if (count.ok() != count_again.ok() || (count.ok() && count.value() != count_again.value()) ||
      ReadCaseFile(reopened.value().store()) != rows) {
    fuzz::Broken("a saved vault reads differently");
  }
  return 0;
}
