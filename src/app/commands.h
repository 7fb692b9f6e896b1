// What the user asked for. The UI emits these; the controller validates and applies them.
#pragma once

#include <variant>
#include <vector>

#include "app/i18n.h"

namespace carnet {

struct SetLanguage {
  Lang lang;
};

using Command = std::variant<SetLanguage>;
using CommandQueue = std::vector<Command>;

}  // namespace carnet
