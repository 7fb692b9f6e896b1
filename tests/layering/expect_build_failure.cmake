# Builds TARGET in BUILD_DIR and passes only if the build fails with the layering message.
execute_process(
  COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "${TARGET}"
  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(result EQUAL 0)
  message(FATAL_ERROR "${TARGET} compiled: the portable layers can reach ImGui or Emscripten")
endif()
string(FIND "${out}${err}" "src/core and src/app are portable" found)
if(found EQUAL -1)
  message(FATAL_ERROR "${TARGET} failed for another reason than the layering guard:\n${out}${err}")
endif()
message(STATUS "${TARGET} was refused by the layering guard, as it must be")
