// What the case file's fields accept: the longest text of each, in characters, and the form of
// a code (a category's, a step's). The store refuses the rest; a share package's payload is
// held to the same rules when it is read.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/base/status.h"

namespace carnet::field_rules {

inline constexpr std::size_t kNameMax = 100;
inline constexpr std::size_t kAddressMax = 300;
inline constexpr std::size_t kPhoneMax = 40;
inline constexpr std::size_t kLabelMax = 100;
inline constexpr std::size_t kTitleMax = 200;
inline constexpr std::size_t kSubjectMax = 500;
inline constexpr std::size_t kSummaryMax = 4000;
inline constexpr std::size_t kNoteMax = 20000;

// A code: 1 to 32 characters among letters, digits, '.', '_' and '-'; else kInvalid on `field`.
Status CheckCode(std::string_view code, const char* field);

}  // namespace carnet::field_rules
