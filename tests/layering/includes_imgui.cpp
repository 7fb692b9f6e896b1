// Stands for a file of src/core or src/app that includes ImGui: it must fail to compile.
#include <imgui.h>
