#include "AnalyzeCommand.h"

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
        out << "  note: " << n << "\n";
    for (const auto& s : a.sections) {
        out << "  lines " << s.firstLine << "-" << s.lastLine << ": " << pasteKindCommand(s.kind) << ", " << s.items
            << " item(s)\n";
        for (const auto& n : s.notes)
            out << "      " << n << "\n";
        if (s.reset) {
            if (s.kind == PasteKind::WinsockReset)
                out << "      " << (s.reset->resetDone ? "reset done" : "reset not done");
            else
                out << "      " << s.reset->succeeded << " step(s) OK";
            out << (s.reset->restartRequired ? ", restart required" : "") << "\n";
            for (const auto& f : s.reset->failures)
                out << "      failed: " << f << "\n";
        }
    }
    for (const auto& u : a.unparsed)
        out << "  not used: line " << u.line << (u.lastLine > u.line ? "-" + std::to_string(u.lastLine) : "") << ": "
            << u.reason << ": " << u.text << "\n";
}

void printFindings(std::ostream& out, const std::vector<Finding>& findings)
{
    if (findings.empty()) {
        out << "No problems found in the pasted outputs.\n";
        return;
    }
    out << "Findings (" << findings.size() << "), worst first:\n";
    for (const auto& f : findings) {
        out << "  [" << upper(severityName(f.severity)) << "] " << f.title << "\n";
        for (const auto& e : f.evidence)
            out << "      " << e << "\n";
    }
}

} // namespace

int runAnalyzeCommand(const CommandLine& cl, std::istream& in, std::ostream& out, std::ostream& err)
{
    if (cl.positionals.empty()) {
        err << "wsafix analyze: missing FILE (a saved command output, or - for standard input; see wsafix analyze "
               "--help)\n";
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
            err << "wsafix analyze: " << name << ": no command output wsafix knows was recognised (known: "
                << "netsh winsock show catalog, ipconfig [/all], netstat -ano, Get-NetTCPConnection, "
                   "Test-NetConnection, netsh int ip reset, netsh winsock reset, netsh interface ip show config, "
                   "netsh interface dump, Event Viewer text)\n";
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
        err << "wsafix: " << e.what() << "\n";
        return ExitInternal;
    }

    if (cl.options.count("json")) {
        out << analyzeDocument(inputs, combined, record.findings).dump(2) << "\n";
    } else {
        out << "wsafix analyze: pasted outputs" << (combined.system.hostname.empty() ? "" : " of " + combined.system.hostname)
            << "\n\n";
        for (const auto& a : inputs)
            printInput(out, a);
        out << "\n";
        printFindings(out, record.findings);
        out << "\nSession " << record.id << " saved in " << store.stateDir().string() << "\n";
    }
    return record.findings.empty() ? ExitFine : ExitProblems;
}

} // namespace wsafix
