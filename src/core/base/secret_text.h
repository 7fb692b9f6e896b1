// Secret texts (passphrases, recovery keys): the one way to wipe one, and a copy that wipes its
// bytes when destroyed, moved from or reassigned, so that copies kept for later (in a queued
// request, a callback's captures) do not outlive their use in memory.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace carnet {

// Overwrites every byte `text` holds, its whole capacity and not only its size, with
// sodium_memzero (which the compiler may not remove as a dead store), then empties it.
void WipeText(std::string* text);

class SecretText {
 public:
  SecretText() = default;
  explicit SecretText(std::string_view text) : text_(text) {}
  SecretText(const SecretText& other) : text_(other.text_) {}
  // A moved-from string may keep its bytes (a short one, in its own buffer): wiped too.
  SecretText(SecretText&& other) noexcept : text_(std::move(other.text_)) { other.Wipe(); }
  SecretText& operator=(const SecretText& other) {
    if (this != &other) {
      Wipe();
      text_ = other.text_;
    }
    return *this;
  }
  SecretText& operator=(SecretText&& other) noexcept {
    if (this != &other) {
      Wipe();
      text_ = std::move(other.text_);
      other.Wipe();
    }
    return *this;
  }
  ~SecretText() { Wipe(); }

  std::string_view view() const { return text_; }

  void Wipe() { WipeText(&text_); }

 private:
  std::string text_;
};

}  // namespace carnet
