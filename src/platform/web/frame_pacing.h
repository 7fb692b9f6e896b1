// When the page draws. Drawing a frame costs the page (and, with software WebGL, the whole
// machine) real CPU, so an idle app draws rarely: a frame is drawn for a short while after
// anything that may change the screen (input, an answer from IndexedDB, the key-derivation
// worker or the file picker, work under way), and otherwise a few times a second.
#pragma once

namespace carnet::platform {

// Something may have changed what is on screen: draw the next frames.
void WakeFrames();

// Called once per animation frame: whether this one should be drawn. `busy` is true while
// something on screen moves by itself (a progress bar, a save under way).
bool ShouldDrawFrame(double now_ms, bool busy);

}  // namespace carnet::platform
