// libFuzzer target: ParseRecoveryKey on any text (what a user types or pastes as a recovery
// key). A refusal must say why (kInvalidText); a key that parses must parse to the same bytes
// whatever the case and separators, and from its characters alone, since those do not count.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/vault/vault_keys.h"
#include "fuzz/fuzz_common.h"

using namespace carnet;

namespace {

// The same characters, each one written the other way round (upper or lower case).
std::string SwappedCase(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isupper(u) != 0) {
      c = static_cast<char>(std::tolower(u));
    } else if (std::islower(u) != 0) {
      c = static_cast<char>(std::toupper(u));
    }
  }
  return out;
}

// The characters that are not separators, as one run.
std::string WithoutSeparators(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ' && c != '-' && c != '\t' && c != '\n') out += c;
  }
  return out;
}

void SameKey(const AeadKey& key, std::string_view other, const char* what) {
  Result<AeadKey> again = ParseRecoveryKey(other);
  if (!again.ok() || again.value() != key) fuzz::Broken(what);
  if (again.ok()) WipeKey(again.value());
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  fuzz::InitOrDie();
  // A key the vault itself makes must parse to its own bytes.
  RecoveryKey fresh = NewRecoveryKey();
  SameKey(fresh.key, fresh.text, "a new recovery key does not parse to itself");
  WipeKey(fresh.key);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Result<AeadKey> key = ParseRecoveryKey(text);
  if (!key.ok()) {
    if (key.status().problem() != Problem::kInvalidText) {
      fuzz::Broken("a recovery key was refused without saying why");
    }
    return 0;
  }
  const std::string chars = WithoutSeparators(text);
  if (chars.size() != 56) fuzz::Broken("a recovery key of another length parsed");
  SameKey(key.value(), SwappedCase(text), "the case of a recovery key changed its bytes");
  SameKey(key.value(), chars, "the separators of a recovery key changed its bytes");
  SameKey(key.value(), "  " + chars.substr(0, 28) + " -\n" + chars.substr(28) + "\t",
          "separators added to a recovery key changed its bytes");
  WipeKey(key.value());
  return 0;
}
