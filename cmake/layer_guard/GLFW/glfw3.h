#error "src/core and src/app are portable: they must not include <GLFW/glfw3.h> (only src/ui and src/platform may)"
