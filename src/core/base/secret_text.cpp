#include "core/base/secret_text.h"

#include <sodium.h>

namespace carnet {

void WipeText(std::string* text) {
  text->resize(text->capacity());
  sodium_memzero(text->data(), text->size());
  text->clear();
}

}  // namespace carnet
