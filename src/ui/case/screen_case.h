// The open case file's screens: the shell (navigation, save status, command palette) and the
// overview, the day, the dossier, the new dossier form and the settings.
#pragma once

#include "ui/kit/frame.h"

namespace carnet::ui {

void DrawCaseShell(Frame& frame);
void DrawOverview(Frame& frame);
void DrawToday(Frame& frame);
void DrawDossier(Frame& frame);
void DrawNewDossier(Frame& frame);
// The person's name and answers (new dossier, or the person's record edited); true on Enter.
bool DrawPersonFields(Frame& frame, CaseForm form, NewDossierForm& fields);
void DrawCaseSettings(Frame& frame);
// The command palette (Ctrl+K): find a dossier by the start of a name, then act on it.
void DrawPalette(Frame& frame);

// Submits a form: remembers which outcome will answer it.
void Submit(Frame& frame, CaseForm form, Command command);

}  // namespace carnet::ui
