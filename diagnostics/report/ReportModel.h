#pragma once
/// @file ReportModel.h
/// @brief What a report says about one session, derived from its record: the intake decoded, the machine,
/// findings, actions, the verification with its probe series, large inventories summarised, what to do next, and
/// the timeline. Every format (HTML, PDF, Markdown, JSON) is rendered from it, so they cannot disagree.

#include "diagnostics/SessionRecord.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wsafix {

/// The error as the user gave it, decoded with the engine's error catalog.
struct ReportIntake
{
    std::string code;         ///< as typed, e.g. "0x00002748"
    std::string decodeStatus; ///< "decoded", "ambiguous", "unknown"; empty when no code was given
    std::string errorName;    ///< "WSAEISCONN" when decoded
    std::uint32_t errorCode = 0;
    std::string errorHex;    ///< "0x00002748"
    std::string message;     ///< Microsoft's system message
    std::string meaning;     ///< plain words for the person at the keyboard
    std::string application; ///< "OrderSync.exe (PID 4242)", empty when none was named
    std::string target;      ///< "host:port", empty when none was given
    std::string ticket;
};

/// A name and how often it occurs: TCP states, processes.
struct ReportCount
{
    std::string name;
    std::size_t count = 0;
};

/// The socket inventory, readable at 50,000 sockets: the target application's sockets in full, the rest as counts.
struct SocketSummary
{
    std::size_t total = 0;
    std::vector<ReportCount> byState;       ///< TCP states of all sockets ("UDP" counts UDP sockets), most first
    std::vector<SocketEntry> target;        ///< every socket of the intake's application
    std::vector<ReportCount> targetByState; ///< the same as counts
    std::vector<ReportCount> topProcesses;  ///< processes with the most sockets, at most kTopProcesses
    std::size_t otherProcesses = 0;         ///< processes beyond the top ones
    std::size_t otherProcessSockets = 0;    ///< their sockets
    static constexpr std::size_t kTopProcesses = 10;
};

/// The probe series of a verification, in numbers.
struct ProbeSeriesStats
{
    std::size_t attempts = 0;
    std::size_t connected = 0;
    std::size_t unresolved = 0; ///< attempts where the name did not resolve
    double minMs = 0;           ///< over connected attempts; 0 when none connected
    double avgMs = 0;
    double maxMs = 0;
};

/// One action with a readable title.
struct ReportAction
{
    Action action;
    std::string title; ///< from ReportOptions::fixTitle, else the fix id
};

/// How a report is built.
struct ReportOptions
{
    /// A readable title for a fix id ("Remove the layered provider 1010 ..."); empty: the id is shown.
    std::function<std::string(const std::string& fixId)> fixTitle;
    /// Set when the record was redacted (see Redactor), so that the report says so.
    bool redacted = false;
    /// Placeholders per kind when redacted, e.g. {"ip": 3}.
    std::map<std::string, int> redactions;
    /// Shown as the time the report was made; empty: now.
    std::string generated;
    /// At most this many events (newest first) are listed; the rest are counted.
    std::size_t maxEvents = 50;
};

struct ReportModel
{
    std::string sessionId;
    std::string created;
    std::string updated;
    std::string generated;
    std::string step;
    bool redacted = false;
    std::map<std::string, int> redactions;

    ReportIntake intake;
    SystemInfo machine;
    std::string scenario;  ///< the simulated machine, empty for a real one
    bool examined = false; ///< detection ran (the record has an inventory)
    std::map<std::string, ProbeStatus> probes;
    std::vector<Finding> findings; ///< worst first, as the rules gave them
    std::vector<ReportAction> actions;
    std::vector<std::string> snapshots;

    std::optional<Verification> verification;
    std::string verdict;      ///< "fixed", "not-fixed", "could-not-verify", "not-verified"
    std::string verdictLabel; ///< "Fixed", "Not fixed", "Could not verify", "Not verified"
    ProbeSeriesStats series;
    std::vector<std::string> nextSteps; ///< what to do next, most useful first

    std::vector<CatalogEntry> catalog;
    SocketSummary sockets;
    std::vector<Adapter> adapters;
    std::vector<EventEntry> events; ///< newest first, at most ReportOptions::maxEvents
    std::size_t totalEvents = 0;
    std::vector<ConnectivityCheck> connectivity;
    std::vector<TimelineEntry> timeline;

    /// "Fixed"/"Not fixed"/... for a verdict name; "Not verified" for an empty one.
    static std::string verdictLabelOf(const std::string& verdict);
};

/// Builds the report of `record` (redact it first with Redactor when asked to).
ReportModel buildReportModel(const SessionRecord& record, const ReportOptions& options = {});

} // namespace wsafix
