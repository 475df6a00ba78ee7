// Verifier on this machine against real loopback sockets: a closed port, a port that opens after "the fix",
// and a name that does not resolve (.invalid, answered without a query).
#include "LoopbackSockets.h"

#include "diagnostics/Detector.h"
#include "diagnostics/Rules.h"
#include "diagnostics/Verifier.h"
#include "diagnostics/platform/linux/LinuxSystem.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <netinet/in.h>
#include <sys/socket.h>

using namespace wsafix;
using namespace wsafix::test;
using namespace std::chrono_literals;

namespace {

SessionRecord detected(System& sys, const std::string& host, std::uint16_t port)
{
    SessionRecord r = SessionRecord::start();
    r.system = sys.info();
    r.intake.host = host;
    r.intake.port = port;
    Detector detector(sys);
    detector.setTarget(host, port, 2000ms);
    r.inventory = detector.run();
    r.findings = evaluateRules(*r.inventory, r.intake);
    return r;
}

VerifyRequest request(const std::string& host, std::uint16_t port)
{
    VerifyRequest r;
    r.host = host;
    r.port = port;
    r.count = 3;
    r.timeout = 2000ms;
    return r;
}

std::string statusOf(const Verification& v, const std::string& id)
{
    for (const auto& f : v.comparison.findings)
        if (f.finding.id == id)
            return f.status;
    return "absent";
}

// What this machine has wrong besides the target (a CI machine without a gateway, say) stays wrong.
bool onlyTheTargetWasWrong(const SessionRecord& s)
{
    return std::all_of(s.findings.begin(), s.findings.end(),
                       [](const Finding& f) { return f.id == "target-unreachable"; });
}

} // namespace

TEST(VerifierLoopback, AClosedPortIsNotFixedAndTheRefusalIsDecoded)
{
    LinuxSystem sys;
    const UniqueFd closed = tcpBound(AF_INET, -1); // bound, never listening: connections are refused
    const auto port = localPort(closed.get());
    const SessionRecord session = detected(sys, "127.0.0.1", port);
    const Verification v = Verifier(sys).run(session, request("127.0.0.1", port)).verification;
    EXPECT_EQ(v.verdict, "not-fixed");
    ASSERT_TRUE(v.resolution && v.resolution->resolved);
    ASSERT_EQ(v.attempts.size(), 3u);
    for (const auto& a : v.attempts) {
        EXPECT_FALSE(a.result.connected);
        EXPECT_EQ(a.result.error, "ECONNREFUSED");
        EXPECT_EQ(a.errorName, "WSAECONNREFUSED");
        EXPECT_EQ(a.errorCatalogCode, 10061u);
    }
    EXPECT_EQ(statusOf(v, "target-unreachable"), "still-present");
    EXPECT_EQ(v.nextSteps.front().kind, "check-target");
    EXPECT_NE(v.nextSteps.front().text.find("Nothing listens on port " + std::to_string(port)), std::string::npos);
}

TEST(VerifierLoopback, APortThatOpensAfterTheFixIsFixed)
{
    LinuxSystem sys;
    const UniqueFd socket = tcpBound(AF_INET, -1);
    const auto port = localPort(socket.get());
    const SessionRecord session = detected(sys, "127.0.0.1", port);
    ASSERT_TRUE(std::any_of(session.findings.begin(), session.findings.end(),
                            [](const Finding& f) { return f.id == "target-unreachable"; }));

    ASSERT_EQ(::listen(socket.get(), 8), 0); // the fix: the service starts
    const Verification v = Verifier(sys).run(session, request("127.0.0.1", port)).verification;
    ASSERT_EQ(v.attempts.size(), 3u);
    for (const auto& a : v.attempts) {
        EXPECT_TRUE(a.result.connected) << a.result.error;
        EXPECT_LT(a.result.milliseconds, 2000.0);
    }
    EXPECT_EQ(statusOf(v, "target-unreachable"), "resolved");
    EXPECT_EQ(v.verdict, onlyTheTargetWasWrong(session) ? "fixed" : "not-fixed") << v.reason;
}

TEST(VerifierLoopback, ANameThatDoesNotResolveIsToldApartFromAClosedPort)
{
    LinuxSystem sys;
    const SessionRecord session = detected(sys, "wsafix-test.invalid", 443);
    const Verification v = Verifier(sys).run(session, request("wsafix-test.invalid", 443)).verification;
    ASSERT_TRUE(v.resolution.has_value());
    EXPECT_FALSE(v.resolution->resolved);
    EXPECT_TRUE(v.attempts.empty());
    EXPECT_EQ(v.verdict, "not-fixed");
    EXPECT_NE(v.reason.find("The name wsafix-test.invalid does not resolve"), std::string::npos) << v.reason;
    EXPECT_EQ(statusOf(v, "target-unreachable"), "still-present");
    const auto name = std::find_if(v.remainingFindings.begin(), v.remainingFindings.end(),
                                   [](const Finding& f) { return f.id == "target-unreachable"; });
    ASSERT_NE(name, v.remainingFindings.end());
    EXPECT_EQ(name->title, "The name wsafix-test.invalid does not resolve") << "about the name, not the port";
}

TEST(VerifierLoopback, ResolvesNamesOnItsOwn)
{
    LinuxSystem sys;
    const auto local = sys.resolve("localhost", 2000ms);
    ASSERT_TRUE(local.available());
    EXPECT_TRUE(local.value.resolved) << local.value.error;
    EXPECT_TRUE(std::any_of(local.value.addresses.begin(), local.value.addresses.end(),
                            [](const std::string& a) { return a == "127.0.0.1" || a == "::1"; }));
    const auto invalid = sys.resolve("x.invalid", 2000ms);
    EXPECT_FALSE(invalid.value.resolved);
    EXPECT_EQ(invalid.value.milliseconds, 0.0) << "answered without a query";
    EXPECT_FALSE(invalid.value.error.empty());
}
