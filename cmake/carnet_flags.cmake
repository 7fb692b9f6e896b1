# Compile settings for Carnet's own targets. Third-party targets get none of these.

if(CARNET_SANITIZE)
  # Sanitizers apply to everything linked into a test, third-party code included, so that
  # memory errors crossing the boundary are caught too.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()

add_library(carnet_warnings INTERFACE)
target_compile_options(carnet_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  $<$<BOOL:${CARNET_WERROR}>:-Werror>)

# The portable layers (src/core, src/app) must never see ImGui or Emscripten. Their targets
# have no such include path, and this folder, searched first, turns any attempt into a clear
# compile error even with em++ (whose sysroot always holds emscripten.h).
add_library(carnet_portable_layer INTERFACE)
target_include_directories(carnet_portable_layer BEFORE INTERFACE "${CMAKE_SOURCE_DIR}/cmake/layer_guard")
