#include "diagnostics/platform/linux/JournalEvents.h"

#include "diagnostics/platform/linux/Utf8.h"

#include "diagnostics/ProbeBudget.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <ctime>

namespace wsafix::lnx {

namespace {

// The newest entries are enough to show a pattern; the cap bounds time and memory.
constexpr const char* kMaxEntries = "2000";

constexpr std::array<std::string_view, 12> kNetworkingServices = {
    "NetworkManager", "systemd-networkd", "systemd-resolved", "wpa_supplicant",
    "dhclient",       "dhcpcd",           "ModemManager",     "iwd",
    "connman",        "networking",       "nm-dispatcher",    "kernel"};

// A journal field is a string, an array of bytes (not UTF-8 or binary) or, when logged several
// times in one entry, an array of strings.
std::string fieldText(const nlohmann::json& entry, const char* key)
{
    const auto it = entry.find(key);
    if (it == entry.end())
        return {};
    if (it->is_string())
        return validUtf8(it->get_ref<const std::string&>());
    if (!it->is_array() || it->empty())
        return {};
    if (it->front().is_string())
        return validUtf8(it->front().get_ref<const std::string&>());
    std::string bytes;
    for (const auto& b : *it)
        if (b.is_number_unsigned())
            bytes += static_cast<char>(b.get<unsigned>() & 0xFF);
    return validUtf8(bytes);
}

// "NetworkManager.service", "dhclient@eth0.service" → "NetworkManager", "dhclient".
std::string_view unitBase(std::string_view unit)
{
    return unit.substr(0, unit.find_first_of(".@"));
}

bool isNetworking(std::string_view name)
{
    return std::find(kNetworkingServices.begin(), kNetworkingServices.end(), unitBase(name)) !=
           kNetworkingServices.end();
}

std::string levelOf(const std::string& priority)
{
    if (priority.size() != 1 || priority[0] < '0' || priority[0] > '7')
        return "info";
    const int p = priority[0] - '0';
    return p <= 2 ? "critical" : p == 3 ? "error" : p == 4 ? "warning" : "info";
}

std::string isoTime(const std::string& microseconds)
{
    long long usec = 0;
    const auto [ptr, ec] = std::from_chars(microseconds.data(), microseconds.data() + microseconds.size(), usec);
    if (ec != std::errc() || usec < 0)
        return {};
    const std::time_t seconds = static_cast<std::time_t>(usec / 1000000);
    std::tm utc{};
    if (!::gmtime_r(&seconds, &utc))
        return {};
    char text[32];
    return std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc) ? std::string(text) : std::string();
}

CommandResult journalctl(ProcessRunner& runner, std::vector<std::string> arguments)
{
    arguments.insert(arguments.begin(), "journalctl");
    CommandOptions options;
    options.timeout = ProbeBudget::remaining(std::chrono::seconds(30));
    return runner.run(arguments, options);
}

std::string failureOf(const CommandResult& r)
{
    if (!r.started || r.timedOut)
        return "journalctl: " + r.error;
    std::string why = "journalctl exited with code " + std::to_string(r.exitCode);
    if (!r.err.empty())
        why += ": " + validUtf8(r.err.substr(0, r.err.find('\n')));
    return why;
}

} // namespace

std::vector<EventEntry> parseJournalJson(std::string_view text)
{
    std::vector<EventEntry> events;
    while (!text.empty()) {
        const auto end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        const auto entry = nlohmann::json::parse(line, nullptr, false);
        if (!entry.is_object())
            continue;
        const std::string identifier = fieldText(entry, "SYSLOG_IDENTIFIER");
        const std::string unit = fieldText(entry, "_SYSTEMD_UNIT");
        const bool kernel = fieldText(entry, "_TRANSPORT") == "kernel";
        if (!kernel && !isNetworking(identifier) && !isNetworking(unit))
            continue;
        EventEntry e;
        e.time = isoTime(fieldText(entry, "__REALTIME_TIMESTAMP"));
        e.source = !identifier.empty() ? identifier
                   : !unit.empty()     ? unit
                   : kernel            ? "kernel"
                                       : fieldText(entry, "_COMM");
        e.level = levelOf(fieldText(entry, "PRIORITY"));
        e.message = fieldText(entry, "MESSAGE");
        events.push_back(std::move(e));
    }
    return events;
}

Probed<std::vector<EventEntry>> readJournalEvents(ProcessRunner& runner)
{
    const CommandResult r =
        journalctl(runner, {"-o", "json", "--priority=err", "--since=-7d", "--no-pager", "--lines", kMaxEntries});
    if (!r.succeeded())
        return Probed<std::vector<EventEntry>>::unavailable(failureOf(r));
    // journalctl says on stderr when this user may not read the system journal.
    if (r.err.find("not seeing messages from other users and the system") != std::string::npos ||
        r.err.find("insufficient permissions") != std::string::npos)
        return Probed<std::vector<EventEntry>>::unavailable("this user may not read the system journal (journalctl: " +
                                                            validUtf8(r.err.substr(0, r.err.find('\n'))) + ")");
    std::vector<EventEntry> events = parseJournalJson(r.out);
    if (!events.empty() || r.out.find('{') != std::string::npos)
        return Probed<std::vector<EventEntry>>::ok(std::move(events));

    // Nothing at all: tell "no errors" from "no journal", which journalctl only reports to
    // commands that do not use -n.
    const CommandResult usage = journalctl(runner, {"--disk-usage", "--no-pager"});
    if (!usage.succeeded())
        return Probed<std::vector<EventEntry>>::unavailable(failureOf(usage));
    if (usage.err.find("No journal files were found") != std::string::npos)
        return Probed<std::vector<EventEntry>>::unavailable(
            "there is no journal to read: journalctl found no journal files (systemd-journald is not running or "
            "keeps no journal)");
    return Probed<std::vector<EventEntry>>::ok({});
}

} // namespace wsafix::lnx
