// Byte buffers and a non-owning view of bytes (C++17 has no std::span).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace carnet {

using Bytes = std::vector<std::uint8_t>;

struct ByteView {
  const std::uint8_t* data = nullptr;
  std::size_t size = 0;

  ByteView() = default;
  ByteView(const std::uint8_t* d, std::size_t n) : data(d), size(n) {}
  // Implicit on purpose: any byte container can be passed where a view is expected.
  // NOLINTBEGIN(google-explicit-constructor)
  ByteView(const Bytes& b) : data(b.data()), size(b.size()) {}
  ByteView(const std::string& s) : ByteView(std::string_view(s)) {}
  ByteView(std::string_view s)
      : data(reinterpret_cast<const std::uint8_t*>(s.data())), size(s.size()) {}
  // NOLINTEND(google-explicit-constructor)
};

}  // namespace carnet
