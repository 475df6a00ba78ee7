#include "diagnostics/Rules.h"

#include "diagnostics/BaselineComparison.h"
#include "diagnostics/Names.h"
#include "diagnostics/SocketText.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace wsafix {
namespace {

constexpr std::size_t kReconnectThreshold = 3;    // sockets of one process to one remote endpoint
constexpr std::size_t kExhaustionThreshold = 1000; // TIME_WAIT/BOUND sockets of one process

std::string fileName(const std::string& path)
{
    const auto slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool isSystemProvider(const CatalogEntry& e)
{
    // Windows' own transport providers all live in mswsock.dll; anything else layered over them is third-party.
    return e.catalog != "preload" && asciiLower(fileName(e.providerPath)) == "mswsock.dll";
}

std::string describe(const CatalogEntry& e)
{
    std::string text = "catalog " + std::to_string(e.catalogId) + ": " + e.name + " -> " + e.providerPath;
    if (!e.company.empty() || !e.product.empty())
        text += " (" + e.company + (e.company.empty() || e.product.empty() ? "" : ", ") + e.product + ")";
    if (e.dllExists && !*e.dllExists)
        text += " [file missing]";
    return text;
}

std::string describe(const SocketEntry& s)
{
    std::string text = std::string(transportName(s.transport)) + " " + endpointText(s.localAddress, s.localPort);
    if (!s.remoteAddress.empty())
        text += " -> " + endpointText(s.remoteAddress, s.remotePort);
    text += " " + std::string(tcpStateName(s.state));
    if (s.pid)
        text += " pid " + std::to_string(s.pid) + (s.processName.empty() ? "" : " (" + s.processName + ")");
    return text;
}

// Whole milliseconds for evidence text. The value comes from files too (scenarios, sessions, pasted output), so an
// absurd one must not reach a float-to-int conversion that cannot hold it (undefined behaviour, found by fuzzing).
std::string wholeMilliseconds(double ms)
{
    constexpr double kMax = 1e9;
    return std::to_string(static_cast<long long>(ms > 0 ? std::min(ms, kMax) : 0.0));
}

bool available(const Inventory& inv, const char* probe)
{
    const auto it = inv.probes.find(probe);
    return it != inv.probes.end() && it->second.available;
}

// LD_PRELOAD in the failing application's environment: its own interposer, which only its launcher can drop.
Finding environmentPreload(const std::vector<const CatalogEntry*>& entries)
{
    Finding f;
    f.id = "layered-provider";
    f.severity = Severity::Error;
    f.title = "The application is started with a preloaded library (LD_PRELOAD)";
    f.explanation = "The failing program runs with LD_PRELOAD set, so the library below sits between it and every "
                    "socket it opens. Start the program without it: look in its launcher script, its systemd unit "
                    "(Environment=) or the shell profile that sets LD_PRELOAD. No machine-wide fix is needed.";
    for (const auto* e : entries)
        f.evidence.push_back(e->name + " -> " + e->providerPath + (e->dllExists && !*e->dllExists ? " [file missing]" : ""));
    return f;
}

void layeredProviders(const Inventory& inv, const Intake& intake, std::vector<Finding>& out)
{
    std::vector<const CatalogEntry*> thirdParty;
    for (const auto& e : inv.catalog)
        if (e.kind == CatalogEntry::Kind::Layered && !isSystemProvider(e))
            thirdParty.push_back(&e);
    // A catalog pasted in part may hold only the protocol chains an LSP installed: their top provider is its DLL.
    for (const auto& e : inv.catalog)
        if (e.kind == CatalogEntry::Kind::Chain && e.catalog != "preload" && !isSystemProvider(e) &&
            !e.providerPath.empty() && std::none_of(thirdParty.begin(), thirdParty.end(), [&](const auto* l) {
                return l->kind == CatalogEntry::Kind::Layered && asciiLower(l->providerPath) == asciiLower(e.providerPath);
            }))
            thirdParty.push_back(&e);
    std::vector<const CatalogEntry*> environment;
    for (const auto& e : inv.targetInterposers)
        if (e.catalog == "environment")
            environment.push_back(&e);
    if (thirdParty.empty() && !environment.empty())
        out.push_back(environmentPreload(environment));
    if (thirdParty.empty())
        return;
    Finding f;
    f.id = "layered-provider";
    f.severity = Severity::Error;
    const bool preload = thirdParty.front()->catalog == "preload";
    f.title = preload ? "A library is preloaded into every program (/etc/ld.so.preload)"
                    : "A third-party layered service provider sits in the Winsock catalog";
    f.explanation =
        preload ? "Every program on this machine loads the library below before its own code, so it sees (and can "
                "break) every connection. Remove the entry unless it belongs to software you trust."
              : "A program installed a layered service provider (LSP) that sees every connection of every program. "
                "Broken or outdated LSPs (old VPN, antivirus or adware) cause WSAEISCONN and other connection "
                "errors in many applications at once. Keep other programs' providers: remove only this one, or "
                "keep it away from the failing application.";
    for (const auto* e : thirdParty) {
        f.evidence.push_back(describe(*e));
        if (preload)
            f.fixes.push_back("remove-preload:" + e->providerPath);
    }
    // Proof that the provider is inside the failing application, not only registered.
    for (const auto& e : inv.targetInterposers)
        f.evidence.push_back(e.name + " -> " + e.providerPath);
    // WS2HELP events 1-4 (provider installed, removed, disabled, catalog reset) date the change.
    for (const auto& ev : inv.events)
        if (ev.source.find("WS2HELP") != std::string::npos && ev.eventId >= 1 && ev.eventId <= 4)
            f.evidence.push_back("event " + std::to_string(ev.eventId) + " at " + ev.time + ": " + ev.message);
    if (!preload) {
        if (!intake.process.empty())
            f.fixes.push_back("lsp-bypass:" + intake.process);
        for (const auto* e : thirdParty)
            if (e->catalogId != 0) // a pasted entry may lack its id
                f.fixes.push_back("remove-provider:" + std::to_string(e->catalogId));
        f.fixes.push_back("winsock-reset");
    }
    out.push_back(std::move(f));
}

void orphanedEntries(const Inventory& inv, std::vector<Finding>& out)
{
    std::vector<const CatalogEntry*> orphaned;
    for (const auto& e : inv.catalog)
        if (e.dllExists && !*e.dllExists)
            orphaned.push_back(&e);
    std::vector<const NamespaceProvider*> orphanedNamespaces;
    for (const auto& p : inv.namespaceProviders)
        if (p.dllExists && !*p.dllExists)
            orphanedNamespaces.push_back(&p);
    if (orphaned.empty() && orphanedNamespaces.empty())
        return;
    const bool preload = orphaned.empty() ? inv.namespaceProviders.front().providerGuid.empty()
                                          : orphaned.front()->catalog == "preload";
    Finding f;
    f.id = "orphaned-catalog-entry";
    f.severity = Severity::Error;
    f.title = preload ? "/etc/ld.so.preload names a library that does not exist"
                      : "The Winsock catalog names a provider DLL that does not exist";
    f.explanation = preload ? "Every program start warns about the missing library. Remove the entry."
                            : "An uninstalled program left its entry in the Winsock catalog. Programs that load it "
                              "fail to open sockets, with errors that change from one program to the next. Remove "
                              "the entry; a Winsock reset removes every such entry at once.";
    for (const auto* e : orphaned) {
        f.evidence.push_back(describe(*e));
        if (preload)
            f.fixes.push_back("remove-preload:" + e->providerPath);
        else if (e->kind != CatalogEntry::Kind::Base)
            f.fixes.push_back("remove-provider:" + std::to_string(e->catalogId));
    }
    for (const auto* p : orphanedNamespaces)
        f.evidence.push_back("name service provider " + p->identifier + " -> " + p->providerPath + " [file missing]");
    if (!preload)
        f.fixes.push_back("winsock-reset");
    out.push_back(std::move(f));
}

bool mentionsIsConnected(const std::string& message)
{
    const std::string m = asciiLower(message);
    return m.find("10056") != std::string::npos || m.find("wsaeisconn") != std::string::npos ||
           m.find("eisconn") != std::string::npos || m.find("already connected") != std::string::npos;
}

// The application's own log lines (or crash reports) that name it and the error: repeated, they are the
// reconnect bug seen from the outside even when no socket is left open at the moment of the probe.
std::vector<const EventEntry*> isConnectedEvents(const Inventory& inv, const Intake& intake)
{
    std::vector<const EventEntry*> found;
    const std::string name = asciiLower(intake.process);
    const std::string pid = intake.pid ? "pid " + std::to_string(intake.pid) : std::string();
    for (const auto& e : inv.events) {
        const std::string text = asciiLower(e.source + " " + e.message);
        const bool namesTarget = (!name.empty() && text.find(name) != std::string::npos) ||
                                 (!pid.empty() && text.find(pid) != std::string::npos);
        if (namesTarget && mentionsIsConnected(e.message))
            found.push_back(&e);
    }
    return found;
}

void reconnectPattern(const Inventory& inv, const Intake& intake, std::vector<Finding>& out)
{
    if (intake.pid == 0 && intake.process.empty())
        return;
    std::map<std::string, std::vector<const SocketEntry*>> byRemote;
    for (const auto& s : inv.sockets)
        if (s.transport == Transport::Tcp && isTargetSocket(s, intake) && !s.remoteAddress.empty() &&
            (s.state == TcpState::SynSent || s.state == TcpState::Established))
            byRemote[endpointText(s.remoteAddress, s.remotePort)].push_back(&s);
    const auto events = isConnectedEvents(inv, intake);
    const auto finding = [&](std::string title, std::string what) {
        Finding f;
        f.id = "app-reconnect-pattern";
        f.severity = Severity::Warning;
        f.title = std::move(title);
        f.explanation = std::move(what) +
                        " The machine is not at fault, and resetting Winsock will not help. Tell the program's "
                        "developers: after a non-blocking connect(), wait for the socket to become writable and read "
                        "SO_ERROR instead of calling connect() again; do not reuse a connected socket for a new "
                        "connection; on a connected UDP socket use send(), not sendto() with an address.";
        for (const auto* e : events)
            f.evidence.push_back("event at " + e->time + " (" + e->source + "): " + e->message);
        return f;
    };
    bool found = false;
    for (const auto& [remote, sockets] : byRemote) {
        if (sockets.size() < kReconnectThreshold)
            continue;
        found = true;
        Finding f = finding("The application keeps opening connections to " + remote + ": an application issue",
                            "WSAEISCONN (10056) means the program called connect() on a socket that is already "
                            "connected. The program holds " + std::to_string(sockets.size()) +
                                " connections to the same place, the pattern of a program that retries connect() "
                                "instead of waiting for the first one.");
        f.evidence.insert(f.evidence.begin(), sockets.size(), std::string());
        std::transform(sockets.begin(), sockets.end(), f.evidence.begin(), [](const auto* s) { return describe(*s); });
        out.push_back(std::move(f));
    }
    if (!found && events.size() >= kReconnectThreshold)
        out.push_back(finding("The application reported WSAEISCONN " + std::to_string(events.size()) +
                                  " times: an application issue",
                              "The program's own messages show connect() failing again and again because the socket "
                              "is already connected: it retries connect() instead of waiting for the first attempt."));
}

void socketExhaustion(const Inventory& inv, std::vector<Finding>& out)
{
    std::map<std::uint32_t, std::size_t> perPid;
    std::map<std::uint32_t, std::string> names;
    for (const auto& s : inv.sockets)
        if (s.pid && (s.state == TcpState::TimeWait || s.state == TcpState::Bound)) {
            ++perPid[s.pid];
            names[s.pid] = s.processName;
        }
    for (const auto& [pid, count] : perPid) {
        if (count < kExhaustionThreshold)
            continue;
        Finding f;
        f.id = "socket-exhaustion";
        f.severity = Severity::Error;
        f.title = "One program holds " + std::to_string(count) + " idle or closing sockets";
        f.explanation = "The program opens connections faster than it closes them, which can run the machine out of "
                        "local ports. Restarting that program frees them; its developers should reuse connections.";
        f.evidence.push_back("pid " + std::to_string(pid) + " (" + names[pid] + "): " + std::to_string(count) +
                             " sockets in TIME_WAIT or BOUND");
        f.fixes.push_back("restart-program:" + std::to_string(pid));
        out.push_back(std::move(f));
    }
}

void adapterHealth(const Inventory& inv, std::vector<Finding>& out)
{
    if (!available(inv, "adapters"))
        return;
    std::vector<const Adapter*> up;
    for (const auto& a : inv.adapters)
        if (a.up && a.type != "loopback")
            up.push_back(&a);
    if (up.empty()) {
        Finding f;
        f.id = "no-adapter-up";
        f.severity = Severity::Critical;
        f.title = "No network adapter is connected";
        f.explanation = "Check the cable or Wi-Fi, then restart the adapter.";
        for (const auto& a : inv.adapters)
            if (a.type != "loopback") {
                f.evidence.push_back(a.name + " (" + a.id + "): down");
                f.fixes.push_back("restart-adapter:" + a.id);
            }
        out.push_back(std::move(f));
        return;
    }
    bool gateway = false, dns = false;
    for (const auto* a : up) {
        gateway = gateway || !a->gateways.empty();
        dns = dns || !a->dnsServers.empty();
        for (const auto& ip : a->addresses) {
            if (ip.address.rfind("169.254.", 0) != 0)
                continue;
            Finding f;
            f.id = "apipa-address";
            f.severity = Severity::Error;
            f.title = "The adapter " + a->name + " gave itself an emergency address (no DHCP answer)";
            f.explanation = "An address in 169.254.0.0/16 means the adapter asked for an address and nobody answered. "
                            "Restarting the adapter asks again; if that fails, the router or the network is at fault.";
            f.evidence.push_back(a->name + " (" + a->id + "): " + ip.address + "/" + std::to_string(ip.prefixLength));
            f.fixes.push_back("restart-adapter:" + a->id);
            out.push_back(std::move(f));
        }
    }
    if (!gateway) {
        Finding f;
        f.id = "no-default-gateway";
        f.severity = Severity::Error;
        f.title = "No default gateway: this machine cannot reach other networks";
        f.explanation = "Without a gateway only the local network is reachable. Restarting the adapter renews the "
                        "DHCP lease; a static configuration needs its gateway set.";
        for (const auto* a : up)
            f.evidence.push_back(a->name + " (" + a->id + "): no gateway");
        out.push_back(std::move(f));
    }
    if (!dns) {
        Finding f;
        f.id = "no-dns-server";
        f.severity = Severity::Warning;
        f.title = "No DNS server is configured: names cannot be resolved";
        f.explanation = "Connections by name fail before they start. Restarting the adapter renews the DHCP lease.";
        for (const auto* a : up)
            f.evidence.push_back(a->name + " (" + a->id + "): no DNS server");
        out.push_back(std::move(f));
    }
}

void targetUnreachable(const Inventory& inv, std::vector<Finding>& out)
{
    for (const auto& check : inv.connectivity) {
        const TcpProbeResult& r = check.result;
        if (r.connected)
            continue;
        const std::string target = endpointText(check.host, check.port);
        Finding f;
        f.id = "target-unreachable";
        f.severity = Severity::Error;
        if (!r.resolved) {
            f.title = "The name " + check.host + " does not resolve";
            f.explanation = "The computer cannot turn the name into an address, so no connection starts at all. "
                            "Check the spelling; if it is right, the DNS server or its cache is at fault.";
            f.fixes.push_back("flush-dns");
        } else {
            f.title = "No connection to " + target;
            f.explanation = "The name resolves, but the connection fails. Refused means nothing listens on that "
                            "port (the service is stopped or the port is wrong); a time-out points at a firewall "
                            "or the network; WSAEISCONN here points at a layered provider on this machine.";
        }
        f.evidence.push_back(target + (r.address.empty() ? "" : " (" + r.address + ")") + ": " + r.error + " (" +
                             std::to_string(r.errorCode) + ") after " + wholeMilliseconds(r.milliseconds) +
                             " ms");
        out.push_back(std::move(f));
    }
}

} // namespace

std::vector<Finding> evaluateRules(const Inventory& inventory, const Intake& intake)
{
    std::vector<Finding> findings;
    layeredProviders(inventory, intake, findings);
    orphanedEntries(inventory, findings);
    reconnectPattern(inventory, intake, findings);
    socketExhaustion(inventory, findings);
    adapterHealth(inventory, findings);
    targetUnreachable(inventory, findings);
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
    return findings;
}

} // namespace wsafix
