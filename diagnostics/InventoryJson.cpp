#include "diagnostics/InventoryJson.h"

#include "diagnostics/JsonNumbers.h"
#include "diagnostics/Names.h"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <type_traits>

namespace wsafix {
namespace {

using nlohmann::json;

template <class T> struct IsWholeNumbers : std::false_type
{
};
template <class T> struct IsWholeNumbers<std::vector<T>> : std::is_integral<T>
{
};

// Whole numbers (and lists of them) are range-checked; everything else converts as nlohmann does.
template <class T> void read(const json& value, const char* key, T& out)
{
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
        out = wholeNumber<T>(value, key);
    } else if constexpr (IsWholeNumbers<T>::value) {
        if (!value.is_array())
            throw std::invalid_argument(std::string("'") + key + "' must be an array");
        out.clear();
        for (const auto& item : value)
            out.push_back(wholeNumber<typename T::value_type>(item, key));
    } else {
        value.get_to(out);
    }
}

template <class T> void req(const json& j, const char* key, T& out)
{
    read(j.at(key), key, out);
}

// Optional fields keep their default when absent, but a present field of the wrong type still throws.
template <class T> void opt(const json& j, const char* key, T& out)
{
    if (const auto it = j.find(key); it != j.end() && !it->is_null())
        read(*it, key, out);
}

// A nullable field: null or absent leaves `out` empty.
template <class T> void optNullable(const json& j, const char* key, std::optional<T>& out)
{
    out.reset();
    if (const auto it = j.find(key); it != j.end() && !it->is_null())
        out = it->get<T>();
}

template <class E, class FromName, class AllNames>
E enumField(const json& j, const char* key, FromName fromName, AllNames allNames, E fallback, bool required)
{
    const auto it = j.find(key);
    if (it == j.end()) {
        if (required)
            throw std::invalid_argument(std::string("key '") + key + "' not found");
        return fallback;
    }
    const std::string text = it->get<std::string>();
    if (const auto value = fromName(text))
        return *value;
    throw std::invalid_argument(std::string("'") + key + "' must be one of " + allNames() + "; got '" + text + "'");
}

std::string tcpStateNames()
{
    return "LISTEN, SYN_SENT, SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK, "
           "TIME_WAIT, DELETE_TCB, CLOSED, BOUND, UNKNOWN";
}

} // namespace

void to_json(json& j, const CatalogEntry& v)
{
    j = json{{"id", v.catalogId},          {"name", v.name},   {"providerGuid", v.providerGuid},
             {"path", v.providerPath},     {"kind", catalogKindName(v.kind)}, {"chain", v.chain},
             {"family", v.addressFamily},  {"type", v.socketType}, {"protocol", v.protocol},
             {"catalog", v.catalog},       {"dllExists", nullptr}, {"company", v.company},
             {"product", v.product}};
    if (v.dllExists)
        j["dllExists"] = *v.dllExists;
}

void from_json(const json& j, CatalogEntry& v)
{
    req(j, "id", v.catalogId);
    req(j, "name", v.name);
    opt(j, "providerGuid", v.providerGuid);
    req(j, "path", v.providerPath);
    v.kind = enumField(j, "kind", catalogKindFromName, [] { return std::string("base, layered, chain"); },
                       CatalogEntry::Kind::Base, true);
    opt(j, "chain", v.chain);
    opt(j, "family", v.addressFamily);
    opt(j, "type", v.socketType);
    opt(j, "protocol", v.protocol);
    opt(j, "catalog", v.catalog);
    optNullable(j, "dllExists", v.dllExists);
    opt(j, "company", v.company);
    opt(j, "product", v.product);
}

void to_json(json& j, const NamespaceProvider& v)
{
    j = json{{"identifier", v.identifier}, {"providerGuid", v.providerGuid}, {"nameSpace", v.nameSpace},
             {"active", v.active},         {"version", v.version},           {"path", v.providerPath},
             {"dllExists", nullptr}};
    if (v.dllExists)
        j["dllExists"] = *v.dllExists;
}

void from_json(const json& j, NamespaceProvider& v)
{
    req(j, "identifier", v.identifier);
    opt(j, "providerGuid", v.providerGuid);
    opt(j, "nameSpace", v.nameSpace);
    opt(j, "active", v.active);
    opt(j, "version", v.version);
    opt(j, "path", v.providerPath);
    optNullable(j, "dllExists", v.dllExists);
}

void to_json(json& j, const SocketEntry& v)
{
    j = json{{"transport", transportName(v.transport)}, {"ip", v.ipVersion},
             {"local", v.localAddress},                 {"localPort", v.localPort},
             {"remote", v.remoteAddress},               {"remotePort", v.remotePort},
             {"state", tcpStateName(v.state)},          {"pid", v.pid},
             {"process", v.processName}};
}

void from_json(const json& j, SocketEntry& v)
{
    v.transport = enumField(j, "transport", transportFromName, [] { return std::string("tcp, udp"); },
                            Transport::Tcp, false);
    opt(j, "ip", v.ipVersion);
    if (v.ipVersion != 4 && v.ipVersion != 6)
        throw std::invalid_argument("'ip' must be 4 or 6");
    req(j, "local", v.localAddress);
    req(j, "localPort", v.localPort);
    opt(j, "remote", v.remoteAddress);
    opt(j, "remotePort", v.remotePort);
    v.state = enumField(j, "state", tcpStateFromName, tcpStateNames, TcpState::Unknown, v.transport == Transport::Tcp);
    opt(j, "pid", v.pid);
    opt(j, "process", v.processName);
}

void to_json(json& j, const ProcessInfo& v) { j = json{{"pid", v.pid}, {"name", v.name}, {"path", v.path}}; }

void from_json(const json& j, ProcessInfo& v)
{
    req(j, "pid", v.pid);
    req(j, "name", v.name);
    opt(j, "path", v.path);
}

void to_json(json& j, const IpAddress& v) { j = json{{"address", v.address}, {"prefix", v.prefixLength}}; }

void from_json(const json& j, IpAddress& v)
{
    req(j, "address", v.address);
    req(j, "prefix", v.prefixLength);
}

void to_json(json& j, const Adapter& v)
{
    j = json{{"id", v.id},           {"ifIndex", v.ifIndex},     {"name", v.name},
             {"description", v.description}, {"type", v.type}, {"up", v.up},
             {"mac", v.mac},         {"addresses", v.addresses}, {"gateways", v.gateways},
             {"dns", v.dnsServers},  {"dhcp", v.dhcp}};
}

void from_json(const json& j, Adapter& v)
{
    req(j, "id", v.id);
    opt(j, "ifIndex", v.ifIndex);
    req(j, "name", v.name);
    opt(j, "description", v.description);
    opt(j, "type", v.type);
    req(j, "up", v.up);
    opt(j, "mac", v.mac);
    opt(j, "addresses", v.addresses);
    opt(j, "gateways", v.gateways);
    opt(j, "dns", v.dnsServers);
    opt(j, "dhcp", v.dhcp);
}

void to_json(json& j, const EventEntry& v)
{
    j = json{{"time", v.time}, {"source", v.source}, {"id", v.eventId}, {"level", v.level}, {"message", v.message}};
}

void from_json(const json& j, EventEntry& v)
{
    req(j, "time", v.time);
    req(j, "source", v.source);
    opt(j, "id", v.eventId);
    req(j, "level", v.level);
    opt(j, "message", v.message);
}

void to_json(json& j, const ProbeStatus& v) { j = json{{"available", v.available}, {"reason", v.reason}}; }

void from_json(const json& j, ProbeStatus& v)
{
    req(j, "available", v.available);
    opt(j, "reason", v.reason);
}

void to_json(json& j, const SystemInfo& v)
{
    j = json{{"backend", v.backend}, {"os", v.os},             {"hostname", v.hostname},
             {"user", v.user},       {"elevated", v.elevated}, {"scenario", v.scenario}};
}

void from_json(const json& j, SystemInfo& v)
{
    opt(j, "backend", v.backend);
    opt(j, "os", v.os);
    opt(j, "hostname", v.hostname);
    opt(j, "user", v.user);
    opt(j, "elevated", v.elevated);
    opt(j, "scenario", v.scenario);
}

void to_json(json& j, const Inventory& v)
{
    j = json{{"catalog", v.catalog},
             {"namespaceProviders", v.namespaceProviders},
             {"targetInterposers", v.targetInterposers},
             {"sockets", v.sockets},
             {"processes", v.processes},
             {"adapters", v.adapters},
             {"events", v.events},
             {"probes", v.probes},
             {"connectivity", v.connectivity}};
}

void from_json(const json& j, Inventory& v)
{
    req(j, "catalog", v.catalog);
    opt(j, "namespaceProviders", v.namespaceProviders);
    opt(j, "targetInterposers", v.targetInterposers);
    req(j, "sockets", v.sockets);
    req(j, "processes", v.processes);
    req(j, "adapters", v.adapters);
    req(j, "events", v.events);
    req(j, "probes", v.probes);
    opt(j, "connectivity", v.connectivity);
}

void to_json(json& j, const TcpProbeResult& v)
{
    j = json{{"resolved", v.resolved},   {"connected", v.connected}, {"address", v.address},
             {"milliseconds", v.milliseconds}, {"errorCode", v.errorCode}, {"error", v.error}};
}

void from_json(const json& j, TcpProbeResult& v)
{
    req(j, "resolved", v.resolved);
    req(j, "connected", v.connected);
    opt(j, "address", v.address);
    opt(j, "milliseconds", v.milliseconds);
    opt(j, "errorCode", v.errorCode);
    opt(j, "error", v.error);
}

void to_json(json& j, const ConnectivityCheck& v)
{
    j = json{{"host", v.host}, {"port", v.port}, {"result", v.result}};
}

void from_json(const json& j, ConnectivityCheck& v)
{
    req(j, "host", v.host);
    req(j, "port", v.port);
    req(j, "result", v.result);
}

void to_json(json& j, const Finding& v)
{
    j = json{{"id", v.id},         {"severity", severityName(v.severity)}, {"title", v.title},
             {"explanation", v.explanation}, {"evidence", v.evidence}, {"fixes", v.fixes}};
}

void from_json(const json& j, Finding& v)
{
    req(j, "id", v.id);
    v.severity = enumField(j, "severity", severityFromName,
                           [] { return std::string("info, warning, error, critical"); }, Severity::Info, true);
    req(j, "title", v.title);
    opt(j, "explanation", v.explanation);
    opt(j, "evidence", v.evidence);
    opt(j, "fixes", v.fixes);
}

void to_json(json& j, const Intake& v)
{
    j = json{{"code", v.code}, {"process", v.process}, {"pid", v.pid},
             {"host", v.host}, {"port", v.port},       {"ticket", v.ticket}};
}

void from_json(const json& j, Intake& v)
{
    opt(j, "code", v.code);
    opt(j, "process", v.process);
    opt(j, "pid", v.pid);
    opt(j, "host", v.host);
    opt(j, "port", v.port);
    opt(j, "ticket", v.ticket);
}

void to_json(json& j, const Action& v)
{
    j = json{{"fix", v.fixId},           {"commands", v.commands}, {"outcome", v.outcome}, {"detail", v.detail},
             {"snapshot", v.snapshotId}, {"started", v.started},   {"finished", v.finished}};
}

void from_json(const json& j, Action& v)
{
    req(j, "fix", v.fixId);
    opt(j, "commands", v.commands);
    req(j, "outcome", v.outcome);
    opt(j, "detail", v.detail);
    opt(j, "snapshot", v.snapshotId);
    opt(j, "started", v.started);
    opt(j, "finished", v.finished);
}

// An attempt is its probe result, plus "decoded" (null when connected or not in the error catalog).
void to_json(json& j, const VerifyAttempt& v)
{
    j = v.result;
    j["decoded"] = nullptr;
    if (!v.errorName.empty())
        j["decoded"] = json{{"name", v.errorName}, {"code", v.errorCatalogCode}, {"meaning", v.errorMeaning}};
}

void from_json(const json& j, VerifyAttempt& v)
{
    j.get_to(v.result);
    v.errorName.clear();
    v.errorCatalogCode = 0;
    v.errorMeaning.clear();
    if (const auto it = j.find("decoded"); it != j.end() && !it->is_null()) {
        req(*it, "name", v.errorName);
        opt(*it, "code", v.errorCatalogCode);
        opt(*it, "meaning", v.errorMeaning);
    }
}

void to_json(json& j, const NameResolution& v)
{
    j = json{{"resolved", v.resolved},         {"addresses", v.addresses}, {"milliseconds", v.milliseconds},
             {"errorCode", v.errorCode},       {"error", v.error}};
}

void from_json(const json& j, NameResolution& v)
{
    req(j, "resolved", v.resolved);
    opt(j, "addresses", v.addresses);
    opt(j, "milliseconds", v.milliseconds);
    opt(j, "errorCode", v.errorCode);
    opt(j, "error", v.error);
}

void to_json(json& j, const NextStep& v)
{
    j = json{{"kind", v.kind}, {"text", v.text}, {"fix", v.fixId}, {"snapshot", v.snapshotId}};
}

void from_json(const json& j, NextStep& v)
{
    req(j, "kind", v.kind);
    req(j, "text", v.text);
    opt(j, "fix", v.fixId);
    opt(j, "snapshot", v.snapshotId);
}

void to_json(json& j, const AdapterChange& v)
{
    j = json{{"id", v.id}, {"name", v.name}, {"change", v.change}, {"before", v.before}, {"after", v.after}};
}

void from_json(const json& j, AdapterChange& v)
{
    req(j, "id", v.id);
    opt(j, "name", v.name);
    req(j, "change", v.change);
    opt(j, "before", v.before);
    opt(j, "after", v.after);
}

void to_json(json& j, const FindingComparison& v) { j = json{{"finding", v.finding}, {"status", v.status}}; }

void from_json(const json& j, FindingComparison& v)
{
    req(j, "finding", v.finding);
    req(j, "status", v.status);
}

void to_json(json& j, const BaselineComparison& v)
{
    j = json{{"compared", v.compared},
             {"reason", v.reason},
             {"catalogAdded", v.catalogAdded},
             {"catalogRemoved", v.catalogRemoved},
             {"layeredBefore", v.layeredBefore},
             {"layeredAfter", v.layeredAfter},
             {"socketScope", v.socketScope},
             {"socketStatesBefore", v.socketStatesBefore},
             {"socketStatesAfter", v.socketStatesAfter},
             {"adapterChanges", v.adapterChanges},
             {"newEvents", v.newEvents},
             {"findings", v.findings},
             {"lostProbes", v.lostProbes}};
}

void from_json(const json& j, BaselineComparison& v)
{
    req(j, "compared", v.compared);
    opt(j, "reason", v.reason);
    opt(j, "catalogAdded", v.catalogAdded);
    opt(j, "catalogRemoved", v.catalogRemoved);
    opt(j, "layeredBefore", v.layeredBefore);
    opt(j, "layeredAfter", v.layeredAfter);
    opt(j, "socketScope", v.socketScope);
    opt(j, "socketStatesBefore", v.socketStatesBefore);
    opt(j, "socketStatesAfter", v.socketStatesAfter);
    opt(j, "adapterChanges", v.adapterChanges);
    opt(j, "newEvents", v.newEvents);
    opt(j, "findings", v.findings);
    opt(j, "lostProbes", v.lostProbes);
}

void to_json(json& j, const Verification& v)
{
    j = json{{"time", v.time},         {"verdict", v.verdict},     {"reason", v.reason},
             {"attempts", v.attempts}, {"remainingFindings", v.remainingFindings},
             {"host", v.host},         {"port", v.port},           {"count", v.count},
             {"timeoutMs", v.timeoutMs}, {"resolution", nullptr},  {"comparison", v.comparison},
             {"probes", v.probes},     {"nextSteps", v.nextSteps}, {"cancelled", v.cancelled}};
    if (v.resolution)
        j["resolution"] = *v.resolution;
}

void from_json(const json& j, Verification& v)
{
    req(j, "time", v.time);
    req(j, "verdict", v.verdict);
    opt(j, "reason", v.reason);
    opt(j, "attempts", v.attempts);
    opt(j, "remainingFindings", v.remainingFindings);
    opt(j, "host", v.host);
    opt(j, "port", v.port);
    opt(j, "count", v.count);
    opt(j, "timeoutMs", v.timeoutMs);
    optNullable(j, "resolution", v.resolution);
    opt(j, "comparison", v.comparison);
    opt(j, "probes", v.probes);
    opt(j, "nextSteps", v.nextSteps);
    opt(j, "cancelled", v.cancelled);
}

void to_json(json& j, const TimelineEntry& v) { j = json{{"time", v.time}, {"what", v.what}}; }

void from_json(const json& j, TimelineEntry& v)
{
    req(j, "time", v.time);
    req(j, "what", v.what);
}

void to_json(json& j, const SessionRecord& v)
{
    j = json{{"schema", v.schema},       {"id", v.id},           {"created", v.created},
             {"updated", v.updated},     {"step", v.step},       {"system", v.system},
             {"scenario", v.scenario},   {"simulatedFixes", v.simulatedFixes}, {"intake", v.intake},
             {"inventory", nullptr},     {"findings", v.findings}, {"actions", v.actions},
             {"snapshots", v.snapshots}, {"verification", nullptr}, {"timeline", v.timeline},
             {"pastedInputs", v.pastedInputs}};
    if (v.inventory)
        j["inventory"] = *v.inventory;
    if (v.verification)
        j["verification"] = *v.verification;
}

void from_json(const json& j, SessionRecord& v)
{
    req(j, "schema", v.schema);
    if (v.schema != SessionRecord::kSchema)
        throw std::invalid_argument("unsupported session schema " + std::to_string(v.schema) + " (this build reads " +
                                    std::to_string(SessionRecord::kSchema) + ")");
    req(j, "id", v.id);
    req(j, "created", v.created);
    opt(j, "updated", v.updated);
    opt(j, "step", v.step);
    opt(j, "system", v.system);
    opt(j, "scenario", v.scenario);
    opt(j, "simulatedFixes", v.simulatedFixes);
    opt(j, "pastedInputs", v.pastedInputs);
    opt(j, "intake", v.intake);
    optNullable(j, "inventory", v.inventory);
    opt(j, "findings", v.findings);
    opt(j, "actions", v.actions);
    opt(j, "snapshots", v.snapshots);
    optNullable(j, "verification", v.verification);
    opt(j, "timeline", v.timeline);
}

json detectDocument(const SystemInfo& system, const Inventory& inventory, const std::vector<Finding>& findings)
{
    return json{{"schema", "wsafix.detect/1"}, {"system", system},
                {"catalog", inventory.catalog},  {"namespaceProviders", inventory.namespaceProviders},
                {"targetInterposers", inventory.targetInterposers}, {"sockets", inventory.sockets},
                {"processes", inventory.processes}, {"adapters", inventory.adapters},
                {"events", inventory.events},    {"probes", inventory.probes},
                {"connectivity", inventory.connectivity},
                {"findings", findings}};
}

json verifyDocument(const SystemInfo& system, const std::string& sessionId, const Verification& verification)
{
    return json{{"schema", "wsafix.verify/1"},
                {"session", sessionId.empty() ? json(nullptr) : json(sessionId)},
                {"system", system},
                {"verification", verification}};
}

} // namespace wsafix
