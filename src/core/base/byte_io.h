// Little-endian writing and bounds-checked reading of binary records. A reader never reads
// past its end: every read says whether it succeeded, and a failed read leaves the value 0.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/base/bytes.h"

namespace carnet {

class ByteWriter {
 public:
  void U8(std::uint8_t v) { out_.push_back(v); }
  void U16(std::uint16_t v) { Le(v, 2); }
  void U32(std::uint32_t v) { Le(v, 4); }
  void U64(std::uint64_t v) { Le(v, 8); }
  void Raw(ByteView bytes) { out_.insert(out_.end(), bytes.data, bytes.data + bytes.size); }
  const Bytes& bytes() const { return out_; }
  Bytes Take() { return std::move(out_); }

 private:
  void Le(std::uint64_t v, int n) {
    for (int i = 0; i < n; ++i) out_.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
  }
  Bytes out_;
};

class ByteReader {
 public:
  explicit ByteReader(ByteView in) : in_(in) {}
  bool U8(std::uint8_t* v) { return Le(v, 1); }
  bool U16(std::uint16_t* v) { return Le(v, 2); }
  bool U32(std::uint32_t* v) { return Le(v, 4); }
  bool U64(std::uint64_t* v) { return Le(v, 8); }
  // A view of the next `n` bytes, valid as long as the input.
  bool Raw(std::size_t n, ByteView* v) {
    if (n > remaining()) return false;
    *v = ByteView(in_.data + pos_, n);
    pos_ += n;
    return true;
  }
  std::size_t position() const { return pos_; }
  std::size_t remaining() const { return in_.size - pos_; }

 private:
  template <typename T>
  bool Le(T* v, std::size_t n) {
    *v = 0;
    if (n > remaining()) return false;
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < n; ++i) value |= std::uint64_t{in_.data[pos_ + i]} << (8 * i);
    *v = static_cast<T>(value);
    pos_ += n;
    return true;
  }
  ByteView in_;
  std::size_t pos_ = 0;
};

}  // namespace carnet
