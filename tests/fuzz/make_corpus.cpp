// Writes the fuzz targets' seed corpus: a few small, valid inputs per target, made with the
// fuzz key and vault id (fuzz_common.h). The output is committed in tests/fuzz/corpus/; run
// this again only when a format changes:  fuzz_make_corpus tests/fuzz/corpus
#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "app/base/display_prefs.h"
#include "core/db/chunked_image.h"
#include "core/sharing/contact_card.h"
#include "core/sharing/share_package.h"
#include "core/sharing/share_package_internal.h"
#include "core/sharing/share_payload_codec.h"
#include "core/stats/stats_fixture.h"
#include "core/stats/stats_merge.h"
#include "core/vault/vault.h"
#include "core/vault/vault_backup.h"
#include "core/vault/vault_session.h"
#include "fuzz/fuzz_common.h"
#include "fuzz/fuzz_share.h"
#include "fuzz/fuzz_vault.h"
#include "platform/native/dir_index.h"
#include "platform/native/file_system.h"

using namespace carnet;

namespace {

int failures = 0;

void Write(const std::string& root, const std::string& target, const std::string& name,
           ByteView bytes) {
  FileSystem& fs = HostFileSystem();
  const std::string dir = JoinPath(root, target);
  Status s = fs.CreateDir(dir);
  if (s.ok()) s = fs.WriteFile(JoinPath(dir, name), bytes);
  if (!s.ok()) {
    (void)std::fprintf(stderr, "make_corpus: %s\n", s.message().c_str());
    ++failures;
  }
}

template <typename T>
T Must(Result<T> result) {
  if (!result.ok()) fuzz::Broken(result.status().message().c_str());
  return std::move(result).value();
}

VaultHeader Header(const std::string& name, std::uint64_t generation) {
  VaultHeader h;
  h.vault_id = fuzz::FuzzVaultId();
  for (std::size_t i = 0; i < h.salt.size(); ++i) h.salt[i] = static_cast<std::uint8_t>(i);
  h.generation = generation;
  h.wrapped_by_passphrase.assign(kWrappedKeyBytes, 0x11);
  h.wrapped_by_recovery.assign(kWrappedKeyBytes, 0x22);
  h.display_name = name;
  return h;
}

Bytes ManifestBytes(std::uint64_t generation, std::uint64_t size,
                    std::vector<std::uint64_t> versions) {
  Manifest m;
  m.vault_id = fuzz::FuzzVaultId();
  m.generation = generation;
  m.database_size = size;
  m.chunk_versions = std::move(versions);
  return Must(EncodeManifest(m, fuzz::FuzzKey()));
}

Bytes ChunkBytes(std::uint32_t index, std::uint64_t version, std::string_view text) {
  return Must(EncodeChunk(fuzz::FuzzKey(), fuzz::FuzzVaultId(), index, version, text));
}

// Valid statistics files of each kind, then altered copies the parser must refuse.
void WriteStatsCorpus(const std::string& root) {
  using testing::MakeStatsFile;
  const StatsPeriod quarter{2026, 1, 3};
  const Bytes small = Must(
      WriteStatsFile(MakeStatsFile(StatsMode::kNoise, quarter, 1, {StatsTable::kTypologyFit})));
  Write(root, "stats_file", "noise-one-table", small);
  Write(root, "stats_file", "noise-one-table-no-bom", ByteView(small.data() + 3, small.size() - 3));
  Write(root, "stats_file", "noise-four-tables-half-epsilon",
        Must(WriteStatsFile(
            MakeStatsFile(StatsMode::kNoise, quarter, 2, testing::AllStatsTables(), {1, 2}))));
  Write(root, "stats_file", "conventional-two-tables",
        Must(WriteStatsFile(MakeStatsFile(StatsMode::kConventional, {2026, 4, 9}, 3,
                                          {StatsTable::kOutcomes, StatsTable::kTypologyFit}))));
  const Bytes other = Must(
      WriteStatsFile(MakeStatsFile(StatsMode::kNoise, quarter, 4, {StatsTable::kTypologyFit})));
  const StatsMergeResult merged = Must(MergeStatsFiles({{"a", small}, {"b", other}}));
  Write(root, "stats_file", "noise-merged-two", Must(WriteStatsFile(merged.merged)));

  const std::string text(small.begin(), small.end());
  const auto altered = [&](const std::string& name, const std::string& from,
                           const std::string& to) {
    std::string copy = text;
    const std::size_t at = copy.find(from);
    if (at == std::string::npos) fuzz::Broken("make_corpus: text to alter not found");
    copy.replace(at, from.size(), to);
    Write(root, "stats_file", name, std::string_view(copy));
  };
  altered("formula-in-key", ";DROITS;", ";=1+1;");
  altered("formula-in-value", ";;;", ";;;@SUM(A1);");
  altered("absurd-value", "fichiers fusionnés;1", "fichiers fusionnés;1000000000000");
  altered("format-2", "format 1", "format 2");
  Write(root, "stats_file", "truncated", ByteView(small.data(), small.size() / 2));
}

// Valid cards (made from fixed seeds), then altered copies the parser must refuse.
void WriteContactCardCorpus(const std::string& root) {
  std::array<std::uint8_t, 32> seed{};
  seed.fill(0x5A);
  const IdentityKeys keys = IdentityFromSeed(seed);
  const std::string plain = ContactCardText(Must(MakeContactCard(keys, "Marie Dupont")));
  Write(root, "contact_card", "plain", std::string_view(plain));
  Write(root, "contact_card", "accented-name",
        std::string_view(
            ContactCardText(Must(MakeContactCard(keys, "Élodie Œuvray — CCAS de Sète")))));
  Write(root, "contact_card", "longest-name",
        std::string_view(ContactCardText(Must(MakeContactCard(keys, std::string(100, 'n'))))));
  const std::string pasted = "\r\n  " + plain + "\n\n";
  Write(root, "contact_card", "pasted-with-line-breaks", std::string_view(pasted));
  std::string altered = plain;
  altered[kContactCardPrefix.size() + 10] =
      altered[kContactCardPrefix.size() + 10] == 'A' ? 'B' : 'A';
  Write(root, "contact_card", "altered-name", std::string_view(altered));
  Write(root, "contact_card", "truncated", std::string_view(plain.substr(0, plain.size() - 3)));
  std::string high_byte = plain;  // libsodium's decoder alone took 0x80..0xFF for '_'
  high_byte[plain.find('_', kContactCardPrefix.size())] = '\xDF';
  Write(root, "contact_card", "high-byte-for-underscore", std::string_view(high_byte));
  std::string other_version = plain;
  other_version[kContactCardPrefix.size()] = 'B';  // the version byte's high six bits: 5
  Write(root, "contact_card", "version-5", std::string_view(other_version));
}

Day DayOf(int y, int m, int d) { return DayFromYmd(y, m, d).value_or(0); }
Minute MinuteOf(int y, int m, int d, int hour) {
  return MinuteAt(DayOf(y, m, d), hour, 0).value_or(0);
}

// A transfer with one item in every list, and a share of the dossier's name alone.
SharePayload SamplePayload(bool full) {
  SharePayload p;
  for (std::size_t i = 0; i < p.package_id.size(); ++i)
    p.package_id[i] = static_cast<std::uint8_t>(i);
  p.kind = full ? ShareKind::kTransfer : ShareKind::kShare;
  p.sent_at = MinuteOf(2026, 3, 2, 10);
  p.purpose = "Reprise du suivi.";
  p.basis = full ? ShareBasis::kLegalObligation : ShareBasis::kConsentGiven;
  p.basis_reference = full ? "Article L. 226-2-2" : "";
  p.display_name = "Dupont Marie";
  p.opened_on = DayOf(2026, 1, 5);
  p.status_label = "Évaluation";
  if (!full) return p;
  p.has_person = true;
  p.person.first_name = "Marie";
  p.person.last_name = "Dupont";
  p.person.birth = Answer<BirthDate>::Of({1961, 4, 17});
  p.person.address = Answer<std::string>::Of("3 rue des Lilas\n34200 Sète");
  p.person.phone = Answer<std::string>::Is(AnswerState::kRefused);
  p.person.household_size = Answer<int>::Of(2);
  p.household.push_back({"Jean Dupont", "conjoint", Answer<int>::Of(1958)});
  p.requests.push_back(
      {DayOf(2026, 1, 5), RequestStatus::kSatisfied, DayOf(2026, 2, 2), "Loyer", {}});
  p.requests[0].categories.push_back({"LOGEMENT.MAINTIEN", "Maintien dans le logement"});
  p.contacts.push_back({ContactKind::kHomeVisit, MinuteOf(2026, 1, 9, 14), 45, "Visite."});
  p.notes.push_back({MinuteOf(2026, 1, 6, 8), "Une note.\nSur deux lignes."});
  p.tasks.push_back({TaskKind::kAppointment, "Rendez-vous", DayOf(2026, 3, 10), 9 * 60});
  return p;
}

Bytes Tagged(fuzz::ShareInput kind, ByteView bytes) {
  Bytes out{static_cast<std::uint8_t>(kind)};
  out.insert(out.end(), bytes.data, bytes.data + bytes.size);
  return out;
}

// Packages from the fuzz sender to the fuzz recipient (and one to another vault), their inner
// bytes and their payloads, each behind the first byte that tells the target how to read it.
void WriteShareCorpus(const std::string& root) {
  namespace internal = share_package_internal;
  const IdentityKeys sender = fuzz::FuzzSender();
  const IdentityKeys recipient = fuzz::FuzzRecipient();
  const PublicIdentity stated = PublicPart(sender, fuzz::FuzzSenderName());
  for (const bool full : {true, false}) {
    const Bytes payload = EncodeSharePayload(SamplePayload(full));
    const std::string name = full ? "transfer" : "name-only";
    Write(root, "share_payload", name, payload);
    const Bytes inner = internal::SignedInner(payload, stated, recipient.box_public, sender);
    const Bytes file = Must(internal::SealEnvelope(inner, recipient.box_public,
                                                   fuzz::FuzzEphemeralSeed(), fuzz::FuzzNonce()));
    Write(root, "share_package", name + "-file", Tagged(fuzz::ShareInput::kFile, file));
    Write(root, "share_package", name + "-inner", Tagged(fuzz::ShareInput::kInner, inner));
    Write(root, "share_package", name + "-payload", Tagged(fuzz::ShareInput::kPayload, payload));
  }
  const Bytes small = EncodeSharePayload(SamplePayload(false));
  const IdentityKeys other = fuzz::FuzzShareIdentity(0x01);
  const Bytes elsewhere =
      Must(internal::SealEnvelope(internal::SignedInner(small, stated, other.box_public, sender),
                                  other.box_public, fuzz::FuzzEphemeralSeed(), fuzz::FuzzNonce()));
  Write(root, "share_package", "other-recipient-file", Tagged(fuzz::ShareInput::kFile, elsewhere));
  Bytes extended = small;
  extended.push_back(0);
  Write(root, "share_payload", "trailing-byte", extended);
}

// Recovery keys as the vault shows them (random: any valid key is a seed), as a person may type
// them, and mistyped.
void WriteRecoveryKeyCorpus(const std::string& root) {
  RecoveryKey shown = NewRecoveryKey();
  WipeKey(shown.key);
  const std::string& text = shown.text;
  Write(root, "recovery_key", "as-shown", std::string_view(text));
  std::string typed;  // lower case, spaces for dashes, O for 0 and l for 1
  for (const char c : text) {
    if (c == '-') {
      typed += ' ';
    } else if (c == '0') {
      typed += 'O';
    } else if (c == '1') {
      typed += 'l';
    } else {
      typed += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  Write(root, "recovery_key", "typed-loosely", std::string_view(typed + "\n"));
  std::string mistyped = text;
  mistyped[0] = mistyped[0] == '2' ? '3' : '2';
  Write(root, "recovery_key", "mistyped", std::string_view(mistyped));
  Write(root, "recovery_key", "one-group-short", std::string_view(text.substr(0, text.size() - 5)));
  Write(root, "recovery_key", "letter-u", std::string_view("U" + text.substr(1)));
}

// What the browser keeps under "carnet-display": as written, reordered, and damaged.
void WriteDisplayPrefsCorpus(const std::string& root) {
  Write(root, "display_prefs", "default", std::string_view(DisplayPrefsToJson(DisplayPrefs{})));
  Write(root, "display_prefs", "english-contrast-150",
        std::string_view(DisplayPrefsToJson(DisplayPrefs{Lang::kEn, Theme::kHighContrast, 150})));
  Write(root, "display_prefs", "spaced-reordered-unknown-key",
        std::string_view("{ \"text\" : 200 , \"extra\":\"x\", \"theme\":\"contrast\",\n"
                         "  \"lang\":\"en\" }"));
  Write(root, "display_prefs", "out-of-range",
        std::string_view("{\"lang\":\"de\",\"theme\":7,\"text\":999999}"));
  Write(root, "display_prefs", "escaped-string", std::string_view("{\"lang\":\"e\\u006e\"}"));
  Write(root, "display_prefs", "truncated", std::string_view("{\"lang\":\"en\",\"te"));
}

Bytes VaultInput(fuzz::VaultInput kind, const fuzz::RecordList& records) {
  Bytes out{static_cast<std::uint8_t>(kind)};
  const Bytes body = fuzz::WriteRecords(records);
  out.insert(out.end(), body.begin(), body.end());
  return out;
}

Bytes StoredVault(MemoryStorage& storage) {
  fuzz::RecordList records;
  for (const auto& [key, value] : storage.records()) records.emplace_back(key, value);
  return VaultInput(fuzz::VaultInput::kStored, records);
}

// The vault in `storage` in clear, as the target's sealing mode reads it: the header as it is
// (the target wraps its own data key), the manifest's body, and each chunk's plaintext.
Bytes ClearVault(MemoryStorage& storage) {
  Vault vault = Must(Vault::UnlockWithKek(storage, fuzz::FuzzKek()));
  ChunkedImage image;
  if (!vault.Load(&image).ok()) fuzz::Broken("make_corpus: a new vault did not load");
  const std::uint64_t generation = vault.generation();
  const auto header = storage.records().find(kHeaderKey);
  if (header == storage.records().end()) fuzz::Broken("make_corpus: a vault without a header");
  fuzz::RecordList records{{kHeaderKey, header->second}};
  ByteWriter body;
  body.U64(image.size());
  body.U32(static_cast<std::uint32_t>(image.chunk_count()));
  for (std::size_t i = 0; i < image.chunk_count(); ++i) body.U64(generation);
  records.emplace_back(kManifestKey, body.Take());
  for (std::size_t i = 0; i < image.chunk_count(); ++i) {
    ByteWriter chunk;
    chunk.U32(static_cast<std::uint32_t>(i));
    chunk.U64(generation);
    chunk.Raw(image.chunk(i));
    records.emplace_back(ChunkKey(static_cast<std::uint32_t>(i)), chunk.Take());
  }
  return VaultInput(fuzz::VaultInput::kSealed, records);
}

// A dossier opened on `opened` (after any other), with one contact and one note.
void AddDossier(Store& store, const std::string& first, const std::string& last, Day opened) {
  CreateDossier create;
  create.person.first_name = first;
  create.person.last_name = last;
  create.opened_on = opened;
  if (!store.Apply(create).ok()) fuzz::Broken("make_corpus: a dossier was refused");
  OverviewQuery newest;
  newest.sort = OverviewSort::kOpenedOn;
  newest.descending = true;
  const std::vector<OverviewRow> rows = Must(store.Overview(newest));
  if (rows.empty()) fuzz::Broken("make_corpus: a new dossier is not in the overview");
  RecordContact contact;
  contact.dossier_id = rows.front().dossier_id;
  contact.at = MinuteOf(2026, 1, 9, 14);
  contact.duration_minutes = 45;
  contact.summary = "Premier entretien.";
  WriteNote note;
  note.dossier_id = rows.front().dossier_id;
  note.at = MinuteOf(2026, 1, 9, 15);
  note.text = "Une note.";
  if (!store.Apply(contact).ok() || !store.Apply(note).ok()) {
    fuzz::Broken("make_corpus: a contact or a note was refused");
  }
}

// Real vaults that the fuzz key-encryption key unlocks (random ids and data keys: any vault is
// a seed): a new one, with an empty case file, and one holding two dossiers; each as stored and
// in clear.
void WriteVaultCorpus(const std::string& root) {
  Salt salt{};
  for (std::size_t i = 0; i < salt.size(); ++i) salt[i] = static_cast<std::uint8_t>(i);
  MemoryStorage storage;
  std::string recovery;
  Vault vault = Must(
      Vault::CreateWithKek(storage, "Marie — CPAM", fuzz::FuzzKek(), salt, kKdfFloor, &recovery));
  Write(root, "vault_open", "new-stored", StoredVault(storage));
  Write(root, "vault_open", "new-clear", ClearVault(storage));

  VaultSession session = Must(VaultSession::Open(std::move(vault)));
  AddDossier(session.store(), "Marie", "Dupont", DayOf(2026, 1, 5));
  AddDossier(session.store(), "Élodie", "Dupré", DayOf(2026, 1, 6));
  if (!session.Save().ok()) fuzz::Broken("make_corpus: a vault did not save");
  session.Lock();
  Write(root, "vault_open", "two-dossiers-stored", StoredVault(storage));
  Write(root, "vault_open", "two-dossiers-clear", ClearVault(storage));
}
}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    (void)std::fprintf(stderr, "usage: fuzz_make_corpus DIR (e.g. tests/fuzz/corpus)\n");
    return 2;
  }
  fuzz::InitOrDie();
  const std::string root = argv[1];
  if (Status s = HostFileSystem().CreateDir(root); !s.ok()) {
    (void)std::fprintf(stderr, "make_corpus: %s\n", s.message().c_str());
    return 1;
  }
  const AeadKey key = fuzz::FuzzKey();
  const Bytes header = EncodeHeader(Header("Marie — CPAM", 5), key);

  Write(root, "header", "new", EncodeHeader(Header("Carnet", 1), key));
  Write(root, "header", "accented-name", header);
  VaultHeader costly = Header(std::string(64, 'x'), 9);
  costly.kdf = {4, 128 * 1024};
  Write(root, "header", "long-name-costly-kdf", EncodeHeader(costly, key));

  Write(root, "manifest", "empty", ManifestBytes(1, 0, {}));
  Write(root, "manifest", "three-chunks", ManifestBytes(5, 2 * kChunkSize + 100, {1, 5, 3}));
  ByteWriter body;  // vault id | generation | body, for the target's sealing pass
  const VaultId id = fuzz::FuzzVaultId();
  body.Raw(ByteView(id.data(), id.size()));
  body.U64(5);
  body.U64(kChunkSize + 10);
  body.U32(2);
  body.U64(5);
  body.U64(2);
  Write(root, "manifest", "body-two-chunks", body.bytes());

  Write(root, "chunk", "chunk-0-v1", ChunkBytes(0, 1, "SQLite format 3"));
  for (const auto& [name, where] :
       std::vector<std::pair<std::string, std::pair<std::uint32_t, std::uint32_t>>>{
           {"built-in-place", {0, 0}}, {"built-misplaced", {1, 0}}}) {
    ByteWriter built;  // expected index | expected version | index | version | plaintext
    built.U32(where.first);
    built.U64(1);
    built.U32(where.second);
    built.U64(1);
    built.Raw(std::string_view("SQLite format 3"));
    Write(root, "chunk", name, built.bytes());
  }

  const Bytes manifest = ManifestBytes(5, kChunkSize + 15, {5, 4});
  Write(root, "backup", "header-and-manifest",
        EncodeBackup({{kHeaderKey, header}, {kManifestKey, manifest}}));
  Write(root, "backup", "two-chunks",
        EncodeBackup({{kHeaderKey, header},
                      {kManifestKey, manifest},
                      {ChunkKey(0), ChunkBytes(0, 5, "SQLite format 3")},
                      {ChunkKey(1), ChunkBytes(1, 4, "the last chunk")}}));

  DirectoryIndex index;
  Write(root, "dir_index", "empty", EncodeDirectoryIndex(index));
  index.generation = 7;
  index.versions = {{ChunkKey(0), 3}, {ChunkKey(1), 7}, {kHeaderKey, 7}, {kManifestKey, 7}};
  Write(root, "dir_index", "four-records", EncodeDirectoryIndex(index));
  Write(root, "dir_index", "record-file-name", std::string_view("chunk-000012.7"));
  WriteStatsCorpus(root);
  WriteContactCardCorpus(root);
  WriteShareCorpus(root);
  WriteRecoveryKeyCorpus(root);
  WriteDisplayPrefsCorpus(root);
  WriteVaultCorpus(root);
  return failures == 0 ? 0 : 1;
}
