#include "DetectCommand.h"

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

#include <algorithm>
#include <ostream>
#include <sstream>

namespace wsafix {
namespace {

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
        return "unavailable: " + status.reason;
    if (probe == "catalog") {
        const auto layered = std::count_if(inv.catalog.begin(), inv.catalog.end(),
                                           [](const auto& e) { return e.kind == CatalogEntry::Kind::Layered; });
        return std::to_string(inv.catalog.size()) + " entries, " + std::to_string(layered) + " layered";
    }
    if (probe == "sockets")
        return std::to_string(inv.sockets.size()) + " sockets";
    if (probe == "processes")
        return std::to_string(inv.processes.size()) + " processes";
    if (probe == "adapters") {
        const auto up = std::count_if(inv.adapters.begin(), inv.adapters.end(), [](const auto& a) { return a.up; });
        return std::to_string(inv.adapters.size()) + " adapters, " + std::to_string(up) + " up";
    }
    if (probe == "namespaces") {
        const auto missing = std::count_if(inv.namespaceProviders.begin(), inv.namespaceProviders.end(),
                                           [](const auto& p) { return p.dllExists && !*p.dllExists; });
        return std::to_string(inv.namespaceProviders.size()) + " name resolution providers" +
               (missing ? ", " + std::to_string(missing) + " with a missing file" : "");
    }
    if (probe == "interposers")
        return std::to_string(inv.targetInterposers.size()) + " interposers in the target process";
    if (probe == "connectivity") {
        const auto& c = inv.connectivity.front();
        return c.host + ":" + std::to_string(c.port) +
               (c.result.connected ? " connected in " + std::to_string(static_cast<int>(c.result.milliseconds)) + " ms"
                                   : " failed: " + c.result.error);
    }
    return std::to_string(inv.events.size()) + " events";
}

void printText(std::ostream& out, const SessionRecord& record, const SessionStore& store)
{
    const auto& sys = record.system;
    out << "wsafix detect: "
        << (sys.backend == "simulated" ? "simulated machine '" + sys.scenario + "'" : std::string("this machine"))
        << " (" << sys.hostname << ", " << sys.os << (sys.elevated ? ", elevated" : "") << ")\n\n";
    out << "Probes:\n";
    for (const auto& [probe, status] : record.inventory->probes) {
        std::string name = probe;
        name.resize(std::max<std::size_t>(name.size() + 1, 14), ' ');
        out << "  " << name << probeLine(*record.inventory, probe) << "\n";
    }
    out << "\n";
    if (record.findings.empty()) {
        out << "No problems found.\n";
    } else {
        out << "Findings (" << record.findings.size() << "), worst first:\n";
        for (const auto& f : record.findings) {
            out << "  [" << upper(severityName(f.severity)) << "] " << f.title << "\n";
            for (const auto& e : f.evidence)
                out << "      " << e << "\n";
            if (!f.fixes.empty()) {
                out << "      recommended fixes:";
                for (const auto& fix : f.fixes)
                    out << " " << fix;
                out << "\n";
            }
        }
    }
    out << "\nSession " << record.id << " saved in " << store.stateDir().string() << "\n";
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
                err << "wsafix detect: unknown probe '" << p
                    << "' (known: catalog, sockets, processes, adapters, events, connectivity)\n";
                return ExitUsage;
            }
            if (p == "connectivity" && intake.host.empty()) {
                err << "wsafix detect: the connectivity probe needs --host and --port\n";
                return ExitUsage;
            }
        }
    }
    std::unique_ptr<System> system;
    try {
        system = createSystem(cl.scenario);
    } catch (const ScenarioError& e) {
        err << "wsafix: " << e.what() << "\n";
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
        err << "wsafix: " << e.what() << "\n";
        return ExitInternal;
    }

    if (cl.options.count("json"))
        out << detectDocument(record.system, *record.inventory, record.findings).dump(2) << "\n";
    else
        printText(out, record, store);
    return record.findings.empty() ? ExitFine : ExitProblems;
}

} // namespace wsafix
