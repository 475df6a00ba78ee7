// Verifier against scenarios: before and after a simulated fix, without a baseline, with a name that does not
// resolve, with an unverifiable action, cancelled; and the session record keeps all of it.
#include "diagnostics/Verifier.h"

#include "diagnostics/Detector.h"
#include "diagnostics/InventoryJson.h"
#include "diagnostics/Rules.h"
#include "diagnostics/SessionStore.h"
#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include "TestScenarios.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <algorithm>

using namespace wsafix;
using namespace std::chrono_literals;

namespace {

// What `wsafix detect` leaves in the state directory: the baseline of a session.
SessionRecord detected(System& sys, Intake intake)
{
    SessionRecord r = SessionRecord::start();
    r.system = sys.info();
    r.intake = std::move(intake);
    Detector detector(sys);
    detector.setTargetProcess(r.intake.pid, r.intake.process); // as `wsafix detect` and the detect page do
    if (!r.intake.host.empty())
        detector.setTarget(r.intake.host, r.intake.port);
    r.inventory = detector.run();
    r.findings = evaluateRules(*r.inventory, r.intake);
    return r;
}

Intake intake(const char* process, const char* host, std::uint16_t port)
{
    Intake in;
    in.code = "10056";
    in.process = process;
    in.host = host;
    in.port = port;
    return in;
}

VerifyRequest request(const std::string& host, std::uint16_t port, int count = 10)
{
    VerifyRequest r;
    r.host = host;
    r.port = port;
    r.count = count;
    r.timeout = 2000ms;
    return r;
}

const FindingComparison* status(const Verification& v, const std::string& findingId)
{
    const auto& all = v.comparison.findings;
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const FindingComparison& f) { return f.finding.id == findingId; });
    return it == all.end() ? nullptr : &*it;
}

bool hasStep(const Verification& v, const std::string& kind)
{
    return std::any_of(v.nextSteps.begin(), v.nextSteps.end(), [&](const NextStep& s) { return s.kind == kind; });
}

} // namespace

TEST(Verifier, LayeredProviderRemovedIsFixed)
{
    SimulatedSystem sys(loadScenario("lsp-adware"));
    SessionRecord session = detected(sys, intake("OUTLOOK.EXE", "example.com", 443));
    ASSERT_FALSE(session.findings.empty());
    ASSERT_TRUE(sys.applyFix("remove-provider:1010"));
    session.actions.push_back({"remove-provider:1010", {}, "applied", "simulated", "", "", ""});

    const Verification v = Verifier(sys).run(session, request("example.com", 443)).verification;
    EXPECT_EQ(v.verdict, "fixed") << v.reason;
    EXPECT_TRUE(v.comparison.lostProbes.empty()); // verify runs every probe detect ran, interposers included
    EXPECT_TRUE(v.nextSteps.empty());
    ASSERT_TRUE(v.resolution.has_value());
    EXPECT_TRUE(v.resolution->resolved);
    EXPECT_EQ(v.resolution->addresses, std::vector<std::string>{"93.184.215.14"});
    ASSERT_EQ(v.attempts.size(), 10u);
    for (const auto& a : v.attempts) {
        EXPECT_TRUE(a.result.connected);
        EXPECT_TRUE(a.errorName.empty());
    }
    EXPECT_TRUE(v.comparison.compared);
    EXPECT_EQ(v.comparison.layeredBefore, 1);
    EXPECT_EQ(v.comparison.layeredAfter, 0);
    ASSERT_FALSE(v.comparison.catalogRemoved.empty());
    EXPECT_TRUE(std::any_of(v.comparison.catalogRemoved.begin(), v.comparison.catalogRemoved.end(),
                            [](const CatalogEntry& e) { return e.catalogId == 1010; }));
    ASSERT_NE(status(v, "layered-provider"), nullptr);
    EXPECT_EQ(status(v, "layered-provider")->status, "resolved");
    EXPECT_EQ(status(v, "target-unreachable")->status, "resolved");
    EXPECT_EQ(v.comparison.socketScope, "OUTLOOK.EXE");
    EXPECT_EQ(v.comparison.socketStatesBefore, v.comparison.socketStatesAfter) << "the fix changed no socket";
    EXPECT_FALSE(v.comparison.socketStatesAfter.empty());
    EXPECT_TRUE(v.remainingFindings.empty());
}

TEST(Verifier, LayeredProviderLeftInPlaceIsNotFixedAndSaysWhatToDoNext)
{
    SimulatedSystem sys(loadScenario("lsp-adware"));
    const SessionRecord session = detected(sys, intake("OUTLOOK.EXE", "example.com", 443));
    const Verification v = Verifier(sys).run(session, request("example.com", 443, 3)).verification;
    EXPECT_EQ(v.verdict, "not-fixed");
    ASSERT_EQ(v.attempts.size(), 3u);
    const VerifyAttempt& a = v.attempts.front();
    EXPECT_FALSE(a.result.connected);
    EXPECT_EQ(a.errorName, "WSAEISCONN");
    EXPECT_EQ(a.errorCatalogCode, 10056u);
    EXPECT_FALSE(a.errorMeaning.empty());
    EXPECT_NE(v.reason.find("3 of 3 connection attempts to example.com:443 failed: WSAEISCONN (10056)"),
              std::string::npos)
        << v.reason;
    EXPECT_NE(v.reason.find("layered service provider"), std::string::npos) << "the remaining problem is named";
    EXPECT_EQ(status(v, "layered-provider")->status, "still-present");
    EXPECT_TRUE(hasStep(v, "check-target"));
    EXPECT_TRUE(hasStep(v, "another-fix"));
    EXPECT_EQ(v.nextSteps.back().kind, "escalate");
    EXPECT_TRUE(v.comparison.catalogAdded.empty());
    EXPECT_TRUE(v.comparison.catalogRemoved.empty());
}

TEST(Verifier, ApplicationBugIsNotFixedByTheMachineAndGoesToItsDevelopers)
{
    SimulatedSystem sys(loadScenario("app-reconnect-bug"));
    const SessionRecord session = detected(sys, intake("OrderSync.exe", "orders.contoso.example", 8443));
    ASSERT_EQ(session.findings.front().id, "app-reconnect-pattern");
    const Verification v = Verifier(sys).run(session, request("orders.contoso.example", 8443, 2)).verification;
    EXPECT_EQ(v.verdict, "not-fixed");
    EXPECT_EQ(status(v, "app-reconnect-pattern")->status, "still-present");
    EXPECT_NE(v.nextSteps.back().text.find("developers"), std::string::npos);
    EXPECT_EQ(v.comparison.socketStatesBefore, v.comparison.socketStatesAfter);
    EXPECT_GE(v.comparison.socketStatesAfter.at("SYN_SENT"), 1);
}

TEST(Verifier, ApplicationUpdateChangesTheProgramsSocketStates)
{
    Scenario scenario = loadScenario("app-reconnect-bug");
    // A fixed build of the program: one connection instead of a pile of retries, and a log line about it.
    FixEffect update;
    std::vector<SocketEntry> sockets;
    bool kept = false;
    for (const auto& s : scenario.machine.sockets) {
        const bool keepThisOne = !kept && s.state == TcpState::Established;
        if (s.pid != 4120 || keepThisOne)
            sockets.push_back(s);
        kept = kept || (s.pid == 4120 && keepThisOne);
    }
    update.sockets = sockets;
    auto events = scenario.machine.events;
    events.push_back({"2026-11-24T09:00:00Z", "OrderSync", 1, "info", "OrderSync 2.4.1 started"});
    update.events = events;
    auto adapters = scenario.machine.adapters;
    adapters.front().addresses.push_back({"192.168.1.77", 24});
    update.adapters = adapters;
    scenario.fixes["app-update"] = update;
    SimulatedSystem sys(scenario);

    SessionRecord session = detected(sys, intake("OrderSync.exe", "orders.contoso.example", 8443));
    ASSERT_TRUE(sys.applyFix("app-update"));
    session.actions.push_back({"app-update", {}, "applied", "", "", "", ""});
    const Verification v = Verifier(sys).run(session, request("orders.contoso.example", 8443, 2)).verification;
    EXPECT_EQ(v.verdict, "fixed") << v.reason;
    EXPECT_GE(v.comparison.socketStatesBefore.at("SYN_SENT"), 1);
    EXPECT_EQ(v.comparison.socketStatesAfter.count("SYN_SENT"), 0u);
    EXPECT_EQ(v.comparison.socketStatesAfter.at("ESTABLISHED"), 1);
    ASSERT_EQ(v.comparison.newEvents.size(), 1u);
    EXPECT_EQ(v.comparison.newEvents.front().message, "OrderSync 2.4.1 started");
    ASSERT_EQ(v.comparison.adapterChanges.size(), 1u);
    EXPECT_EQ(v.comparison.adapterChanges.front().change, "addresses-changed");
    EXPECT_EQ(v.comparison.adapterChanges.front().after.size(), v.comparison.adapterChanges.front().before.size() + 1);
}

TEST(Verifier, WithoutABaselineTheSeriesStillRunsAndTheComparisonSaysWhy)
{
    SimulatedSystem sys(loadScenario("clean"));
    const Verification v = Verifier(sys).run(SessionRecord{}, request("example.com", 443, 4)).verification;
    EXPECT_EQ(v.verdict, "works"); // nothing was fixed and the target connects
    EXPECT_FALSE(v.comparison.compared);
    EXPECT_EQ(v.comparison.reason, "no session in the state directory");
    EXPECT_EQ(v.attempts.size(), 4u);
    EXPECT_TRUE(hasStep(v, "detect-first"));
    EXPECT_FALSE(v.comparison.socketStatesAfter.empty());
}

TEST(Verifier, ANameThatDoesNotResolveIsNotAClosedPort)
{
    SimulatedSystem sys(loadScenario("clean"));
    const SessionRecord session = detected(sys, intake("", "example.com", 443));
    const Verification v = Verifier(sys).run(session, request("gone.invalid", 443)).verification;
    EXPECT_EQ(v.verdict, "not-fixed");
    ASSERT_TRUE(v.resolution.has_value());
    EXPECT_FALSE(v.resolution->resolved);
    EXPECT_TRUE(v.attempts.empty()) << "no connection is tried to a name without an address";
    EXPECT_NE(v.reason.find("does not resolve"), std::string::npos) << v.reason;
    EXPECT_NE(v.reason.find("not a closed port"), std::string::npos) << v.reason;
    EXPECT_TRUE(hasStep(v, "check-target"));
    EXPECT_EQ(status(v, "target-unreachable")->status, "new");
}

TEST(Verifier, AnUnverifiableActionIsNeverFixed)
{
    SimulatedSystem sys(loadScenario("lsp-adware"));
    SessionRecord session = detected(sys, intake("", "example.com", 443));
    ASSERT_TRUE(sys.applyFix("winsock-reset"));
    session.actions.push_back({"winsock-reset",
                               {"netsh", "winsock", "reset"},
                               "could-not-verify",
                               "netsh.exe is a stub under Wine",
                               "",
                               "",
                               ""});
    const Verification v = Verifier(sys).run(session, request("example.com", 443, 2)).verification;
    EXPECT_EQ(v.verdict, "could-not-verify");
    EXPECT_NE(v.reason.find("winsock-reset (netsh.exe is a stub under Wine)"), std::string::npos) << v.reason;
}

TEST(Verifier, AFailedFixWithASnapshotOffersTheRollBack)
{
    SimulatedSystem sys(loadScenario("lsp-adware"));
    SessionRecord session = detected(sys, intake("", "example.com", 443));
    session.actions.push_back({"lsp-bypass:OUTLOOK.EXE", {}, "applied", "", "snap-1", "", ""});
    const Verification v = Verifier(sys).run(session, request("example.com", 443, 1)).verification;
    EXPECT_EQ(v.verdict, "not-fixed");
    const auto step =
        std::find_if(v.nextSteps.begin(), v.nextSteps.end(), [](const NextStep& s) { return s.kind == "roll-back"; });
    ASSERT_NE(step, v.nextSteps.end());
    EXPECT_EQ(step->snapshotId, "snap-1");
    EXPECT_NE(step->text.find("wsafix snapshots restore snap-1"), std::string::npos);
}

TEST(Verifier, ReportsProgressAndStopsWhenCancelled)
{
    SimulatedSystem sys(loadScenario("lsp-adware"));
    const SessionRecord session = detected(sys, intake("", "example.com", 443));
    std::vector<std::string> steps;
    std::stop_source stop;
    const Verification v = Verifier(sys)
                               .run(
                                   session, request("example.com", 443, 5),
                                   [&](const std::string& step, int index, int total) {
                                       EXPECT_EQ(total, 5 + 1 + 5);
                                       if (step.empty()) { // the end, reported also when cut short
                                           EXPECT_EQ(index, total);
                                           return;
                                       }
                                       EXPECT_EQ(index, static_cast<int>(steps.size()));
                                       steps.push_back(step);
                                       if (steps.size() == 8)
                                           stop.request_stop();
                                   },
                                   stop.get_token())
                               .verification;
    EXPECT_EQ(steps, (std::vector<std::string>{"catalog", "sockets", "processes", "adapters", "events", "resolve",
                                               "connect", "connect"}));
    EXPECT_TRUE(v.cancelled);
    EXPECT_EQ(v.verdict, "could-not-verify");
    EXPECT_EQ(v.attempts.size(), 2u);
}

TEST(Verifier, RefusesACountOutOfRange)
{
    SimulatedSystem sys(loadScenario("clean"));
    EXPECT_THROW(Verifier(sys).run({}, request("example.com", 443, 0)), std::invalid_argument);
    EXPECT_THROW(Verifier(sys).run({}, request("example.com", 0, 3)), std::invalid_argument);
}

TEST(Verifier, TheSessionKeepsTheVerificationThroughSaveAndLoad)
{
    test::TempDir dir;
    SimulatedSystem sys(loadScenario("lsp-adware"));
    SessionRecord session = detected(sys, intake("OUTLOOK.EXE", "example.com", 443));
    session.actions.push_back({"lsp-bypass:OUTLOOK.EXE", {}, "applied", "", "snap-1", "", ""});
    session.verification = Verifier(sys).run(session, request("example.com", 443, 3)).verification;
    ASSERT_FALSE(session.verification->nextSteps.empty());
    SessionStore store(dir.path());
    store.save(session);
    EXPECT_EQ(store.load(session.id), session);

    const nlohmann::json j = *session.verification;
    for (const char* key : {"time", "verdict", "reason", "attempts", "remainingFindings", "host", "port", "count",
                            "timeoutMs", "resolution", "comparison", "probes", "nextSteps", "cancelled"})
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_EQ(j["attempts"][0]["decoded"]["name"], "WSAEISCONN");
    EXPECT_EQ(j["comparison"]["socketScope"], "OUTLOOK.EXE");
}

TEST(Verifier, ReadsASessionVerificationOfTheFirstSchemaVersion)
{
    // Verifications saved before the comparison existed still load: the new fields are optional.
    const auto j = nlohmann::json::parse(R"({"time": "2026-11-24T18:00:00Z", "verdict": "fixed", "reason": "gone",
        "attempts": [{"resolved": true, "connected": true}], "remainingFindings": []})");
    const auto v = j.get<Verification>();
    EXPECT_EQ(v.verdict, "fixed");
    EXPECT_FALSE(v.comparison.compared);
    EXPECT_FALSE(v.resolution.has_value());
    ASSERT_EQ(v.attempts.size(), 1u);
    EXPECT_TRUE(v.attempts.front().errorName.empty());
}
