// A share package for a large dossier, as the sharing screen builds it: 60 requests, 300
// contacts and 140 notes (500 events), the identity and the household, all ticked, read out of
// the case file (CollectSharePayload), encoded, signed and sealed (SealSharePackage).
#include "bench_share.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_util.h"
#include "core/case/store.h"
#include "core/crypto/identity.h"
#include "core/sharing/share_collect.h"
#include "core/sharing/share_package.h"

namespace bench {
namespace {

constexpr int kRequests = 60;
constexpr int kContacts = 300;
constexpr int kNotes = 140;

template <typename T>
T Must(carnet::Result<T> result) {
  if (!result.ok()) {
    (void)std::fprintf(stderr, "share: %s\n", result.status().message().c_str());
    std::exit(1);
  }
  return std::move(result).value();
}

carnet::IdentityKeys Keys(std::uint8_t n) {
  std::array<std::uint8_t, 32> seed{};
  seed.fill(n);
  return carnet::IdentityFromSeed(seed);
}

// A dossier opened two years ago with the events above, texts of a typical length.
carnet::Id BuildDossier(carnet::Store& store, carnet::ShareParts* parts) {
  const carnet::Day opened = carnet::DayFromYmd(2024, 3, 4).value_or(0);
  carnet::CreateDossier create;
  create.person.first_name = "Marie-Hélène";
  create.person.last_name = "Dupont-Lefèvre";
  create.person.birth = carnet::Answer<carnet::BirthDate>::Of({1961, 4, 17});
  create.person.address = carnet::Answer<std::string>::Of("12 avenue des Tilleuls\n34200 Sète");
  create.person.phone = carnet::Answer<std::string>::Of("06 12 34 56 78");
  create.person.household_size = carnet::Answer<int>::Of(3);
  create.opened_on = opened;
  const carnet::Id dossier = Must(store.Apply(create));
  (void)Must(store.Apply(carnet::AddHouseholdMember{dossier, "Jean Dupont", "conjoint",
                                                    carnet::Answer<int>::Of(1958)}));
  (void)Must(store.Apply(carnet::AddHouseholdMember{
      dossier, "Léa Dupont", "fille", carnet::Answer<int>::Is(carnet::AnswerState::kRefused)}));

  const char* codes[] = {"LOGEMENT.MAINTIEN", "BUDGET.AIDE_FINANCIERE", "DROITS.CSS",
                         "SANTE.RENONCEMENT", "EMPLOI.REPRISE"};
  std::vector<carnet::Id> requests;
  for (int i = 0; i < kRequests; ++i) {
    carnet::AddRequest request{dossier,
                               opened + i * 12,
                               {codes[i % 5], codes[(i + 2) % 5]},
                               "Demande n° " + std::to_string(i) + " : constitution du dossier"};
    requests.push_back(Must(store.Apply(request)));
  }
  const std::string summary =
      "Entretien sur la situation du logement et du budget ; points à reprendre avec le "
      "bailleur, pièces justificatives demandées, prochaine étape convenue avec la personne.";
  for (int i = 0; i < kContacts; ++i) {
    carnet::RecordContact contact;
    contact.dossier_id = dossier;
    contact.kind = static_cast<carnet::ContactKind>(i % carnet::kContactKindCount);
    contact.at = carnet::Minute{opened + 1 + i * 2} * carnet::kMinutesPerDay +
                 carnet::Minute{9 * 60 + i % 480};
    contact.duration_minutes = 15 + i % 60;
    contact.request_ids = {requests[static_cast<std::size_t>((1 + 2 * i) / 12)]};  // opened by then
    contact.summary = summary + " (" + std::to_string(i) + ")";
    parts->contact_ids.push_back(Must(store.Apply(contact)));
  }
  std::string text;
  for (int k = 0; k < 5; ++k) {
    text += "La personne explique les démarches déjà faites et celles qui restent. ";
  }
  for (int i = 0; i < kNotes; ++i) {
    carnet::WriteNote note{
        dossier, carnet::Minute{opened + 2 + i * 4} * carnet::kMinutesPerDay + carnet::Minute{1020},
        text + std::to_string(i)};
    parts->note_ids.push_back(Must(store.Apply(note)));
  }
  return dossier;
}

}  // namespace

void BenchShare() {
  carnet::Store store = Must(carnet::Store::CreateInMemory());
  carnet::ShareParts parts;
  const carnet::Id dossier = BuildDossier(store, &parts);
  const carnet::IdentityKeys sender = Keys(1);
  const carnet::PublicIdentity recipient = carnet::PublicPart(Keys(2), "Service partenaire");
  const carnet::Minute now =
      carnet::Minute{carnet::DayFromYmd(2026, 3, 2).value_or(0)} * carnet::kMinutesPerDay;
  std::size_t bytes = 0;
  const double ms = MedianMs(51, [&] {
    carnet::Result<carnet::SharePayload> payload = carnet::CollectSharePayload(
        store, dossier, parts, carnet::ShareKind::kShare, now, carnet::PackageId{});
    if (!payload.ok()) return false;
    payload.value().purpose = "Instruction de la demande d’aide au logement.";
    carnet::Result<carnet::Bytes> file =
        carnet::SealSharePackage(payload.value(), sender, "Assistante sociale", recipient);
    bytes = file.ok() ? file.value().size() : 0;
    return file.ok() && payload.value().contacts.size() == kContacts &&
           payload.value().notes.size() == kNotes;
  });
  const std::string what =
      "Share, 500-event dossier: collect and seal (" + std::to_string(bytes / 1024) + " KiB)";
  Report("share_package_500", ms, "ms", what.c_str());

  // The two halves apart: reading the case file, then encoding, signing and sealing. Measured
  // after the whole above, so in wasm they run on code the engine has already optimised: their
  // sum is below the first figure, which is closer to a worker's first package of a session.
  carnet::SharePayload payload = Must(carnet::CollectSharePayload(
      store, dossier, parts, carnet::ShareKind::kShare, now, carnet::PackageId{}));
  payload.purpose = "Instruction de la demande d’aide au logement.";
  const double collect_ms = MedianMs(21, [&] {
    return carnet::CollectSharePayload(store, dossier, parts, carnet::ShareKind::kShare, now,
                                       carnet::PackageId{})
        .ok();
  });
  Report("share_collect_500", collect_ms, "ms", "Share, 500-event dossier: collect only");
  const double seal_ms = MedianMs(21, [&] {
    return carnet::SealSharePackage(payload, sender, "Assistante sociale", recipient).ok();
  });
  Report("share_seal_500", seal_ms, "ms", "Share, 500-event dossier: seal only");
}

}  // namespace bench
