#pragma once
/// @file AnalysisJson.h
/// @brief The `wsafix analyze --json` document: the keys of `wsafix detect --json` (schema "wsafix.analyze/1"),
/// plus "inputs": per input its encoding, notes, the outputs recognised and the lines that could not be used.

#include "diagnostics/Finding.h"
#include "diagnostics/analyze/PasteAnalyzer.h"

#include <nlohmann/json_fwd.hpp>

namespace wsafix {

nlohmann::json analysisInputJson(const PasteAnalysis& input);

nlohmann::json analyzeDocument(const std::vector<PasteAnalysis>& inputs, const CombinedAnalysis& combined,
                               const std::vector<Finding>& findings);

} // namespace wsafix
