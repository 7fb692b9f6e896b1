// What the user is typing in the caseload's forms and the command palette. Lives across
// frames in the UI; a form's text is cleared only once the controller has applied it (its
// outcome serial moved past the submission with success), so a refused form keeps every
// character typed.
#pragma once

#include <cstdint>
#include <string>

#include "app/case/case_commands.h"

namespace carnet::ui {

struct CaseForms {
  CaseForm open = CaseForm::kNone;  // the form shown on the dossier screen (or kNewDossier)
  NewDossierForm new_dossier;
  NewDossierForm person;  // the person's record being edited
  Id person_of = 0;       // the dossier whose record `person` holds
  ContactForm contact;
  RequestForm request;
  std::string category_search;
  TaskForm task;
  std::string note;
  std::string new_category;
  std::string new_category_parent;
  std::string new_step;

  // The submission waited for: its form, and the outcome serial that will answer it.
  CaseForm awaiting = CaseForm::kNone;
  std::uint64_t awaiting_serial = 0;
  bool focus_first = false;
  Id timeline_all_of = 0;  // the dossier whose whole history is shown (else its recent part)  //
                           // put the cursor in the open form's first field this frame

  bool palette_open = false;
  bool palette_focus = false;
  std::string palette_text;
  Id palette_choice = 0;  // a dossier chosen in the palette: its actions are offered
  std::string palette_choice_name;

  // Clears the text of `form` (after it was applied).
  void Clear(CaseForm form);
};

}  // namespace carnet::ui
