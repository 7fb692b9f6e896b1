#include "core/crypto/passphrase_strength.h"

#include <sodium.h>
#include <zxcvbn.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "core/base/text_rules.h"

namespace carnet {
namespace {

constexpr std::size_t kMaxEstimatedBytes = 256;
constexpr std::size_t kMinRepeatBytes = 3;  // as zxcvbn's repeats of one character
constexpr int kMinPatternBytes = 2;         // one letter is no word: "a b c d" is too short
constexpr std::size_t kKinds = 7;           // PassphraseWeakness values
constexpr double kLog10Of2 = 0.301029995663981195;

void Wipe(std::string& text) {
  if (!text.empty()) sodium_memzero(text.data(), text.size());
  text.clear();
}

// The length of the UTF-8 sequence a byte starts (1 for a byte that starts none).
std::size_t SequenceLength(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  return lead < 0xF0 ? 3 : 4;
}

// What zxcvbn reads: ASCII as typed; accented Latin letters folded as the dictionaries are
// (FoldForSort, so "É" reads "e"); any other character one byte of its own, 0x80 plus the low
// bits of its last byte, so that it counts as one character and neighbours stay neighbours.
std::string FoldForEstimate(std::string_view text) {
  std::string out;
  out.reserve(std::min(text.size(), kMaxEstimatedBytes) + 2);
  for (std::size_t i = 0; i < text.size() && out.size() < kMaxEstimatedBytes;) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {
      out += static_cast<char>(lead);
      ++i;
      continue;
    }
    const std::size_t length = std::min(SequenceLength(lead), text.size() - i);
    std::string folded = FoldForSort(text.substr(i, length));
    const bool ascii = !folded.empty() && std::all_of(folded.begin(), folded.end(), [](char c) {
      return static_cast<unsigned char>(c) < 0x80;
    });
    if (ascii) {
      // Capitals stay capitals ("É" reads "E"): zxcvbn counts them.
      const bool upper = length == 2 && lead == 0xC3 &&
                         static_cast<unsigned char>(text[i + 1]) < 0x9F;  // U+00C0..U+00DE
      const bool upper_ligature = length == 2 && lead == 0xC5 &&
                                  (static_cast<unsigned char>(text[i + 1]) == 0x92 ||
                                   static_cast<unsigned char>(text[i + 1]) == 0xB8);  // Œ, Ÿ
      for (char& c : folded) {
        if ((upper || upper_ligature) && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      }
      out += folded;
    } else {
      const auto last = static_cast<unsigned char>(text[i + length - 1]);
      out += static_cast<char>(0x80 | (last & 0x3F));
    }
    Wipe(folded);
    i += length;
  }
  if (out.size() > kMaxEstimatedBytes) out.resize(kMaxEstimatedBytes);
  return out;
}

PassphraseWeakness KindOf(ZxcTypeMatch_t type) {
  switch (type) {
    case DICTIONARY_MATCH:
    case DICT_LEET_MATCH:
    case USER_MATCH:
    case USER_LEET_MATCH: return PassphraseWeakness::kDictionaryWord;
    case REPEATS_MATCH: return PassphraseWeakness::kRepeat;
    case SEQUENCE_MATCH: return PassphraseWeakness::kSequence;
    case SPATIAL_MATCH: return PassphraseWeakness::kKeyboardPattern;
    case DATE_MATCH:
    case YEAR_MATCH: return PassphraseWeakness::kDate;
    case NON_MATCH:
    case BRUTE_MATCH: break;
  }
  return PassphraseWeakness::kNone;
}

// One estimate: zxcvbn's bits, and how many bytes each kind of pattern covers. Patterns of one
// byte ("a", "c") are not counted as the passphrase's weakness.
struct Estimate {
  double bits = 0.0;
  std::array<std::size_t, kKinds> covered{};
};

Estimate Zxcvbn(const std::string& text) {
  Estimate estimate;
  if (text.empty()) return estimate;
  ZxcMatch_t* info = nullptr;
  estimate.bits = ZxcvbnMatch(text.c_str(), nullptr, &info);
  for (const ZxcMatch_t* match = info; match != nullptr; match = match->Next) {
    const auto kind = static_cast<std::size_t>(KindOf(match->Type));
    if (kind != 0 && match->Length >= kMinPatternBytes) {
      estimate.covered[kind] += static_cast<std::size_t>(match->Length);
    }
  }
  ZxcvbnFreeInfo(info);
  return estimate;
}

// A base repeated `count` times from `begin` ("chat " x 3).
struct Repeat {
  std::size_t begin = 0;
  std::size_t base = 0;
  std::size_t count = 0;
};

// The repeats zxcvbn 4 finds and this older C port does not (it knows repeats of one
// character only): from left to right, at each place the repeat that covers most bytes.
std::vector<Repeat> FindRepeats(const std::string& text) {
  std::vector<Repeat> repeats;
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    Repeat best;
    for (std::size_t base = 1; i + 2 * base <= n; ++base) {
      std::size_t count = 1;
      while (i + (count + 1) * base <= n &&
             text.compare(i + count * base, base, text, i, base) == 0) {
        ++count;
      }
      if (count >= 2 && count * base > best.count * best.base) best = {i, base, count};
    }
    if (best.count * best.base >= kMinRepeatBytes) {
      repeats.push_back(best);
      i += best.count * best.base;
    } else {
      ++i;
    }
  }
  return repeats;
}

void Add(Estimate& total, const Estimate& part) {
  total.bits += part.bits;
  for (std::size_t k = 0; k < kKinds; ++k) total.covered[k] += part.covered[k];
}

// Zxcvbn 4's rule for a repeat: the base's guesses times the number of repeats. The parts
// between repeats are estimated on their own.
Estimate WithRepeats(const std::string& text, const std::vector<Repeat>& repeats) {
  Estimate total;
  std::size_t next = 0;
  for (const Repeat& repeat : repeats) {
    std::string part = text.substr(next, repeat.begin - next);
    Add(total, Zxcvbn(part));
    Wipe(part);
    std::string base = text.substr(repeat.begin, repeat.base);
    Estimate once = Zxcvbn(base);
    Wipe(base);
    once.bits += std::log2(static_cast<double>(repeat.count));
    once.covered = {};
    once.covered[static_cast<std::size_t>(PassphraseWeakness::kRepeat)] =
        repeat.base * repeat.count;
    Add(total, once);
    next = repeat.begin + repeat.base * repeat.count;
  }
  std::string rest = text.substr(next);
  Add(total, Zxcvbn(rest));
  Wipe(rest);
  return total;
}

int ScoreOf(double log10_guesses) {
  if (log10_guesses < 3) return 0;
  if (log10_guesses < 6) return 1;
  if (log10_guesses < 8) return 2;
  return log10_guesses < kMinPassphraseLog10Guesses ? 3 : 4;
}

// The kind that covers most of the passphrase; on a tie, the first of this list.
PassphraseWeakness MainWeakness(const Estimate& estimate) {
  constexpr std::array<PassphraseWeakness, 5> kOrder = {
      PassphraseWeakness::kRepeat, PassphraseWeakness::kKeyboardPattern,
      PassphraseWeakness::kSequence, PassphraseWeakness::kDictionaryWord,
      PassphraseWeakness::kDate};
  PassphraseWeakness main = PassphraseWeakness::kTooShort;
  std::size_t most = 0;
  for (const PassphraseWeakness kind : kOrder) {
    const std::size_t covered = estimate.covered[static_cast<std::size_t>(kind)];
    if (covered > most) {
      most = covered;
      main = kind;
    }
  }
  return main;
}

}  // namespace

bool PassphraseStrength::acceptable() const { return log10_guesses >= kMinPassphraseLog10Guesses; }

PassphraseStrength EstimatePassphrase(std::string_view passphrase) {
  std::string text = FoldForEstimate(passphrase);
  Estimate estimate = Zxcvbn(text);
  const std::vector<Repeat> repeats = FindRepeats(text);
  if (!repeats.empty()) {
    const Estimate repeated = WithRepeats(text, repeats);
    if (repeated.bits < estimate.bits) estimate = repeated;
  }
  Wipe(text);

  PassphraseStrength strength;
  strength.log10_guesses = estimate.bits * kLog10Of2;
  strength.score = ScoreOf(strength.log10_guesses);
  for (std::size_t k = 0; k < kKinds; ++k) {
    if (estimate.covered[k] > 0) strength.patterns |= static_cast<std::uint8_t>(1u << k);
  }
  if (!strength.acceptable()) strength.weakness = MainWeakness(estimate);
  return strength;
}

Problem WeaknessProblem(PassphraseWeakness weakness) {
  switch (weakness) {
    case PassphraseWeakness::kDictionaryWord: return Problem::kWeakDictionaryWord;
    case PassphraseWeakness::kKeyboardPattern: return Problem::kWeakKeyboardPattern;
    case PassphraseWeakness::kRepeat: return Problem::kWeakRepeat;
    case PassphraseWeakness::kSequence: return Problem::kWeakSequence;
    case PassphraseWeakness::kDate: return Problem::kWeakDate;
    case PassphraseWeakness::kTooShort: return Problem::kTooShort;
    case PassphraseWeakness::kNone: break;
  }
  return Problem::kNone;
}

const char* WeaknessWords(PassphraseWeakness weakness) {
  switch (weakness) {
    case PassphraseWeakness::kDictionaryWord: return "a dictionary word or a common password";
    case PassphraseWeakness::kKeyboardPattern: return "a keyboard row";
    case PassphraseWeakness::kRepeat: return "a repeated word or character";
    case PassphraseWeakness::kSequence: return "a run of letters or digits";
    case PassphraseWeakness::kDate: return "a year or a date";
    case PassphraseWeakness::kTooShort: return "too short";
    case PassphraseWeakness::kNone: break;
  }
  return "none";
}

}  // namespace carnet
