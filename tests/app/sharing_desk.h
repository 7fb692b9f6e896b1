// Two or more vaults on one desk, as the sharing tests drive them: each with a dossier (a
// request, a contact, a note), its sharing controller and the files it offered.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "app/sharing/sharing_controller.h"
#include "app/sharing/sharing_trust.h"
#include "core/db/sql.h"
#include "recording_files.h"

namespace carnet::test {

struct Desk;
inline FingerprintCheck ReadAloud(const Desk& owner);

inline constexpr const char* kPassphrase = "cheval batterie agrafe correcte";
inline constexpr const char* kCanary = "Canarinom";
inline const Day kToday = *DayFromYmd(2026, 11, 28);
inline const Minute kNow = static_cast<Minute>(kToday) * kMinutesPerDay + Minute{600};

struct Desk {
  MemoryShelf shelf;
  VaultController vaults{shelf};
  RecordingFiles files;
  SharingController sharing{vaults, &files};
  std::int64_t now = 0;
  Id dossier = 0;
  Id contact = 0;
  Id note = 0;

  explicit Desk(const char* name) {
    vaults.Create(name, kPassphrase, kPassphrase, kKdfFloor);
    REQUIRE(vaults.state().phase == VaultPhase::kShowRecoveryKey);
    vaults.ConfirmRecoveryKeySeen();
    Store& store = vaults.session()->store();
    CreateDossier create;
    create.person.last_name = kCanary;
    create.person.first_name = "Marie";
    create.person.address = Answer<std::string>::Of("12 rue des Canaris");
    create.opened_on = *DayFromYmd(2026, 3, 2);
    dossier = store.Apply(create).value();
    AddRequest add;
    add.dossier_id = dossier;
    add.opened_on = *DayFromYmd(2026, 4, 2);
    add.category_codes = {"LOGEMENT"};
    add.subject = "Maintien dans le logement";
    REQUIRE(store.Apply(add).ok());
    RecordContact met;
    met.dossier_id = dossier;
    met.at = kNow - 5000;
    met.summary = "Entretien au service";
    contact = store.Apply(met).value();
    WriteNote write;
    write.dossier_id = dossier;
    write.at = kNow - 4000;
    write.text = "Note privée Canarinote";
    note = store.Apply(write).value();
    Tick();
  }
  Store& store() { return vaults.session()->store(); }
  void Tick() {
    vaults.Tick(now += 1500);
    sharing.Tick(kToday, kNow, dossier);
  }
  // Ticks until the vault has saved and the waiting file or document is handed over.
  void Settle() {
    for (int i = 0; i < 6; ++i) Tick();
  }
  std::int64_t Rows(const char* table) {
    return SelectInt(store().db(), std::string("SELECT count(*) FROM ") + table).value().value();
  }
  // Adds `other`'s card and confirms it, its last group read aloud; the contact's id.
  Id Know(const Desk& other) {
    REQUIRE(sharing.ImportCard(other.sharing.state().own_card).ok());
    const Id id = sharing.state().new_contact;
    REQUIRE(id != 0);
    REQUIRE(sharing.ConfirmContact(id, ReadAloud(other)).ok());
    return id;
  }
  ShareDraft Draft(Id to) const {
    ShareDraft d;
    d.dossier_id = dossier;
    d.contact_id = to;
    d.parts.contact_ids = {contact};
    d.purpose = "Instruction du dossier logement";
    return d;
  }
  Bytes ShareTo(Id to) {
    const std::size_t before = files.offers.size();
    REQUIRE(sharing.Share(Draft(to)).ok());
    Settle();
    REQUIRE(files.offers.size() == before + 1);
    return files.offers.back().bytes;
  }
};

inline bool Contains(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

// What a colleague reads aloud from her own screen: the last group of her own fingerprint.
inline FingerprintCheck ReadAloud(const Desk& owner) {
  FingerprintCheck check;
  check.last_group = std::string(LastGroup(owner.sharing.state().own_fingerprint));
  return check;
}

}  // namespace carnet::test
