#include "ui/headless_imgui.h"

#include <imgui.h>

#include "app/case/caseload.h"
#include "app/sharing/sharing_controller.h"
#include "app/shell/controller.h"
#include "app/stats/stats_controller.h"
#include "app/vault/vault_home.h"
#include "ui/kit/theme.h"
#include "ui/shell/ui_root.h"

namespace carnet::test {

HeadlessImGui::HeadlessImGui() {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1280, 800);
  io.DeltaTime = 1.0f / 60.0f;
  fonts_loaded_ = ui::LoadFonts(CARNET_TEST_FONT, 18.0f);
  ui::ApplyLightTheme();
  unsigned char* pixels = nullptr;
  int width = 0;
  int height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
}

HeadlessImGui::~HeadlessImGui() { ImGui::DestroyContext(); }

void HeadlessImGui::Frame() {
  ImGui::NewFrame();
  VaultController* vaults = services.vaults;
  VaultSession* session = vaults != nullptr ? vaults->session() : nullptr;
  ui::Frame frame{state,
                  commands,
                  a11y,
                  forms,
                  vaults != nullptr ? &vaults->state() : nullptr,
                  session != nullptr ? &session->store() : nullptr,
                  services.home != nullptr ? &services.home->state() : nullptr};
  if (services.caseload != nullptr) {
    frame.caseload = &services.caseload->state();
    frame.case_forms = &case_forms;
  }
  if (services.stats != nullptr) {
    frame.stats = &services.stats->state();
    frame.stats_forms = &stats_forms;
  }
  if (services.sharing != nullptr) {
    frame.sharing = &services.sharing->state();
    frame.sharing_forms = &sharing_forms;
  }
  ui::DrawApp(frame);
  ImGui::Render();
  // A refusal reaches the screens through the controllers' state, as in the app.
  (void)ApplyAll(state, services, commands);
  if (services.home != nullptr) services.home->Tick(services.today);
  if (services.caseload != nullptr) services.caseload->Tick(services.today, now);
  if (services.stats != nullptr) services.stats->Tick(services.today);
  if (services.sharing != nullptr) {
    const CaseloadUiState* c = services.caseload != nullptr ? &services.caseload->state() : nullptr;
    const Id shown = c != nullptr && c->has_dossier ? c->dossier.header.dossier_id : 0;
    services.sharing->Tick(services.today, now, shown);
  }
}

void HeadlessImGui::Frame(const std::function<void(ui::A11yRegistry&)>& draw) {
  ImGui::NewFrame();
  a11y.BeginFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
  ImGui::Begin("test", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
  draw(a11y);
  ImGui::End();
  ImGui::Render();
}

void HeadlessImGui::ClickCentreOf(const ui::A11yNode& node) {
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2(node.x + node.w / 2, node.y + node.h / 2);
  io.MouseDown[0] = false;
  Frame();
  io.MouseDown[0] = true;
  Frame();
  io.MouseDown[0] = false;
  Frame();
}

}  // namespace carnet::test
