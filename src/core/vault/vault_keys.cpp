#include "core/vault/vault_keys.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/base/text_rules.h"
#include "core/crypto/passphrase_strength.h"

namespace carnet {
namespace {

// Crockford's base32 alphabet: no I, L, O or U, so that a key read aloud is unambiguous.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kKeyChars = 52;   // 256 bits in 5-bit characters (4 bits of padding)
constexpr std::size_t kCheckChars = 4;  // 20 bits of BLAKE2b over the key

int DecodeChar(char c) {
  if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (c == 'O') c = '0';
  if (c == 'I' || c == 'L') c = '1';
  for (int i = 0; i < 32; ++i) {
    if (kAlphabet[i] == c) return i;
  }
  return -1;
}

std::string Base32(const std::uint8_t* data, std::size_t size, std::size_t chars) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  std::size_t i = 0;
  while (out.size() < chars) {
    if (bits < 5) {
      buffer = (buffer << 8) | (i < size ? data[i] : 0u);
      ++i;
      bits += 8;
    }
    out += kAlphabet[(buffer >> (bits - 5)) & 31u];
    bits -= 5;
  }
  return out;
}

std::string CheckChars(const AeadKey& key) {
  std::uint8_t hash[16];
  crypto_generichash(hash, sizeof hash, key.data(), key.size(), nullptr, 0);
  return Base32(hash, sizeof hash, kCheckChars);
}

}  // namespace

Status CheckKdf(const KdfParams& p) {
  if (p.ops < kKdfFloor.ops || p.mem_kib < kKdfFloor.mem_kib) {
    return Status::Error(StatusCode::kCorrupt, Problem::kKdfBelowFloor,
                         "key-derivation parameters below the floor (t=3, 64 MiB)");
  }
  if (p.ops > kKdfCeiling.ops || p.mem_kib > kKdfCeiling.mem_kib) {
    return Status::Error(StatusCode::kCorrupt, Problem::kKdfAboveCeiling,
                         "key-derivation parameters above the ceiling (t=16, 1 GiB)");
  }
  return Status::Ok();
}

Result<AeadKey> DeriveKek(std::string_view passphrase, ByteView salt, const KdfParams& params) {
  if (Status s = CheckKdf(params); !s.ok()) return s;
  if (salt.size != crypto_pwhash_SALTBYTES) {
    return Status::Error(StatusCode::kInternal, "the salt must be 16 bytes");
  }
  AeadKey kek{};
  if (crypto_pwhash(kek.data(), kek.size(), passphrase.data(), passphrase.size(), salt.data,
                    params.ops, std::size_t{params.mem_kib} * 1024u,
                    crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Status::Error(StatusCode::kCryptoFailure, "key derivation ran out of memory");
  }
  return kek;
}

Salt NewSalt() {
  // In wasm, libsodium draws random bytes through a JS function that sodium_init installs.
  if (sodium_init() < 0) std::abort();  // no random source: no salt can be made safely
  Salt salt{};
  randombytes_buf(salt.data(), salt.size());
  return salt;
}

KdfParams CalibrateKdf(double target_seconds) {
  const Salt salt{};
  const auto start = std::chrono::steady_clock::now();
  Result<AeadKey> probe = DeriveKek("calibration", ByteView(salt.data(), salt.size()), kKdfFloor);
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!probe.ok()) return kKdfFloor;
  WipeKey(probe.value());
  return KdfForMeasurement(elapsed, target_seconds);
}

KdfParams KdfForMeasurement(double floor_seconds, double target_seconds) {
  KdfParams params = kKdfFloor;
  if (!(floor_seconds > 0) || !(target_seconds > 0)) return params;  // also NaN
  const double passes = static_cast<double>(kKdfFloor.ops) * target_seconds / floor_seconds;
  if (passes > static_cast<double>(kKdfFloor.ops)) {
    params.ops = passes >= static_cast<double>(kKdfCeiling.ops)
                     ? kKdfCeiling.ops
                     : static_cast<std::uint32_t>(passes);
  }
  return params;
}

double ExpectedKdfSeconds(const KdfParams& params, double floor_seconds) {
  const double floor_cost =
      static_cast<double>(kKdfFloor.ops) * static_cast<double>(kKdfFloor.mem_kib);
  const double cost = static_cast<double>(params.ops) * static_cast<double>(params.mem_kib);
  return floor_seconds * cost / floor_cost;
}

KdfParams StrongerKdf(const KdfParams& a, const KdfParams& b) {
  return KdfParams{std::max(a.ops, b.ops), std::max(a.mem_kib, b.mem_kib)};
}

Result<Bytes> WrapKey(const AeadKey& wrapping, const AeadKey& dek, ByteView associated_data) {
  return AeadSeal(wrapping, ByteView(dek.data(), dek.size()), associated_data);
}

Result<AeadKey> UnwrapKey(const AeadKey& wrapping, ByteView wrapped, ByteView associated_data) {
  Result<Bytes> opened = AeadOpen(wrapping, wrapped, associated_data);
  if (!opened.ok() || opened.value().size() != kAeadKeyBytes) {
    return Status::Error(StatusCode::kCryptoFailure, Problem::kWrongPassphrase,
                         "wrong passphrase or recovery key");
  }
  AeadKey dek{};
  std::copy(opened.value().begin(), opened.value().end(), dek.begin());
  sodium_memzero(opened.value().data(), opened.value().size());
  return dek;
}

RecoveryKey NewRecoveryKey() {
  RecoveryKey recovery;
  recovery.key = RandomAeadKey();
  const std::string chars =
      Base32(recovery.key.data(), recovery.key.size(), kKeyChars) + CheckChars(recovery.key);
  for (std::size_t i = 0; i < chars.size(); i += 4) {
    if (i > 0) recovery.text += '-';
    recovery.text += chars.substr(i, 4);
  }
  return recovery;
}

Result<AeadKey> ParseRecoveryKey(std::string_view text) {
  std::string chars;
  for (const char c : text) {
    if (c == ' ' || c == '-' || c == '\t' || c == '\n') continue;
    if (DecodeChar(c) < 0) {
      return Status::Invalid(Problem::kInvalidText, "recovery_key",
                             "a recovery key holds only letters and digits");
    }
    chars += c;
  }
  if (chars.size() != kKeyChars + kCheckChars) {
    return Status::Invalid(Problem::kInvalidText, "recovery_key",
                           "a recovery key has 56 characters");
  }
  AeadKey key{};
  std::uint32_t buffer = 0;
  int bits = 0;
  std::size_t out = 0;
  for (std::size_t i = 0; i < kKeyChars; ++i) {
    buffer = (buffer << 5) | static_cast<std::uint32_t>(DecodeChar(chars[i]));
    bits += 5;
    if (bits >= 8 && out < key.size()) {
      key[out++] = static_cast<std::uint8_t>(buffer >> (bits - 8));
      bits -= 8;
    }
  }
  std::string check;
  for (std::size_t i = kKeyChars; i < chars.size(); ++i) {
    check += kAlphabet[DecodeChar(chars[i])];
  }
  if (check != CheckChars(key)) {
    WipeKey(key);
    return Status::Invalid(Problem::kInvalidText, "recovery_key",
                           "the recovery key was mistyped (its check characters do not match)");
  }
  return key;
}

Status CheckPassphrase(std::string_view passphrase) {
  if (Status s = CheckText(passphrase, "passphrase", 1024, TextKind::kLine, true); !s.ok()) {
    return s;
  }
  const PassphraseStrength strength = EstimatePassphrase(passphrase);
  if (!strength.acceptable()) {
    char guesses[16];
    (void)std::snprintf(guesses, sizeof guesses, "%.1f", strength.log10_guesses);
    return Status::Invalid(WeaknessProblem(strength.weakness), "passphrase",
                           std::string("too easy to guess (") + WeaknessWords(strength.weakness) +
                               "): about 10^" + guesses + " guesses by zxcvbn, under 10^10");
  }
  return Status::Ok();
}

}  // namespace carnet
