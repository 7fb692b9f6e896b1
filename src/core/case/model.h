// The social worker's data model: facts, requests, actions and outcomes, never judgements about
// a person. No field qualifies a person subjectively. Every structured answer can say that the
// value is unknown, was not asked, was refused or does not apply: statistics count these
// instead of hiding them, and nothing forces an approximate value.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/calendar.h"

namespace carnet {

using Id = std::int64_t;

enum class AnswerState : std::uint8_t {
  kValue = 0,
  kUnknown = 1,        // inconnu
  kNotAsked = 2,       // non demandé (the default: nobody is forced to ask)
  kRefused = 3,        // refus de répondre
  kNotApplicable = 4,  // sans objet
};
inline constexpr int kAnswerStateCount = 5;

template <typename T>
struct Answer {
  AnswerState state = AnswerState::kNotAsked;
  T value{};  // meaningful only when state == kValue

  static Answer Of(T v) { return Answer{AnswerState::kValue, std::move(v)}; }
  static Answer Is(AnswerState s) { return Answer{s, T{}}; }
  bool has_value() const { return state == AnswerState::kValue; }
  bool operator==(const Answer& o) const {
    return state == o.state && (state != AnswerState::kValue || value == o.value);
  }
};

// A birth date, or only its year (month and day 0), or year and month (day 0).
struct BirthDate {
  int year = 0;
  int month = 0;
  int day = 0;
  bool operator==(const BirthDate& o) const {
    return year == o.year && month == o.month && day == o.day;
  }
};

// What is needed to recognise and reach a person; a name or an alias is enough.
struct PersonFields {
  std::string first_name;
  std::string last_name;
  std::string alias;  // e.g. when the person does not give a name
  Answer<BirthDate> birth;
  Answer<std::string> address;
  Answer<std::string> phone;
  Answer<int> household_size;  // people living in the household, the person included
};

enum class RequestStatus : std::uint8_t {
  kOpen = 0,             // en cours
  kSatisfied = 1,        // satisfaite
  kPartlySatisfied = 2,  // partiellement satisfaite
  kNotSatisfied = 3,     // non satisfaite
  kAbandoned = 4,        // abandonnée
};
inline constexpr int kRequestStatusCount = 5;

enum class ContactKind : std::uint8_t {
  kInterview = 0,    // entretien
  kHomeVisit = 1,    // visite à domicile
  kCall = 2,         // appel
  kMail = 3,         // courrier ou mail
  kPartnerStep = 4,  // démarche auprès d'un partenaire
  kMeeting = 5,      // réunion
};
inline constexpr int kContactKindCount = 6;

enum class TaskKind : std::uint8_t { kTask = 0, kAppointment = 1 };
enum class TaskStatus : std::uint8_t { kOpen = 0, kDone = 1, kCancelled = 2 };

// A step of the support process (accueil, évaluation, plan d'aide, suivi, clôturé by default).
struct ProcessStatus {
  std::string code;
  std::string label;
  int position = 0;
  bool closes = false;  // reaching it closes the dossier
  bool active = true;
};

// A category of the typology: national (parent_code empty) or local, mapped to a national one.
// Deactivated, never deleted, so that old requests keep their meaning.
struct Category {
  std::string code;
  std::string label;
  std::string parent_code;  // the national category of a local one
  bool no_fit = false;      // "ne correspond à aucune catégorie" (a first-class answer)
  bool active = true;
};

}  // namespace carnet
