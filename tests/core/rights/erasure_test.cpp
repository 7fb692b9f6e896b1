#include "core/rights/erasure.h"

#include <doctest/doctest.h>

#include <cctype>
#include <memory>
#include <string>
#include <vector>

#include "core/case/store_fixture.h"
#include "core/db/mem_vfs.h"
#include "core/db/sql.h"
#include "core/rights/access_log.h"
#include "core/rights/disclosure.h"
#include "core/sharing/sharing_store.h"
#include "core/vault/vault.h"

using namespace carnet;
using namespace carnet::test;

namespace {

constexpr const char* kPassphrase = "cheval batterie agrafe correcte";

// Canaries: each text ends in a made-up tail that nothing else holds. The full-text index
// keeps its words in lower case and shares their beginnings with the word before, so the
// search is for the tail, in lower case.
struct Canaries {
  std::string first, last, alias, address, phone, member, subject, summary, note, task, purpose;
  std::vector<std::string> Tails() const {
    return {first, last, alias, address, phone, member, subject, summary, note, task, purpose};
  }
};

Canaries MakeCanaries(const std::string& key) {
  Canaries c;
  c.first = "vaxtuk" + key;
  c.last = "bemrof" + key;
  c.alias = "dilqoz" + key;
  c.address = "gurpex" + key;
  c.phone = key == "aa" ? "0698765432" : "0687654123";
  c.member = "hobwyn" + key;
  c.subject = "jolfik" + key;
  c.summary = "kerzam" + key;
  c.note = "lupsed" + key;
  c.task = "mirvok" + key;
  c.purpose = "nazgup" + key;
  return c;
}

std::string Lower(std::string text) {
  for (char& ch : text) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return text;
}

// The tails of `canaries` found in `haystack` (already in lower case).
std::vector<std::string> Found(const std::string& haystack, const Canaries& canaries) {
  std::vector<std::string> found;
  for (const std::string& tail : canaries.Tails()) {
    if (haystack.find(Lower(tail)) != std::string::npos) found.push_back(tail);
  }
  return found;
}

// A vault opened the way VaultSession opens it, with the image in reach of the test.
struct OpenVault {
  MemoryStorage storage;
  std::string recovery;
  std::unique_ptr<Vault> vault;
  std::unique_ptr<ChunkedImage> image = std::make_unique<ChunkedImage>();
  std::unique_ptr<Store> store;

  OpenVault() {
    vault = std::make_unique<Vault>(
        Value(Vault::Create(storage, "Marie — CPAM", kPassphrase, kKdfFloor, &recovery)));
    REQUIRE(vault->Load(image.get()).ok());
    store = std::make_unique<Store>(Value(Store::Open(Value(OpenImageDatabase(image.get())))));
  }
  ~OpenVault() { store.reset(); }  // the database closes before its image goes
  OpenVault(const OpenVault&) = delete;
  OpenVault& operator=(const OpenVault&) = delete;

  void Save() {
    Status saved = vault->Save(*image);
    REQUIRE_MESSAGE(saved.ok(), saved.message());
  }

  // Every byte of the decrypted database, in lower case.
  std::string Pages() const {
    std::string bytes(static_cast<std::size_t>(image->size()), '\0');
    REQUIRE(image->Read(0, reinterpret_cast<std::uint8_t*>(bytes.data()), bytes.size()) ==
            bytes.size());
    return Lower(bytes);
  }

  // Every stored chunk record, decrypted with the data key (unwrapped by the recovery key),
  // in lower case and in the order of the chunks; chunks the manifest no longer lists are
  // decrypted too (at the version written in their record) and counted in `stale`.
  std::string Records(std::size_t* stale = nullptr) {
    const VaultHeader header = Value(DecodeHeader(storage.records().at(kHeaderKey)));
    const AeadKey recovery_key = Value(ParseRecoveryKey(recovery));
    AeadKey dek = Value(
        UnwrapKey(recovery_key, header.wrapped_by_recovery, RecoveryWrapAssociatedData(header)));
    const Manifest manifest = Value(DecodeManifest(storage.records().at(kManifestKey), dek));
    std::string plain;
    std::size_t extra = 0;
    for (std::uint32_t i = 0;; ++i) {
      auto record = storage.records().find(ChunkKey(i));
      if (record == storage.records().end()) {
        REQUIRE(i >= manifest.chunk_versions.size());
        break;
      }
      std::uint64_t version = 0;
      if (i < manifest.chunk_versions.size()) {
        version = manifest.chunk_versions[i];
      } else {
        ++extra;  // "CARNETVC" | u16 format | vault id[16] | u32 index | u64 version
        for (std::size_t b = 8; b-- > 0;) version = (version << 8) | record->second.at(30 + b);
      }
      const Bytes chunk = Value(DecodeChunk(record->second, dek, header.vault_id, i, version));
      plain.append(chunk.begin(), chunk.end());
    }
    WipeKey(dek);
    if (stale != nullptr) *stale = extra;
    return Lower(plain);
  }
};

// A dossier holding the canaries in every text it can hold, with a dozen long notes so that
// the database shrinks by several chunks when it goes.
Id FillDossier(Store& store, const Canaries& c, Day opened, int long_notes) {
  CreateDossier create;
  create.person = Named("Léa" + c.first, "Durand" + c.last);
  create.person.alias = "Surnom" + c.alias;
  create.person.address = Answer<std::string>::Of("12 rue " + c.address + ", Lyon");
  create.person.phone = Answer<std::string>::Of(c.phone);
  create.opened_on = opened;
  const Id id = Value(store.Apply(create));
  Value(store.Apply(AddHouseholdMember{id, "Hugo " + c.member, "fils", {}}));
  const Id request =
      Value(store.Apply(AddRequest{id, opened, {"DROITS.CSS"}, "Dossier " + c.subject}));
  RecordContact contact;
  contact.dossier_id = id;
  contact.at = static_cast<Minute>(opened) * kMinutesPerDay + 600;
  contact.request_ids = {request};
  contact.summary = "Entretien avec " + c.summary;
  Value(store.Apply(contact));
  Value(store.Apply(WriteNote{id, contact.at + 60, "Note courte " + c.note}));
  std::string long_text;
  while (long_text.size() < 15000) long_text += "Suivi du dossier, " + c.note + " toujours. ";
  for (int i = 0; i < long_notes; ++i) {
    Value(store.Apply(WriteNote{id, contact.at + 120 + i, long_text}));
  }
  ScheduleTask task;
  task.dossier_id = id;
  task.title = "Rappeler " + c.task;
  task.due_on = opened + 10;
  Value(store.Apply(task));
  Disclosure sent;
  sent.dossier_id = id;
  sent.at = contact.at + 30;
  sent.kind = DisclosureKind::kShare;
  sent.recipient = "Centre communal";
  sent.parts = "identité";
  sent.purpose = "Aide au logement " + c.purpose;
  sent.basis = DisclosureBasis::kConsentGiven;
  Value(RecordDisclosure(store, sent));
  return id;
}

std::int64_t CountWhere(Store& store, const std::string& sql, Id id) {
  return Value(SelectInt(store.db(), sql, {id})).value_or(-1);
}

// The rows of the other dossiers, table by table: unchanged by an erasure.
std::vector<std::int64_t> OthersRows(Store& store, Id erased) {
  std::vector<std::int64_t> counts;
  for (const char* table :
       {"household_member", "dossier_event", "request", "contact", "task", "note", "dossier"}) {
    const std::string column = std::string(table) == "dossier" ? "id" : "dossier_id";
    counts.push_back(CountWhere(
        store, std::string("SELECT count(*) FROM ") + table + " WHERE " + column + " != ?1",
        erased));
  }
  counts.push_back(
      CountWhere(store, "SELECT count(*) FROM search_index WHERE dossier_id != ?1", erased));
  return counts;
}

// The full-text index's stored segments, in lower case.
std::string Segments(Database& db) {
  std::string segments;
  const Status read = ForEachRow(db, "SELECT block FROM search_index_data", {},
                                 [&segments](const Rows& r) { segments += r.Text(0); });
  REQUIRE(read.ok());
  return Lower(segments);
}

struct Caseload {
  Canaries victim = MakeCanaries("aa");
  Canaries other = MakeCanaries("zz");
  Id victim_id = 0;
  std::vector<Id> others;
};

Caseload FillCaseload(Store& store, Day opened) {
  Caseload load;
  load.others.push_back(NewDossier(store, "Paul", "Martin", opened));
  load.victim_id = FillDossier(store, load.victim, opened, 12);
  load.others.push_back(FillDossier(store, load.other, opened, 1));
  load.others.push_back(NewDossier(store, "Inès", "Bernard", opened));
  return load;
}

// What must hold once the victim is gone and the vault saved again.
void CheckErased(OpenVault& v, const Caseload& load, DisclosureKind trace,
                 std::uint64_t size_before, const std::vector<std::int64_t>& others_before) {
  CHECK(Found(v.Pages(), load.victim).empty());
  std::size_t stale = 0;
  const std::string records = v.Records(&stale);
  CHECK(Found(records, load.victim).empty());
  CHECK(stale == 0);  // the chunks past the new end were deleted
  CHECK(v.image->size() < size_before);
  for (const auto& record : v.storage.records()) {
    CHECK(
        Found(Lower(std::string(record.second.begin(), record.second.end())), load.victim).empty());
  }
  // The other dossiers are intact: their canaries, their rows, their search.
  CHECK(Found(v.Pages(), load.other).size() == load.other.Tails().size());
  CHECK(Found(records, load.other).size() == load.other.Tails().size());
  CHECK(OthersRows(*v.store, load.victim_id) == others_before);
  const std::vector<SearchHit> hits = Value(v.store->Search(load.other.note));
  CHECK(!hits.empty());
  for (const SearchHit& hit : hits) CHECK(hit.dossier_id == load.others[1]);
  CHECK(Value(v.store->Search(load.victim.note)).empty());
  CHECK(Value(v.store->Search("Martin")).size() == 1);
  CHECK(v.store->Dossier(load.victim_id).status().problem() == Problem::kUnknownReference);
  Rows check = Value(Select(v.store->db(), "PRAGMA integrity_check"));
  REQUIRE(Value(check.Next()));
  CHECK(check.Text(0) == "ok");
  // The register keeps what left and a trace of the deletion, without the person.
  const std::vector<Disclosure> entries = Value(Disclosures(*v.store, {}));
  int traces = 0;
  for (const Disclosure& e : entries) {
    if (e.kind == trace) ++traces;
    CHECK(Found(Lower(e.recipient + e.parts + e.purpose + e.basis_reference), load.victim).empty());
  }
  CHECK(traces == 1);
  CHECK(entries.size() == 3);  // two shares and the trace
}

}  // namespace

TEST_SUITE("erasure") {
  TEST_CASE("before any erasure, the canaries are in the pages and in the stored records") {
    OpenVault v;
    const Caseload load = FillCaseload(*v.store, D(2026, 1, 5));
    v.Save();
    CHECK(Found(v.Pages(), load.victim).size() == load.victim.Tails().size());
    CHECK(Found(v.Records(), load.victim).size() == load.victim.Tails().size());
  }

  TEST_CASE("plain deletes leave the canaries behind: the checks below can fail") {
    OpenVault v;
    const Caseload load = FillCaseload(*v.store, D(2026, 1, 5));
    v.Save();
    Database& db = v.store->db();
    SUBCASE("without secure_delete, deleted notes stay in the freed pages") {
      REQUIRE(db.Exec("PRAGMA secure_delete = OFF").ok());
      REQUIRE(Run(db, "DELETE FROM note WHERE dossier_id = ?1", {load.victim_id}).ok());
      REQUIRE(Run(db, "DELETE FROM search_index WHERE dossier_id = ?1", {load.victim_id}).ok());
      CHECK(Value(v.store->Search(load.victim.note)).empty());
      v.Save();
      CHECK(v.Pages().find(load.victim.note) != std::string::npos);
      CHECK(v.Records().find(load.victim.note) != std::string::npos);
    }
    SUBCASE("with secure_delete and VACUUM but no merge, the index's old segment keeps words") {
      REQUIRE(Run(db, "DELETE FROM search_index WHERE dossier_id = ?1", {load.victim_id}).ok());
      REQUIRE(db.Exec("VACUUM").ok());
      CHECK(Value(v.store->Search(load.victim.subject)).empty());
      CHECK(Found(Segments(db), load.victim).size() >= 5);  // names, subject, summary, note
      REQUIRE(Run(db, "INSERT INTO search_index(search_index) VALUES ('optimize')").ok());
      CHECK(Found(Segments(db), load.victim).empty());
    }
  }

  TEST_CASE("an erased dossier leaves no byte of the person in the pages or the stored records") {
    OpenVault v;
    const Caseload load = FillCaseload(*v.store, D(2026, 1, 5));
    v.Save();
    const std::uint64_t size_before = v.image->size();
    const std::size_t chunks_before = v.storage.records().size();
    const std::vector<std::int64_t> others_before = OthersRows(*v.store, load.victim_id);
    const Status erased = EraseDossier(*v.store, load.victim_id, M(2026, 3, 2, 9, 30));
    REQUIRE_MESSAGE(erased.ok(), erased.message());
    v.Save();
    CHECK(v.storage.records().size() < chunks_before);
    CheckErased(v, load, DisclosureKind::kErased, size_before, others_before);
    // The access log names the dossier by its number only.
    const std::vector<AccessEntry> log = Value(AccessEntries(*v.store));
    REQUIRE(!log.empty());
    CHECK(log.front().action == AccessAction::kEraseDossier);
    CHECK(log.front().dossier_id == load.victim_id);
    // And the vault opens again from its records, without the person.
    Vault reopened = Value(Vault::UnlockWithRecoveryKey(v.storage, v.recovery));
    ChunkedImage image;
    REQUIRE(reopened.Load(&image).ok());
    CHECK(image.size() == v.image->size());
  }

  TEST_CASE("purged dossiers leave no byte of the person in the pages or the stored records") {
    OpenVault v;
    const Caseload load = FillCaseload(*v.store, D(2023, 1, 5));
    REQUIRE(v.store->Apply(CloseDossier{load.victim_id, D(2024, 1, 10)}).ok());
    v.Save();
    const std::uint64_t size_before = v.image->size();
    const std::vector<std::int64_t> others_before = OthersRows(*v.store, load.victim_id);
    const std::vector<PurgeCandidate> candidates = Value(PurgeCandidates(*v.store, D(2026, 2, 15)));
    // The victim (closed 25 months ago) and the other dossiers: no contact since January 2023.
    REQUIRE(candidates.size() == 4);
    REQUIRE(PurgeDossiers(*v.store, {load.victim_id}, D(2026, 2, 15), M(2026, 2, 15, 9, 0)).ok());
    v.Save();
    CheckErased(v, load, DisclosureKind::kPurged, size_before, others_before);
    CHECK(Value(AccessEntries(*v.store)).front().detail == "1 dossier");
  }

  TEST_CASE("an unknown dossier, or an open transaction, is refused and nothing changes") {
    Store store = NewStore();
    const Id id = NewDossier(store, "Paul", "Martin", D(2026, 1, 5));
    const std::int64_t changes = store.TotalChanges();
    Status unknown = EraseDossier(store, id + 1, M(2026, 3, 2, 9, 0));
    CHECK(unknown.code() == StatusCode::kInvalidArgument);
    CHECK(unknown.problem() == Problem::kUnknownReference);
    CHECK(unknown.field() == "dossier_id");
    REQUIRE(store.db().Exec("BEGIN").ok());
    Status inside = EraseDossier(store, id, M(2026, 3, 2, 9, 0));
    CHECK(inside.problem() == Problem::kWrongState);
    REQUIRE(store.db().Exec("COMMIT").ok());
    CHECK(store.TotalChanges() == changes);
    CHECK(Count(store, "dossier") == 1);
    CHECK(Count(store, "disclosure") == 0);
    CHECK(Count(store, "access_log") == 0);
  }

  TEST_CASE("the dossiers to purge: closed, without contact or transferred, past their time") {
    Store store = NewStore();
    const Day today = D(2026, 2, 15);
    // Closed 25 months ago: in. Closed 23 months ago: out. Exactly 24: in; a day later: out.
    const Id closed_25 = NewDossier(store, "Anne", "Closa", D(2023, 1, 2));
    REQUIRE(store.Apply(CloseDossier{closed_25, D(2024, 1, 10)}).ok());
    const Id closed_23 = NewDossier(store, "Anne", "Closb", D(2023, 1, 2));
    REQUIRE(store.Apply(CloseDossier{closed_23, D(2024, 3, 20)}).ok());
    const Id closed_24 = NewDossier(store, "Anne", "Closc", D(2023, 1, 2));
    REQUIRE(store.Apply(CloseDossier{closed_24, D(2024, 2, 15)}).ok());
    const Id closed_24_less = NewDossier(store, "Anne", "Closd", D(2023, 1, 2));
    REQUIRE(store.Apply(CloseDossier{closed_24_less, D(2024, 2, 16)}).ok());
    // Open, last contact 25 months ago: in (since the contact). Open 13 months, no contact:
    // out until the retention is 12 months.
    const Id quiet = NewDossier(store, "Bruno", "Calme", D(2023, 6, 1));
    RecordContact call;
    call.dossier_id = quiet;
    call.kind = ContactKind::kCall;
    call.at = M(2024, 1, 5, 14, 0);
    call.summary = "Appel";
    Value(store.Apply(call));
    const Id recent = NewDossier(store, "Zoé", "Aubry", D(2025, 1, 1));
    // Transferred: in once the purge date has come, whatever else.
    const Id moved = NewDossier(store, "Chloé", "Partie", D(2025, 11, 1));
    const Id moving = NewDossier(store, "Chloé", "Partante", D(2023, 1, 2));
    REQUIRE(MarkTransferred(store, moved, D(2025, 12, 1), today).ok());
    REQUIRE(MarkTransferred(store, moving, D(2026, 2, 1), today + 1).ok());

    std::vector<PurgeCandidate> list = Value(PurgeCandidates(store, today));
    REQUIRE(list.size() == 4);
    CHECK(list[0].dossier_id == quiet);  // CALME Bruno
    CHECK(list[0].reason == PurgeCandidate::kNoContact);
    CHECK(list[0].since == D(2024, 1, 5));
    CHECK(list[1].dossier_id == closed_25);  // CLOSA Anne
    CHECK(list[1].reason == PurgeCandidate::kClosed);
    CHECK(list[1].since == D(2024, 1, 10));
    CHECK(list[1].display_name == Value(store.Dossier(closed_25)).display_name);
    CHECK(list[2].dossier_id == closed_24);
    CHECK(list[3].dossier_id == moved);
    CHECK(list[3].reason == PurgeCandidate::kTransferred);
    CHECK(list[3].since == D(2025, 12, 1));

    REQUIRE(store.SetRetentionMonths(12).ok());
    list = Value(PurgeCandidates(store, today));
    std::vector<Id> ids(list.size());
    for (std::size_t i = 0; i < list.size(); ++i) ids[i] = list[i].dossier_id;
    CHECK(ids ==
          std::vector<Id>{recent, quiet, closed_25, closed_23, closed_24, closed_24_less, moved});
    REQUIRE(store.SetRetentionMonths(24).ok());

    // A list holding one dossier that is not (or no longer) to purge is refused whole.
    const std::int64_t changes = store.TotalChanges();
    for (const std::vector<Id>& wrong :
         {std::vector<Id>{closed_25, closed_23}, std::vector<Id>{moving}, std::vector<Id>{999},
          std::vector<Id>{}}) {
      Status refused = PurgeDossiers(store, wrong, today, M(2026, 2, 15, 9, 0));
      CHECK(refused.code() == StatusCode::kInvalidArgument);
      CHECK(refused.field() == "dossier_ids");
    }
    CHECK(store.TotalChanges() == changes);
    CHECK(Count(store, "dossier") == 8);
    CHECK(Count(store, "disclosure") == 0);

    // Confirmed once for the list: all go, each leaving a trace.
    REQUIRE(PurgeDossiers(store, {closed_25, moved, quiet, closed_25}, today, M(2026, 2, 15, 9, 0))
                .ok());
    CHECK(Count(store, "dossier") == 5);
    CHECK(Count(store, "person") == 5);
    CHECK(Count(store, "contact") == 0);
    CHECK(Value(SelectInt(store.db(), "SELECT count(*) FROM disclosure WHERE kind = ?1",
                          {std::int64_t{static_cast<int>(DisclosureKind::kPurged)}}))
              .value_or(0) == 3);
    CHECK(Value(AccessEntries(store)).front().detail == "3 dossiers");
    list = Value(PurgeCandidates(store, today));
    REQUIRE(list.size() == 1);
    CHECK(list[0].dossier_id == closed_24);
  }
}

TEST_SUITE("erasure") {
  TEST_CASE("SQLite's freed memory is wiped, and a truncated image reads zeros where it grows") {
    Store store = NewStore();
    // Installed before SQLite's first use (it cannot be afterwards): pages, the in-memory
    // journal and VACUUM's temporary database are zeroed when freed.
    CHECK(WipeSqliteMemoryOnFree());
    ChunkedImage image;
    const std::string secret(kChunkSize + 100, 'x');
    image.Write(0, reinterpret_cast<const std::uint8_t*>(secret.data()), secret.size());
    image.Truncate(kChunkSize / 2);
    CHECK(image.chunk_count() == 1);
    const std::uint8_t one = 1;
    image.Write(std::uint64_t{2} * kChunkSize, &one, 1);  // grows back over the truncated bytes
    std::string back(2 * kChunkSize + 1, '\0');
    REQUIRE(image.Read(0, reinterpret_cast<std::uint8_t*>(back.data()), back.size()) ==
            back.size());
    CHECK(back.find('x', kChunkSize / 2) == std::string::npos);
    CHECK(back.find('x') == 0);
  }
}

TEST_CASE("an erased dossier's number is never given to a new dossier") {
  Store store = test::NewStore();
  const Id first = test::NewDossier(store, "Marie", "Dupont", test::D(2026, 1, 5));
  const Id second = test::NewDossier(store, "Jean", "Durand", test::D(2026, 1, 6));
  REQUIRE(EraseDossier(store, second, test::M(2026, 2, 1, 9, 0)).ok());
  const Id third = test::NewDossier(store, "Léa", "Martin", test::D(2026, 2, 2));
  CHECK(third > second);
  REQUIRE(EraseDossier(store, first, test::M(2026, 2, 3, 9, 0)).ok());
  REQUIRE(EraseDossier(store, third, test::M(2026, 2, 3, 9, 5)).ok());
  CHECK(test::NewDossier(store, "Paul", "Petit", test::D(2026, 2, 4)) > third);
}
