// Exact rational arithmetic on 64-bit integers, for the audit's simplex (exact_simplex.h):
// every operation is checked, and an overflow is reported, never rounded.
#pragma once

#include <cstdint>
#include <numeric>

namespace carnet::exact {

// An exact rational, den > 0, reduced. Never holds INT64_MIN.
struct Frac {
  std::int64_t num = 0;
  std::int64_t den = 1;
};

// Exact arithmetic on Frac. An overflow sets the flag and yields 0; the caller checks the flag.
class Exact {
 public:
  bool overflow() const { return overflow_; }

  Frac Add(const Frac& a, const Frac& b) {
    if (a.num == 0) return b;
    if (b.num == 0) return a;
    const std::int64_t g = std::gcd(a.den, b.den);
    const std::int64_t a_scale = b.den / g;
    const std::int64_t b_scale = a.den / g;
    std::int64_t n1 = 0;
    std::int64_t n2 = 0;
    std::int64_t num = 0;
    std::int64_t den = 0;
    if (__builtin_mul_overflow(a.num, a_scale, &n1) ||
        __builtin_mul_overflow(b.num, b_scale, &n2) || __builtin_add_overflow(n1, n2, &num) ||
        __builtin_mul_overflow(a.den, a_scale, &den)) {
      return Fail();
    }
    return Reduced(num, den);
  }
  Frac Sub(const Frac& a, const Frac& b) { return Add(a, Frac{-b.num, b.den}); }
  Frac Mul(const Frac& a, const Frac& b) {
    if (a.num == 0 || b.num == 0) return Frac{};
    const std::int64_t g1 = std::gcd(a.num, b.den);
    const std::int64_t g2 = std::gcd(b.num, a.den);
    std::int64_t num = 0;
    std::int64_t den = 0;
    if (__builtin_mul_overflow(a.num / g1, b.num / g2, &num) ||
        __builtin_mul_overflow(a.den / g2, b.den / g1, &den)) {
      return Fail();
    }
    return Checked(num, den);
  }
  // b must not be zero.
  Frac Div(const Frac& a, const Frac& b) {
    const Frac inverse = b.num < 0 ? Frac{-b.den, -b.num} : Frac{b.den, b.num};
    return Mul(a, inverse);
  }
  // The sign of a - b.
  int Compare(const Frac& a, const Frac& b) {
    const Frac d = Sub(a, b);
    return d.num < 0 ? -1 : (d.num > 0 ? 1 : 0);
  }

 private:
  Frac Fail() {
    overflow_ = true;
    return Frac{};
  }
  Frac Checked(std::int64_t num, std::int64_t den) {
    if (num == INT64_MIN || den == INT64_MIN) return Fail();
    return Frac{num, den};
  }
  Frac Reduced(std::int64_t num, std::int64_t den) {
    if (num == INT64_MIN || den == INT64_MIN) return Fail();
    const std::int64_t g = std::gcd(num, den);
    return Frac{num / g, den / g};
  }

  bool overflow_ = false;
};

// The largest integer <= f, and the smallest integer >= f.
inline std::int64_t Floor(const Frac& f) {
  const std::int64_t q = f.num / f.den;
  return (f.num % f.den != 0 && f.num < 0) ? q - 1 : q;
}
inline std::int64_t Ceil(const Frac& f) {
  const std::int64_t q = f.num / f.den;
  return (f.num % f.den != 0 && f.num > 0) ? q + 1 : q;
}

}  // namespace carnet::exact
