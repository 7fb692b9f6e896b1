// The accessible mirror of what ImGui draws. Each frame, the project's widget helpers record
// every interactive widget (and the headings and text around them) with its role, visible name,
// state and rectangle. The platform layer publishes this list to a hidden DOM layer over the
// canvas, where screen readers and end-to-end tests find it, and feeds back activations, values,
// text typed in its fields, and focus from that layer. Frame-local: not thread-safe, used from
// the main loop only.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace carnet::ui {

enum class A11yRole : unsigned char {
  kButton,
  kCheckbox,
  kSlider,
  kHeading,
  kText,
  kTextField,
  kProgressBar,
};

enum class Tristate : unsigned char { kNone, kFalse, kTrue };

struct A11yNode {
  std::uint32_t id = 0;  // the ImGui ID of the widget; stable across frames
  A11yRole role = A11yRole::kText;
  std::string name;         // the visible label, without ImGui's "##" suffix
  std::string description;  // why a widget is disabled, or other help; may be empty
  std::string lang;         // BCP 47 code when the name is in another language than the page
  int level = 0;            // heading level, 1 to 6
  bool disabled = false;
  Tristate checked = Tristate::kNone;               // checkbox state
  Tristate pressed = Tristate::kNone;               // toggle button state
  Tristate expanded = Tristate::kNone;              // disclosure button: is its section open?
  std::string value;                                // slider, progress bar: the value as shown
  int value_now = 0, value_min = 0, value_max = 0;  // slider, progress bar: value and range
  // Text fields only. `value` is the text, except for a password, whose text is never published:
  // `value` stays empty and `filled` says whether the field holds any text (so that the DOM
  // layer can clear its element when the program clears the field).
  bool password = false;
  bool filled = false;
  bool multiline = false;
  bool required = false;
  std::string error;         // why the text is refused; non-empty: the field is invalid
  std::string placeholder;   // shown while the field is empty
  std::string autocomplete;  // the DOM element's autocomplete token, e.g. "current-password"
  int max_chars = 0;         // 0: no limit
  float font_size = 0;       // size of the field's text in CSS pixels, as ImGui measures it
  float x = 0, y = 0, w = 0, h = 0;  // rectangle in CSS pixels, relative to the canvas
};

class A11yRegistry {
 public:
  // Starts a frame: forgets last frame's nodes and drops actions no widget claimed.
  void BeginFrame();
  void Add(A11yNode node) { nodes_.push_back(std::move(node)); }
  const std::vector<A11yNode>& nodes() const { return nodes_; }
  const A11yNode* Find(std::uint32_t id) const;

  // From the DOM layer: the user activated (click, Enter, Space) the element of widget `id`.
  void QueueActivation(std::uint32_t id);
  // From the DOM layer: the user set the value of slider `id` (arrow keys, Home, End...).
  void QueueSetValue(std::uint32_t id, int value);
  // From the DOM layer: the whole text of field `id` after an edit (typing, paste, IME...).
  // Only the latest text per field is kept until the field claims it.
  void QueueSetText(std::uint32_t id, std::string text);
  // Called by a widget while drawing: true once if it was activated since the last frame.
  bool ConsumeActivation(std::uint32_t id);
  // Called by a slider while drawing: true once, with the value, if one was set for it.
  bool ConsumeSetValue(std::uint32_t id, int* value);
  // Called by a text field while drawing: true once, with the latest text, if one was set.
  bool ConsumeSetText(std::uint32_t id, std::string* text);

  // From the DOM layer: which widget's element has keyboard focus (0: none).
  void SetFocused(std::uint32_t id) { focused_ = id; }
  std::uint32_t focused() const { return focused_; }

  // The frame's nodes as JSON for the DOM layer: {"lang":"fr","nodes":[...]}. A password
  // field's text is never in it, whatever its node holds.
  std::string ToJson(const char* page_lang) const;

 private:
  enum class ActionKind : unsigned char { kActivate, kSetValue, kSetText };
  struct Action {
    std::uint32_t id = 0;
    ActionKind kind = ActionKind::kActivate;
    int value = 0;
    std::string text;  // kSetText; wiped when dropped (it may be a password)
  };
  bool Consume(std::uint32_t id, ActionKind kind, int* value);

  std::vector<A11yNode> nodes_;
  std::vector<Action> pending_;       // actions waiting for their widget in this frame
  std::vector<Action> carried_over_;  // actions that arrived since the frame began
  std::uint32_t focused_ = 0;
};

// Overwrites every byte a string holds (its whole capacity), then empties it. Used on copies of
// text typed in the DOM layer, which may be a password, before they are dropped.
void Wipe(std::string* text);

}  // namespace carnet::ui
