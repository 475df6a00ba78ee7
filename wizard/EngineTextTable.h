#pragma once

#include <vector>

namespace wsafix {

/// The engine's sentences without values, as the engine writes them (English source text, context "EngineText").
const std::vector<const char*>& engineTextSentences();

/// The engine's sentences with values: %1..%9 stand for the values.
const std::vector<const char*>& engineTextTemplates();

/// The error catalog's messages: short, FormatMessage and strerror() texts (ErrorMessageTable.cpp).
const std::vector<const char*>& errorMessageSentences();

/// What decode says about how it read the input, without values and with values (ErrorMessageTable.cpp).
const std::vector<const char*>& decodeNoteSentences();
const std::vector<const char*>& decodeNoteTemplates();

/// The error catalog's help: meaning, developer's view, causes, triage (ErrorHelpTextTable.cpp).
const std::vector<const char*>& errorHelpSentences();

/// What the platforms, the analysis of pasted output and the fixes say, without values (PlatformTextTable.cpp).
const std::vector<const char*>& platformTextSentences();

/// ... and with values (%1..%9).
const std::vector<const char*>& platformTextTemplates();

} // namespace wsafix
