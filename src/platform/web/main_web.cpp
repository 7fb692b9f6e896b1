// The browser entry point: a GLFW window on the page's canvas, WebGL2 through ImGui's OpenGL 3
// backend, and one application frame per animation frame.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cmath>
#include <cstdio>

#include <ctime>

#include "a11y_bridge.h"
#include "app/case/caseload.h"
#include "app/sharing/sharing_controller.h"
#include "app/shell/controller.h"
#include "app/stats/stats_controller.h"
#include "app/vault/vault_controller.h"
#include "app/vault/vault_home.h"
#include "frame_pacing.h"
#include "ui/kit/theme.h"
#include "ui/shell/ui_root.h"
#include "web_display_prefs.h"
#include "web_files.h"
#include "web_key_deriver.h"
#include "web_random.h"
#include "web_shelf.h"

namespace {

constexpr const char* kFontPath = "/fonts/ui.ttf";  // embedded at build time
constexpr float kFontSize = 17.0f;

// The canvas's size in CSS pixels and the screen's pixel density, read each frame.
struct CanvasGeometry {
  float css_width = 0;
  float css_height = 0;
  float pixel_ratio = 1;
  int pixel_width = 0;
  int pixel_height = 0;
};

struct WebApp {
  GLFWwindow* window = nullptr;
  carnet::AppState state;
  carnet::CommandQueue commands;
  carnet::ui::A11yRegistry a11y;
  carnet::ui::VaultForms forms;
  carnet::platform::WebShelf shelf;
  carnet::platform::WebKeyDeriver deriver;  // Argon2id in a Web Worker
  carnet::VaultController vaults{shelf, deriver};
  carnet::platform::WebFiles files;
  carnet::VaultHomeController home{vaults, shelf, &files};
  carnet::CaseloadController caseload{vaults};
  carnet::ui::CaseForms case_forms;
  carnet::platform::WebRandom random;  // crypto.getRandomValues, for the statistics' noise
  carnet::StatsController stats{vaults, &files, random};
  carnet::ui::StatsForms stats_forms;
  carnet::SharingController sharing{vaults, &files};
  carnet::ui::SharingForms sharing_forms;
  std::int64_t storage_asked_ms = 0;  // when the storage estimate was last asked for
  carnet::AppServices services;
  bool first_frame_reported = false;
  float font_pixel_ratio = 0;  // density the font atlas was built for
  int font_text_percent = 0;   // text size the font atlas and the style were built for
  carnet::Theme style_theme = carnet::Theme::kLight;  // theme of the style
  carnet::DisplayPrefs stored_prefs;                  // as last read from or written to storage
  CanvasGeometry drawn;                               // the canvas when the last frame was drawn
  bool reloading = false;  // a lock closed the vault: nothing more is drawn before the reload
};

WebApp g_app;

// clang-format off
EM_JS(void, carnet_js_first_frame, (), {
  if (Module.onFirstFrame) Module.onFirstFrame();
});
// When the save now under way began (its dirty chunks encrypted); web/vault_bridge.js ends the
// "carnet:save" performance entry when its IndexedDB transaction completes.
EM_JS(void, carnet_js_save_started, (double at_ms), {
  Module.carnetSaveStartedMs = at_ms;
});
// The app's own frame timer: the CPU time of each drawn frame, in two parts (building the
// interface, then handing its draw lists to WebGL and publishing the accessible layer). Kept
// only while a page script has set Module.carnetFrameTimes to an array (the benchmarks do).
EM_JS(void, carnet_js_frame_time, (double ui_ms, double total_ms), {
  if (Array.isArray(Module.carnetFrameTimes)) Module.carnetFrameTimes.push([ui_ms, total_ms]);
});
// GLFW's wheel position in steps: its scroll callback in this Emscripten hands over raw pixel
// deltas with the browser's sign (a notch down is +100), where ImGui wants steps with the
// native sign. The position is kept by Emscripten's GLFW in steps, the sign flipped, whatever
// the event's delta mode (pixels, lines or pages).
EM_JS(double, carnet_js_wheel_steps, (), {
  return GLFW.wheelPos;
});
// This Emscripten never sets the position's start, so the first notch would make it NaN.
EM_JS(void, carnet_js_start_wheel, (), {
  GLFW.wheelPos = 0;
});
// The system clipboard: ImGui's copies go to navigator.clipboard (GLFW's clipboard in this
// Emscripten stays inside the page). Written asynchronously; a refusal is only logged.
EM_JS(void, carnet_js_copy_text, (const char* utf8), {
  const text = UTF8ToString(utf8);
  if (Module.carnetClipboard) Module.carnetClipboard.forget();  // the worker's copy now
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(text).catch((error) => console.warn("copy refused:", error));
  }
});
// A lock has closed the vault: the page is loaded again, which drops every decrypted string
// the module (SQLite's pages, ImGui's buffers, copies in std::string) and the accessible layer
// still hold. At once, the layer is emptied and the canvas cleared and hidden, so that a tab
// shown again never shows its last picture; no frame is drawn until the reload.
EM_JS(void, carnet_js_locked, (), {
  const layer = document.getElementById("a11y-layer");
  if (layer) layer.replaceChildren();
  const canvas = Module.canvas;
  if (canvas) {
    canvas.style.visibility = "hidden";
    canvas.width = canvas.width;  // a new, empty drawing buffer
  }
  // A person's coordinates still watched in the clipboard are cleared first (if they may be).
  const guard = Module.carnetClipboard;
  const settled = guard && guard.watching ? guard.settle() : Promise.resolve();
  settled.catch(() => {}).finally(() => location.reload());
});
// clang-format on

// Gives the canvas one backing pixel per device pixel, so text is crisp on dense screens.
// (GLFW's own glfwSetWindowSize is avoided: in this Emscripten it turns a window the size of
// the screen into a full-screen request.)
CanvasGeometry SyncCanvas() {
  double css_width = 0;
  double css_height = 0;
  emscripten_get_element_css_size("#canvas", &css_width, &css_height);
  CanvasGeometry g;
  g.pixel_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (g.pixel_ratio <= 0) g.pixel_ratio = 1;
  g.css_width = static_cast<float>(css_width);
  g.css_height = static_cast<float>(css_height);
  g.pixel_width = static_cast<int>(std::lround(css_width * g.pixel_ratio));
  g.pixel_height = static_cast<int>(std::lround(css_height * g.pixel_ratio));
  int current_width = 0;
  int current_height = 0;
  emscripten_get_canvas_element_size("#canvas", &current_width, &current_height);
  if (g.pixel_width > 0 && g.pixel_height > 0 &&
      (g.pixel_width != current_width || g.pixel_height != current_height)) {
    emscripten_set_canvas_element_size("#canvas", g.pixel_width, g.pixel_height);
  }
  return g;
}

// Fonts are rasterised at the device's density and the chosen text size, and drawn at CSS size.
void LoadFontsForDensity(float pixel_ratio, int text_percent) {
  const float text_scale = static_cast<float>(text_percent) / 100.0f;
  if (!carnet::ui::LoadFonts(kFontPath, kFontSize * pixel_ratio * text_scale)) {
    std::fprintf(stderr, "the embedded font %s could not be read\n", kFontPath);
  }
  ImGui::GetIO().FontGlobalScale = 1.0f / pixel_ratio;
  g_app.font_pixel_ratio = pixel_ratio;
  g_app.font_text_percent = text_percent;
}

// The theme, with every size of the style scaled like the text, from a fresh style each time.
void ApplyStyle(carnet::Theme theme, int text_percent) {
  carnet::ui::ApplyTheme(theme, static_cast<float>(text_percent) / 100.0f);
  g_app.style_theme = theme;
}

// Brings fonts and style in line with the state's display preferences and the screen's density.
void ApplyDisplay(const CanvasGeometry& canvas) {
  const carnet::AppState& state = g_app.state;
  if (canvas.pixel_ratio != g_app.font_pixel_ratio ||
      state.text_percent != g_app.font_text_percent) {
    const bool size_changed = state.text_percent != g_app.font_text_percent;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    LoadFontsForDensity(canvas.pixel_ratio, state.text_percent);
    ImGui_ImplOpenGL3_CreateFontsTexture();
    if (size_changed) ApplyStyle(state.theme, state.text_percent);
  }
  if (state.theme != g_app.style_theme) ApplyStyle(state.theme, state.text_percent);
}

// Stores the display preferences when a command changed them, and has the next frame drawn
// with them.
void StoreChangedDisplayPrefs() {
  const carnet::DisplayPrefs prefs = carnet::DisplayPrefsOf(g_app.state);
  if (prefs == g_app.stored_prefs) return;
  carnet::platform::StoreDisplayPrefs(prefs);
  g_app.stored_prefs = prefs;
  carnet::platform::WakeFrames();
}

std::int64_t NowMs() { return static_cast<std::int64_t>(emscripten_get_now()); }

// The wheel, in steps with the native sign, handed to ImGui (see carnet_js_wheel_steps).
void OnScroll(GLFWwindow* window, double x_pixels, double /*y_pixels*/) {
  static double last_steps = 0;
  const double steps = carnet_js_wheel_steps();
  const double y = steps - last_steps;
  last_steps = steps;
  ImGui_ImplGlfw_ScrollCallback(window, -x_pixels / 100.0, y);
  carnet::platform::WakeFrames();
}

void CopyToClipboard(void* /*user_data*/, const char* text) { carnet_js_copy_text(text); }

carnet::Day LocalToday() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return carnet::DayFromYmd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday).value_or(0);
}

// The local time, to the minute.
carnet::Minute LocalNow() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  const carnet::Day day =
      carnet::DayFromYmd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday).value_or(0);
  return static_cast<carnet::Minute>(day) * carnet::kMinutesPerDay + local.tm_hour * 60 +
         local.tm_min;
}

// Saves start in the vault controller's Tick; their start is noted for the save timing.
void TickVaults() {
  const double tick_start = emscripten_get_now();
  const bool was_saving = g_app.vaults.state().save == carnet::SaveState::kSaving;
  g_app.vaults.Tick(NowMs());
  if (!was_saving && g_app.vaults.state().save == carnet::SaveState::kSaving) {
    carnet_js_save_started(tick_start);
  }
}

// Draws one frame of the interface and applies the commands it emitted.
void DrawFrame(const CanvasGeometry& canvas) {
  const double frame_start = emscripten_get_now();
  ApplyDisplay(canvas);
  glfwPollEvents();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  // ImGui works in CSS pixels; GLFW reports the pointer in canvas pixels.
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(canvas.css_width, canvas.css_height);
  io.DisplayFramebufferScale = ImVec2(canvas.pixel_ratio, canvas.pixel_ratio);
  if (ImGui::IsMousePosValid(&io.MousePos)) {
    io.MousePos = ImVec2(io.MousePos.x / canvas.pixel_ratio, io.MousePos.y / canvas.pixel_ratio);
  }
  ImGui::NewFrame();

  carnet::VaultSession* session = g_app.vaults.session();
  carnet::ui::Frame frame{
      g_app.state,        g_app.commands,        g_app.a11y,
      g_app.forms,        &g_app.vaults.state(), session != nullptr ? &session->store() : nullptr,
      &g_app.home.state()};
  frame.caseload = &g_app.caseload.state();
  frame.case_forms = &g_app.case_forms;
  frame.stats = &g_app.stats.state();
  frame.stats_forms = &g_app.stats_forms;
  frame.sharing = &g_app.sharing.state();
  frame.sharing_forms = &g_app.sharing_forms;
  carnet::ui::DrawApp(frame);
  ImGui::Render();
  const double ui_end = emscripten_get_now();

  glViewport(0, 0, canvas.pixel_width, canvas.pixel_height);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  carnet::platform::PublishA11y(g_app.a11y, carnet::LangCode(g_app.state.lang));
  const double frame_end = emscripten_get_now();
  carnet_js_frame_time(ui_end - frame_start, frame_end - frame_start);
  const carnet::Status applied = carnet::ApplyAll(g_app.state, g_app.services, g_app.commands);
  // A refused input is shown beside its field; only other failures are worth the console.
  if (!applied.ok() && applied.code() != carnet::StatusCode::kInvalidArgument) {
    std::fprintf(stderr, "command refused: %s\n", applied.message().c_str());
  }
  StoreChangedDisplayPrefs();
  if (!g_app.first_frame_reported) {
    g_app.first_frame_reported = true;
    carnet_js_first_frame();
  }
}

// The dossier on screen, or 0: what printing the page would put on paper.
carnet::Id ShownDossier() {
  const carnet::CaseloadUiState& c = g_app.caseload.state();
  return c.has_dossier && c.view == carnet::CaseView::kDossier ? c.dossier.header.dossier_id : 0;
}

// Every animation frame: the controllers' clocks run; the interface is drawn when something
// may have changed (frame_pacing.h).
void Frame() {
  // An idle vault is locked before anything of it can be drawn again.
  g_app.vaults.CheckIdle(NowMs());
  if (g_app.reloading) return;
  const CanvasGeometry canvas = SyncCanvas();
  if (canvas.css_width != g_app.drawn.css_width || canvas.css_height != g_app.drawn.css_height ||
      canvas.pixel_ratio != g_app.drawn.pixel_ratio) {
    carnet::platform::WakeFrames();
  }
  const carnet::VaultUiState& vault = g_app.vaults.state();
  // A progress bar moves by itself; a save's status changes are caught below.
  const bool busy = vault.phase == carnet::VaultPhase::kBusy;
  if (carnet::platform::ShouldDrawFrame(emscripten_get_now(), busy)) {
    g_app.drawn = canvas;
    g_app.services.today = LocalToday();
    DrawFrame(canvas);
  }
  const carnet::VaultPhase phase = vault.phase;
  const carnet::SaveState save = vault.save;
  TickVaults();
  g_app.home.Tick(g_app.services.today);
  g_app.caseload.Tick(g_app.services.today, LocalNow());
  // A download offered once the vault has saved changes the screen without any input.
  const std::uint64_t stats_serial = g_app.stats.state().serial;
  g_app.stats.Tick(g_app.services.today);
  if (g_app.stats.state().serial != stats_serial) carnet::platform::WakeFrames();
  const std::uint64_t sharing_serial = g_app.sharing.state().serial;
  g_app.sharing.Tick(g_app.services.today, LocalNow(), ShownDossier());
  if (g_app.sharing.state().serial != sharing_serial) carnet::platform::WakeFrames();
  if (vault.phase != phase || vault.save != save) carnet::platform::WakeFrames();
  if (NowMs() - g_app.storage_asked_ms >= 30000) {  // usage grows with every save
    g_app.storage_asked_ms = NowMs();
    carnet::platform::RequestStorageFacts(false);
  }
}

}  // namespace

extern "C" {

// Any key, pointer or text input: the user is here.
EMSCRIPTEN_KEEPALIVE void carnet_note_activity() {
  carnet::platform::WakeFrames();
  g_app.vaults.NoteActivity(NowMs());
}

// The browser is about to print the page (window "beforeprint"): the dossier on screen goes into
// its register of disclosures.
EMSCRIPTEN_KEEPALIVE void carnet_before_print() {
  carnet::platform::WakeFrames();
  g_app.commands.push_back(carnet::PrintingRequested{ShownDossier()});
}

// From a timer (frames stop in a hidden tab) and when the page is shown again: locks an idle
// vault before the next frame is drawn.
EMSCRIPTEN_KEEPALIVE void carnet_check_idle() {
  const carnet::VaultPhase phase = g_app.vaults.state().phase;
  g_app.vaults.CheckIdle(NowMs());
  if (g_app.vaults.state().phase != phase) carnet::platform::WakeFrames();
}

// Whether closing the page now would lose changes (unsaved, or a save not yet confirmed): the
// page then asks the browser to warn ("beforeunload").
EMSCRIPTEN_KEEPALIVE int carnet_has_unsaved() {
  carnet::VaultSession* session = g_app.vaults.session();
  const carnet::VaultUiState& state = g_app.vaults.state();
  if (session == nullptr || state.read_only || state.demo) return 0;
  return session->has_unsaved_changes() || session->vault().save_pending() ? 1 : 0;
}

// The page is being hidden or closed: save what is pending now.
EMSCRIPTEN_KEEPALIVE void carnet_flush() {
  carnet::platform::WakeFrames();
  g_app.vaults.Flush();
}
}

int main() {
  if (glfwInit() != GLFW_TRUE) {
    std::fprintf(stderr, "GLFW could not start\n");
    return 1;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  // The real size comes from the page layout on the first frame (see SyncCanvas).
  g_app.window = glfwCreateWindow(640, 480, "Carnet", nullptr, nullptr);
  if (g_app.window == nullptr) {
    std::fprintf(stderr, "WebGL 2 is not available in this browser\n");
    return 1;
  }
  glfwMakeContextCurrent(g_app.window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout comes from code; nothing is written to storage
  // The display preferences apply from the first frame, before any vault is unlocked.
  g_app.stored_prefs = carnet::platform::LoadDisplayPrefs();
  carnet::ApplyDisplayPrefs(g_app.stored_prefs, g_app.state);
  LoadFontsForDensity(static_cast<float>(emscripten_get_device_pixel_ratio()),
                      g_app.state.text_percent);
  ApplyStyle(g_app.state.theme, g_app.state.text_percent);
  ImGui_ImplGlfw_InitForOpenGL(g_app.window, true);
  carnet_js_start_wheel();
  io.SetClipboardTextFn = CopyToClipboard;
  glfwSetScrollCallback(g_app.window, OnScroll);  // replaces ImGui's, which it then calls
  ImGui_ImplOpenGL3_Init("#version 300 es");

  carnet::platform::ConnectA11yRegistry(&g_app.a11y);
  g_app.services.vaults = &g_app.vaults;
  g_app.services.calibrate_kdf = true;
  g_app.vaults.NoteActivity(NowMs());
  g_app.vaults.SetOnLocked([] {
    g_app.reloading = true;
    carnet_js_locked();
  });
  g_app.vaults.RefreshList();
  g_app.services.home = &g_app.home;
  g_app.services.caseload = &g_app.caseload;
  g_app.services.stats = &g_app.stats;
  carnet::platform::ConnectStats(&g_app.stats);
  g_app.services.sharing = &g_app.sharing;
  carnet::platform::ConnectSharing(&g_app.sharing);
  carnet::platform::ConnectHome(&g_app.home);
  carnet::platform::RequestStorageFacts(true);  // asks the browser to keep the vaults
  g_app.storage_asked_ms = NowMs();
  emscripten_set_main_loop(Frame, 0, false);
  return 0;
}
