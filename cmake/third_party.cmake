# Third-party libraries built from the sources that scripts/setup fetched from Debian source
# packages. They build with their own flags and no warnings; their headers are SYSTEM headers
# so that our warnings do not fire inside them.

set(_tp "${CARNET_THIRD_PARTY_DIR}")
foreach(_need imgui/imgui.cpp sqlite3/sqlite3.c libsodium/src/libsodium/include/sodium/version.h)
  if(NOT EXISTS "${_tp}/${_need}")
    message(FATAL_ERROR "Missing ${_tp}/${_need}: run scripts/setup first.")
  endif()
endforeach()

if(CMAKE_BUILD_TYPE STREQUAL "Debug")
  # Third-party code stays optimised in debug builds: tests would otherwise spend minutes in
  # Argon2 and SQLite at -O0.
  set(_tp_opt -O1)
else()
  set(_tp_opt)
endif()

# --- SQLite (amalgamation, FTS5 enabled) ---------------------------------------------------
add_library(tp_sqlite STATIC "${_tp}/sqlite3/sqlite3.c")
target_include_directories(tp_sqlite SYSTEM PUBLIC "${_tp}/sqlite3")
target_compile_options(tp_sqlite PRIVATE -w ${_tp_opt})
target_compile_definitions(tp_sqlite
  PUBLIC SQLITE_ENABLE_FTS5=1
  PRIVATE SQLITE_THREADSAFE=0 SQLITE_OMIT_LOAD_EXTENSION=1 SQLITE_DEFAULT_MEMSTATUS=0
          SQLITE_DQS=0 SQLITE_OMIT_DEPRECATED=1 SQLITE_OMIT_SHARED_CACHE=1)

# --- libsodium -----------------------------------------------------------------------------
set(_sodium "${_tp}/libsodium/src/libsodium")
# scripts/setup turns on Argon2's wipe of its working memory (patch_libsodium_argon2): a copy
# without it would leave the material of every derived key in memory.
file(STRINGS "${_sodium}/crypto_pwhash/argon2/argon2.c" _argon2_flags REGEX "context.flags +=")
if(NOT _argon2_flags MATCHES "ARGON2_FLAG_CLEAR_MEMORY")
  message(FATAL_ERROR "libsodium's Argon2 does not wipe its memory: run scripts/setup first.")
endif()
file(GLOB_RECURSE _sodium_sources CONFIGURE_DEPENDS "${_sodium}/*.c")
if(EMSCRIPTEN)
  # Browsers and Node provide randomness through libsodium's own Emscripten code path.
  list(FILTER _sodium_sources EXCLUDE REGEX "randombytes/sysrandom/|randombytes/internal/")
  # Wasm SIMD through Emscripten's SSE headers; the CPUID probe gives way to a fixed answer.
  list(FILTER _sodium_sources EXCLUDE REGEX "sodium/runtime\\.c$")
  list(APPEND _sodium_sources "${CMAKE_CURRENT_LIST_DIR}/sodium/runtime_wasm.c")
  # Randomness from getRandomValues a buffer at a time (randombytes_js.c explains why).
  list(APPEND _sodium_sources "${CMAKE_CURRENT_LIST_DIR}/sodium/randombytes_js.c")
endif()
add_library(tp_sodium STATIC ${_sodium_sources})
target_include_directories(tp_sodium SYSTEM PUBLIC "${_sodium}/include")
target_include_directories(tp_sodium PRIVATE "${_sodium}/include/sodium")
target_compile_options(tp_sodium PRIVATE -w ${_tp_opt})
target_compile_definitions(tp_sodium
  PUBLIC SODIUM_STATIC=1
  PRIVATE CONFIGURED=1 NATIVE_LITTLE_ENDIAN=1)
if(EMSCRIPTEN)
  target_compile_options(tp_sodium PRIVATE -msimd128 -mssse3)
  # This Emscripten's optimiser (LLVM 14) miscompiles the 4-block SSSE3 ChaCha20 kernel at
  # -O1 and above (wrong keystream from 256 bytes on); it compiles correctly at -Os.
  # tests/core/crypto/crypto_vectors_test.cpp checks the keystream against independent vectors.
  set_source_files_properties(
    "${_sodium}/crypto_stream/chacha20/dolbeau/chacha20_dolbeau-ssse3.c"
    TARGET_DIRECTORY tp_sodium PROPERTIES COMPILE_OPTIONS -Os)
  set_source_files_properties("${_sodium}/randombytes/randombytes.c"
    TARGET_DIRECTORY tp_sodium PROPERTIES
    COMPILE_OPTIONS "-U__EMSCRIPTEN__;-include;${CMAKE_CURRENT_LIST_DIR}/sodium/randombytes_js.h"
    COMPILE_DEFINITIONS "RANDOMBYTES_CUSTOM_IMPLEMENTATION=1;RANDOMBYTES_DEFAULT_IMPLEMENTATION=&carnet_randombytes_js")
  target_compile_definitions(tp_sodium PRIVATE HAVE_EMMINTRIN_H=1 HAVE_PMMINTRIN_H=1
    HAVE_TMMINTRIN_H=1 HAVE_TI_MODE=1)
else()
  target_compile_definitions(tp_sodium PRIVATE HAVE_PTHREAD=1 HAVE_SYS_MMAN_H=1 HAVE_MMAP=1
    HAVE_MLOCK=1 HAVE_MADVISE=1 HAVE_MPROTECT=1 HAVE_GETRANDOM=1 HAVE_SYS_RANDOM_H=1)
  if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64")
    # The SIMD implementations select their instruction sets with pragmas and are chosen at
    # run time after a CPUID check, as libsodium's own configure script arranges.
    target_compile_definitions(tp_sodium PRIVATE HAVE_CPUID=1 HAVE_EMMINTRIN_H=1
      HAVE_TMMINTRIN_H=1 HAVE_SMMINTRIN_H=1 HAVE_AVXINTRIN_H=1 HAVE_AVX2INTRIN_H=1
      HAVE_AVX512FINTRIN_H=1 HAVE_WMMINTRIN_H=1 HAVE_INLINE_ASM=1 HAVE_TI_MODE=1)
  endif()
  find_package(Threads REQUIRED)
  target_link_libraries(tp_sodium PUBLIC Threads::Threads)
endif()

# --- Dear ImGui (core only; the platform layer adds its backends) --------------------------
set(_imgui "${_tp}/imgui")
add_library(tp_imgui STATIC
  "${_imgui}/imgui.cpp" "${_imgui}/imgui_draw.cpp" "${_imgui}/imgui_tables.cpp"
  "${_imgui}/imgui_widgets.cpp")
target_include_directories(tp_imgui SYSTEM PUBLIC "${_imgui}")
target_compile_options(tp_imgui PRIVATE -w ${_tp_opt})
target_compile_definitions(tp_imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS=1)

if(EMSCRIPTEN)
  add_library(tp_imgui_backends STATIC
    "${_imgui}/backends/imgui_impl_glfw.cpp" "${_imgui}/backends/imgui_impl_opengl3.cpp")
  target_include_directories(tp_imgui_backends SYSTEM PUBLIC "${_imgui}/backends")
  target_compile_options(tp_imgui_backends PRIVATE -w)
  target_compile_definitions(tp_imgui_backends PUBLIC IMGUI_IMPL_OPENGL_ES3=1)
  target_link_libraries(tp_imgui_backends PUBLIC tp_imgui)
endif()

# --- zxcvbn (the passphrase estimator, src/core/crypto/passphrase_strength.h) ----------------------
# zxcvbn's C port, from the source package scripts/setup fetched (fetch_zxcvbn). Its dictionary
# is C source generated from word lists by its own generator, a host program: it is compiled
# here with the machine's compiler (em++ builds only for the target) and run at configure time,
# again whenever an input changes. The lists: zxcvbn's 10,000 common passwords, English words
# (by frequency), US first names and surnames, and 50,000 of Debian's French words (wfrench),
# folded to ASCII as the estimator folds a passphrase (cmake/zxcvbn/french_words.cpp says which).
set(_zx "${_tp}/haskell-zxcvbn-c")
set(_zx_french /usr/share/dict/french)
foreach(_need "${_zx}/zxcvbn.c" "${_zx}/dict-generate.cpp" "${_zx_french}")
  if(NOT EXISTS "${_need}")
    message(FATAL_ERROR "Missing ${_need}: run scripts/setup first.")
  endif()
endforeach()
# scripts/setup extends zxcvbn's years from 2019 to 2050 and makes one shift unsigned
# (fetch_zxcvbn): a copy without these edits is refused.
file(STRINGS "${_zx}/zxcvbn.c" _zx_edits REGEX "carnet: ")
list(LENGTH _zx_edits _zx_edit_count)
if(NOT _zx_edit_count EQUAL 2)
  message(FATAL_ERROR "zxcvbn is not as scripts/setup leaves it: run scripts/setup first.")
endif()
find_program(CARNET_HOST_CXX NAMES c++ g++ clang++ NO_CMAKE_FIND_ROOT_PATH REQUIRED)

set(_zx_lists words-10k-pass.txt words-english.txt words-female.txt words-male.txt
  words-surname.txt)
set(_zx_inputs "${_zx}/dict-generate.cpp" "${_zx_french}"
  "${CMAKE_CURRENT_LIST_DIR}/zxcvbn/french_words.cpp"
  "${CMAKE_SOURCE_DIR}/src/core/base/text_rules.cpp" "${CMAKE_SOURCE_DIR}/src/core/base/text_rules.h")
foreach(_list ${_zx_lists})
  list(APPEND _zx_inputs "${_zx}/${_list}")
endforeach()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_zx_inputs})

set(_zx_out "${CMAKE_BINARY_DIR}/zxcvbn")
set(_zx_dict "${_zx_out}/dict-src.h")
if(EXISTS "${_zx_dict}")
  set(_zx_stale FALSE)
  foreach(_input ${_zx_inputs})
    if("${_input}" IS_NEWER_THAN "${_zx_dict}")
      set(_zx_stale TRUE)
    endif()
  endforeach()
else()
  set(_zx_stale TRUE)
endif()
if(_zx_stale)
  message(STATUS "Generating zxcvbn's dictionary")
  file(REMOVE_RECURSE "${_zx_out}")
  file(MAKE_DIRECTORY "${_zx_out}")
  execute_process(
    COMMAND "${CARNET_HOST_CXX}" -std=c++11 -O2 -w -o "${_zx_out}/dictgen" "${_zx}/dict-generate.cpp"
    RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "Compiling zxcvbn's dictionary generator failed")
  endif()
  execute_process(
    COMMAND "${CARNET_HOST_CXX}" -std=c++17 -O2 -I "${CMAKE_SOURCE_DIR}/src"
      -o "${_zx_out}/french_words" "${CMAKE_CURRENT_LIST_DIR}/zxcvbn/french_words.cpp"
      "${CMAKE_SOURCE_DIR}/src/core/base/text_rules.cpp"
    RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "Compiling the French word list tool failed")
  endif()
  execute_process(COMMAND "${_zx_out}/french_words" "${_zx_french}" "${_zx_out}/words-french.txt"
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _zx_french_said OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "Preparing the French words failed")
  endif()
  message(STATUS "zxcvbn: ${_zx_french_said}")
  execute_process(
    COMMAND "${_zx_out}/dictgen" -v -o "${_zx_dict}.tmp" ${_zx_lists} "${_zx_out}/words-french.txt"
    WORKING_DIRECTORY "${_zx}" RESULT_VARIABLE _rc OUTPUT_VARIABLE _zx_said)
  if(NOT _rc EQUAL 0 OR NOT EXISTS "${_zx_dict}.tmp")
    message(FATAL_ERROR "Generating zxcvbn's dictionary failed")
  endif()
  # zxcvbn.c reads each trie node's child set in 13 bits and its first child in 17: a larger
  # dictionary would be generated without complaint and then matched wrongly.
  string(REGEX MATCH "Number of child bitmaps = ([0-9]+)" _ "${_zx_said}")
  set(_zx_sets "${CMAKE_MATCH_1}")
  string(REGEX MATCH "Child pointer array size ([0-9]+)" _ "${_zx_said}")
  set(_zx_children "${CMAKE_MATCH_1}")
  if(NOT _zx_sets OR NOT _zx_children OR _zx_sets GREATER_EQUAL 8192
     OR _zx_children GREATER_EQUAL 131072)
    message(FATAL_ERROR "zxcvbn's dictionary is too large for its format "
      "(${_zx_sets} child sets of 8191, ${_zx_children} children of 131071)")
  endif()
  message(STATUS "zxcvbn: ${_zx_sets} child sets of 8191, ${_zx_children} children of 131071")
  file(RENAME "${_zx_dict}.tmp" "${_zx_dict}")
endif()

add_library(tp_zxcvbn STATIC "${_zx}/zxcvbn.c")
target_include_directories(tp_zxcvbn SYSTEM PUBLIC "${_zx}")
target_include_directories(tp_zxcvbn BEFORE PRIVATE "${_zx_out}")
target_compile_options(tp_zxcvbn PRIVATE -w ${_tp_opt})
if(NOT EMSCRIPTEN)
  target_link_libraries(tp_zxcvbn PRIVATE m)
endif()
