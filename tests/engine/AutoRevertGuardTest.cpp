// The auto-revert watchdog's protocol, in one process: the watchdog on a thread, the caller on the test's thread.
// (The detached `wsafix guard` process and a real network are covered by tests/system/GuardedFixTest.cpp.)
#include "diagnostics/fix/AutoRevertGuard.h"

#include "diagnostics/AtomicFile.h"
#include "diagnostics/fix/GuardLauncher.h"
#include "diagnostics/fix/Journal.h"
#include "diagnostics/fix/SnapshotStore.h"

#include "TestScenarios.h"

#include <gtest/gtest.h>

#include <atomic>
#include <future>

using namespace wsafix;
using namespace std::chrono_literals;

namespace {

class AutoRevertGuardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Snapshot s;
        s.fixId = "restart-adapter:eth9";
        s.machine = "strings";
        s.parts.push_back(SnapshotPart::raw("text", "before"));
        m_store.save(s);
        m_snapshot = s;
    }

    /// Starts the watchdog on a thread; its restore counts calls and reports `restoreOutcome`.
    std::future<GuardOutcome> watch(std::chrono::seconds timeout, std::string machine = "strings",
                                    std::string sha256 = {})
    {
        return std::async(std::launch::async, [this, timeout, machine, sha256] {
            AutoRevertGuard watchdog(m_dir.path(), m_snapshot.id);
            return watchdog.watch(
                m_store, m_journal, machine, timeout,
                [this](const Snapshot& s) {
                    ++m_restores;
                    EXPECT_EQ(s.part("text").bytes, "before");
                    FixReport r;
                    r.fixId = s.fixId;
                    r.snapshotId = s.id;
                    r.outcome = "restored";
                    r.detail = "restored snapshot " + s.id;
                    r.machineState = "as before the fix";
                    return r;
                },
                sha256);
        });
    }

    void beginApply()
    {
        JournalRecord r;
        r.event = "begin";
        r.txn = m_snapshot.id;
        r.what = "apply";
        r.fixId = m_snapshot.fixId;
        r.snapshotId = m_snapshot.id;
        r.machine = "strings";
        m_journal.append(r);
    }

    void endApply()
    {
        JournalRecord r;
        r.event = "end";
        r.txn = m_snapshot.id;
        r.what = "applied";
        m_journal.append(r);
    }

    test::TempDir m_dir;
    SnapshotStore m_store{m_dir.path()};
    Journal m_journal{m_dir.path() / "journal"};
    Snapshot m_snapshot;
    std::atomic<int> m_restores{0};
};

} // namespace

TEST_F(AutoRevertGuardTest, ConfirmedInTimeStandsDownWithoutTouchingAnything)
{
    AutoRevertGuard guard(m_dir.path(), m_snapshot.id);
    guard.arm(m_snapshot.fixId, 20s);
    auto watchdog = watch(20s);
    ASSERT_TRUE(guard.waitUntilWatching(10s));
    EXPECT_FALSE(guard.outcome());
    guard.confirm();
    ASSERT_EQ(watchdog.wait_for(10s), std::future_status::ready);
    const GuardOutcome o = watchdog.get();
    EXPECT_EQ(o.outcome, "confirmed") << o.detail;
    EXPECT_EQ(m_restores, 0);
    ASSERT_TRUE(guard.outcome());
    EXPECT_EQ(guard.outcome()->outcome, "confirmed");
}

TEST_F(AutoRevertGuardTest, NotConfirmedInTimeRestoresTheSnapshot)
{
    AutoRevertGuard guard(m_dir.path(), m_snapshot.id);
    guard.arm(m_snapshot.fixId, 1s);
    const auto start = std::chrono::steady_clock::now();
    auto watchdog = watch(1s);
    ASSERT_EQ(watchdog.wait_for(20s), std::future_status::ready);
    const GuardOutcome o = watchdog.get();
    EXPECT_GE(std::chrono::steady_clock::now() - start, 1s);
    EXPECT_EQ(o.outcome, "restored") << o.detail;
    EXPECT_NE(o.detail.find("not confirmed within 1 s"), std::string::npos) << o.detail;
    EXPECT_EQ(m_restores, 1);
    ASSERT_TRUE(o.restore);
    EXPECT_EQ(o.restore->snapshotId, m_snapshot.id);
    // What the caller reads back from disk, e.g. the wizard's "Keep these changes?" dialog.
    ASSERT_TRUE(guard.outcome());
    EXPECT_EQ(guard.outcome()->outcome, "restored");
    EXPECT_EQ(guard.outcome()->detail, o.detail);
}

TEST_F(AutoRevertGuardTest, RevertNowRestoresBeforeTheDeadline)
{
    AutoRevertGuard guard(m_dir.path(), m_snapshot.id);
    guard.arm(m_snapshot.fixId, 600s);
    auto watchdog = watch(600s);
    ASSERT_TRUE(guard.waitUntilWatching(10s));
    guard.requestRevert();
    ASSERT_EQ(watchdog.wait_for(10s), std::future_status::ready);
    const GuardOutcome o = watchdog.get();
    EXPECT_EQ(o.outcome, "restored");
    EXPECT_NE(o.detail.find("a revert was asked for"), std::string::npos) << o.detail;
    EXPECT_EQ(m_restores, 1);
}

TEST_F(AutoRevertGuardTest, NeverRestoresUnderAFixThatIsStillApplying)
{
    beginApply();
    AutoRevertGuard guard(m_dir.path(), m_snapshot.id);
    guard.arm(m_snapshot.fixId, 1s);
    auto watchdog = watch(1s);
    // Past the deadline, the apply is still open: the watchdog waits.
    EXPECT_EQ(watchdog.wait_for(2500ms), std::future_status::timeout);
    EXPECT_EQ(m_restores, 0);
    endApply();
    ASSERT_EQ(watchdog.wait_for(10s), std::future_status::ready);
    EXPECT_EQ(watchdog.get().outcome, "restored");
    EXPECT_EQ(m_restores, 1);
}

TEST_F(AutoRevertGuardTest, RefusesASnapshotOfAnotherMachineAndChangesNothing)
{
    AutoRevertGuard guard(m_dir.path(), m_snapshot.id);
    guard.arm(m_snapshot.fixId, 1s);
    auto watchdog = watch(1s, "linux");
    ASSERT_EQ(watchdog.wait_for(10s), std::future_status::ready);
    const GuardOutcome o = watchdog.get();
    EXPECT_EQ(o.outcome, "refused");
    EXPECT_NE(o.detail.find("not on linux"), std::string::npos) << o.detail;
    EXPECT_EQ(m_restores, 0);
    // The caller waiting for the watchdog to watch hears the refusal instead of waiting for nothing.
    EXPECT_FALSE(guard.waitUntilWatching(1s));
}

TEST_F(AutoRevertGuardTest, RefusesADamagedSnapshot)
{
    std::filesystem::path part;
    for (const auto& entry : std::filesystem::directory_iterator(m_store.folder() / m_snapshot.id))
        if (entry.path().filename().string().rfind("manifest", 0) != 0)
            part = entry.path();
    ASSERT_FALSE(part.empty());
    writeFileAtomically(part, "tampered");
    auto watchdog = watch(1s);
    ASSERT_EQ(watchdog.wait_for(10s), std::future_status::ready);
    EXPECT_EQ(watchdog.get().outcome, "refused");
    EXPECT_EQ(m_restores, 0);
}

TEST_F(AutoRevertGuardTest, ASnapshotIdThatIsNotOneIsRefusedBeforeAnyFileIsTouched)
{
    EXPECT_THROW(AutoRevertGuard(m_dir.path(), "../../etc"), GuardError);
    EXPECT_THROW(AutoRevertGuard(m_dir.path(), ""), GuardError);
}

TEST_F(AutoRevertGuardTest, TheWatchdogRestoresOnlyTheSnapshotWhoseHashItWasGiven)
{
    // The snapshot swapped after it was saved (hashes recomputed): not the one the arming process named.
    const GuardOutcome refused = watch(1s, "strings", std::string(64, '0')).get();
    EXPECT_EQ(refused.outcome, "refused") << refused.detail;
    EXPECT_NE(refused.detail.find("not the one the fix step took"), std::string::npos) << refused.detail;
    EXPECT_EQ(m_restores, 0);
    // The right hash: watched and, unconfirmed, restored.
    const GuardOutcome restored = watch(1s, "strings", m_snapshot.manifestSha256).get();
    EXPECT_EQ(restored.outcome, "restored") << restored.detail;
    EXPECT_EQ(m_restores, 1);
}

TEST(GuardLauncher, PinsTheSnapshotByItsManifestHash)
{
    GuardSettings settings;
    settings.stateDir = "/home/u/.local/state/wsafix";
    settings.timeout = 45s;
    const auto args = guardArguments(settings, "snap-1", "ab12");
    ASSERT_GE(args.size(), 2u);
    EXPECT_EQ(args[args.size() - 2], "--sha256");
    EXPECT_EQ(args.back(), "ab12");
}

TEST(GuardLauncher, StartsTheWatchdogWithAnArgvListOfItsSession)
{
    GuardSettings settings;
    settings.stateDir = "/var/tmp/wsafix state";
    settings.scenario = "lsp-adware";
    settings.sessionId = "20260101T000000Z-abcd";
    settings.timeout = 45s;
    EXPECT_EQ(guardArguments(settings, "snap-1"),
              (std::vector<std::string>{"guard", "--snapshot", "snap-1", "--timeout", "45", "--state-dir",
                                        "/var/tmp/wsafix state", "--session", "20260101T000000Z-abcd", "--scenario",
                                        "lsp-adware"}));
}
