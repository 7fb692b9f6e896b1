// Words of the sharing screens: the register's kinds and bases, the access log's actions, and
// why a sharing action was refused.
#pragma once

#include <string>

#include "ui/kit/frame.h"

namespace carnet::ui {

const char* DisclosureKindText(const Frame& frame, DisclosureKind kind);
const char* DisclosureBasisText(const Frame& frame, DisclosureBasis basis);
const char* ShareBasisText(const Frame& frame, ShareBasis basis);
const char* AccessActionText(const Frame& frame, AccessAction action);
// One line of the register: "12/03/2026 14h30 · Partage à CCAS de Lens · identité, 2 demandes ·
// Objet : ... · Base : ...".
std::string DisclosureLine(const Frame& frame, const carnet::Disclosure& entry, bool with_dossier);
// Why the last sharing action was refused, when it concerns `fields` (comma-separated), or
// null.
const char* SharingFieldError(const Frame& frame, SharingAction action, const char* fields);
// The refusal of the last action, whatever its field, or null.
const char* SharingError(const Frame& frame, SharingAction action);

}  // namespace carnet::ui
