// The dossier's forms, one open at a time below its actions.
#pragma once

#include "ui/kit/frame.h"

namespace carnet::ui {

void DrawDossierForm(Frame& frame, const DossierHeader& header);

}  // namespace carnet::ui
