// The words of the synthetic caseload (demo_data.h): invented people in invented streets of
// real towns, and the requests, contacts, tasks and notes of a health-insurance fund's social
// service. Every text states facts and steps; none judges or labels a person.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace carnet::demo {

// The subjects a request can be about, matched to the typology's categories by their labels.
enum class Theme : std::uint8_t {
  kRights,    // accès aux droits
  kHealth,    // santé, accès aux soins
  kWork,      // maintien dans l'emploi malgré la maladie
  kAutonomy,  // perte d'autonomie, handicap, aidants
  kHousing,   // logement
  kBudget,    // budget, ressources
  kFamily,    // événements familiaux
  kOther,     // nothing above: requests filed under "no category fits"
};
inline constexpr int kThemeCount = 8;

// A read-only list of texts with static storage.
struct TextList {
  const std::string_view* items = nullptr;
  std::size_t size = 0;
  std::string_view operator[](std::size_t index) const { return items[index]; }
};

TextList FemaleFirstNames();
TextList MaleFirstNames();
TextList LastNames();
TextList Streets();  // "rue des Lilas"
TextList Towns();    // "38130 Échirolles"
// Relations to the person, in the same order in both lists: spouse, partner, child, child,
// parent, sibling, grandchild ("conjointe", "compagne", "fille", "fille", "mère"...).
TextList FemaleRelations();
TextList MaleRelations();

TextList RequestSubjects(Theme theme);
TextList ContactSummaries(Theme theme);  // an interview, a visit or a call about the request
TextList PartnerSteps(Theme theme);      // a step taken with a partner about the request
TextList TaskTitles(Theme theme);
TextList AppointmentTitles(Theme theme);
TextList Notes(Theme theme);

// Contacts not tied to a request, by kind.
TextList GeneralInterviews();
TextList GeneralCalls();
TextList GeneralMails();
TextList GeneralMeetings();
TextList GeneralPartnerSteps();
TextList GeneralAppointmentTitles();
TextList GeneralNotes();

}  // namespace carnet::demo
