// Verifier across the veth pair, from namespace B to a service in namespace A: a closed port, a port that opens
// after "the fix", and a name that does not resolve. B has a default route and a DNS server of its own, so its
// only problem is the target and the verdicts are exact.
#include "NamespacePair.h"
#include "OwnerProcess.h"

#include "diagnostics/Detector.h"
#include "diagnostics/Rules.h"
#include "diagnostics/Verifier.h"
#include "diagnostics/platform/linux/LinuxSystem.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sys/socket.h>
#include <unistd.h>

using namespace wsafix;
using namespace wsafix::systemtest;
using namespace std::chrono_literals;

namespace {

class NamespaceVerify : public NamespacePair
{
protected:
    void SetUp() override
    {
        NamespacePair::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        b().ip({"route", "add", "default", "via", kAddressA});
        m_resolvConf = std::filesystem::temp_directory_path() / ("wsafix-verify-" + std::to_string(::getpid()));
        std::ofstream(m_resolvConf) << "nameserver " << kAddressA << "\n";
    }
    void TearDown() override
    {
        std::error_code ec;
        std::filesystem::remove(m_resolvConf, ec);
    }

    // B's machine as the probes see it, its DNS server from the test's resolv.conf.
    LinuxSystem system() const
    {
        LinuxSystem::Paths paths;
        paths.resolvConf = m_resolvConf.string();
        paths.resolvedConf = m_resolvConf.string();
        return LinuxSystem(paths);
    }

    // detect, then (after `fix`) verify, both from inside B.
    Verification detectFixVerify(const std::string& host, std::uint16_t port, const std::function<void()>& fix,
                                 SessionRecord& session)
    {
        inNamespace(b(), [&] {
            LinuxSystem sys = system();
            session = SessionRecord::start();
            session.system = sys.info();
            session.intake.host = host;
            session.intake.port = port;
            Detector detector(sys);
            detector.setTarget(host, port, 2000ms);
            session.inventory = detector.run();
            session.findings = evaluateRules(*session.inventory, session.intake);
            return 0;
        });
        if (fix)
            fix();
        return inNamespace(b(), [&] {
            LinuxSystem sys = system();
            VerifyRequest request;
            request.host = host;
            request.port = port;
            request.count = 4;
            request.timeout = 2000ms;
            return Verifier(sys).run(session, request).verification;
        });
    }

    // A TCP socket of namespace A bound to its veth address, not listening yet.
    lnx::UniqueFd boundInA()
    {
        return inNamespace(a(), [] { return lnx::UniqueFd(boundSocket(SOCK_STREAM, kAddressA, 0)); });
    }

private:
    std::filesystem::path m_resolvConf;
};

std::vector<std::string> findingIds(const SessionRecord& s)
{
    std::vector<std::string> ids;
    for (const auto& f : s.findings)
        ids.push_back(f.id);
    return ids;
}

} // namespace

TEST_F(NamespaceVerify, AClosedPortIsNotFixed)
{
    const lnx::UniqueFd socket = boundInA();
    ASSERT_TRUE(socket);
    const auto port = boundPort(socket.get());
    SessionRecord session;
    const Verification v = detectFixVerify(kAddressA, port, {}, session);
    EXPECT_EQ(findingIds(session), std::vector<std::string>{"target-unreachable"});
    EXPECT_EQ(v.verdict, "not-fixed") << v.reason;
    ASSERT_EQ(v.attempts.size(), 4u);
    EXPECT_EQ(v.attempts.front().errorName, "WSAECONNREFUSED");
    EXPECT_EQ(v.attempts.front().result.address, kAddressA);
    EXPECT_TRUE(v.comparison.compared);
    EXPECT_TRUE(v.comparison.adapterChanges.empty());
    EXPECT_EQ(v.nextSteps.front().kind, "check-target");
}

TEST_F(NamespaceVerify, APortThatOpensAfterTheFixIsFixed)
{
    const lnx::UniqueFd socket = boundInA();
    ASSERT_TRUE(socket);
    const auto port = boundPort(socket.get());
    SessionRecord session;
    const Verification v = detectFixVerify(
        kAddressA, port, [&] { ASSERT_EQ(::listen(socket.get(), 8), 0); }, session);
    EXPECT_EQ(findingIds(session), std::vector<std::string>{"target-unreachable"});
    EXPECT_EQ(v.verdict, "fixed") << v.reason;
    ASSERT_EQ(v.attempts.size(), 4u);
    for (const auto& a : v.attempts)
        EXPECT_TRUE(a.result.connected) << a.result.error;
    ASSERT_EQ(v.comparison.findings.size(), 1u);
    EXPECT_EQ(v.comparison.findings.front().status, "resolved");
}

TEST_F(NamespaceVerify, ANameThatDoesNotResolveIsNotAClosedPort)
{
    SessionRecord session;
    const Verification v = detectFixVerify("service.wsafix.invalid", 443, {}, session);
    EXPECT_EQ(v.verdict, "not-fixed");
    ASSERT_TRUE(v.resolution.has_value());
    EXPECT_FALSE(v.resolution->resolved);
    EXPECT_TRUE(v.attempts.empty());
    EXPECT_NE(v.reason.find("does not resolve"), std::string::npos) << v.reason;
}
