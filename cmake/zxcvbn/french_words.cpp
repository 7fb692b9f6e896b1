// Host tool run at configure time: picks French words for zxcvbn's dictionary from Debian's
// list (wfrench: 346,000 UTF-8 words, every inflected form, alphabetical).
//   french_words IN OUT        writes the chosen words to OUT, one a line
// The generator of this zxcvbn release packs its trie into fixed fields (at most 8,192 child
// sets), which its English lists already fill to 80 %: about 50,000 French words fit beside
// them (cmake/third_party.cmake checks the generator's counts). The choice:
// - folded as the estimator folds a passphrase (FoldForSort: "éléphant" -> "elephant"), and
//   letters only;
// - most plural and conjugated forms left out (ending in s, x, z, ai, ra, ee, ent, ait, rai,
//   erent): zxcvbn still finds their stem ("elephants" is "elephant" and one letter);
// - shortest first, up to 50,000 (so up to 9 letters): the shorter a word, the more common it
//   tends to be, and the generator ranks each word by its line.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/text_rules.h"

namespace {

constexpr std::size_t kMaxWords = 50000;

bool EndsWith(const std::string& word, std::string_view end) {
  return word.size() >= end.size() && word.compare(word.size() - end.size(), end.size(), end) == 0;
}

bool Inflected(const std::string& word) {
  for (std::string_view end : {"s", "x", "z", "ai", "ra", "ee", "ent", "ait", "rai", "erent"}) {
    if (EndsWith(word, end)) return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: french_words IN OUT\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "french_words: cannot read " << argv[1] << "\n";
    return 1;
  }
  std::set<std::string> unique;
  std::string line;
  while (std::getline(in, line)) {
    const std::string word = carnet::FoldForSort(carnet::Trim(line));
    const bool letters =
        std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!word.empty() && letters && !Inflected(word)) unique.insert(word);
  }
  std::vector<std::string> words(unique.begin(), unique.end());
  std::stable_sort(words.begin(), words.end(),
                   [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
  if (words.size() > kMaxWords) words.resize(kMaxWords);
  std::ofstream out(argv[2]);
  for (const std::string& word : words) out << word << '\n';
  if (!out) {
    std::cerr << "french_words: cannot write " << argv[2] << "\n";
    return 1;
  }
  std::cout << words.size() << " French words, up to " << words.back().size() << " letters\n";
  return 0;
}
