#include "diagnostics/Scenario.h"

#include "diagnostics/InventoryJson.h"
#include "diagnostics/JsonNumbers.h"
#include "diagnostics/platform/simulated/BuiltinScenarios.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace wsafix {

// In namespace wsafix (not the anonymous one) so that nlohmann's ADL lookup finds it.
void from_json(const nlohmann::json& j, Reachability& v);
void from_json(const nlohmann::json& j, Reachability& v)
{
    j.at("host").get_to(v.host);
    v.port = wholeNumber<std::uint16_t>(j.at("port"), "port");
    j.at("result").get_to(v.result);
}

namespace {

using nlohmann::json;

constexpr std::size_t kMaxScenarioBytes = 16 * 1024 * 1024;

[[noreturn]] void fail(const std::string& origin, const std::string& where, const std::string& what)
{
    throw ScenarioError(origin + ": " + where + ": " + what);
}

// Line and column (1-based) of a byte offset, for syntax errors.
std::string lineColumn(std::string_view text, std::size_t byte)
{
    byte = std::min(byte, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i + 1 < byte; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// Reads `section` (an array) item by item so that an error names the item: "sockets[3]".
template <class T>
std::vector<T> readArray(const json& doc, const std::string& section, const std::string& prefix,
                         const std::string& origin, bool required)
{
    std::vector<T> out;
    const auto it = doc.find(section);
    if (it == doc.end()) {
        if (required)
            fail(origin, "field '" + prefix + section + "'", "missing; expected an array");
        return out;
    }
    if (!it->is_array())
        fail(origin, "field '" + prefix + section + "'", std::string("expected an array, got ") + it->type_name());
    for (std::size_t i = 0; i < it->size(); ++i) {
        try {
            out.push_back((*it)[i].template get<T>());
        } catch (const std::exception& e) {
            fail(origin, "field '" + prefix + section + "[" + std::to_string(i) + "]'", e.what());
        }
    }
    return out;
}

std::string requiredString(const json& doc, const std::string& key, const std::string& origin)
{
    const auto it = doc.find(key);
    if (it == doc.end() || !it->is_string() || it->get<std::string>().empty())
        fail(origin, "field '" + key + "'", "expected a non-empty string");
    return it->get<std::string>();
}

void checkKeys(const json& object, const std::set<std::string>& allowed, const std::string& where,
               const std::string& origin)
{
    for (const auto& [key, value] : object.items()) {
        if (!allowed.count(key)) {
            std::string list;
            for (const auto& k : allowed)
                list += (list.empty() ? "" : ", ") + k;
            fail(origin, where + "'" + key + "'", "unknown field; expected one of " + list);
        }
    }
}

MachineState readMachine(const json& doc, const std::string& origin)
{
    MachineState m;
    m.catalog = readArray<CatalogEntry>(doc, "catalog", "", origin, true);
    m.processes = readArray<ProcessInfo>(doc, "processes", "", origin, true);
    m.sockets = readArray<SocketEntry>(doc, "sockets", "", origin, true);
    m.adapters = readArray<Adapter>(doc, "adapters", "", origin, true);
    m.events = readArray<EventEntry>(doc, "events", "", origin, true);
    m.reachability = readArray<Reachability>(doc, "reachability", "", origin, false);
    if (doc.contains("namespaceProviders"))
        m.namespaceProviders = readArray<NamespaceProvider>(doc, "namespaceProviders", "", origin, true);
    return m;
}

// Sockets name their owner by PID; the owner must exist, and lends the socket its name.
void attributeSockets(std::vector<SocketEntry>& sockets, const std::vector<ProcessInfo>& processes,
                      const std::string& section, const std::string& origin)
{
    for (std::size_t i = 0; i < sockets.size(); ++i) {
        auto& s = sockets[i];
        if (s.pid == 0)
            continue;
        const auto p = std::find_if(processes.begin(), processes.end(), [&](const auto& x) { return x.pid == s.pid; });
        if (p == processes.end())
            fail(origin, "field '" + section + "[" + std::to_string(i) + "].pid'",
                 std::to_string(s.pid) + " is not the pid of any entry in 'processes'");
        if (s.processName.empty())
            s.processName = p->name;
    }
}

FixEffect readEffect(const json& effect, const std::string& prefix, const std::string& origin)
{
    if (!effect.is_object())
        fail(origin, "field '" + prefix + "'", "expected an object of machine sections");
    checkKeys(effect, {"catalog", "processes", "sockets", "adapters", "events", "reachability", "failsCheck"},
              "field '" + prefix + "': ", origin);
    FixEffect e;
    const std::string p = prefix + ".";
    if (const auto fails = effect.find("failsCheck"); fails != effect.end()) {
        if (!fails->is_string() || fails->get<std::string>().empty())
            fail(origin, "field '" + p + "failsCheck'", "expected a non-empty string");
        e.failsCheck = fails->get<std::string>();
    }
    if (effect.contains("catalog"))
        e.catalog = readArray<CatalogEntry>(effect, "catalog", p, origin, true);
    if (effect.contains("processes"))
        e.processes = readArray<ProcessInfo>(effect, "processes", p, origin, true);
    if (effect.contains("sockets"))
        e.sockets = readArray<SocketEntry>(effect, "sockets", p, origin, true);
    if (effect.contains("adapters"))
        e.adapters = readArray<Adapter>(effect, "adapters", p, origin, true);
    if (effect.contains("events"))
        e.events = readArray<EventEntry>(effect, "events", p, origin, true);
    if (effect.contains("reachability"))
        e.reachability = readArray<Reachability>(effect, "reachability", p, origin, true);
    return e;
}

} // namespace

Scenario parseScenario(std::string_view text, const std::string& origin)
{
    if (text.size() > kMaxScenarioBytes)
        fail(origin, "file", "larger than " + std::to_string(kMaxScenarioBytes / (1024 * 1024)) + " MiB");
    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        fail(origin, lineColumn(text, e.byte), std::string("not valid JSON (") + e.what() + ")");
    } catch (const json::exception& e) {
        // A number too large for a double (1e999) is out_of_range, not a parse_error (found by fuzz_scenario).
        fail(origin, "file", std::string("not usable JSON (") + e.what() + ")");
    }
    if (!doc.is_object())
        fail(origin, "line 1", "expected a JSON object at the top level");
    checkKeys(doc,
              {"$comment", "name", "title", "story", "system", "catalog", "processes", "sockets", "adapters", "events",
               "reachability", "namespaceProviders", "fixes"},
              "top-level field ", origin);

    Scenario s;
    s.name = requiredString(doc, "name", origin);
    s.title = requiredString(doc, "title", origin);
    s.story = requiredString(doc, "story", origin);
    if (!doc.contains("system") || !doc["system"].is_object())
        fail(origin, "field 'system'", "expected an object with os, hostname, user, elevated");
    try {
        doc["system"].get_to(s.system);
    } catch (const std::exception& e) {
        fail(origin, "field 'system'", e.what());
    }
    s.system.backend = "simulated";
    s.system.scenario = s.name;
    s.machine = readMachine(doc, origin);
    attributeSockets(s.machine.sockets, s.machine.processes, "sockets", origin);

    if (const auto it = doc.find("fixes"); it != doc.end()) {
        if (!it->is_object())
            fail(origin, "field 'fixes'", "expected an object mapping fix ids to effects");
        for (const auto& [id, effect] : it->items()) {
            FixEffect e = readEffect(effect, "fixes." + id, origin);
            if (e.sockets)
                attributeSockets(*e.sockets, e.processes ? *e.processes : s.machine.processes,
                                 "fixes." + id + ".sockets", origin);
            s.fixes.emplace(id, std::move(e));
        }
    }
    return s;
}

std::vector<std::string> builtinScenarioNames()
{
    std::vector<std::string> names;
    for (const auto& b : builtinScenarios())
        names.emplace_back(b.name);
    std::sort(names.begin(), names.end());
    return names;
}

Scenario loadScenario(const std::string& nameOrPath)
{
    for (const auto& b : builtinScenarios())
        if (b.name == nameOrPath)
            return parseScenario(b.json, "built-in scenario '" + nameOrPath + "'");

    const bool looksLikePath = nameOrPath.find_first_of("/\\.") != std::string::npos;
    std::ifstream in(nameOrPath, std::ios::binary);
    if (!in) {
        std::string known;
        for (const auto& n : builtinScenarioNames())
            known += (known.empty() ? "" : ", ") + n;
        throw ScenarioError(looksLikePath ? nameOrPath + ": cannot open the scenario file"
                                          : "unknown scenario '" + nameOrPath + "'; built-in scenarios: " + known +
                                                "; or give the path of a scenario file");
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parseScenario(buffer.str(), nameOrPath);
}

} // namespace wsafix
