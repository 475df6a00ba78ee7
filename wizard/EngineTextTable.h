#pragma once

#include <vector>

namespace wsafix {

/// The engine's sentences without values, as the engine writes them (English source text, context "EngineText").
const std::vector<const char*>& engineTextSentences();

/// The engine's sentences with values: %1..%9 stand for the values.
const std::vector<const char*>& engineTextTemplates();

} // namespace wsafix
