#include "diagnostics/platform/simulated/SimulatedFix.h"

#include "diagnostics/InventoryJson.h"
#include "diagnostics/fix/FixSteps.h"
#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include <algorithm>
#include <map>

namespace wsafix {
namespace {

struct Description
{
    const char* title;
    FixBadges badges;
};

// What a trainee is told about each fix the rules can recommend; the real fixes say the same.
const std::map<std::string, Description>& descriptions()
{
    static const std::map<std::string, Description> all{
        {"winsock-reset", {"Reset the Winsock catalog", {true, true, true, false}}},
        {"remove-provider", {"Remove one layered provider", {true, false, false, false}}},
        {"lsp-bypass", {"Keep layered providers out of one application", {true, false, false, false}}},
        {"ip-reset", {"Reset TCP/IP and re-apply the static configuration", {true, true, true, true}}},
        {"flush-dns", {"Flush the DNS cache", {false, false, false, false}}},
        {"restart-adapter", {"Restart a network adapter", {true, false, true, true}}},
        {"restart-service", {"Restart a service", {true, false, true, false}}},
        {"reapply-ip", {"Re-apply an adapter's IP configuration", {true, false, true, true}}},
        {"remove-preload", {"Remove a library from /etc/ld.so.preload", {true, false, false, false}}},
    };
    return all;
}

const Description* describe(const std::string& id)
{
    const auto it = descriptions().find(FixFactory::splitId(id).first);
    return it == descriptions().end() ? nullptr : &it->second;
}

std::string anyText(const std::string& parameter)
{
    const auto problem = utf8TextProblem(parameter);
    return problem.empty() ? std::string() : "the parameter " + problem;
}

} // namespace

SimulatedFix::SimulatedFix(std::string fixId, SimulatedSystem& system) : m_id(std::move(fixId)), m_system(system) {}

std::string SimulatedFix::title() const
{
    const auto* d = describe(m_id);
    const auto parameter = FixFactory::splitId(m_id).second;
    return std::string(d ? d->title : m_id.c_str()) + (parameter.empty() ? "" : " (" + parameter + ")");
}

std::string SimulatedFix::explanation() const
{
    return "On this simulated machine, " + m_id + " changes only the simulated state, as scenario '" +
           m_system.scenario().name + "' describes; no command runs.";
}

FixBadges SimulatedFix::badges() const
{
    const auto* d = describe(m_id);
    return d ? d->badges : FixBadges{true, false, false, false};
}

std::string SimulatedFix::unavailable() const
{
    if (!m_system.simulates(m_id))
        return m_id + " is not simulated in scenario '" + m_system.scenario().name + "'";
    const auto& applied = m_system.appliedFixes();
    if (std::find(applied.begin(), applied.end(), m_id) != applied.end())
        return m_id + " is already applied to this simulated machine (restoring its snapshot undoes it)";
    return {};
}

std::vector<std::string> SimulatedFix::snapshotPlan() const
{
    return {"the simulated machine (catalog, processes, sockets, adapters, events, reachability) and the fixes "
            "applied to it"};
}

nlohmann::json SimulatedFix::stateJson(const SimulatedSystem& system)
{
    const MachineState& s = system.state();
    nlohmann::json reachability = nlohmann::json::array();
    for (const auto& r : s.reachability)
        reachability.push_back({{"host", r.host}, {"port", r.port}, {"result", r.result}});
    return {{"catalog", s.catalog},   {"processes", s.processes}, {"sockets", s.sockets},
            {"adapters", s.adapters}, {"events", s.events},       {"reachability", reachability}};
}

Snapshot SimulatedFix::snapshot()
{
    Snapshot s;
    s.parts.push_back(
        SnapshotPart::json("simulated-fixes", m_system.appliedFixes(), {{"scenario", m_system.scenario().name}}));
    s.parts.push_back(SnapshotPart::json("simulated-machine", stateJson(m_system)));
    return s;
}

void SimulatedFix::apply(const Snapshot&, FixSteps& steps)
{
    steps.perform("apply " + m_id + " to the simulated machine", [&] {
        if (!m_system.applyFix(m_id))
            throw std::runtime_error(unavailable());
    });
}

void SimulatedFix::rollback(const Snapshot& before, FixSteps& steps)
{
    const auto applied = before.jsonPart("simulated-fixes").get<std::vector<std::string>>();
    steps.perform("restore the simulated machine of snapshot " + before.id, [&] { m_system.resetTo(applied); });
}

FixCheck SimulatedFix::check(const Snapshot&)
{
    const FixEffect& e = m_system.scenario().fixes.at(m_id);
    if (!e.failsCheck.empty())
        return FixCheck::failed(e.failsCheck + " (as scenario '" + m_system.scenario().name + "' says)");
    const MachineState& s = m_system.state();
    const bool changed = (!e.catalog || s.catalog == *e.catalog) && (!e.processes || s.processes == *e.processes) &&
                         (!e.sockets || s.sockets == *e.sockets) && (!e.adapters || s.adapters == *e.adapters) &&
                         (!e.events || s.events == *e.events) && (!e.reachability || s.reachability == *e.reachability);
    if (!changed)
        return FixCheck::failed("the simulated machine did not change as scenario '" + m_system.scenario().name +
                                "' describes");
    return FixCheck::verified("the simulated machine changed as scenario '" + m_system.scenario().name + "' describes");
}

FixCheck SimulatedFix::restored(const Snapshot& before)
{
    if (stateJson(m_system) != before.jsonPart("simulated-machine"))
        return FixCheck::failed("the simulated machine differs from snapshot " + before.id);
    return FixCheck::verified("the simulated machine is as in snapshot " + before.id);
}

FixFactory createSimulatedFixFactory(SimulatedSystem& system)
{
    FixFactory factory("simulated:" + system.scenario().name);
    std::vector<std::string> names;
    for (const auto& [name, description] : descriptions())
        names.push_back(name);
    for (const auto& [id, effect] : system.scenario().fixes)
        if (!describe(id))
            names.push_back(FixFactory::splitId(id).first);
    auto* sys = &system;
    for (const auto& name : names) {
        factory.add(name, anyText, [sys, name](const std::string& p) {
            return std::make_unique<SimulatedFix>(p.empty() ? name : name + ":" + p, *sys);
        });
    }
    return factory;
}

} // namespace wsafix
