// Every Linux fix against a real network stack in namespaces: apply → the state changed as
// intended → rollback → `ip -j addr/link/route` (and the files touched) identical to before.
#include "NamespacePair.h"
#include "NamespaceState.h"

#include "diagnostics/AtomicFile.h"
#include "diagnostics/ProcessRunner.h"
#include "diagnostics/fix/FixRunner.h"
#include "diagnostics/fix/Journal.h"
#include "diagnostics/fix/SnapshotStore.h"
#include "diagnostics/platform/linux/LinuxFixes.h"

#include "../linux/TempDir.h"

#include <sys/stat.h>

using namespace wsafix;
using namespace wsafix::systemtest;

namespace {

class FixRoundTrip : public NamespacePair
{
protected:
    void SetUp() override
    {
        NamespacePair::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        // A static configuration beyond the fixture's: a second address, routes via a gateway.
        a().ip({"addr", "add", "10.199.0.11/24", "dev", "va"});
        a().ip({"route", "add", "10.199.5.0/24", "via", kAddressB, "dev", "va"});
        a().ip({"route", "add", "10.199.6.0/24", "dev", "va", "proto", "static", "metric", "50"});
        a().ip({"-6", "route", "add", "fd00:5::/64", "via", kAddress6B, "dev", "va"});
        m_preload = m_dir.write("ld.so.preload", "# test preload\n/usr/lib/libkeep.so\n/usr/lib/libfake.so\n");
        ::chmod(m_preload.c_str(), 0640);
        m_paths.preload = m_preload;
    }

    /// Runs `body(factory, runner)` inside namespace A with a fresh factory and runner.
    template <class F> auto inA(F&& body)
    {
        return inNamespace(a(), [&] {
            auto processRunner = createProcessRunner(defaultAllowList());
            FixFactory factory("linux");
            lnx::registerLinuxFixes(factory, *processRunner, m_paths);
            SnapshotStore store(m_dir.path());
            Journal journal(m_dir.path() + "/journal");
            FixRunner runner(store, journal, "linux");
            return body(factory, runner, store);
        });
    }

    std::string preloadBytes() const { return readFile(m_preload, 1 << 20); }

    test::TempDir m_dir;
    std::string m_preload;
    lnx::LinuxFixPaths m_paths;
};

bool ran(const FixReport& r, const std::string& command)
{
    return std::find(r.commands.begin(), r.commands.end(), command) != r.commands.end();
}

} // namespace

TEST_F(FixRoundTrip, RestartAdapterKeepsTheStaticConfigurationAndRollsBack)
{
    const auto before = namespaceState(a());
    const FixReport applied =
        inA([](FixFactory& f, FixRunner& r, SnapshotStore&) { return r.apply(*f.create("restart-adapter:va")); });
    ASSERT_EQ(applied.outcome, "applied") << applied.detail;
    // Restarted: down and up ran, and what the kernel dropped on the way was put back.
    EXPECT_TRUE(ran(applied, "ip link set dev va down"));
    EXPECT_TRUE(ran(applied, "ip link set dev va up"));
    EXPECT_TRUE(ran(applied, "ip -6 addr add fd00:199::1/64 dev va scope global nodad"))
        << testing::PrintToString(applied.commands);
    EXPECT_TRUE(ran(applied, "ip -4 route add 10.199.5.0/24 via 10.199.0.2 dev va"));
    EXPECT_EQ(waitForState(a(), before), before);

    const FixReport back = inA([&](FixFactory& f, FixRunner& r, SnapshotStore& s) {
        return r.restore(*f.create("restart-adapter:va"), s.load(applied.snapshotId));
    });
    EXPECT_EQ(back.outcome, "restored") << back.detail;
    EXPECT_EQ(waitForState(a(), before), before);
}

TEST_F(FixRoundTrip, RestartAdapterBringsADownInterfaceUpAndRollbackTakesItDown)
{
    a().ip({"link", "set", "dev", "va", "down"});
    const auto before = namespaceState(a());
    const FixReport applied =
        inA([](FixFactory& f, FixRunner& r, SnapshotStore&) { return r.apply(*f.create("restart-adapter:va")); });
    ASSERT_EQ(applied.outcome, "applied") << applied.detail;
    EXPECT_TRUE(waitFor([&] { return operState(a(), "va") == "UP"; }));
    EXPECT_NE(namespaceState(a()), before);
    const FixReport back = inA([&](FixFactory& f, FixRunner& r, SnapshotStore& s) {
        return r.restore(*f.create("restart-adapter:va"), s.load(applied.snapshotId));
    });
    EXPECT_EQ(back.outcome, "restored") << back.detail;
    EXPECT_EQ(waitForState(a(), before), before);
}

TEST_F(FixRoundTrip, ReapplyIpKeepsAStaticAddressAndRollsBack)
{
    const auto before = namespaceState(a());
    const FixReport applied =
        inA([](FixFactory& f, FixRunner& r, SnapshotStore&) { return r.apply(*f.create("reapply-ip:va")); });
    ASSERT_EQ(applied.outcome, "applied") << applied.detail;
    EXPECT_TRUE(ran(applied, "ip addr flush dev va scope global"));
    EXPECT_TRUE(ran(applied, "ip -4 addr add 10.199.0.11/24 dev va scope global secondary") ||
                ran(applied, "ip -4 addr add 10.199.0.11/24 dev va scope global"))
        << testing::PrintToString(applied.commands);
    // The static addresses survived: the state is the one before, address for address.
    EXPECT_EQ(waitForState(a(), before), before);

    // A change made after the fix is undone by restoring its snapshot.
    a().ip({"addr", "add", "10.199.0.99/24", "dev", "va"});
    a().ip({"route", "del", "10.199.6.0/24", "dev", "va"});
    EXPECT_NE(namespaceState(a()), before);
    const FixReport back = inA([&](FixFactory& f, FixRunner& r, SnapshotStore& s) {
        return r.restore(*f.create("reapply-ip:va"), s.load(applied.snapshotId));
    });
    EXPECT_EQ(back.outcome, "restored") << back.detail;
    EXPECT_EQ(waitForState(a(), before), before);
}

TEST_F(FixRoundTrip, RemovePreloadRewritesOnlyThatEntryAndRollsBackByteForByte)
{
    const auto before = namespaceState(a());
    const std::string bytes = preloadBytes();
    const FixReport applied = inA([](FixFactory& f, FixRunner& r, SnapshotStore&) {
        return r.apply(*f.create("remove-preload:/usr/lib/libfake.so"));
    });
    ASSERT_EQ(applied.outcome, "applied") << applied.detail;
    EXPECT_EQ(preloadBytes(), "# test preload\n/usr/lib/libkeep.so\n");
    const FixReport back = inA([&](FixFactory& f, FixRunner& r, SnapshotStore& s) {
        return r.restore(*f.create("remove-preload:/usr/lib/libfake.so"), s.load(applied.snapshotId));
    });
    EXPECT_EQ(back.outcome, "restored") << back.detail;
    EXPECT_EQ(preloadBytes(), bytes);
    struct stat st
    {
    };
    ASSERT_EQ(::stat(m_preload.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0640u);
    EXPECT_EQ(namespaceState(a()), before);
}

TEST_F(FixRoundTrip, ServiceAndDnsFixesSayWhyTheyCannotRunWithoutSystemd)
{
    std::error_code ec;
    if (std::filesystem::exists("/run/systemd/system", ec))
        GTEST_SKIP() << "systemd runs here; the tests do not restart a real service or flush a real cache";
    const auto before = namespaceState(a());
    const auto reports = inA([](FixFactory& f, FixRunner& r, SnapshotStore&) {
        return std::vector<FixReport>{r.apply(*f.create("restart-service:ssh.service")),
                                      r.apply(*f.create("flush-dns"))};
    });
    EXPECT_EQ(reports[0].outcome, "unavailable");
    EXPECT_NE(reports[0].detail.find("systemd is not running"), std::string::npos) << reports[0].detail;
    EXPECT_EQ(reports[1].outcome, "unavailable");
    EXPECT_NE(reports[1].detail.find("systemd-resolved is not running"), std::string::npos) << reports[1].detail;
    EXPECT_TRUE(reports[0].commands.empty() && reports[1].commands.empty());
    EXPECT_EQ(namespaceState(a()), before);
}

TEST_F(FixRoundTrip, HostileInterfaceNamesTravelAsOneArgument)
{
    const std::string hostile = "h'\"&|$\xc3\xa9;1";
    a().ip({"link", "add", hostile, "type", "veth", "peer", "name", "h-peer"});
    a().ip({"addr", "add", "10.198.0.1/24", "dev", hostile});
    a().ip({"link", "set", "dev", "h-peer", "up"});
    a().ip({"link", "set", "dev", hostile, "up"});
    // Its link-local address is tentative until duplicate address detection ends: compare settled states.
    ASSERT_TRUE(waitFor([&] { return a().ip({"-j", "addr", "show"}).find("tentative") == std::string::npos; }));
    const auto before = namespaceState(a());
    const FixReport applied = inA(
        [&](FixFactory& f, FixRunner& r, SnapshotStore&) { return r.apply(*f.create("restart-adapter:" + hostile)); });
    ASSERT_EQ(applied.outcome, "applied") << applied.detail;
    EXPECT_TRUE(ran(applied, "ip link set dev 'h'\\''\"&|$\xc3\xa9;1' down"))
        << testing::PrintToString(applied.commands);
    EXPECT_EQ(waitForState(a(), before), before);
    inA([](FixFactory& f, FixRunner&, SnapshotStore&) {
        EXPECT_THROW(f.create("restart-adapter:va\nreboot"), FixIdError);
        EXPECT_THROW(f.create("restart-adapter:va%d"), FixIdError);
        EXPECT_THROW(f.create("restart-service:a;reboot"), FixIdError);
        return 0;
    });
}
