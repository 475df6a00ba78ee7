#pragma once
/// @file DecodeJson.h
/// @brief A decode result as JSON: the `wsafix decode --json` document.

#include "diagnostics/errors/Decoder.h"

#include <nlohmann/json.hpp>

namespace wsafix {

/// Decoded: name, decimal, hex, hresult, message, systemMessage, family, errno, meaning, developer, causes,
/// triage, probes, fixes, neighbours. Always: status, input, understood, notUnderstood; when not decoded also
/// candidates and nearest.
nlohmann::json decodeDocument(const DecodeResult& result);

} // namespace wsafix
