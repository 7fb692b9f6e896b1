// What a share package carries once opened: the parts of one dossier the worker chose, why they
// were shared and on what basis. The sender and the recipient are not here: the package's
// envelope names and authenticates them (share_package.h). Everything is copied out of the
// case file at the moment of sharing; the recipient keeps it read-only.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/calendar.h"
#include "core/case/model.h"

namespace carnet {

inline constexpr std::size_t kPackageIdBytes = 16;
using PackageId = std::array<std::uint8_t, kPackageIdBytes>;

enum class ShareKind : std::uint8_t {
  kShare = 1,     // partage: a copy for a partner, the dossier stays with the sender
  kTransfer = 2,  // transfert: the whole dossier for a colleague who takes the follow-up over
};

// On what ground the data leaves (the register records it with each disclosure).
enum class ShareBasis : std::uint8_t {
  kConsentGiven = 1,     // the person agreed
  kConsentRefused = 2,   // the person refused, and the worker shares anyway on a stated ground
  kLegalObligation = 3,  // a legal obligation: its reference is required
};

// The limits a package must keep (the store's own limits, in characters).
inline constexpr std::size_t kPurposeMax = 500;
inline constexpr std::size_t kBasisReferenceMax = 300;

struct SharedCategory {
  std::string code;   // e.g. "LOGEMENT.MAINTIEN"
  std::string label;  // as the sender's typology names it
};

struct SharedRequest {
  Day opened_on = 0;
  RequestStatus status = RequestStatus::kOpen;
  std::optional<Day> outcome_on;
  std::string subject;
  std::vector<SharedCategory> categories;
};

struct SharedContact {
  ContactKind kind = ContactKind::kInterview;
  Minute at = 0;
  std::optional<int> duration_minutes;
  std::string summary;
};

struct SharedNote {
  Minute at = 0;
  std::string text;
};

// An open task or appointment: only a transfer carries them, for the colleague to keep.
struct SharedTask {
  TaskKind kind = TaskKind::kTask;
  std::string title;
  Day due_on = 0;
  std::optional<int> due_minute_of_day;
};

struct SharedHouseholdMember {
  std::string name;
  std::string relation;
  Answer<int> birth_year;
};

struct SharePayload {
  PackageId package_id{};  // random; the recipient recognises a package imported twice by it
  ShareKind kind = ShareKind::kShare;
  Minute sent_at = 0;
  std::string purpose;  // required: why the recipient needs this
  ShareBasis basis = ShareBasis::kConsentGiven;
  std::string basis_reference;  // required unless consent was given

  // Always present, so the recipient can name what arrived: "NOM Prénom", or the alias.
  std::string display_name;
  Day opened_on = 0;
  std::string status_label;  // the dossier's step, in the sender's words

  bool has_person = false;                       // the "identité" part
  PersonFields person;                           // when has_person
  std::vector<SharedHouseholdMember> household;  // part of the identity
  std::vector<SharedRequest> requests;           // the "demandes" part
  std::vector<SharedContact> contacts;           // the contacts chosen one by one
  std::vector<SharedNote> notes;                 // the notes chosen one by one (none by default)
  std::vector<SharedTask> tasks;                 // open tasks; transfers only
};

// Which parts of a dossier the worker ticked.
struct ShareParts {
  bool identity = true;
  bool requests = true;
  std::vector<Id> contact_ids;
  std::vector<Id> note_ids;
  bool open_tasks = false;  // set for a transfer
};

}  // namespace carnet
