// What the share package's fuzz targets and their seed generator share: fixed identities (a fuzz
// target must be deterministic) and the first byte that says how the target reads its input.
#pragma once

#include <array>
#include <cstdint>

#include "core/crypto/identity.h"
#include "core/sharing/share_package_internal.h"

namespace carnet::fuzz {

// The first byte of a fuzz_share_package input: the rest is...
enum class ShareInput : std::uint8_t {
  kFile = 0,     // a whole package file, opened as it is
  kInner = 1,    // inner bytes (signature included), sealed to the recipient, then opened
  kPayload = 2,  // payload bytes, signed by the sender and sealed to the recipient, then opened
};
inline constexpr int kShareInputKinds = 3;

inline IdentityKeys FuzzShareIdentity(std::uint8_t n) {
  std::array<std::uint8_t, 32> seed{};
  seed.fill(n);
  return IdentityFromSeed(seed);
}
inline IdentityKeys FuzzRecipient() { return FuzzShareIdentity(0x52); }
inline IdentityKeys FuzzSender() { return FuzzShareIdentity(0x53); }
inline const char* FuzzSenderName() { return "Marie Dupont — CCAS"; }

inline share_package_internal::EphemeralSeed FuzzEphemeralSeed() {
  share_package_internal::EphemeralSeed seed{};
  seed.fill(0xE5);
  return seed;
}
inline share_package_internal::Nonce FuzzNonce() {
  share_package_internal::Nonce nonce{};
  for (std::size_t i = 0; i < nonce.size(); ++i) nonce[i] = static_cast<std::uint8_t>(i);
  return nonce;
}

}  // namespace carnet::fuzz
