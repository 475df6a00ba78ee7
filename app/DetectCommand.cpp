#include "DetectCommand.h"

#include "CliText.h"
#include "ExitCode.h"
#include "IntakeOptions.h"

#include "diagnostics/Detector.h"
#include "diagnostics/InventoryJson.h"
#include "diagnostics/Names.h"
#include "diagnostics/Rules.h"
#include "diagnostics/Scenario.h"
#include "diagnostics/SessionStore.h"
#include "diagnostics/SystemFactory.h"

#include <nlohmann/json.hpp>

#include <QtGlobal>

#include <algorithm>
#include <ostream>
#include <sstream>

namespace wsafix {
namespace {

using cli::format;
using cli::translate;

// A count in a sentence: "%n sockets" and its plural forms.
std::string counted(const char* source, std::size_t n)
{
    return translate("DetectCommand", source, nullptr, static_cast<int>(n));
}

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> items;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty())
            items.push_back(item);
    return items;
}

std::string upper(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

std::string probeLine(const Inventory& inv, const std::string& probe)
{
    const auto& status = inv.probes.at(probe);
    if (!status.available)
        return format(translate("DetectCommand", "unavailable: %1"), {cli::engineText(status.reason)});
    if (probe == "catalog") {
        const auto layered = std::count_if(inv.catalog.begin(), inv.catalog.end(),
                                           [](const auto& e) { return e.kind == CatalogEntry::Kind::Layered; });
        return format(translate("DetectCommand", "%1, %2"),
                      {counted(QT_TRANSLATE_N_NOOP("DetectCommand", "%n entries"), inv.catalog.size()),
                       counted(QT_TRANSLATE_N_NOOP("DetectCommand", "%n layered"), static_cast<std::size_t>(layered))});
    }
    if (probe == "sockets")
        return counted(QT_TRANSLATE_N_NOOP("DetectCommand", "%n sockets"), inv.sockets.size());
    if (probe == "processes")
        return counted(QT_TRANSLATE_N_NOOP("DetectCommand", "%n processes"), inv.processes.size());
    if (probe == "adapters") {
        const auto up = std::count_if(inv.adapters.begin(), inv.adapters.end(), [](const auto& a) { return a.up; });
        return format(translate("DetectCommand", "%1, %2"),
                      {counted(QT_TRANSLATE_N_NOOP("DetectCommand", "%n adapters"), inv.adapters.size()),
                       counted(QT_TRANSLATE_N_NOOP("DetectCommand", "%n up"), static_cast<std::size_t>(up))});
    }
    if (probe == "namespaces") {
        const auto missing = std::count_if(inv.namespaceProviders.begin(), inv.namespaceProviders.end(),
                                           [](const auto& p) { return p.dllExists && !*p.dllExists; });
        const std::string providers = counted(QT_TRANSLATE_N_NOOP("DetectCommand", "%n name resolution providers"),
                                              inv.namespaceProviders.size());
        return missing ? format(translate("DetectCommand", "%1, %2"),
                                {providers, counted(QT_TRANSLATE_N_NOOP("DetectCommand", "%n with a missing file"),
                                                    static_cast<std::size_t>(missing))})
                       : providers;
    }
    if (probe == "interposers")
        return counted(QT_TRANSLATE_N_NOOP("DetectCommand", "%n interposers in the target process"),
                       inv.targetInterposers.size());
    if (probe == "connectivity") {
        const auto& c = inv.connectivity.front();
        const std::string target = c.host + ":" + std::to_string(c.port);
        return c.result.connected
                   ? format(translate("DetectCommand", "%1 connected in %2 ms"),
                            {target, std::to_string(static_cast<int>(c.result.milliseconds))})
                   : format(translate("DetectCommand", "%1 failed: %2"), {target, cli::engineText(c.result.error)});
    }
    return counted(QT_TRANSLATE_N_NOOP("DetectCommand", "%n events"), inv.events.size());
}

void printText(std::ostream& out, const SessionRecord& record, const SessionStore& store)
{
    const auto& sys = record.system;
    const std::string machine = sys.backend == "simulated"
                                    ? format(translate("DetectCommand", "simulated machine '%1'"), {sys.scenario})
                                    : translate("DetectCommand", "this machine");
    out << format(sys.elevated ? translate("DetectCommand", "wsafix detect: %1 (%2, %3, elevated)")
                               : translate("DetectCommand", "wsafix detect: %1 (%2, %3)"),
                  {machine, sys.hostname, sys.os})
        << "\n\n";
    out << translate("DetectCommand", "Probes:") << "\n";
    for (const auto& [probe, status] : record.inventory->probes) {
        std::string name = probe;
        name.resize(std::max<std::size_t>(name.size() + 1, 14), ' ');
        out << "  " << name << probeLine(*record.inventory, probe) << "\n";
    }
    out << "\n";
    if (record.findings.empty()) {
        out << translate("DetectCommand", "No problems found.") << "\n";
    } else {
        const int count = static_cast<int>(record.findings.size()); // lupdate reads a plain name, not a cast
        out << translate("DetectCommand", "Findings (%n), worst first:", nullptr, count) << "\n";
        for (const auto& f : record.findings) {
            out << "  [" << upper(cli::severityText(f.severity)) << "] " << cli::engineText(f.title) << "\n";
            for (const auto& e : f.evidence)
                out << "      " << cli::engineText(e) << "\n";
            if (!f.fixes.empty()) {
                out << "      " << translate("DetectCommand", "recommended fixes:");
                for (const auto& fix : f.fixes)
                    out << " " << fix;
                out << "\n";
            }
        }
    }
    out << "\n"
        << format(translate("DetectCommand", "Session %1 saved in %2"), {record.id, store.stateDir().string()}) << "\n";
}

} // namespace

int runDetectCommand(const CommandLine& cl, std::ostream& out, std::ostream& err)
{
    Intake intake;
    if (const auto problem = intakeFromOptions(cl.options, intake); !problem.empty()) {
        err << "wsafix detect: " << problem << "\n";
        return ExitUsage;
    }
    std::vector<std::string> probes;
    if (const auto it = cl.options.find("probes"); it != cl.options.end()) {
        probes = splitList(it->second);
        for (const auto& p : probes) {
            if (!Detector::knownProbe(p)) {
                err << format(translate("DetectCommand", "wsafix detect: unknown probe '%1' (known: catalog, sockets, "
                                                         "processes, adapters, events, connectivity)"),
                              {p})
                    << "\n";
                return ExitUsage;
            }
            if (p == "connectivity" && intake.host.empty()) {
                err << translate("DetectCommand", "wsafix detect: the connectivity probe needs --host and --port")
                    << "\n";
                return ExitUsage;
            }
        }
    }
    std::unique_ptr<System> system;
    try {
        system = createSystem(cl.scenario);
    } catch (const ScenarioError& e) {
        err << "wsafix: " << cli::engineText(e.what()) << "\n";
        return ExitUsage;
    }

    SessionStore store(cl.stateDir);
    SessionRecord record = SessionRecord::start();
    record.scenario = cl.scenario;
    record.system = system->info();
    record.intake = intake;
    record.step = "detect";
    Detector detector(*system);
    if (!intake.host.empty())
        detector.setTarget(intake.host, intake.port);
    detector.setTargetProcess(intake.pid, intake.process);
    record.inventory = detector.run(probes);
    record.findings = evaluateRules(*record.inventory, record.intake);
    record.note("detect: " + std::to_string(record.findings.size()) + " finding(s)");
    try {
        store.save(record);
    } catch (const SessionError& e) {
        err << "wsafix: " << cli::engineText(e.what()) << "\n";
        return ExitInternal;
    }

    if (cl.options.count("json"))
        out << detectDocument(record.system, *record.inventory, record.findings).dump(2) << "\n";
    else
        printText(out, record, store);
    return record.findings.empty() ? ExitFine : ExitProblems;
}

} // namespace wsafix
