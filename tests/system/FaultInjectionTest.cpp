// Crash safety: a child process applies a fix and is killed (SIGKILL) right after journal record
// N, for every N; the next run (recover) must roll back, and the namespace's `ip -j` state and the
// preload file must then be identical to the snapshot. Kills inside the recovery itself are
// covered too. The kill point comes from tests/system/FixFaultChild.cpp only (see its comment).
#include "NamespacePair.h"
#include "NamespaceState.h"

#include "diagnostics/AtomicFile.h"

#include "../linux/TempDir.h"

#include <iostream>
#include <sstream>

using namespace wsafix;
using namespace wsafix::systemtest;

namespace {

class FaultInjection : public NamespacePair
{
protected:
    void SetUp() override
    {
        NamespacePair::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        a().ip({"addr", "add", "10.199.0.11/24", "dev", "va"});
        a().ip({"route", "add", "10.199.5.0/24", "via", kAddressB, "dev", "va"});
        a().ip({"-6", "route", "add", "fd00:5::/64", "via", kAddress6B, "dev", "va"});
        m_preload = m_dir.write("ld.so.preload", "/usr/lib/libkeep.so\n/usr/lib/libfake.so # adware\n");
        m_runner = createProcessRunner(AllowList({"fix_fault_child"}, {WSAFIX_FAULT_CHILD_DIR}));
    }

    CommandResult child(const std::string& mode, const std::string& fixId, int killAt)
    {
        CommandOptions options;
        options.timeout = std::chrono::seconds(60);
        return m_runner->run(
            {"fix_fault_child", a().path(), m_dir.path() + "/state", m_preload, mode, fixId, std::to_string(killAt)},
            options);
    }

    static int recordsOf(const CommandResult& r)
    {
        std::istringstream in(r.out);
        std::string word;
        int n = -1;
        in >> word >> n;
        return word == "records" ? n : -1;
    }

    /// Kills `fixId`'s apply at every journal record; after each, recovery restores the state.
    void killAtEveryStep(const std::string& fixId)
    {
        const auto state = namespaceState(a());
        const std::string bytes = readFile(m_preload, 1 << 20);
        // A full run first, to count its records; then put the machine back by recovering a kill at 1.
        const CommandResult full = child("apply", fixId, 0);
        ASSERT_TRUE(full.succeeded()) << full.err << full.error;
        const int steps = recordsOf(full);
        ASSERT_GT(steps, 2) << full.out;
        ASSERT_NE(full.out.find("applied " + fixId), std::string::npos) << full.out;
        writeFileAtomically(m_preload, bytes); // the applied fix changed the file: put it back
        ASSERT_EQ(waitForState(a(), state), state);

        // A kill after the last record ("end") leaves a finished fix: nothing to roll back.
        for (int n = 1; n < steps; ++n) {
            const CommandResult killed = child("apply", fixId, n);
            ASSERT_FALSE(killed.succeeded()) << "not killed at record " << n << ": " << killed.out;
            ASSERT_NE(killed.error.find("SIGKILL"), std::string::npos) << killed.error;
            ++m_kills;
            const CommandResult recovered = child("recover", "-", 0);
            ASSERT_TRUE(recovered.succeeded()) << recovered.err << recovered.error;
            EXPECT_NE(recovered.out.find("rolled-back " + fixId), std::string::npos) << "kill at record " << n << ":\n"
                                                                                     << recovered.out;
            EXPECT_EQ(waitForState(a(), state), state) << "kill at record " << n << " of " << fixId;
            EXPECT_EQ(readFile(m_preload, 1 << 20), bytes) << "kill at record " << n << " of " << fixId;
        }
    }

    /// Kills the apply mid-way, then the recovery at each of its records; the recovery after that restores the state.
    void killTheRecovery(const std::string& fixId, int applyKill)
    {
        const auto state = namespaceState(a());
        const std::string bytes = readFile(m_preload, 1 << 20);
        for (int m = 1;; ++m) {
            ASSERT_NE(child("apply", fixId, applyKill).error.find("SIGKILL"), std::string::npos);
            ++m_kills;
            const CommandResult recovery = child("recover", "-", m);
            if (recovery.succeeded()) { // fewer than m records: this recovery finished
                EXPECT_NE(recovery.out.find("rolled-back"), std::string::npos) << recovery.out;
                EXPECT_EQ(waitForState(a(), state), state);
                break;
            }
            ASSERT_NE(recovery.error.find("SIGKILL"), std::string::npos) << recovery.error;
            ++m_kills;
            // Killed after its own "end" record, the recovery had finished: then nothing is left open.
            const CommandResult again = child("recover", "-", 0);
            EXPECT_TRUE(again.out.find("rolled-back " + fixId) != std::string::npos || again.out == "records 0\n")
                << again.out;
            EXPECT_EQ(waitForState(a(), state), state) << "recovery killed at record " << m;
            EXPECT_EQ(readFile(m_preload, 1 << 20), bytes);
            ASSERT_LT(m, 60);
        }
    }

    test::TempDir m_dir;
    std::string m_preload;
    std::unique_ptr<ProcessRunner> m_runner;
    int m_kills = 0;
};

} // namespace

TEST_F(FaultInjection, EveryJournalStepOfEveryFixIsRecoverable)
{
    killAtEveryStep("remove-preload:/usr/lib/libfake.so");
    killAtEveryStep("restart-adapter:va");
    killAtEveryStep("reapply-ip:va");
    killTheRecovery("restart-adapter:va", 4);
    killTheRecovery("remove-preload:/usr/lib/libfake.so", 2);
    RecordProperty("kills", m_kills);
    EXPECT_GE(m_kills, 50);
    std::cout << "[          ] " << m_kills << " kills, each rolled back to the snapshot\n";
}
