// Rules for the text a user types: valid UTF-8, no control characters, bounded length.
// Used by every command before anything is written.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/base/status.h"

namespace carnet {

enum class TextKind { kLine, kMultiline };  // multiline text may hold line breaks and tabs

// Ok, or Status::Invalid naming `field`: kInvalidText (bad UTF-8, control characters),
// kTooLong (more than `max_chars` characters), kRequired (blank while `required`).
Status CheckText(std::string_view text, const char* field, std::size_t max_chars, TextKind kind,
                 bool required);

// Without leading and trailing spaces.
std::string_view Trim(std::string_view text);

// A key for sorting and comparing names: lower case, French accents and ligatures removed
// ("Élodie Œuvray" -> "elodie oeuvray"). Characters it does not know pass unchanged.
std::string FoldForSort(std::string_view text);

}  // namespace carnet
