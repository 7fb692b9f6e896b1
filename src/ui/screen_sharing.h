// The sharing screens: contacts and the vault's card, packages received, the register of
// disclosures, the access log, retention and the purge list (a view of the case shell); and
// the dossier screen's part: sharing, transferring, the person's copy, erasure and the
// dossier's own register.
#pragma once

#include "ui/frame.h"

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

}  // namespace carnet::ui
