// Timing and reporting helpers shared by the benchmark groups.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

namespace bench {

using Clock = std::chrono::steady_clock;

inline double Seconds(const std::function<bool()>& work) {
  const auto start = Clock::now();
  if (!work()) {
    (void)std::fprintf(stderr, "benchmark step failed\n");
    std::exit(1);
  }
  return std::chrono::duration<double>(Clock::now() - start).count();
}

inline double Best(int runs, const std::function<bool()>& work) {
  double best = 1e300;
  for (int i = 0; i < runs; ++i) best = std::min(best, Seconds(work));
  return best;
}

// The median of `runs` timings of `work`, in milliseconds, after one untimed run.
inline double MedianMs(int runs, const std::function<bool()>& work) {
  (void)Seconds(work);
  std::vector<double> ms;
  ms.reserve(static_cast<std::size_t>(runs));
  for (int i = 0; i < runs; ++i) ms.push_back(Seconds(work) * 1000.0);
  const auto middle = ms.begin() + static_cast<std::ptrdiff_t>(ms.size() / 2);
  std::nth_element(ms.begin(), middle, ms.end());
  return *middle;
}

inline void Report(const char* key, double value, const char* unit, const char* what) {
  std::printf("bench %s %.4g %s %s\n", key, value, unit, what);
  (void)std::fflush(stdout);
}

}  // namespace bench
