#include "frame_pacing.h"

namespace carnet::platform {
namespace {

constexpr int kFramesAfterWake = 30;       // half a second at 60 frames a second
constexpr double kIdleFrameEveryMs = 500;  // a safety net for any change nobody announced

int g_frames_left = kFramesAfterWake;  // the first frames are drawn
double g_last_drawn_ms = 0;

}  // namespace

void WakeFrames() { g_frames_left = kFramesAfterWake; }

bool ShouldDrawFrame(double now_ms, bool busy) {
  if (busy) WakeFrames();
  const bool draw = g_frames_left > 0 || now_ms - g_last_drawn_ms >= kIdleFrameEveryMs;
  if (g_frames_left > 0) --g_frames_left;
  if (draw) g_last_drawn_ms = now_ms;
  return draw;
}

}  // namespace carnet::platform
