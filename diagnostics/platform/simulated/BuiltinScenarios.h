#pragma once
// The scenario files of resources/scenarios/, compiled in by cmake/EmbedScenarios.cmake.

#include <string_view>
#include <vector>

namespace wsafix {

struct BuiltinScenario
{
    std::string_view name;
    std::string_view json;
};

const std::vector<BuiltinScenario>& builtinScenarios();

} // namespace wsafix
