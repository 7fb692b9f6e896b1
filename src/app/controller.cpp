#include "app/controller.h"

namespace carnet {
namespace {

Status ApplyOne(AppState& state, const SetLanguage& command) {
  if (command.lang != Lang::kFr && command.lang != Lang::kEn) {
    return Status::Error(StatusCode::kInvalidArgument, "unknown language");
  }
  state.lang = command.lang;
  return Status::Ok();
}

}  // namespace

Status Apply(AppState& state, const Command& command) {
  return std::visit([&state](const auto& c) { return ApplyOne(state, c); }, command);
}

Status ApplyAll(AppState& state, CommandQueue& queue) {
  Status first = Status::Ok();
  for (const Command& command : queue) {
    Status status = Apply(state, command);
    if (first.ok() && !status.ok()) first = status;
  }
  queue.clear();
  return first;
}

}  // namespace carnet
