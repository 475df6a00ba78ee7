#pragma once
/// @file PasteAnalysis.h
/// @brief What the analysis of pasted command output found: the kinds of output recognised, the inventory they
/// describe (the same Inventory the live probes produce), and every line that could not be used.

#include "diagnostics/Inventory.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wsafix {

/// The command outputs the analyzer understands.
enum class PasteKind {
    Unknown,
    WinsockCatalog,    ///< netsh winsock show catalog
    IpconfigAll,       ///< ipconfig /all
    Ipconfig,          ///< ipconfig
    Netstat,           ///< netstat -ano / -an / -aonb
    NetTcpConnection,  ///< PowerShell Get-NetTCPConnection (table)
    TestNetConnection, ///< PowerShell Test-NetConnection
    IpReset,           ///< netsh int ip reset (or ipv4/ipv6 reset)
    WinsockReset,      ///< netsh winsock reset
    NetshIpConfig,     ///< netsh interface ip show config
    NetshDump,         ///< netsh interface dump / netsh interface ip dump
    EventLog,          ///< Event Viewer "Copy details as text"
};

/// Stable id of a kind, e.g. "winsock-catalog" (JSON, tests).
std::string_view pasteKindName(PasteKind kind);
/// The command that prints it, e.g. "netsh winsock show catalog" (for people).
std::string_view pasteKindCommand(PasteKind kind);

/// A line (or a run of lines) that could not be used, with the reason.
struct UnparsedLine
{
    std::size_t line = 0;     ///< 1-based line number in the input
    std::size_t lastLine = 0; ///< last line of the run (== line for one line)
    std::string text;         ///< the (first) line as read
    std::string reason;
    bool operator==(const UnparsedLine&) const = default;
};

/// What a `netsh int ip reset` or `netsh winsock reset` output says happened. Every failed step lands in exactly one
/// of `failures` (it matters: the reset did not do its job) or `harmless` (known not to matter, see
/// ResetOutputParser.cpp for which and why).
struct ResetOutcome
{
    std::size_t succeeded = 0;         ///< steps that said OK
    std::vector<std::string> failures; ///< failed steps that matter, with the reason Windows gave
    std::vector<std::string> harmless; ///< failed steps known to be harmless, with the reason Windows gave
    bool needsElevation = false;       ///< a step failed because the command did not run as administrator
    bool resetDone = false;            ///< the command reported success (winsock reset) or ran to the end
    bool restartRequired = false;      ///< Windows asked for a restart
    bool operator==(const ResetOutcome&) const = default;
};

/// The warning for people about the harmless failed steps of `outcome`, or empty when it has none. The same sentence
/// is a note of the analysed output and part of the ip-reset fix's outcome.
std::string harmlessResetWarning(const ResetOutcome& outcome);

/// One recognised output inside an input.
struct PasteSection
{
    PasteKind kind = PasteKind::Unknown;
    std::size_t firstLine = 0;
    std::size_t lastLine = 0;
    std::string command;              ///< the command from the prompt line before it, when there was one
    std::size_t items = 0;            ///< entries, sockets, adapters, events or checks taken from it
    std::vector<std::string> notes;   ///< e.g. "the last entry is cut off"
    std::optional<ResetOutcome> reset;
    bool operator==(const PasteSection&) const = default;
};

/// The analysis of one input (a file, stdin, or text pasted into the wizard).
struct PasteAnalysis
{
    std::string source;               ///< file name, "-" for stdin, "pasted text"
    std::string encoding;             ///< as TextDecoder detected it
    std::vector<std::string> notes;   ///< what was cleaned up (quote prefixes, doubled lines, ...)
    std::vector<PasteSection> sections;
    std::vector<UnparsedLine> unparsed;
    Inventory inventory;              ///< only what the recognised outputs show; probes say what is missing
    SystemInfo system;                ///< backend "pasted"; host name, OS and user when the outputs show them
    bool showsDnsServers = false;     ///< an output that lists DNS servers was seen (plain ipconfig does not)

    /// Whether anything in the input was recognised.
    bool recognised() const;
};

} // namespace wsafix
