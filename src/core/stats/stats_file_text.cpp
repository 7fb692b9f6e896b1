#include "core/stats/stats_file_text.h"

#include <algorithm>
#include <numeric>

namespace carnet::stats_text {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Digits only, at least one, no leading zero unless it is the only digit.
bool IsCanonicalDigits(std::string_view digits) {
  if (digits.empty()) return false;
  for (const char c : digits) {
    if (!IsDigit(c)) return false;
  }
  return digits.size() == 1 || digits[0] != '0';
}

std::uint64_t DigitsValue(std::string_view digits) {
  std::uint64_t value = 0;
  for (const char c : digits) value = value * 10 + static_cast<std::uint64_t>(c - '0');
  return value;
}

}  // namespace

std::string FormatMilli(std::int64_t milli) {
  std::string text = std::to_string(milli / 1000);
  std::int64_t fraction = milli % 1000;
  if (fraction == 0) return text;
  int digits = 3;
  while (fraction % 10 == 0) {
    fraction /= 10;
    --digits;
  }
  std::string decimals = std::to_string(fraction);
  decimals.insert(0, static_cast<std::size_t>(digits) - decimals.size(), '0');
  return text + "," + decimals;
}

std::optional<std::int64_t> ParseMilli(std::string_view text, std::int64_t max) {
  const std::size_t comma = text.find(',');
  const std::string_view whole = text.substr(0, comma);
  if (!IsCanonicalDigits(whole) || whole.size() > 16) return std::nullopt;
  std::int64_t milli = static_cast<std::int64_t>(DigitsValue(whole)) * 1000;
  if (comma != std::string_view::npos) {
    const std::string_view decimals = text.substr(comma + 1);
    if (decimals.empty() || decimals.size() > 3 || decimals.back() == '0') return std::nullopt;
    for (const char c : decimals) {
      if (!IsDigit(c)) return std::nullopt;
    }
    std::int64_t fraction = static_cast<std::int64_t>(DigitsValue(decimals));
    for (std::size_t i = decimals.size(); i < 3; ++i) fraction *= 10;
    milli += fraction;
  }
  if (milli > max) return std::nullopt;
  return milli;
}

std::optional<std::string> FormatEpsilon(Rational epsilon) {
  if (epsilon.num == 0 || epsilon.den == 0) return std::nullopt;
  const std::uint32_t g = std::gcd(epsilon.num, epsilon.den);
  const std::uint64_t num = epsilon.num / g;
  std::uint64_t den = epsilon.den / g;
  // A finite decimal exactly when the reduced denominator is 2^a 5^b; it needs max(a, b) digits.
  int twos = 0;
  int fives = 0;
  while (den % 2 == 0) {
    den /= 2;
    ++twos;
  }
  while (den % 5 == 0) {
    den /= 5;
    ++fives;
  }
  if (den != 1) return std::nullopt;
  const int decimals = std::max(twos, fives);
  if (decimals > 12) return std::nullopt;
  std::uint64_t scaled = num;  // num x 10^decimals / (2^twos 5^fives), below 2^20 x 10^12
  for (int i = twos; i < decimals; ++i) scaled *= 2;
  for (int i = fives; i < decimals; ++i) scaled *= 5;
  std::uint64_t power = 1;
  for (int i = 0; i < decimals; ++i) power *= 10;
  std::string text = std::to_string(scaled / power);
  if (decimals > 0) {
    std::string fraction = std::to_string(scaled % power);
    fraction.insert(0, static_cast<std::size_t>(decimals) - fraction.size(), '0');
    text += "," + fraction;
  }
  return text;
}

std::optional<Rational> ParseEpsilon(std::string_view text) {
  const std::size_t comma = text.find(',');
  const std::string_view whole = text.substr(0, comma);
  if (!IsCanonicalDigits(whole) || whole.size() > 7) return std::nullopt;
  std::uint64_t num = DigitsValue(whole);
  std::uint64_t den = 1;
  if (comma != std::string_view::npos) {
    const std::string_view decimals = text.substr(comma + 1);
    if (decimals.empty() || decimals.size() > 12 || decimals.back() == '0') return std::nullopt;
    for (const char c : decimals) {
      if (!IsDigit(c)) return std::nullopt;
      num = num * 10 + static_cast<std::uint64_t>(c - '0');
      den *= 10;
    }
  }
  if (num == 0) return std::nullopt;
  const std::uint64_t g = std::gcd(num, den);
  num /= g;
  den /= g;
  if (num > kMaxRationalPart || den > kMaxRationalPart) return std::nullopt;
  return Rational{static_cast<std::uint32_t>(num), static_cast<std::uint32_t>(den)};
}

std::optional<std::int64_t> ParseWhole(std::string_view text, std::int64_t min, std::int64_t max) {
  const bool negative = !text.empty() && text[0] == '-';
  const std::string_view digits = negative ? text.substr(1) : text;
  if (!IsCanonicalDigits(digits) || digits.size() > 18) return std::nullopt;
  const auto magnitude = static_cast<std::int64_t>(DigitsValue(digits));
  if (negative && magnitude == 0) return std::nullopt;
  const std::int64_t value = negative ? -magnitude : magnitude;
  if (value < min || value > max) return std::nullopt;
  return value;
}

bool IsPlainNumber(std::string_view text) {
  if (!text.empty() && text[0] == '-') text.remove_prefix(1);
  const std::size_t comma = text.find(',');
  const auto all_digits = [](std::string_view part) {
    if (part.empty()) return false;
    for (const char c : part) {
      if (!IsDigit(c)) return false;
    }
    return true;
  };
  if (comma == std::string_view::npos) return all_digits(text);
  return all_digits(text.substr(0, comma)) && all_digits(text.substr(comma + 1));
}

bool CouldStartFormula(std::string_view text) {
  if (text.empty()) return false;
  switch (text[0]) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r': return !IsPlainNumber(text);
    default: return false;
  }
}

std::optional<Rational> ExpectedScale(int bound, int tables, Rational epsilon) {
  if (bound < 1 || tables < 1 || epsilon.num == 0) return std::nullopt;
  std::uint64_t num = std::uint64_t{static_cast<std::uint32_t>(bound)} *
                      static_cast<std::uint32_t>(tables) * epsilon.den;
  std::uint64_t den = epsilon.num;
  const std::uint64_t g = std::gcd(num, den);
  num /= g;
  den /= g;
  if (num > kMaxRationalPart || den > kMaxRationalPart) return std::nullopt;
  return Rational{static_cast<std::uint32_t>(num), static_cast<std::uint32_t>(den)};
}

std::string DescribeCell(StatsTable table, const StatsKey& key) {
  std::string text(StatsTableName(table));
  for (const std::string& part : key) {
    if (!part.empty()) text += " / " + part;
  }
  return text;
}

}  // namespace carnet::stats_text
