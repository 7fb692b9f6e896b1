// How hard a passphrase is to guess, by zxcvbn's estimate (its C port, with a dictionary of
// common passwords, English words and names, and French words: cmake/third_party.cmake). One
// estimate serves the policy (CheckPassphrase refuses below kMinPassphraseLog10Guesses), the
// strength meter shown while typing, and the command-line tool.
// The passphrase is secret: the estimate keeps no copy of it (its folded copy is wiped), and the
// result holds only figures and the kinds of pattern found, never any of its text.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/base/status.h"

namespace carnet {

// Why a passphrase is easy to guess: the kind of pattern that covers most of it.
enum class PassphraseWeakness : std::uint8_t {
  kNone,             // nothing to say: the passphrase is accepted
  kTooShort,         // no pattern, or only one-letter words: too little of it to guess
  kDictionaryWord,   // a word of the dictionaries, or a common password ("soleil", "qwertyuiop")
  kKeyboardPattern,  // a row or a path on the keyboard ("ertyuiop")
  kRepeat,           // a repeated character or word ("chat chat chat")
  kSequence,         // a run of letters or digits ("abcdef", "123")
  kDate,             // a year or a date ("1990", "14/07/1989")
};

// The estimate. Zxcvbn's score follows from the guesses: 0 under 10^3, 1 under 10^6, 2 under
// 10^8, 3 under 10^10, 4 from 10^10 on.
struct PassphraseStrength {
  double log10_guesses = 0.0;  // log10 of the guesses an attacker needs, by zxcvbn
  int score = 0;               // zxcvbn's scale, 0 to 4
  // Why it is refused; kNone when accepted (log10_guesses >= kMinPassphraseLog10Guesses).
  PassphraseWeakness weakness = PassphraseWeakness::kNone;
  std::uint8_t patterns = 0;  // every kind of pattern found, bit (1 << PassphraseWeakness)

  bool acceptable() const;
  bool Found(PassphraseWeakness kind) const {
    return (patterns & (1u << static_cast<unsigned>(kind))) != 0;
  }
};

// The threshold: 10^10 guesses, zxcvbn's score 4 ("strong protection from an offline attack
// on a slow hash"). The vault's passphrase is attacked offline on a stolen backup or disk,
// each guess costing one Argon2id at t=3 and 64 MiB or more (about 0.1 s of a CPU core):
// 10^10 guesses are some 30 core-years, 10^8 (score 3's floor) under four core-months.
inline constexpr double kMinPassphraseLog10Guesses = 10.0;

// The estimate for `passphrase` (UTF-8). Accented letters are folded as the dictionaries are
// ("éléphant" is found as "elephant", which can only lower the estimate), capitals are kept,
// and only the first 256 bytes are read: a longer passphrase is scored on its beginning.
// Takes well under a millisecond natively (tests/core/crypto/passphrase_strength_test.cpp).
PassphraseStrength EstimatePassphrase(std::string_view passphrase);

// The problem a refusal reports for `weakness` (kTooShort, kWeakDictionaryWord, ...).
Problem WeaknessProblem(PassphraseWeakness weakness);
// The weakness in English words, for logs and the command-line tool ("a keyboard row").
const char* WeaknessWords(PassphraseWeakness weakness);

}  // namespace carnet
