#include <doctest/doctest.h>

#include <string>

#include "core/crypto/passphrase_strength.h"
#include "core/vault/vault_keys.h"

using namespace carnet;

namespace {

struct Weak {
  const char* passphrase;
  PassphraseWeakness weakness;
};

}  // namespace

TEST_SUITE("passphrase strength") {
  TEST_CASE("weak passphrases are refused with their main weakness") {
    const Weak kWeak[] = {
        // Keyboard rows: no AZERTY layout in zxcvbn, but "ertyuiop" is a QWERTY row.
        {"azertyuiop", PassphraseWeakness::kKeyboardPattern},
        {"qsdfghjklm", PassphraseWeakness::kKeyboardPattern},
        // "qwertyuiop" is itself one of the 10,000 commonest passwords.
        {"qwertyuiop123", PassphraseWeakness::kDictionaryWord},
        // Common French passwords with a year.
        {"soleil2024", PassphraseWeakness::kDictionaryWord},
        {"motdepasse1990", PassphraseWeakness::kDictionaryWord},
        {"Marseille1998", PassphraseWeakness::kDictionaryWord},
        // One-letter words: nothing to find, too little to guess.
        {"a b c d", PassphraseWeakness::kTooShort},
        // Repeated words.
        {"chat chat chat chat", PassphraseWeakness::kRepeat},
        {"bonjourbonjourbonjour", PassphraseWeakness::kRepeat},
        // Single words, with or without their accents.
        {"éléphant", PassphraseWeakness::kDictionaryWord},
        {"Elephant", PassphraseWeakness::kDictionaryWord},
        {"parapluie", PassphraseWeakness::kDictionaryWord},
        {"Éléphants", PassphraseWeakness::kDictionaryWord},
        // Runs and dates.
        {"abcdefghijkl", PassphraseWeakness::kSequence},
        {"14/07/1989", PassphraseWeakness::kDate},
    };
    for (const Weak& weak : kWeak) {
      const std::string passphrase = weak.passphrase;
      CAPTURE(passphrase);
      const PassphraseStrength strength = EstimatePassphrase(weak.passphrase);
      CHECK_FALSE(strength.acceptable());
      CHECK(strength.score < 4);
      CHECK(strength.log10_guesses < kMinPassphraseLog10Guesses);
      CHECK(strength.weakness == weak.weakness);
      CHECK(strength.Found(weak.weakness) == (weak.weakness != PassphraseWeakness::kTooShort));
      const Status refused = CheckPassphrase(weak.passphrase);
      CHECK(refused.problem() == WeaknessProblem(weak.weakness));
      CHECK(refused.field() == "passphrase");
    }
  }

  TEST_CASE("the year beside a common word is found too") {
    CHECK(EstimatePassphrase("soleil2024").Found(PassphraseWeakness::kDate));
    CHECK(EstimatePassphrase("motdepasse1990").Found(PassphraseWeakness::kDate));
  }

  TEST_CASE("four random common words are accepted") {
    for (const char* words : {"cheval agrafe moutarde lointain", "jardin bleu tasse nuage",
                              "pomme vélo orage tiroir", "correct horse battery staple",
                              "lampe rivière carton samedi", "citron-facteur-neige-boussole"}) {
      const std::string passphrase = words;
      CAPTURE(passphrase);
      const PassphraseStrength strength = EstimatePassphrase(words);
      CHECK(strength.acceptable());
      CHECK(strength.score == 4);
      CHECK(strength.weakness == PassphraseWeakness::kNone);
      CHECK(CheckPassphrase(words).ok());
    }
  }

  TEST_CASE("accents are folded, so an accent does not hide a word") {
    const double plain = EstimatePassphrase("elephant").log10_guesses;
    CHECK(EstimatePassphrase("éléphant").log10_guesses == doctest::Approx(plain));
    CHECK(EstimatePassphrase("ÉLÉPHANT").log10_guesses ==
          doctest::Approx(EstimatePassphrase("ELEPHANT").log10_guesses));
  }

  TEST_CASE("more words, more guesses; the score follows the guesses") {
    const PassphraseStrength one = EstimatePassphrase("cheval");
    const PassphraseStrength two = EstimatePassphrase("cheval agrafe");
    const PassphraseStrength four = EstimatePassphrase("cheval agrafe moutarde lointain");
    CHECK(one.log10_guesses < two.log10_guesses);
    CHECK(two.log10_guesses < four.log10_guesses);
    CHECK(EstimatePassphrase("").log10_guesses == 0.0);
    CHECK(EstimatePassphrase("").score == 0);
  }

  TEST_CASE("other scripts, long and malformed input are estimated without harm") {
    CHECK(EstimatePassphrase("Жизнь прекрасна и удивительна").log10_guesses > 0.0);
    CHECK_FALSE(EstimatePassphrase(std::string(1000, 'a')).acceptable());
    CHECK_FALSE(EstimatePassphrase("\xC3").acceptable());
    CHECK(EstimatePassphrase(std::string("a\xE2\x82", 3)).log10_guesses >= 0.0);
  }

  TEST_CASE("each weakness has its problem") {
    CHECK(WeaknessProblem(PassphraseWeakness::kTooShort) == Problem::kTooShort);
    CHECK(WeaknessProblem(PassphraseWeakness::kDictionaryWord) == Problem::kWeakDictionaryWord);
    CHECK(WeaknessProblem(PassphraseWeakness::kKeyboardPattern) == Problem::kWeakKeyboardPattern);
    CHECK(WeaknessProblem(PassphraseWeakness::kRepeat) == Problem::kWeakRepeat);
    CHECK(WeaknessProblem(PassphraseWeakness::kSequence) == Problem::kWeakSequence);
    CHECK(WeaknessProblem(PassphraseWeakness::kDate) == Problem::kWeakDate);
    CHECK(WeaknessProblem(PassphraseWeakness::kNone) == Problem::kNone);
  }
}
