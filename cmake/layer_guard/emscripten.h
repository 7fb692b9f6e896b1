#error "src/core and src/app are portable: they must not include <emscripten.h> (only src/ui and src/platform may)"
