#include "app/base/display_prefs.h"

#include <cctype>
#include <optional>
#include <variant>

namespace carnet {
namespace {

// One value of the flat object: a string (without escapes: none of ours has any) or a small
// non-negative integer.
using Value = std::variant<std::string_view, int>;

// A reader of flat JSON objects, just enough for the preferences: refuses anything else.
class FlatObjectReader {
 public:
  explicit FlatObjectReader(std::string_view text) : text_(text) {}

  // Calls `field(key, value)` for every member; false when the text is not a flat object.
  template <typename Field>
  bool Read(Field field) {
    if (!Eat('{')) return false;
    if (Eat('}')) return AtEnd();
    do {
      std::optional<std::string_view> key = String();
      if (!key || !Eat(':')) return false;
      std::optional<Value> value = AnyValue();
      if (!value) return false;
      field(*key, *value);
    } while (Eat(','));
    return Eat('}') && AtEnd();
  }

 private:
  void SkipSpace() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_])) != 0) {
      ++pos_;
    }
  }
  bool Eat(char c) {
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  bool AtEnd() {
    SkipSpace();
    return pos_ == text_.size();
  }
  std::optional<std::string_view> String() {
    if (!Eat('"')) return std::nullopt;
    const std::size_t start = pos_;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      if (text_[pos_] == '\\') return std::nullopt;
      ++pos_;
    }
    if (pos_ == text_.size()) return std::nullopt;
    return text_.substr(start, pos_++ - start);
  }
  std::optional<int> Integer() {
    SkipSpace();
    int value = 0;
    const std::size_t start = pos_;
    while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_])) != 0) {
      if (pos_ - start >= 6) return std::nullopt;  // far beyond any text size
      value = value * 10 + (text_[pos_] - '0');
      ++pos_;
    }
    if (pos_ == start) return std::nullopt;
    return value;
  }
  std::optional<Value> AnyValue() {
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == '"') {
      std::optional<std::string_view> s = String();
      if (!s) return std::nullopt;
      return Value(*s);
    }
    std::optional<int> n = Integer();
    if (!n) return std::nullopt;
    return Value(*n);
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace

DisplayPrefs DisplayPrefsOf(const AppState& state) {
  return DisplayPrefs{state.lang, state.theme, state.text_percent};
}

void ApplyDisplayPrefs(const DisplayPrefs& prefs, AppState& state) {
  state.lang = prefs.lang;
  state.theme = prefs.theme;
  state.text_percent = prefs.text_percent;
}

std::string DisplayPrefsToJson(const DisplayPrefs& prefs) {
  return std::string("{\"lang\":\"") + LangCode(prefs.lang) + "\",\"theme\":\"" +
         (prefs.theme == Theme::kHighContrast ? "contrast" : "light") +
         "\",\"text\":" + std::to_string(prefs.text_percent) + "}";
}

DisplayPrefs DisplayPrefsFromJson(std::string_view json) {
  DisplayPrefs prefs;
  const bool ok = FlatObjectReader(json).Read([&prefs](std::string_view key, const Value& value) {
    const auto* text = std::get_if<std::string_view>(&value);
    const auto* number = std::get_if<int>(&value);
    if (key == "lang" && text != nullptr) {
      if (*text == "fr") prefs.lang = Lang::kFr;
      if (*text == "en") prefs.lang = Lang::kEn;
    } else if (key == "theme" && text != nullptr) {
      if (*text == "light") prefs.theme = Theme::kLight;
      if (*text == "contrast") prefs.theme = Theme::kHighContrast;
    } else if (key == "text" && number != nullptr) {
      if (*number >= kMinTextPercent && *number <= kMaxTextPercent) prefs.text_percent = *number;
    }
  });
  return ok ? prefs : DisplayPrefs{};
}

}  // namespace carnet
