// The accessible mirror of what ImGui draws. Each frame, the project's widget helpers record
// every interactive widget (and the headings and text around them) with its role, visible name,
// state and rectangle. The platform layer publishes this list to a hidden DOM layer over the
// canvas, where screen readers and end-to-end tests find it, and feeds back activations, values,
// text typed in its fields, focus and keyboard shortcuts from that layer; it also carries the
// frame's announcement for the layer's live regions. Frame-local: not thread-safe, used from the
// main loop only.
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
  kLink,  // a row of a long list: activated like a button, read as a link
};

enum class Tristate : unsigned char { kNone, kFalse, kTrue };

// Keyboard shortcuts the DOM layer catches for the whole page (see web/a11y_layer.js).
enum class Shortcut : unsigned char { kPalette = 1, kEscape = 2 };

struct A11yNode {
  std::uint32_t id = 0;  // the ImGui ID of the widget; stable across frames
  A11yRole role = A11yRole::kText;
  std::string name;         // the visible label, without ImGui's "##" suffix
  std::string description;  // why a widget is disabled, or other help; may be empty
  std::string lang;         // BCP 47 code when the name is in another language than the page
  int level = 0;            // heading level, 1 to 6
  bool disabled = false;
  // This frame, the widget asks for keyboard focus: its element takes it when the request
  // appears (a request kept up over several frames focuses once, not against the user).
  bool focus_request = false;
  bool current = false;                             // the selected row of a list (aria-current)
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

  // Asks the DOM layer to have screen readers say `text` (a status that changed, an error),
  // politely, or at once when `urgent`. Frame-local: call it in the frame where the change
  // happens, not in every frame. Several calls in a frame: texts of the same urgency are read one
  // after the other; an urgent one replaces polite ones, which never replace it. Empty: ignored.
  void Announce(std::string text, bool urgent = false);
  const std::string& announcement() const { return announcement_; }
  bool announcement_urgent() const { return announcement_urgent_; }

  // From the DOM layer: the user pressed a page-wide shortcut. Pressed again before it is
  // consumed, it counts once.
  void QueueShortcut(Shortcut shortcut);
  // Called by the UI while drawing: true once if `shortcut` was pressed since the last frame.
  // Like activations, an unclaimed shortcut waits one full frame, then is dropped.
  bool ConsumeShortcut(Shortcut shortcut);

  // The frame's nodes as JSON for the DOM layer: {"lang":"fr","nodes":[...]}, with
  // "announce":"..." (and "urgent":true) after "lang" when there is an announcement. A password
  // field's text is never in it, whatever its node holds.
  std::string ToJson(const char* page_lang) const;

 private:
  enum class ActionKind : unsigned char { kActivate, kSetValue, kSetText, kShortcut };
  struct Action {
    std::uint32_t id = 0;  // the widget's; for kShortcut, the Shortcut's value
    ActionKind kind = ActionKind::kActivate;
    int value = 0;
    std::string text;  // kSetText; wiped when dropped (it may be a password)
  };
  bool Consume(std::uint32_t id, ActionKind kind, int* value);

  std::vector<A11yNode> nodes_;
  std::vector<Action> pending_;       // actions waiting for their widget in this frame
  std::vector<Action> carried_over_;  // actions that arrived since the frame began
  std::uint32_t focused_ = 0;
  std::string announcement_;
  bool announcement_urgent_ = false;
};

// Overwrites every byte a string holds (its whole capacity), then empties it. Used on copies of
// text typed in the DOM layer, which may be a password, before they are dropped.
void Wipe(std::string* text);

}  // namespace carnet::ui
