// flush-dns, restart-service, restart-adapter and lsp-bypass run through FixRunner as `wsafix fix` runs them: what
// Wine can do runs for real (the Spooler service restarts), what it stubs is "could not verify" or "unavailable".
#include "FixHarness.h"
#include "HostileArguments.h"
#include "WineDetection.h"

#include "diagnostics/fix/FixSteps.h"
#include "diagnostics/platform/windows/FlushDnsFix.h"
#include "diagnostics/platform/windows/IpConfiguration.h"
#include "diagnostics/platform/windows/LspBypassFix.h"
#include "diagnostics/platform/windows/RestartAdapterFix.h"
#include "diagnostics/platform/windows/RestartServiceFix.h"
#include "diagnostics/platform/windows/ServiceControl.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <gtest/gtest.h>

#include <chrono>

using namespace wsafix;
using namespace std::chrono_literals;

namespace {

// Wine's print spooler: a real service process (spoolsv.exe) that starts and stops on request.
constexpr const char* kService = "Spooler";

std::string serviceState(const std::string& name)
{
    std::string error;
    const auto status = win::queryService(name, error);
    return status ? status->state : "unknown: " + error;
}

std::string thisProgram()
{
    std::wstring path(MAX_PATH, L'\0');
    path.resize(GetModuleFileNameW(nullptr, path.data(), static_cast<DWORD>(path.size())));
    return win::toUtf8(path);
}

} // namespace

TEST(FlushDnsFix, IsReportedAsWhatTheSystemCanProve)
{
    test::FixHarness harness;
    win::FlushDnsFix fix;
    EXPECT_TRUE(fix.unavailable().empty());
    const FixReport report = harness.runner().apply(fix);
    EXPECT_EQ(report.commands, (std::vector<std::string>{"DnsFlushResolverCache"}));
    if (test::runningUnderWine()) {
        EXPECT_EQ(report.outcome, "could-not-verify") << report.detail;
        EXPECT_NE(report.detail.find("Wine"), std::string::npos) << report.detail;
    } else {
        EXPECT_EQ(report.outcome, "applied") << report.detail;
    }
    EXPECT_TRUE(harness.journal().openEntries().empty());
}

TEST(RestartServiceFix, RestartsARealServiceAndRestoresItsState)
{
    const std::string before = serviceState(kService);
    ASSERT_TRUE(before == "running" || before == "stopped") << before;
    test::FixHarness harness;
    win::RestartServiceFix fix(kService);
    EXPECT_TRUE(fix.unavailable().empty()) << fix.unavailable();
    const FixReport report = harness.runner().apply(fix);
    EXPECT_EQ(report.outcome, "applied") << report.detail;
    EXPECT_EQ(report.commands, (std::vector<std::string>{std::string("stop the service ") + kService,
                                                         std::string("start the service ") + kService}));
    EXPECT_EQ(serviceState(kService), "running");

    // Restoring the snapshot puts the service back as it was (stopped, if it was).
    const Snapshot snapshot = harness.snapshots().load(report.snapshotId);
    const FixReport restore = harness.runner().restore(fix, snapshot);
    EXPECT_EQ(restore.outcome, "restored") << restore.detail;
    EXPECT_EQ(serviceState(kService), before);
    EXPECT_TRUE(harness.journal().openEntries().empty());
}

TEST(RestartServiceFix, RollbackStopsAServiceThatWasStopped)
{
    ASSERT_EQ(win::startService(kService, 10s).status, win::ActionStatus::Done);
    win::RestartServiceFix fix(kService);
    Snapshot stopped;
    stopped.id = "test";
    stopped.parts.push_back(SnapshotPart::json("service", {{"name", kService}, {"state", "stopped"}}));
    EXPECT_EQ(fix.restored(stopped).result, FixCheck::Result::Failed);
    FixSteps steps(nullptr, "test");
    fix.rollback(stopped, steps);
    EXPECT_EQ(serviceState(kService), "stopped");
    EXPECT_EQ(fix.restored(stopped).result, FixCheck::Result::Verified);
}

TEST(RestartServiceFix, AServiceThatDoesNotExistIsUnavailableWhateverItsName)
{
    test::FixHarness harness;
    for (const auto& name : test::hostileArguments()) {
        win::RestartServiceFix fix("wsafix-test " + name);
        const FixReport report = harness.runner().apply(fix);
        EXPECT_EQ(report.outcome, "unavailable") << name;
        EXPECT_NE(report.detail.find("wsafix-test " + name), std::string::npos) << report.detail;
        EXPECT_TRUE(report.commands.empty());
    }
    EXPECT_TRUE(harness.snapshots().list().empty()) << "nothing was captured for a fix that cannot run";
}

TEST(RestartAdapterFix, IsAddressedByGuidAndUnavailableWithoutTheDevice)
{
    const auto adapters = win::captureIpConfiguration();
    ASSERT_TRUE(adapters.available()) << adapters.status.reason;
    ASSERT_FALSE(adapters.value.empty());
    test::FixHarness harness;
    for (const std::string& guid :
         {adapters.value.front().guid, std::string("{0BADF00D-0000-0000-0000-000000000000}")}) {
        if (!test::runningUnderWine() && guid == adapters.value.front().guid)
            continue; // on Windows this would restart a real adapter
        win::RestartAdapterFix fix(guid);
        EXPECT_EQ(fix.id(), "restart-adapter:" + guid);
        const FixReport report = harness.runner().apply(fix);
        EXPECT_EQ(report.outcome, "unavailable") << report.detail;
        EXPECT_NE(report.detail.find("no such device"), std::string::npos) << report.detail;
        EXPECT_NE(report.detail.find(guid), std::string::npos) << report.detail;
    }
}

TEST(LspBypassFix, UnderWineTheStubbedSetterIsCouldNotVerify)
{
    if (!test::runningUnderWine())
        GTEST_SKIP() << "on Windows this would change which providers this program loads";
    test::FixHarness harness;
    win::LspBypassFix fix(thisProgram());
    const FixReport report = harness.runner().apply(fix);
    EXPECT_EQ(report.outcome, "could-not-verify") << report.detail;
    EXPECT_NE(report.detail.find("WSCGetApplicationCategory"), std::string::npos) << report.detail;
    const Snapshot snapshot = harness.snapshots().load(report.snapshotId);
    EXPECT_NE(snapshot.jsonPart("lsp-categories").value("unreadable", "").find("WSCGetApplicationCategory"),
              std::string::npos)
        << "the snapshot says why the previous categories are unknown";
}

TEST(LspBypassFix, AProgramThatDoesNotExistIsUnavailable)
{
    test::FixHarness harness;
    win::LspBypassFix fix("C:\\wsafix-no-such-directory\\app & \"x\".exe");
    const FixReport report = harness.runner().apply(fix);
    EXPECT_EQ(report.outcome, "unavailable") << report.detail;
    EXPECT_TRUE(report.commands.empty());
    EXPECT_NE(report.detail.find("no program at 'C:\\wsafix-no-such-directory\\app & \"x\".exe'"), std::string::npos)
        << report.detail;
}
