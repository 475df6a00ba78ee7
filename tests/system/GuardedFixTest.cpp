// The auto-revert guard for real: a fix that can cut the machine off runs in namespace A under a detached
// `wsafix guard` watchdog (the real executable); the change then "cuts the machine off" (the adapter goes down).
// Not confirmed, the watchdog restores the snapshot through the engine and journals it; confirmed, it leaves it.
#include "NamespacePair.h"
#include "NamespaceState.h"

#include "diagnostics/AtomicFile.h"
#include "diagnostics/ProcessRunner.h"
#include "diagnostics/fix/GuardLauncher.h"
#include "diagnostics/fix/Journal.h"
#include "diagnostics/fix/SnapshotStore.h"
#include "diagnostics/platform/linux/LinuxFixes.h"

#include "../linux/TempDir.h"

#include <thread>

using namespace wsafix;
using namespace wsafix::systemtest;
using namespace std::chrono_literals;

namespace {

class GuardedFix : public NamespacePair
{
protected:
    /// Applies restart-adapter:va in namespace A with the watchdog armed (it inherits the namespace).
    FixReport applyGuarded(std::optional<AutoRevertGuard>& armed)
    {
        return inNamespace(a(), [&] {
            auto processRunner = createProcessRunner(defaultAllowList());
            FixFactory factory("linux");
            lnx::registerLinuxFixes(factory, *processRunner, lnx::LinuxFixPaths{});
            SnapshotStore store(m_dir.path());
            Journal journal(m_dir.path() + "/journal");
            FixRunner runner(store, journal, "linux");
            m_settings.executable = WSAFIX_EXE;
            m_settings.stateDir = m_dir.path();
            m_settings.timeout = 5s;
            const auto fix = factory.create("restart-adapter:va");
            return runner.apply(*fix, guardBeforeChange(m_settings, *fix, armed));
        });
    }

    /// The change cut the machine off: its adapter is down now.
    void cutOff() { a().ip({"link", "set", "dev", "va", "down"}); }

    std::vector<JournalRecord> journalRecords() const { return Journal(m_dir.path() + "/journal").records(); }

    test::TempDir m_dir;
    GuardSettings m_settings;
};

} // namespace

TEST_F(GuardedFix, NotConfirmedTheWatchdogRestoresTheSnapshot)
{
    const auto before = namespaceState(a());
    std::optional<AutoRevertGuard> armed;
    const FixReport applied = applyGuarded(armed);
    ASSERT_EQ(applied.outcome, "applied") << applied.detail;
    ASSERT_TRUE(armed) << "restart-adapter can cut the machine off: the guard must arm";
    EXPECT_TRUE(armed->watching());
    cutOff();
    EXPECT_EQ(operState(a(), "va"), "DOWN");

    const auto outcome = armed->waitForOutcome(60s);
    ASSERT_TRUE(outcome) << "no word from the watchdog; its log: " << (armed->folder() / "guard.log");
    EXPECT_EQ(outcome->outcome, "restored") << outcome->detail;
    EXPECT_NE(outcome->detail.find("not confirmed within 5 s"), std::string::npos) << outcome->detail;
    EXPECT_EQ(waitForState(a(), before), before);
    // Journaled through the engine: a restore entry of this snapshot, begun and ended "rolled-back".
    bool begun = false, ended = false;
    for (const auto& r : journalRecords()) {
        if (r.event == "begin" && r.what == "restore" && r.snapshotId == applied.snapshotId)
            begun = true;
        if (begun && r.event == "end" && r.txn.rfind("restore-" + applied.snapshotId, 0) == 0)
            ended = r.what == "rolled-back";
    }
    EXPECT_TRUE(begun && ended);
    EXPECT_TRUE(Journal(m_dir.path() + "/journal").openEntries().empty());
}

TEST_F(GuardedFix, ConfirmedTheWatchdogLeavesTheChange)
{
    std::optional<AutoRevertGuard> armed;
    const FixReport applied = applyGuarded(armed);
    ASSERT_EQ(applied.outcome, "applied") << applied.detail;
    ASSERT_TRUE(armed);
    cutOff();
    armed->confirm();
    const auto outcome = armed->waitForOutcome(30s);
    ASSERT_TRUE(outcome) << "no word from the watchdog; its log: " << (armed->folder() / "guard.log");
    EXPECT_EQ(outcome->outcome, "confirmed") << outcome->detail;
    // Well past the deadline, nothing was put back.
    std::this_thread::sleep_for(m_settings.timeout + 1s);
    EXPECT_EQ(operState(a(), "va"), "DOWN");
    for (const auto& r : journalRecords())
        EXPECT_NE(r.what, "restore");
}

TEST_F(GuardedFix, TheCliConfirmsAfterItsOwnCheck)
{
    const auto before = namespaceState(a());
    const auto exitCode = inNamespace(a(), [&] {
        auto runner =
            createProcessRunner(AllowList({"wsafix"}, {std::filesystem::path(WSAFIX_EXE).parent_path().string()}));
        CommandOptions options;
        options.timeout = 60s;
        const auto r = runner->run(
            {"wsafix", "fix", "restart-adapter:va", "--yes", "--guard-timeout", "5", "--state-dir", m_dir.path()},
            options);
        EXPECT_TRUE(r.started) << r.error;
        EXPECT_NE(r.out.find("restart-adapter:va: applied"), std::string::npos) << r.out << r.err;
        return r.exitCode;
    });
    EXPECT_EQ(exitCode, 0);
    EXPECT_EQ(waitForState(a(), before), before);
    // The watchdog it armed was confirmed and stood down.
    std::size_t outcomes = 0;
    for (const auto& guard : std::filesystem::directory_iterator(std::filesystem::path(m_dir.path()) / "guard")) {
        const auto text = readFile(guard.path() / "outcome", 65536);
        EXPECT_NE(text.find("\"outcome\": \"confirmed\""), std::string::npos) << text;
        ++outcomes;
    }
    EXPECT_EQ(outcomes, 1u);
}
