#include <imgui.h>

#include <string>

#include "core/case/store.h"
#include "ui/kit/layout.h"
#include "ui/kit/screen_display_settings.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"
#include "ui/vault/screen_vault.h"

namespace carnet::ui {
namespace {

// Screen readers hear when a save ends, once: saved, or (at once) failed. Not on the frame the
// screen opens, nor for the steps in between.

// The backup: when the last one was made, a reminder when it is old, the export button.
void DrawBackup(Frame& frame) {
  const HomeUiState& home = *frame.home;
  if (home.reminder_due) {
    ImGui::PushStyleColor(ImGuiCol_Text, WarningColor());
    Paragraph(frame.a11y, frame.Tr(Msg::kBackupReminder));
    ImGui::PopStyleColor();
  }
  const std::string last = home.last_backup ? std::string(frame.Tr(Msg::kLastBackup)) + " " +
                                                  DayText(frame, *home.last_backup)
                                            : std::string(frame.Tr(Msg::kNoBackupYet));
  Paragraph(frame.a11y, last.c_str());
  WidgetOptions exporting;
  exporting.disabled = home.exporting || frame.vault->demo;
  if (frame.vault->demo) exporting.description = frame.Tr(Msg::kDemoNotSaved);
  exporting.primary = home.reminder_due;
  if (Button(frame.a11y, frame.Tr(Msg::kExportBackup), "export-backup", exporting)) {
    frame.commands.push_back(ExportBackupRequested{});
  }
  if (home.exporting) {
    Paragraph(frame.a11y, frame.Tr(Msg::kExportingBackup));
  } else if (!home.export_error.ok()) {
    Paragraph(frame.a11y, frame.Tr(Msg::kBackupExportFailed));
  } else if (home.exported) {
    Paragraph(frame.a11y, frame.Tr(Msg::kBackupExported));
  }
}

// Settings of this vault, kept in its case file.
void DrawSettings(Frame& frame) {
  const HomeUiState& home = *frame.home;
  WidgetOptions setting;
  setting.disabled = frame.vault->read_only;
  setting.description = setting.disabled ? frame.Tr(Msg::kReadOnly) : frame.Tr(Msg::kNeverHint);
  ImGui::SetNextItemWidth(240.0f);
  int minutes = home.auto_lock_minutes;
  if (SliderInt(frame.a11y, frame.Tr(Msg::kAutoLock), "auto-lock", &minutes, 0, kMaxAutoLockMinutes,
                "%d", setting)) {
    frame.commands.push_back(SetAutoLockRequested{minutes});
  }
  ImGui::SetNextItemWidth(240.0f);
  int days = home.reminder_days;
  if (SliderInt(frame.a11y, frame.Tr(Msg::kBackupReminderDays), "backup-reminder", &days, 0,
                kMaxBackupReminderDays, "%d", setting)) {
    frame.commands.push_back(SetBackupReminderRequested{days});
  }
}

// What the browser promised about keeping the vaults, and whether its quota runs short.
void DrawStorage(Frame& frame) {
  const char* persistence = PersistenceText(frame);
  if (persistence[0] != '\0') Paragraph(frame.a11y, persistence);
  if (frame.home->quota_low) {
    ImGui::PushStyleColor(ImGuiCol_Text, WarningColor());
    Paragraph(frame.a11y, frame.Tr(Msg::kQuotaLow));
    ImGui::PopStyleColor();
  }
}

void DrawChangePassphrase(Frame& frame) {
  VaultForms& f = frame.forms;
  TextFieldOptions secret = NewPassphraseField(frame, "passphrase");
  TextField(frame.a11y, frame.Tr(Msg::kNewPassphrase), "new-passphrase", &f.passphrase, secret);
  DrawPassphraseStrength(frame, f.passphrase);
  secret = NewPassphraseField(frame, "confirmation");
  TextField(frame.a11y, frame.Tr(Msg::kPassphraseConfirm), "new-confirmation", &f.confirmation,
            secret);
  if (Button(frame.a11y, frame.Tr(Msg::kSetPassphrase), "new-passphrase-submit")) {
    frame.commands.push_back(ChangePassphraseRequested{f.passphrase, f.confirmation});
    f.WipeSecrets();
    f.changing_passphrase = false;
  }
}

}  // namespace

const char* SaveStatusText(const Frame& frame) {
  if (frame.vault->read_only) return frame.Tr(Msg::kReadOnly);
  if (frame.vault->demo) return frame.Tr(Msg::kDemoNotSaved);
  switch (frame.vault->save) {
    case SaveState::kSaved: return frame.Tr(Msg::kSaved);
    case SaveState::kUnsaved: return frame.Tr(Msg::kUnsaved);
    case SaveState::kSaving: return frame.Tr(Msg::kSaving);
    case SaveState::kFailed:
      return frame.vault->save_error.problem() == Problem::kSaveConflict
                 ? frame.Tr(Msg::kSaveConflict)
                 : frame.Tr(Msg::kSaveFailed);
  }
  return "";
}

// Says a save's end to screen readers (a failure at once) in the frame where it changes.
void AnnounceSaveOutcome(Frame& frame) {
  static int drawn_in_frame = -1;
  static SaveState last = SaveState::kSaved;
  const bool continuing = drawn_in_frame == ImGui::GetFrameCount() - 1;
  drawn_in_frame = ImGui::GetFrameCount();
  const SaveState save = frame.vault->save;
  const bool changed = continuing && save != last;
  last = save;
  if (!changed || frame.vault->read_only) return;
  if (save == SaveState::kSaved) Announce(frame.a11y, SaveStatusText(frame));
  if (save == SaveState::kFailed) Announce(frame.a11y, SaveStatusText(frame), true);
}

void DrawLockRefusal(Frame& frame) {
  if (!frame.vault->lock_refused) return;
  ImGui::PushStyleColor(ImGuiCol_Text, ErrorColor());
  Paragraph(frame.a11y, frame.Tr(Msg::kLockRefused));
  ImGui::PopStyleColor();
  if (Button(frame.a11y, frame.Tr(Msg::kLockWithoutSaving), "lock-without-saving")) {
    frame.forms.WipeSecrets();
    frame.commands.push_back(LockVaultRequested{true});
  }
}

void DrawVaultSections(Frame& frame) {
  // Counted by the home controller when the case file changes; without one, by a COUNT query.
  int dossiers = 0;
  if (frame.home != nullptr) {
    dossiers = frame.home->dossier_count;
  } else if (frame.store != nullptr) {
    Result<int> count = frame.store->DossierCount();
    dossiers = count.ok() ? count.value() : 0;
  }
  const std::string count =
      std::string(frame.Tr(Msg::kDossierCount)) + " " + std::to_string(dossiers);
  Paragraph(frame.a11y, count.c_str());
  ImGui::Dummy(ImVec2(0, 8));
  WidgetOptions write;
  write.disabled = frame.vault->read_only;
  if (write.disabled) write.description = frame.Tr(Msg::kReadOnly);
  if (Button(frame.a11y, frame.Tr(Msg::kFillDemo), "fill-demo", write)) {
    frame.commands.push_back(FillDemoRequested{});
  }
  if (frame.home != nullptr) {
    ImGui::Dummy(ImVec2(0, 8));
    DrawBackup(frame);
    ImGui::Dummy(ImVec2(0, 8));
    DrawSettings(frame);
    ImGui::Dummy(ImVec2(0, 8));
    DrawStorage(frame);
  }
  ImGui::Dummy(ImVec2(0, 8));
  DrawDisplaySettings(frame);
  ImGui::Dummy(ImVec2(0, 8));
  if (Disclosure(frame.a11y, frame.Tr(Msg::kChangePassphrase), "change-passphrase")) {
    DrawChangePassphrase(frame);
  }
  if (!frame.vault->demo) DrawRotateKey(frame);
}

void DrawVaultHome(Frame& frame) {
  BeginColumn(720.0f, 32.0f);
  Heading(frame.a11y, frame.vault->display_name.c_str(), 1);
  // The save status is always visible; a failure is never hidden.
  Paragraph(frame.a11y, SaveStatusText(frame));
  AnnounceSaveOutcome(frame);
  ImGui::Dummy(ImVec2(0, 8));
  Paragraph(frame.a11y, frame.Tr(Msg::kVaultHomeIntro));
  if (Button(frame.a11y, frame.Tr(Msg::kLock), "lock-vault")) {
    frame.forms.WipeSecrets();
    frame.commands.push_back(LockVaultRequested{});
  }
  DrawLockRefusal(frame);
  DrawVaultSections(frame);
  EndColumn();
}

}  // namespace carnet::ui
