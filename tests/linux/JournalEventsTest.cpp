// events(): the journal's JSON parsed and filtered, the "no journal" case told apart from "no
// errors", and this machine's real answer.
#include "diagnostics/platform/linux/JournalEvents.h"
#include "diagnostics/platform/linux/LinuxSystem.h"

#include <gtest/gtest.h>

#include <deque>

using namespace wsafix;

namespace {

// Answers journalctl calls from a script and records them.
class ScriptedRunner : public ProcessRunner
{
public:
    explicit ScriptedRunner(std::deque<CommandResult> answers) : m_answers(std::move(answers)) {}

    CommandResult run(const std::vector<std::string>& argv, const CommandOptions&) override
    {
        m_calls.push_back(argv);
        if (m_answers.empty())
            return CommandResult{};
        CommandResult r = m_answers.front();
        m_answers.pop_front();
        return r;
    }
    const std::vector<std::vector<std::string>>& calls() const { return m_calls; }

private:
    std::deque<CommandResult> m_answers;
    std::vector<std::vector<std::string>> m_calls;
};

CommandResult exited(int code, std::string out, std::string err = {})
{
    CommandResult r;
    r.started = true;
    r.exitCode = code;
    r.out = std::move(out);
    r.err = std::move(err);
    return r;
}

constexpr const char* kJournal =
    R"({"__REALTIME_TIMESTAMP":"1763971200000000","PRIORITY":"3","_TRANSPORT":"kernel","SYSLOG_IDENTIFIER":"kernel","MESSAGE":"e1000e 0000:00:19.0 eth0: Detected Hardware Unit Hang"})"
    "\n"
    R"({"__REALTIME_TIMESTAMP":"1763971261500000","PRIORITY":"2","_SYSTEMD_UNIT":"NetworkManager.service","SYSLOG_IDENTIFIER":"NetworkManager","MESSAGE":"<error> device (wlan0): Activation failed"})"
    "\n"
    R"({"__REALTIME_TIMESTAMP":"1763971300000000","PRIORITY":"3","_SYSTEMD_UNIT":"cron.service","SYSLOG_IDENTIFIER":"CRON","MESSAGE":"unrelated"})"
    "\n"
    R"({"__REALTIME_TIMESTAMP":"1763971400000000","PRIORITY":"4","_SYSTEMD_UNIT":"dhclient@eth0.service","MESSAGE":[110,111,255,33]})"
    "\n"
    "not json\n"
    R"({"__REALTIME_TIMESTAMP":"1763971500000000","PRIORITY":"3","_SYSTEMD_UNIT":"systemd-resolved.service","SYSLOG_IDENTIFIER":"systemd-resolved","MESSAGE":"Using degraded feature set UDP instead of EDNS0"})"
    "\n";

} // namespace

TEST(JournalEvents, KeepsKernelAndNetworkingEntries)
{
    const auto events = lnx::parseJournalJson(kJournal);
    ASSERT_EQ(events.size(), 4u);
    EXPECT_EQ(events[0].time, "2025-11-24T08:00:00Z");
    EXPECT_EQ(events[0].source, "kernel");
    EXPECT_EQ(events[0].level, "error");
    EXPECT_EQ(events[0].message, "e1000e 0000:00:19.0 eth0: Detected Hardware Unit Hang");
    EXPECT_EQ(events[1].time, "2025-11-24T08:01:01Z");
    EXPECT_EQ(events[1].source, "NetworkManager");
    EXPECT_EQ(events[1].level, "critical");
    EXPECT_EQ(events[2].source, "dhclient@eth0.service");
    EXPECT_EQ(events[2].level, "warning");
    EXPECT_EQ(events[2].message, "no\xEF\xBF\xBD!") << "binary messages arrive as bytes and leave as UTF-8";
    EXPECT_EQ(events[3].source, "systemd-resolved");
}

TEST(JournalEvents, RunsJournalctlWithAnArgvAndALineCap)
{
    ScriptedRunner runner({exited(0, kJournal)});
    const auto events = lnx::readJournalEvents(runner);
    ASSERT_TRUE(events.available()) << events.status.reason;
    EXPECT_EQ(events.value.size(), 4u);
    ASSERT_EQ(runner.calls().size(), 1u);
    const auto& argv = runner.calls()[0];
    EXPECT_EQ(argv[0], "journalctl");
    EXPECT_NE(std::find(argv.begin(), argv.end(), "--priority=err"), argv.end());
    EXPECT_NE(std::find(argv.begin(), argv.end(), "--since=-7d"), argv.end());
    EXPECT_NE(std::find(argv.begin(), argv.end(), "--lines"), argv.end());
}

TEST(JournalEvents, NoJournalIsUnavailableNotEmpty)
{
    ScriptedRunner runner({exited(0, ""), exited(0, "Archived and active journals take up 0B in the file system.\n",
                                                 "No journal files were found.\n")});
    const auto events = lnx::readJournalEvents(runner);
    EXPECT_FALSE(events.available());
    EXPECT_NE(events.status.reason.find("no journal"), std::string::npos) << events.status.reason;
}

TEST(JournalEvents, AJournalWithoutErrorsIsAvailableAndEmpty)
{
    ScriptedRunner runner(
        {exited(0, ""), exited(0, "Archived and active journals take up 8.0M in the file system.\n")});
    const auto events = lnx::readJournalEvents(runner);
    EXPECT_TRUE(events.available()) << events.status.reason;
    EXPECT_TRUE(events.value.empty());
}

TEST(JournalEvents, FailingOrMissingJournalctlIsUnavailable)
{
    ScriptedRunner failing({exited(1, "", "Failed to open journal: Permission denied\n")});
    const auto failed = lnx::readJournalEvents(failing);
    EXPECT_FALSE(failed.available());
    EXPECT_NE(failed.status.reason.find("Permission denied"), std::string::npos) << failed.status.reason;

    CommandResult missing;
    missing.error = "'journalctl' is allowed but was not found in the allow-list's directories";
    ScriptedRunner absent({missing});
    const auto none = lnx::readJournalEvents(absent);
    EXPECT_FALSE(none.available());
    EXPECT_NE(none.status.reason.find("not found"), std::string::npos) << none.status.reason;
}

TEST(JournalEvents, UserWithoutAccessToTheSystemJournalIsUnavailable)
{
    ScriptedRunner runner(
        {exited(0, "", "Hint: You are currently not seeing messages from other users and the system.\n")});
    EXPECT_FALSE(lnx::readJournalEvents(runner).available());
}

TEST(JournalEvents, ThisMachineAnswersHonestly)
{
    const auto events = LinuxSystem().events();
    if (events.available()) {
        EXPECT_TRUE(events.status.reason.empty());
    } else {
        EXPECT_FALSE(events.status.reason.empty());
        EXPECT_TRUE(events.value.empty());
        std::cout << "events unavailable here: " << events.status.reason << "\n";
    }
}
