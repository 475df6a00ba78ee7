#pragma once
/// @file PasteAnalyzer.h
/// @brief Entry points of the offline analysis: raw bytes of pasted or saved command output in, the recognised
/// outputs and the inventory they describe out. Every function here takes any bytes and never throws.

#include "diagnostics/Finding.h"
#include "diagnostics/SessionRecord.h"
#include "diagnostics/analyze/PasteAnalysis.h"

#include <string>
#include <string_view>
#include <vector>

namespace wsafix {

/// Recognises every output in `bytes` (several may follow one another, with or without prompt lines) and parses it.
PasteAnalysis analyzePaste(std::string_view bytes, std::string source = "pasted text");

/// Parses all of `bytes` as one kind of output, without recognition (one entry point per parser, for tests and fuzzing).
PasteAnalysis parsePasteAs(PasteKind kind, std::string_view bytes);
inline PasteAnalysis parseWinsockCatalog(std::string_view b) { return parsePasteAs(PasteKind::WinsockCatalog, b); }
inline PasteAnalysis parseIpconfig(std::string_view b) { return parsePasteAs(PasteKind::Ipconfig, b); }
inline PasteAnalysis parseNetstat(std::string_view b) { return parsePasteAs(PasteKind::Netstat, b); }
inline PasteAnalysis parseNetTcpConnection(std::string_view b) { return parsePasteAs(PasteKind::NetTcpConnection, b); }
inline PasteAnalysis parseTestNetConnection(std::string_view b) { return parsePasteAs(PasteKind::TestNetConnection, b); }
inline PasteAnalysis parseResetOutput(std::string_view b) { return parsePasteAs(PasteKind::IpReset, b); }
inline PasteAnalysis parseNetshIpConfig(std::string_view b) { return parsePasteAs(PasteKind::NetshIpConfig, b); }
inline PasteAnalysis parseNetshDump(std::string_view b) { return parsePasteAs(PasteKind::NetshDump, b); }
inline PasteAnalysis parseEventLog(std::string_view b) { return parsePasteAs(PasteKind::EventLog, b); }

/// One machine's inventory from several inputs (all pasted from the same machine), with the status of each probe:
/// available when some input shows it, else unavailable with the reason (which command would show it).
struct CombinedAnalysis
{
    Inventory inventory;
    SystemInfo system;
    bool showsDnsServers = false;
};
CombinedAnalysis combineAnalyses(const std::vector<PasteAnalysis>& inputs);

/// The rules' findings for a pasted machine. Findings that rest on something the pasted outputs cannot show are
/// left out: plain `ipconfig` does not list DNS servers, so "no DNS server" is only judged from outputs that do.
std::vector<Finding> evaluatePastedRules(const CombinedAnalysis& combined, const Intake& intake);

} // namespace wsafix
