// The open case file's screens: the overview, the day, the dossier, the new dossier form, the
// settings and the command palette. The case shell (ui/shell) places them, with the parts other
// domains add (the sharing part of the dossier, the purge reminder of the day).
#pragma once

#include "ui/kit/frame.h"

namespace carnet::ui {

void DrawOverview(Frame& frame);
// The day's title ("Aujourd’hui · 28/11/2026"), then its agenda.
void DrawTodayTitle(Frame& frame);
void DrawToday(Frame& frame);
// The dossier: its header, requests, actions and open form; then, after the sharing part, its
// timeline. Both draw nothing when no dossier is open.
void DrawDossier(Frame& frame);
void DrawDossierTimeline(Frame& frame);
void DrawNewDossier(Frame& frame);
// The person's name and answers (new dossier, or the person's record edited); true on Enter.
bool DrawPersonFields(Frame& frame, CaseForm form, NewDossierForm& fields);
void DrawCaseSettings(Frame& frame);
// The command palette (Ctrl+K): find a dossier by the start of a name, then act on it.
void DrawPalette(Frame& frame);

// Submits a form: remembers which outcome will answer it.
void Submit(Frame& frame, CaseForm form, Command command);
// Answers the submission awaited, once its outcome arrived: success clears the form and closes
// it, a refusal keeps its text; either is announced. Called once per frame by the shell.
void CollectCaseOutcome(Frame& frame);

}  // namespace carnet::ui
