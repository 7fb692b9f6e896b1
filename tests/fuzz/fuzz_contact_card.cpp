// libFuzzer target: ParseContactCard on any text. A card that parses must write back to the
// same text (spaces around it aside), parse again to the same identity and signature, and have
// a fingerprint of six groups of four digits.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/sharing/contact_card.h"
#include "fuzz/fuzz_common.h"

using namespace carnet;

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  fuzz::InitOrDie();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Result<ContactCard> card = ParseContactCard(text);
  if (!card.ok()) return 0;
  const std::string written = ContactCardText(card.value());
  if (text.find(written) == std::string_view::npos) fuzz::Broken("a card wrote back other text");
  Result<ContactCard> again = ParseContactCard(written);
  if (!again.ok()) fuzz::Broken("a written card did not parse");
  if (again.value().identity != card.value().identity ||
      again.value().signature != card.value().signature) {
    fuzz::Broken("a card parsed to another identity after writing it back");
  }
  if (Fingerprint(card.value().identity).size() != 29) fuzz::Broken("a malformed fingerprint");
  return 0;
}
