// The sharing screens: contacts and the vault's card, packages received, the register of
// disclosures, the access log, retention and the purge list (a view of the case shell); and
// the dossier screen's part: sharing, transferring, the person's copy, erasure and the
// dossier's own register.
#pragma once

#include <string>

#include "ui/kit/frame.h"

namespace carnet::ui {

void DrawSharing(Frame& frame);
void DrawSharingContacts(Frame& frame);
void DrawSharingReceived(Frame& frame);
void DrawSharingRegister(Frame& frame);
void DrawSharingAccessLog(Frame& frame);
void DrawSharingRetention(Frame& frame);
// On the dossier screen: the actions, the share form, the erasure's confirmation, the register.
void DrawDossierSharing(Frame& frame, Id dossier_id, bool writable);
// On the today screen: how many dossiers wait to be purged, with a way to the list.
void DrawPurgeReminder(Frame& frame);
// Says what became of the last sharing action, in the frame its outcome arrives.
void AnnounceSharingOutcome(Frame& frame);

// What DrawTrustCheck shows: the fingerprint of a card or sender to trust, and where to keep
// what the worker types.
struct TrustCheckView {
  const std::string* fingerprint = nullptr;
  const Contact* twin = nullptr;  // a confirmed contact under the same name, with other keys
  Msg help = Msg::kShCompareFingerprint;
  SharingAction action = SharingAction::kContact;  // whose refusals are shown beside the fields
  const char* id = "trust";                        // prefix of the widgets' ids
  TrustForm* form = nullptr;
  bool writable = true;
};
// The check before a card or a sender is trusted (app/sharing/sharing_trust.h): the warning when
// there is a twin, the fingerprint in full, how to check it with its owner, the field for the last
// group and, with a twin, the acknowledgment; each refusal beside its field. True when Enter
// was pressed in the field.
bool DrawTrustCheck(Frame& frame, const TrustCheckView& view);
// The check as typed in `form`, to send with the confirmation.
FingerprintCheck CheckOf(const TrustForm& form);
// On the contacts tab, under the card field: the card held under a known name, else the
// contact to confirm (one reviewed from the list, or the one the last card read added).
void DrawCardCheck(Frame& frame, bool writable);

}  // namespace carnet::ui
