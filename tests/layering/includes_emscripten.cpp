// Stands for a file of src/core or src/app that includes Emscripten: it must fail to compile,
// even under em++, whose sysroot always holds emscripten.h.
#include <emscripten.h>
