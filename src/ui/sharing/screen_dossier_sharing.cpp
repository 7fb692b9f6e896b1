// The dossier screen's sharing part: share or transfer (the recipient among confirmed contacts,
// the parts ticked, notes unticked, the purpose and the basis), the person's copy, erasure
// with its confirmation, and the dossier's own register of disclosures.
#include <imgui.h>

#include <algorithm>

#include "app/base/form_input.h"
#include "ui/case/case_text.h"
#include "ui/kit/layout.h"
#include "ui/kit/widgets.h"
#include "ui/sharing/screen_sharing.h"
#include "ui/sharing/sharing_text.h"

namespace carnet::ui {
namespace {

void Toggle(std::vector<Id>& ids, Id id, bool on) {
  const auto at = std::find(ids.begin(), ids.end(), id);
  if (on && at == ids.end()) ids.push_back(id);
  if (!on && at != ids.end()) ids.erase(at);
}

void DrawRecipients(Frame& frame, ShareDraft& d) {
  Heading(frame.a11y, frame.Tr(Msg::kShRecipient), 3);
  bool any = false;
  for (const Contact& c : frame.sharing->contacts) {
    if (!c.confirmed()) continue;
    if (any) SameLineForButton(c.identity.name.c_str());
    any = true;
    WidgetOptions toggle;
    toggle.pressed = d.contact_id == c.id ? Tristate::kTrue : Tristate::kFalse;
    toggle.description = c.fingerprint.c_str();
    if (Button(frame.a11y, c.identity.name.c_str(), ("recipient-" + std::to_string(c.id)).c_str(),
               toggle)) {
      d.contact_id = c.id;
    }
  }
  if (!any) Paragraph(frame.a11y, frame.Tr(Msg::kShNoConfirmedContact));
  if (const char* e = SharingFieldError(frame, SharingAction::kShare, "recipient")) {
    Paragraph(frame.a11y, e);
  }
}

void DrawParts(Frame& frame, ShareDraft& d) {
  Heading(frame.a11y, frame.Tr(Msg::kShParts), 3);
  Checkbox(frame.a11y, frame.Tr(Msg::kShPartIdentity), "part-identity", &d.parts.identity);
  Checkbox(frame.a11y, frame.Tr(Msg::kShPartRequests), "part-requests", &d.parts.requests);
  for (const TimelineEvent& e : frame.caseload->dossier.timeline) {
    const bool contact = e.kind == TimelineKind::kContact;
    if (!contact && e.kind != TimelineKind::kNote) continue;
    std::vector<Id>& ids = contact ? d.parts.contact_ids : d.parts.note_ids;
    bool on = std::find(ids.begin(), ids.end(), e.ref_id) != ids.end();
    std::string label = std::string(frame.Tr(contact ? Msg::kShPartContact : Msg::kShPartNote)) +
                        " " + MinuteText(e.at) + " · " + e.text.substr(0, 60);
    if (e.text.size() > 60) label += "…";
    const std::string id = (contact ? "part-contact-" : "part-note-") + std::to_string(e.ref_id);
    if (Checkbox(frame.a11y, label.c_str(), id.c_str(), &on)) Toggle(ids, e.ref_id, on);
  }
}

void DrawBasis(Frame& frame, ShareDraft& d) {
  Heading(frame.a11y, frame.Tr(Msg::kShBasis), 3);
  static constexpr struct {
    ShareBasis basis;
    Msg label;
    const char* id;
  } kBases[] = {{ShareBasis::kConsentGiven, Msg::kShBasisConsent, "basis-consent"},
                {ShareBasis::kConsentRefused, Msg::kShBasisRefused, "basis-refused"},
                {ShareBasis::kLegalObligation, Msg::kShBasisLegal, "basis-legal"}};
  for (const auto& b : kBases) {
    WidgetOptions toggle;
    toggle.pressed = d.basis == b.basis ? Tristate::kTrue : Tristate::kFalse;
    if (Button(frame.a11y, frame.Tr(b.label), b.id, toggle)) d.basis = b.basis;
  }
  if (d.basis == ShareBasis::kConsentGiven) return;
  TextFieldOptions reference;
  reference.max_chars = kBasisReferenceMax;
  reference.required = true;
  reference.error = SharingFieldError(frame, SharingAction::kShare, "basis_reference");
  TextField(frame.a11y, frame.Tr(Msg::kShBasisReference), "basis-reference", &d.basis_reference,
            reference);
}

void DrawShareForm(Frame& frame, Id dossier_id) {
  SharingForms& f = *frame.sharing_forms;
  ShareDraft& d = f.draft;
  d.dossier_id = dossier_id;
  const bool transfer = d.kind == ShareKind::kTransfer;
  Heading(frame.a11y, frame.Tr(transfer ? Msg::kShTransferTitle : Msg::kShShareTitle), 2);
  if (transfer) Paragraph(frame.a11y, frame.Tr(Msg::kShTransferIntro));
  DrawRecipients(frame, d);
  if (!transfer) DrawParts(frame, d);
  TextFieldOptions purpose;
  purpose.max_chars = kPurposeMax;
  purpose.required = true;
  purpose.multiline = true;
  purpose.lines = 2;
  purpose.error = SharingFieldError(frame, SharingAction::kShare, "purpose");
  TextField(frame.a11y, frame.Tr(Msg::kShPurposeField), "share-purpose", &d.purpose, purpose);
  DrawBasis(frame, d);
  if (transfer) {
    TextFieldOptions days;
    days.max_chars = 4;
    days.width = 120;
    days.error = SharingFieldError(frame, SharingAction::kShare, "purge_days");
    TextField(frame.a11y, frame.Tr(Msg::kShPurgeDays), "purge-days", &d.purge_days, days);
  }
  if (const char* e = SharingFieldError(frame, SharingAction::kShare,
                                        ",package,dossier_id,"
                                        "contact_ids,note_ids")) {
    Paragraph(frame.a11y, e);
  }
  WidgetOptions submit;
  submit.primary = true;
  if (Button(frame.a11y, frame.Tr(Msg::kShSubmitShare), "share-submit", submit)) {
    frame.commands.push_back(SharePackageRequested{d});
  }
  SameLineForButton(frame.Tr(Msg::kShCancel));
  if (Button(frame.a11y, frame.Tr(Msg::kShCancel), "share-cancel")) f.share_open = false;
}

void OpenForm(SharingForms& f, ShareKind kind, Id dossier_id) {
  const bool same = f.share_open && f.draft.kind == kind && f.draft.dossier_id == dossier_id;
  f.share_open = !same;
  if (f.draft.dossier_id != dossier_id || f.draft.kind != kind) {
    f.draft = ShareDraft();  // notes and contacts unticked, nothing carried from another dossier
    f.draft.kind = kind;
    f.draft.dossier_id = dossier_id;
  }
  f.erase_confirm = false;
}

}  // namespace

void DrawDossierSharing(Frame& frame, Id dossier_id, bool writable) {
  if (frame.sharing == nullptr) return;
  const SharingUiState& s = *frame.sharing;
  SharingForms& f = *frame.sharing_forms;
  // A share made: the form closes, and says where the package went.
  if (s.last == SharingAction::kShare && s.error.ok() && f.share_open &&
      f.draft.dossier_id == dossier_id && !s.package_file_name.empty()) {
    f.share_open = false;
    f.draft = ShareDraft();
  }
  if (s.dossier_id == dossier_id && s.dossier_transferred_on) {
    std::string line = std::string(frame.Tr(Msg::kShTransferred)) + " " +
                       carnet::DayText(*s.dossier_transferred_on);
    if (s.dossier_purge_on) {
      line += std::string(" · ") + frame.Tr(Msg::kShPurgeOn) + " " +
              carnet::DayText(*s.dossier_purge_on);
    }
    Paragraph(frame.a11y, line.c_str());
  }
  WidgetOptions options;
  options.disabled = !writable;
  if (Button(frame.a11y, frame.Tr(Msg::kShShare), "share-open", options)) {
    OpenForm(f, ShareKind::kShare, dossier_id);
  }
  SameLineForButton(frame.Tr(Msg::kShTransfer));
  if (Button(frame.a11y, frame.Tr(Msg::kShTransfer), "transfer-open", options)) {
    OpenForm(f, ShareKind::kTransfer, dossier_id);
  }
  SameLineForButton(frame.Tr(Msg::kShPersonCopy));
  if (Button(frame.a11y, frame.Tr(Msg::kShPersonCopy), "person-copy", options)) {
    frame.commands.push_back(PersonCopyRequested{dossier_id});
  }
  SameLineForButton(frame.Tr(Msg::kShErase));
  if (Button(frame.a11y, frame.Tr(Msg::kShErase), "erase-open", options)) {
    f.erase_confirm = !f.erase_confirm;
    f.share_open = false;
  }
  const bool shared_here = s.package_dossier == dossier_id && !s.package_file_name.empty();
  if (s.package_waiting && shared_here) Paragraph(frame.a11y, frame.Tr(Msg::kShPackageWaiting));
  if (!s.package_waiting && s.last == SharingAction::kShare && s.error.ok() && shared_here) {
    const std::string done =
        std::string(frame.Tr(Msg::kShPackageReady)) + " " + s.package_file_name;
    Paragraph(frame.a11y, done.c_str());
  }
  if (f.share_open && f.draft.dossier_id == dossier_id && writable)
    DrawShareForm(frame, dossier_id);
  if (f.erase_confirm && writable) {
    Paragraph(frame.a11y, frame.Tr(Msg::kShEraseConfirmText));
    WidgetOptions erase;
    erase.primary = true;
    erase.focus_now = true;
    if (Button(frame.a11y, frame.Tr(Msg::kShEraseConfirm), "erase-confirm", erase)) {
      frame.commands.push_back(EraseDossierRequested{dossier_id});
      f.erase_confirm = false;
    }
    SameLineForButton(frame.Tr(Msg::kShCancel));
    if (Button(frame.a11y, frame.Tr(Msg::kShCancel), "erase-cancel")) f.erase_confirm = false;
  }
  ImGui::Dummy(ImVec2(0, 6));
  Heading(frame.a11y, frame.Tr(Msg::kShDossierRegister), 3);
  if (s.dossier_id != dossier_id || s.dossier_disclosures.empty()) {
    Paragraph(frame.a11y, frame.Tr(Msg::kShNoDisclosure));
    return;
  }
  for (const carnet::Disclosure& e : s.dossier_disclosures) {
    Paragraph(frame.a11y, DisclosureLine(frame, e, false).c_str());
  }
}

}  // namespace carnet::ui
