#include "AnalyzeCommand.h"

#include "CliText.h"

#include "ExitCode.h"
#include "IntakeOptions.h"

#include "diagnostics/Names.h"
#include "diagnostics/SessionStore.h"
#include "diagnostics/analyze/AnalysisJson.h"
#include "diagnostics/analyze/PasteAnalyzer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <ostream>
#include <sstream>

namespace wsafix {
namespace {

using cli::format;
using cli::translate;

std::string upper(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

bool readInput(const std::string& name, std::istream& in, std::string& bytes, std::string& error)
{
    std::ostringstream buffer;
    if (name == "-") {
        if (in.rdbuf()->in_avail() != 0 || in.good())
            buffer << in.rdbuf();
        bytes = buffer.str();
        return true;
    }
    std::ifstream file(name, std::ios::binary);
    if (!file) {
        error = name + ": cannot open";
        return false;
    }
    buffer << file.rdbuf();
    bytes = buffer.str();
    if (file.bad()) {
        error = name + ": cannot read";
        return false;
    }
    return true;
}

void printInput(std::ostream& out, const PasteAnalysis& a)
{
    out << a.source << " (" << a.encoding << ")\n";
    for (const auto& n : a.notes)
        out << "  " << format(translate("AnalyzeCommand", "note: %1"), {cli::engineText(n)}) << "\n";
    for (const auto& s : a.sections) {
        const int items = static_cast<int>(s.items); // lupdate reads a plain name, not a cast
        out << "  "
            << format(translate("AnalyzeCommand", "lines %1-%2: %3, %4"),
                      {std::to_string(s.firstLine), std::to_string(s.lastLine), pasteKindCommand(s.kind),
                       translate("AnalyzeCommand", "%n item(s)", nullptr, items)})
            << "\n";
        for (const auto& n : s.notes)
            out << "      " << cli::engineText(n) << "\n";
        if (s.reset) {
            const int steps = static_cast<int>(s.reset->succeeded);
            if (s.kind == PasteKind::WinsockReset)
                out << "      "
                    << (s.reset->resetDone ? translate("AnalyzeCommand", "reset done")
                                           : translate("AnalyzeCommand", "reset not done"));
            else
                out << "      " << translate("AnalyzeCommand", "%n step(s) OK", nullptr, steps);
            out << (s.reset->restartRequired ? translate("AnalyzeCommand", ", restart required") : std::string())
                << "\n";
            for (const auto& f : s.reset->failures)
                out << "      " << format(translate("AnalyzeCommand", "failed: %1"), {f}) << "\n";
        }
    }
    for (const auto& u : a.unparsed)
        out << "  "
            << format(u.lastLine > u.line ? translate("AnalyzeCommand", "not used: lines %1-%2: %3: %4")
                                          : translate("AnalyzeCommand", "not used: line %1: %3: %4"),
                      {std::to_string(u.line), std::to_string(u.lastLine), cli::engineText(u.reason), u.text})
            << "\n";
}

void printFindings(std::ostream& out, const std::vector<Finding>& findings)
{
    if (findings.empty()) {
        out << translate("AnalyzeCommand", "No problems found in the pasted outputs.") << "\n";
        return;
    }
    const int count = static_cast<int>(findings.size());
    out << translate("AnalyzeCommand", "Findings (%n), worst first:", nullptr, count) << "\n";
    for (const auto& f : findings) {
        out << "  [" << upper(cli::severityText(f.severity)) << "] " << cli::engineText(f.title) << "\n";
        for (const auto& e : f.evidence)
            out << "      " << cli::engineText(e) << "\n";
    }
}

} // namespace

int runAnalyzeCommand(const CommandLine& cl, std::istream& in, std::ostream& out, std::ostream& err)
{
    if (cl.positionals.empty()) {
        err << translate("AnalyzeCommand", "wsafix analyze: missing FILE (a saved command output, or - for standard "
                                           "input; see wsafix analyze --help)")
            << "\n";
        return ExitUsage;
    }
    Intake intake;
    if (const auto problem = intakeFromOptions(cl.options, intake); !problem.empty()) {
        err << "wsafix analyze: " << problem << "\n";
        return ExitUsage;
    }
    std::vector<PasteAnalysis> inputs;
    bool bad = false;
    for (const auto& name : cl.positionals) {
        std::string bytes, error;
        if (!readInput(name, in, bytes, error)) {
            err << "wsafix analyze: " << error << "\n";
            bad = true;
            continue;
        }
        inputs.push_back(analyzePaste(bytes, name == "-" ? "-" : name));
        if (!inputs.back().recognised()) {
            err << format(translate("AnalyzeCommand",
                                    "wsafix analyze: %1: no command output wsafix knows was recognised (known: netsh "
                                    "winsock show catalog, ipconfig [/all], netstat -ano, Get-NetTCPConnection, "
                                    "Test-NetConnection, netsh int ip reset, netsh winsock reset, netsh interface ip "
                                    "show config, netsh interface dump, Event Viewer text)"),
                          {name})
                << "\n";
            bad = true;
        }
    }
    if (bad)
        return ExitUsage;

    const CombinedAnalysis combined = combineAnalyses(inputs);
    SessionRecord record = SessionRecord::start();
    record.system = combined.system;
    record.intake = intake;
    record.step = "detect";
    record.pastedInputs = cl.positionals;
    record.inventory = combined.inventory;
    record.findings = evaluatePastedRules(combined, intake);
    record.note("analyze: inventory from pasted outputs; " + std::to_string(record.findings.size()) + " finding(s)");
    SessionStore store(cl.stateDir);
    try {
        store.save(record);
    } catch (const SessionError& e) {
        err << "wsafix: " << cli::engineText(e.what()) << "\n";
        return ExitInternal;
    }

    if (cl.options.count("json")) {
        out << analyzeDocument(inputs, combined, record.findings).dump(2) << "\n";
    } else {
        out << (combined.system.hostname.empty()
                    ? translate("AnalyzeCommand", "wsafix analyze: pasted outputs")
                    : format(translate("AnalyzeCommand", "wsafix analyze: pasted outputs of %1"),
                             {combined.system.hostname}))
            << "\n\n";
        for (const auto& a : inputs)
            printInput(out, a);
        out << "\n";
        printFindings(out, record.findings);
        out << "\n"
            << format(translate("AnalyzeCommand", "Session %1 saved in %2"), {record.id, store.stateDir().string()})
            << "\n";
    }
    return record.findings.empty() ? ExitFine : ExitProblems;
}

} // namespace wsafix
