// The vault's keys. A random data key (DEK) encrypts everything; it is stored only wrapped:
// once under a key derived from the passphrase (Argon2id), once under a recovery key shown to
// the user once. Changing the passphrase re-wraps the DEK and nothing else.
// Secrets (AeadKey values) are owned by the caller, who wipes them with WipeKey.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/base/bytes.h"
#include "core/base/status.h"
#include "core/crypto/aead.h"

namespace carnet {

struct KdfParams {
  std::uint32_t ops = 3;          // Argon2id passes (t)
  std::uint32_t mem_kib = 65536;  // memory in KiB (64 MiB)
  bool operator==(const KdfParams& o) const { return ops == o.ops && mem_kib == o.mem_kib; }
};

inline constexpr KdfParams kKdfFloor{3, 64 * 1024};       // never weaker than t=3, 64 MiB
inline constexpr KdfParams kKdfCeiling{16, 1024 * 1024};  // never costlier than t=16, 1 GiB
inline constexpr std::size_t kSaltBytes = 16;
inline constexpr std::size_t kWrappedKeyBytes = kAeadKeyBytes + kAeadOverhead;

using Salt = std::array<std::uint8_t, kSaltBytes>;
// A fresh random salt, for a new vault or a new passphrase.
Salt NewSalt();

// kKdfBelowFloor or kKdfAboveCeiling (StatusCode kCorrupt) when outside the accepted range.
Status CheckKdf(const KdfParams& params);

// Argon2id(passphrase, salt). Checks the parameters first; never runs outside the range.
Result<AeadKey> DeriveKek(std::string_view passphrase, ByteView salt, const KdfParams& params);

// Parameters for this device: the floor (t=3, 64 MiB), with more passes when one derivation
// at the floor takes well under `target_seconds`. Runs one derivation to measure.
KdfParams CalibrateKdf(double target_seconds);
// The same choice from a measurement made elsewhere (e.g. in a Web Worker): `floor_seconds`
// is how long one derivation at the floor took. The floor when the measurement is not positive.
KdfParams KdfForMeasurement(double floor_seconds, double target_seconds);
// How long a derivation with `params` should take when one at the floor takes `floor_seconds`:
// Argon2id's time grows with passes times memory.
double ExpectedKdfSeconds(const KdfParams& params, double floor_seconds);
// The stronger of two parameter sets, each field taken at its maximum.
KdfParams StrongerKdf(const KdfParams& a, const KdfParams& b);

// Seals the DEK under `wrapping`, bound to `associated_data`; kWrappedKeyBytes long.
Result<Bytes> WrapKey(const AeadKey& wrapping, const AeadKey& dek, ByteView associated_data);
// The DEK, or kCryptoFailure when the wrapping key or the associated data is wrong.
Result<AeadKey> UnwrapKey(const AeadKey& wrapping, ByteView wrapped, ByteView associated_data);

// A recovery key: 32 random bytes written as 56 characters of base32 (13 groups of 4 and one
// group of 4 check characters), e.g. "K7QJ-3MZP-...". Typing mistakes are caught by the check.
struct RecoveryKey {
  AeadKey key{};
  std::string text;
};
RecoveryKey NewRecoveryKey();
// Case, spaces and dashes do not matter; O/0, I/L/1 are read as the same character.
// kInvalidArgument + kInvalidText when it is not a well-formed recovery key.
Result<AeadKey> ParseRecoveryKey(std::string_view text);

// The passphrase policy: refused when zxcvbn's estimate is under 10^10 guesses (its score 4;
// passphrase_strength.h says why), with the main weakness as the problem (kWeakDictionaryWord,
// kWeakKeyboardPattern, kWeakRepeat, kWeakSequence, kWeakDate, or kTooShort); kInvalidText,
// kTooLong (over 1,024 characters) or kRequired before that. The meter uses the same estimate.
Status CheckPassphrase(std::string_view passphrase);

}  // namespace carnet
