# Compiler caching with ccache (a Debian package that scripts/setup installs), when present:
# another clone of the same sources, or a build tree made again, compiles from the cache.
# Paths under the source tree are hashed relative to it and the working directory is left out,
# so that a clone in another folder hits the same entries (its debug information then names
# the first clone's paths, which only a debugger reads). Natively ccache wraps the compiler;
# with Emscripten it wraps the clang that em++ runs (EM_COMPILER_WRAPPER), since em++ itself
# is a Python driver ccache does not know.
option(CARNET_CCACHE "Compile through ccache when it is installed" ON)
find_program(CARNET_CCACHE_PROGRAM ccache)
if(CARNET_CCACHE AND CARNET_CCACHE_PROGRAM)
  set(carnet_ccache_env
      "CCACHE_BASEDIR=${CMAKE_SOURCE_DIR}" "CCACHE_NOHASHDIR=true")
  if(EMSCRIPTEN)
    set(carnet_launcher "${CMAKE_COMMAND};-E;env;${carnet_ccache_env};EM_COMPILER_WRAPPER=${CARNET_CCACHE_PROGRAM}")
  else()
    set(carnet_launcher "${CMAKE_COMMAND};-E;env;${carnet_ccache_env};${CARNET_CCACHE_PROGRAM}")
  endif()
  set(CMAKE_C_COMPILER_LAUNCHER "${carnet_launcher}")
  set(CMAKE_CXX_COMPILER_LAUNCHER "${carnet_launcher}")
endif()
