#include "ReportSessions.h"

#include "diagnostics/Detector.h"
#include "diagnostics/Rules.h"
#include "diagnostics/analyze/PasteAnalyzer.h"
#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace wsafix::test {
namespace {

constexpr const char* kUser = "mkowalski";
constexpr const char* kHost = "FINANCE-PC-0042";
constexpr const char* kDomain = "intranet.corp-example.net";
constexpr const char* kIpv4 = "192.168.77.42";
constexpr const char* kIpv4Remote = "10.20.30.40";
constexpr const char* kIpv6 = "2001:db8:abcd:12::42";
constexpr const char* kIpv6Link = "fe80::1c2d:3e4f:5a6b:7c8d";
constexpr const char* kMac = "3c:52:82:aa:bb:cc";
constexpr const char* kMacDashes = "3C-52-82-DD-EE-FF";
constexpr const char* kSsid = "CoffeeShop-5G Guest";

std::string plantedFile(const std::string& name)
{
    const std::string path = std::string(WSAFIX_SOURCE_DIR) + "/tests/planted/" + name;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> plantedLines(const std::string& name)
{
    std::vector<std::string> lines;
    std::istringstream in(plantedFile(name));
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            lines.push_back(line);
    return lines;
}

} // namespace

SessionRecord scenarioSession(const std::string& scenario, const Intake& intake, int attempts)
{
    SimulatedSystem sys(loadScenario(scenario));
    SessionRecord r = SessionRecord::start();
    r.system = sys.info();
    r.scenario = scenario;
    r.intake = intake;
    Detector detector(sys);
    r.inventory = detector.run();
    r.findings = evaluateRules(*r.inventory, r.intake);
    r.step = "detect";
    r.note("detect: " + std::to_string(r.findings.size()) + " finding(s)");
    if (r.findings.empty() || r.findings.front().fixes.empty())
        return r;

    // The recommended fixes in order, as a technician would try them, until one works on the simulated machine.
    for (const auto& fix : r.findings.front().fixes) {
        Action action{fix, {}, "", "", "snap-" + std::to_string(r.actions.size() + 1) + "-" + r.id, utcNow(), ""};
        action.commands = {"reg export HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters " +
                               action.snapshotId + ".reg",
                           "netsh winsock remove provider " + fix.substr(fix.find(':') + 1)};
        const bool applied = sys.applyFix(fix);
        action.outcome = applied ? "applied" : "failed";
        action.detail = applied ? "the simulated machine changed" : "not simulated in this scenario";
        action.finished = utcNow();
        r.actions.push_back(action);
        r.snapshots.push_back(action.snapshotId);
        r.note("fix " + fix + ": " + action.outcome);
        if (applied)
            break;
    }
    r.simulatedFixes = sys.appliedFixes();

    Verification v;
    v.time = utcNow();
    for (int i = 0; i < attempts && !intake.host.empty(); ++i)
        v.attempts.push_back({sys.probeTcp(intake.host, intake.port, std::chrono::milliseconds(2000))});
    v.remainingFindings = evaluateRules(Detector(sys).run(), r.intake);
    const bool allConnected =
        std::all_of(v.attempts.begin(), v.attempts.end(), [](const VerifyAttempt& a) { return a.result.connected; });
    v.verdict = v.remainingFindings.empty() && allConnected ? "fixed" : "not-fixed";
    v.reason = v.verdict == "fixed" ? "The problem found at the start is gone." : "A problem remains.";
    r.verification = v;
    r.step = "verify";
    r.note("verify: " + v.verdict);
    return r;
}

SessionRecord plantedSession()
{
    Intake intake{"0x00002748", "OUTLOOK.EXE", 7340, kDomain, 443, "INC0012345"};
    SessionRecord r = scenarioSession("lsp-adware", intake, 3);
    r.system.user = kUser;
    r.system.hostname = kHost;
    Inventory& inv = *r.inventory;
    for (auto& s : inv.sockets) {
        if (s.localAddress == "192.168.1.23")
            s.localAddress = kIpv4;
        if (s.pid == 7340)
            s.remoteAddress = kIpv6;
    }
    for (auto& p : inv.processes)
        if (p.pid == 7340)
            p.path = std::string("C:\\Users\\") + kUser + "\\AppData\\Local\\Outlook\\OUTLOOK.EXE";
    Adapter wifi;
    wifi.id = "{0D0E0A0D-BEEF-4000-8000-000000000001}";
    wifi.ifIndex = 9;
    wifi.name = "Wi-Fi";
    wifi.description = std::string("Wireless, SSID: ") + kSsid;
    wifi.type = "wifi";
    wifi.up = true;
    wifi.mac = kMac;
    wifi.addresses = {{kIpv4, 24}, {kIpv6Link, 64}};
    wifi.gateways = {kIpv4Remote};
    wifi.dnsServers = {kIpv4Remote};
    inv.adapters.push_back(wifi);
    inv.events.push_back({"2026-11-24T08:00:00Z", "Microsoft-Windows-WLAN-AutoConfig", 8001, "info",
                          std::string("WLAN AutoConfig service has successfully connected to a wireless network. "
                                      "SSID \"") +
                              kSsid + "\", BSSID " + kMacDashes + ", interface address " + kIpv6Link + ", user " +
                              kHost + "\\" + kUser});
    r.findings.front().evidence.push_back(std::string("seen from ") + kHost + " (" + kIpv4 + ", " + kMac + ") by " +
                                          kUser + " on SSID: " + kSsid);
    r.actions.front().commands.push_back(std::string("C:\\Users\\") + kUser + "\\Tools\\probe.exe --to " + kDomain +
                                         " --via " + kIpv4Remote + " --mac " + kMacDashes);
    r.verification->reason = std::string("connected to ") + kDomain + " from " + kHost;
    for (auto& a : r.verification->attempts)
        a.result.address = kIpv6;
    r.note(std::string("user ") + kUser + " on " + kHost + " joined " + kSsid + " at " + kIpv4);
    return r;
}

std::vector<std::string> plantedValues()
{
    return {kUser, kHost, kDomain, kIpv4, kIpv4Remote, kIpv6, kIpv6Link, kMac, kMacDashes, kSsid,
            // shorter forms that must not survive either
            "corp-example.net", "CoffeeShop", "aa:bb:cc", "DD-EE-FF"};
}

SessionRecord pastedSecretsSession()
{
    // As AnalyzeCommand builds it.
    std::vector<PasteAnalysis> inputs;
    for (const char* name : {"ipconfig-all.txt", "event.txt", "netstat.txt"})
        inputs.push_back(analyzePaste(plantedFile(name), name));
    const CombinedAnalysis combined = combineAnalyses(inputs);
    SessionRecord r = SessionRecord::start();
    r.system = combined.system;
    r.intake = {"0x00002748", "OrderSync.exe", 4242, "db-secret31.internal.example", 443, "INC0042"};
    r.step = "detect";
    for (const auto& in : inputs)
        r.pastedInputs.push_back(in.source);
    r.inventory = combined.inventory;
    r.findings = evaluatePastedRules(combined, r.intake);
    for (const auto& line : plantedLines("notes.txt"))
        r.note(line);
    Action action{"reset-winsock", {}, "failed", "", "snap-1-" + r.id, utcNow(), utcNow()};
    action.commands = {"net use \\\\FILESRV42\\share /user:CORP\\jdoe42",
                       "C:\\Users\\jdoe42\\Tools\\probe.exe --to 10.99.88.77 --mail s3cret.user@example.org"};
    action.detail = "ran as S-1-5-21-1111111111-2222222222-3333333333-1001 on HOSTSECRET7 (SSID: GuestSsidSecret 5G)";
    r.actions.push_back(action);
    // Maps keyed by a host or an address: their keys are personal too.
    r.inventory->probes["FILESRV42"] = {true, "reached \\\\FILESRV42\\share"};
    r.inventory->probes["s3cret.user@example.org"] = {false, "no answer from 203.0.113.77"};
    return r;
}

std::vector<std::string> pastedSecrets()
{
    return plantedLines("secrets.txt");
}

} // namespace wsafix::test
