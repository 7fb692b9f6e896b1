// Runs the application's UI without a window or a GPU: one ImGui context, the real fonts and
// theme, and frames driven by the test (mouse position and buttons set by hand).
#pragma once

#include <functional>

#include "app/base/app_state.h"
#include "app/shell/commands.h"
#include "app/shell/controller.h"
#include "ui/kit/a11y_registry.h"
#include "ui/kit/frame.h"

struct ImVec2;

namespace carnet::test {

class HeadlessImGui {
 public:
  HeadlessImGui();
  ~HeadlessImGui();
  HeadlessImGui(const HeadlessImGui&) = delete;
  HeadlessImGui& operator=(const HeadlessImGui&) = delete;

  bool fonts_loaded() const { return fonts_loaded_; }

  // Draws one frame of the whole application, then applies the commands it emitted.
  void Frame();
  // Draws one frame of `draw` alone, inside a full-screen window.
  void Frame(const std::function<void(ui::A11yRegistry&)>& draw);
  // Moves the mouse to the centre of the node's rectangle and clicks over two frames.
  void ClickCentreOf(const ui::A11yNode& node);

  AppState state;
  AppServices services;  // no vaults: the UI tests draw the screens met before one is open
  CommandQueue commands;
  ui::VaultForms forms;
  ui::CaseForms case_forms;        // used when services.caseload is set
  ui::StatsForms stats_forms;      // used when services.stats is set
  ui::SharingForms sharing_forms;  // used when services.sharing is set
  Minute now = 0;                  // the local time given to the caseload controller
  ui::A11yRegistry a11y;

 private:
  bool fonts_loaded_ = false;
};

}  // namespace carnet::test
