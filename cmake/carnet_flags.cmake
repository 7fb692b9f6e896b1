# Compile settings for Carnet's own targets. Third-party targets get none of these.

if(CARNET_SANITIZE)
  # Sanitizers apply to everything linked into a test, third-party code included, so that
  # memory errors crossing the boundary are caught too.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()

option(CARNET_FUZZ "Build tests/fuzz as libFuzzer programs (clang only), with ASan and UBSan" OFF)
if(CARNET_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CARNET_FUZZ needs clang (libFuzzer): use the native-fuzz preset.")
  endif()
  # Coverage for the fuzzer and sanitizers everywhere, third-party code included, as with
  # CARNET_SANITIZE; only the fuzz programs link libFuzzer itself (tests/fuzz).
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)

  # libsodium's x86 SIMD files enable their instruction sets with `#pragma GCC target(...)`,
  # which clang ignores; give each file the matching -m flags instead, as libsodium's own
  # Makefile does. They run only after a CPUID check; the rest keeps the baseline ISA.
  # (This concerns any native clang build; it would sit better in third_party.cmake.)
  file(GLOB_RECURSE _sodium_c "${CARNET_THIRD_PARTY_DIR}/libsodium/src/libsodium/*.c")
  foreach(_file ${_sodium_c})
    file(STRINGS "${_file}" _pragmas REGEX "^#[ ]*pragma GCC target")
    set(_isa)
    foreach(_pragma ${_pragmas})
      string(REGEX REPLACE ".*target\\(\"([a-z0-9.]+)\"\\).*" "-m\\1" _flag "${_pragma}")
      list(APPEND _isa "${_flag}")
    endforeach()
    if(_isa)
      set_source_files_properties("${_file}" PROPERTIES COMPILE_OPTIONS "${_isa}")
    endif()
  endforeach()
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
