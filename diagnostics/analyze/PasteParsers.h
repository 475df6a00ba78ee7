#pragma once
/// @file PasteParsers.h
/// @brief The parsers of each kind of command output, over clean lines (PasteLines). Each adds what it reads to
/// the analysis (inventory, system facts) and the section (item count, notes), and reports every line it cannot
/// use. None of them throws. PasteAnalyzer picks the parser; its parse* functions are the byte-level entry points.

#include "diagnostics/analyze/PasteAnalysis.h"
#include "diagnostics/analyze/PasteLines.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace wsafix {

using PasteLines = std::span<const PasteLine>;

void parseCatalogLines(PasteLines lines, PasteAnalysis& out, PasteSection& section);
/// ipconfig and ipconfig /all: sets section.kind to IpconfigAll when the output has /all's fields.
void parseIpconfigLines(PasteLines lines, PasteAnalysis& out, PasteSection& section);
void parseNetstatLines(PasteLines lines, PasteAnalysis& out, PasteSection& section);
void parseNetTcpConnectionLines(PasteLines lines, PasteAnalysis& out, PasteSection& section);
void parseTestNetConnectionLines(PasteLines lines, PasteAnalysis& out, PasteSection& section);
/// netsh int ip reset and netsh winsock reset.
void parseResetLines(PasteLines lines, PasteAnalysis& out, PasteSection& section);
/// A line of a netsh reset by its layout: "<verb> <name><separator> <status>" ("Resetting Global, OK!",
/// "正在重置 ，失败。"); the separator is ',', '，' or a dash, the status a short word with its punctuation.
struct ResetStep
{
    std::string subject; ///< verb and name, e.g. "Resetting Global"; the verb alone for an unnamed step
    std::string status;  ///< e.g. "OK!"
};
std::optional<ResetStep> splitResetStep(std::string_view line);
/// netsh interface ip show config, and netsh interface (ip) dump.
void parseNetshInterfaceLines(PasteLines lines, PasteAnalysis& out, PasteSection& section);
void parseEventLogLines(PasteLines lines, PasteAnalysis& out, PasteSection& section);

/// Adds an unparsed line (or extends the previous run when it continues it with the same reason).
void reportUnparsed(PasteAnalysis& out, const PasteLine& line, std::string reason);

} // namespace wsafix
