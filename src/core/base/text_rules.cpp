#include "core/base/text_rules.h"

#include <array>
#include <cstdint>

namespace carnet {
namespace {

// Decodes one UTF-8 sequence at text[i]; returns its length, or 0 if it is not valid UTF-8
// (overlong forms, surrogates and code points past U+10FFFF included).
std::size_t DecodeUtf8(std::string_view text, std::size_t i, std::uint32_t* code_point) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[i + k]); };
  const std::uint8_t b0 = byte(0);
  std::size_t length = 0;
  std::uint32_t cp = 0;
  if (b0 < 0x80) {
    *code_point = b0;
    return 1;
  } else if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
    cp = b0 & 0x1Fu;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    cp = b0 & 0x0Fu;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    cp = b0 & 0x07u;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(k) & 0x3Fu);
  }
  if ((length == 3 && cp < 0x800) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  *code_point = cp;
  return length;
}

bool IsBlank(std::uint32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0; }

// Latin-1 letters U+00C0..U+00FF folded to lower-case ASCII (empty: keep as is).
constexpr std::array<const char*, 64> kLatin1Fold = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};

}  // namespace

Status CheckText(std::string_view text, const char* field, std::size_t max_chars, TextKind kind,
                 bool required) {
  std::size_t chars = 0;
  bool blank = true;
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t cp = 0;
    const std::size_t length = DecodeUtf8(text, i, &cp);
    if (length == 0) {
      return Status::Invalid(Problem::kInvalidText, field,
                             std::string(field) + ": not valid UTF-8");
    }
    const bool allowed_control = kind == TextKind::kMultiline && (cp == '\n' || cp == '\t');
    if ((cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) && !allowed_control) {
      return Status::Invalid(Problem::kInvalidText, field,
                             std::string(field) + ": control characters are not allowed");
    }
    if (!IsBlank(cp)) blank = false;
    i += length;
    if (++chars > max_chars) {
      return Status::Invalid(
          Problem::kTooLong, field,
          std::string(field) + ": more than " + std::to_string(max_chars) + " characters");
    }
  }
  if (required && blank) {
    return Status::Invalid(Problem::kRequired, field, std::string(field) + ": required");
  }
  return Status::Ok();
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::string FoldForSort(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t cp = 0;
    std::size_t length = DecodeUtf8(text, i, &cp);
    if (length == 0) {  // not expected after CheckText; keep the byte
      out += text[i++];
      continue;
    }
    if (cp < 0x80) {
      out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
    } else if (cp >= 0xC0 && cp <= 0xFF && kLatin1Fold[cp - 0xC0][0] != '\0') {
      out += kLatin1Fold[cp - 0xC0];
    } else if (cp == 0x152 || cp == 0x153) {
      out += "oe";
    } else if (cp == 0x178) {
      out += "y";
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

}  // namespace carnet
