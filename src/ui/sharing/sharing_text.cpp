#include "ui/sharing/sharing_text.h"

#include <cstring>

#include "ui/case/case_text.h"

namespace carnet::ui {

const char* DisclosureKindText(const Frame& frame, DisclosureKind kind) {
  switch (kind) {
    case DisclosureKind::kShare: return frame.Tr(Msg::kShDisShare);
    case DisclosureKind::kTransfer: return frame.Tr(Msg::kShDisTransfer);
    case DisclosureKind::kPersonCopy: return frame.Tr(Msg::kShDisPersonCopy);
    case DisclosureKind::kPrint: return frame.Tr(Msg::kShDisPrint);
    case DisclosureKind::kErased: return frame.Tr(Msg::kShDisErased);
    case DisclosureKind::kPurged: return frame.Tr(Msg::kShDisPurged);
    case DisclosureKind::kClipboard: return frame.Tr(Msg::kShDisClipboard);
  }
  return "?";
}

const char* DisclosureBasisText(const Frame& frame, DisclosureBasis basis) {
  switch (basis) {
    case DisclosureBasis::kConsentGiven: return frame.Tr(Msg::kShBasisConsent);
    case DisclosureBasis::kConsentRefused: return frame.Tr(Msg::kShBasisRefused);
    case DisclosureBasis::kLegalObligation: return frame.Tr(Msg::kShBasisLegal);
    case DisclosureBasis::kPersonRequest: return frame.Tr(Msg::kShBasisPerson);
    case DisclosureBasis::kNone: return frame.Tr(Msg::kShBasisNone);
  }
  return "?";
}

const char* ShareBasisText(const Frame& frame, ShareBasis basis) {
  return DisclosureBasisText(frame, BasisOf(basis));
}

const char* AccessActionText(const Frame& frame, AccessAction action) {
  switch (action) {
    case AccessAction::kOpenDossier: return frame.Tr(Msg::kShAccOpen);
    case AccessAction::kSharePackage: return frame.Tr(Msg::kShAccShare);
    case AccessAction::kTransferPackage: return frame.Tr(Msg::kShAccTransfer);
    case AccessAction::kPersonCopy: return frame.Tr(Msg::kShAccPersonCopy);
    case AccessAction::kPrint: return frame.Tr(Msg::kShAccPrint);
    case AccessAction::kBackupExport: return frame.Tr(Msg::kShAccBackup);
    case AccessAction::kStatsExport: return frame.Tr(Msg::kShAccStats);
    case AccessAction::kCopyCoordinates: return frame.Tr(Msg::kShAccCopy);
    case AccessAction::kReceivePackage: return frame.Tr(Msg::kShAccReceive);
    case AccessAction::kEraseDossier: return frame.Tr(Msg::kShAccErase);
    case AccessAction::kPurgeDossiers: return frame.Tr(Msg::kShAccPurge);
    case AccessAction::kProcessingRecord: return frame.Tr(Msg::kShAccRecord);
  }
  return "?";
}

std::string DisclosureLine(const Frame& frame, const carnet::Disclosure& e, bool with_dossier) {
  std::string line = MinuteText(e.at) + " · " + DisclosureKindText(frame, e.kind);
  // The recipient is named for packages; the other kinds say who in their own words.
  if (e.kind == DisclosureKind::kShare || e.kind == DisclosureKind::kTransfer) {
    line += std::string(" ") + frame.Tr(Msg::kShTo2) + " " + e.recipient;
  }
  if (with_dossier && !e.dossier_name.empty()) {
    line += std::string(" · ") + frame.Tr(Msg::kShDossier) + " " + e.dossier_name;
  }
  if (!e.parts.empty()) line += " · " + e.parts;
  if (!e.purpose.empty())
    line += std::string(" · ") + frame.Tr(Msg::kShPurpose) + "\u00a0: " + e.purpose;
  if (e.basis != DisclosureBasis::kNone) {
    line += std::string(" · ") + frame.Tr(Msg::kShBasis) +
            "\u00a0: " + DisclosureBasisText(frame, e.basis);
    if (!e.basis_reference.empty()) line += " (" + e.basis_reference + ")";
  }
  return line;
}

namespace {

bool FieldIn(const std::string& field, const char* fields) {
  const std::string list = std::string(",") + fields + ",";
  return list.find("," + field + ",") != std::string::npos;
}

const char* ErrorText(const Frame& frame, const Status& e) {
  // The check before trusting a card or a sender (app/sharing/sharing_trust.h).
  if (e.field() == "last_group") {
    return frame.Tr(e.problem() == Problem::kRequired ? Msg::kShErrLastGroupMissing
                                                      : Msg::kShErrLastGroup);
  }
  if (e.field() == "new_key_acknowledged") return frame.Tr(Msg::kShErrAcknowledge);
  switch (e.problem()) {
    case Problem::kPackageCorrupt: return frame.Tr(Msg::kShErrCorrupt);
    case Problem::kPackageOtherRecipient: return frame.Tr(Msg::kShErrOtherRecipient);
    case Problem::kPackageDuplicate: return frame.Tr(Msg::kShErrDuplicate);
    case Problem::kPackageUnknownSender: return frame.Tr(Msg::kShUnknownSender);
    case Problem::kContactFingerprintDiffers: return frame.Tr(Msg::kShErrKeysDiffer);
    case Problem::kAlreadyExists:
      return e.field() == "card" ? frame.Tr(Msg::kShErrOwnCard) : frame.Tr(Msg::kShErrGeneric);
    case Problem::kInvalidText:
    case Problem::kTooLong:
    case Problem::kRequired:
      if (e.field() == "card") return frame.Tr(Msg::kShErrCard);
      break;
    case Problem::kOutOfRange: return frame.Tr(Msg::kShErrNumber);
    case Problem::kInvalidDate: return frame.Tr(Msg::kShErrDate);
    default: break;
  }
  if (e.field() == "recipient") return frame.Tr(Msg::kShErrRecipient);
  if (e.field() == "purpose") return frame.Tr(Msg::kShErrPurpose);
  if (e.field() == "basis_reference") return frame.Tr(Msg::kShErrReference);
  return frame.Tr(Msg::kShErrGeneric);
}

}  // namespace

const char* SharingFieldError(const Frame& frame, SharingAction action, const char* fields) {
  const SharingUiState& s = *frame.sharing;
  if (s.error.ok() || s.last != action || !FieldIn(s.error.field(), fields)) return nullptr;
  return ErrorText(frame, s.error);
}

const char* SharingError(const Frame& frame, SharingAction action) {
  const SharingUiState& s = *frame.sharing;
  if (s.error.ok() || s.last != action) return nullptr;
  return ErrorText(frame, s.error);
}

}  // namespace carnet::ui
