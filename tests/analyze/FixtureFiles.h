#pragma once
// The shared real-world fixtures (../shared/fixtures, see SOURCES.md) and helpers to re-encode them.

#include "diagnostics/Finding.h"
#include "diagnostics/analyze/PasteAnalyzer.h"

#include <optional>
#include <string>
#include <vector>

/// Bytes of ../shared/fixtures/`relative`; fails the current test when it cannot be read.
std::string fixture(const std::string& relative);

/// The analysis of a fixture, as `wsafix analyze` does it.
wsafix::PasteAnalysis analyzeFixture(const std::string& relative);
/// The same for the project's own fixtures, tests/analyze/data/`relative` (written by hand, see SOURCES.md there).
std::string ownFixture(const std::string& relative);
wsafix::PasteAnalysis analyzeOwnFixture(const std::string& relative);

/// Findings for one analysed input, as `wsafix analyze` computes them (no intake).
std::vector<wsafix::Finding> findingsOf(const wsafix::PasteAnalysis& analysis);
/// A copy of the finding with `id` (findingsOf() returns a temporary).
std::optional<wsafix::Finding> findingById(const std::vector<wsafix::Finding>& findings, const std::string& id);
std::vector<std::string> findingIds(const std::vector<wsafix::Finding>& findings);

/// UTF-8 text as UTF-16, with or without a byte order mark.
std::string toUtf16(const std::string& utf8, bool bigEndian, bool bom);
/// UTF-8 text in a single-byte code page (437, 850, 866, 1251, 1252), built from the decoder's own tables.
std::string toCodePage(const std::string& utf8, int codePage);
/// LF line ends as CRLF.
std::string withCrlf(const std::string& text);
/// Every line behind a Markdown quote ("> ").
std::string quoted(const std::string& text);
