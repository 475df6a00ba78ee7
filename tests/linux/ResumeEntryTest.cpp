// Reboot resume on Linux: the XDG autostart entry is written where the spec says, carries the arguments exactly,
// and is gone once used.
#include "diagnostics/fix/ResumeEntry.h"

#include "diagnostics/AtomicFile.h"

#include "ScopedEnv.h"
#include "TempDir.h"

#include <gtest/gtest.h>

#include <unistd.h>

using namespace wsafix;

namespace {

class ResumeEntryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (::geteuid() == 0 && (std::getenv("PKEXEC_UID") || std::getenv("SUDO_UID")))
            GTEST_SKIP() << "runs under sudo/pkexec, where the entry is refused on purpose";
    }
    test::TempDir m_config;
    test::ScopedEnv m_xdg{"XDG_CONFIG_HOME", m_config.path()};
    std::filesystem::path entry() const
    {
        return std::filesystem::path(m_config.path()) / "autostart/wsafix-resume.desktop";
    }
};

} // namespace

TEST_F(ResumeEntryTest, WritesAnAutostartEntryThatStartsTheWizardOnTheSession)
{
    const auto args = resumeArguments("20260101T000000Z-ab12", "/home/u/.local/state/wsafix", "");
    ASSERT_EQ(writeResumeEntry("/usr/bin/wsafix", args), "");
    ASSERT_TRUE(std::filesystem::exists(entry()));
    const std::string text = readFile(entry(), 65536);
    EXPECT_NE(text.find("[Desktop Entry]\nType=Application\n"), std::string::npos) << text;
    EXPECT_NE(text.find("Exec=\"/usr/bin/wsafix\" \"--resume\" \"20260101T000000Z-ab12\" \"--state-dir\" "
                        "\"/home/u/.local/state/wsafix\"\n"),
              std::string::npos)
        << text;
    EXPECT_EQ(resumeEntryArguments(), args);
}

TEST_F(ResumeEntryTest, HostilePathsSurviveTheExecQuoting)
{
    const std::vector<std::string> args{"--resume", "S1", "--state-dir", "/tmp/a \"b\" $HOME `x` \\n 100% ü&|;"};
    ASSERT_EQ(writeResumeEntry("/opt/my apps/wsafix", args), "");
    EXPECT_EQ(resumeEntryArguments(), args);
    const std::string text = readFile(entry(), 65536);
    // The Desktop Entry Specification's escapes: \\" \\$ \\` and \\\\ for a backslash, %% for a percent sign.
    EXPECT_NE(text.find(R"("/tmp/a \\"b\\" \\$HOME \\`x\\` \\\\n 100%% ü&|;")"), std::string::npos) << text;
}

TEST_F(ResumeEntryTest, ALineBreakIsRefusedAndNothingIsWritten)
{
    EXPECT_NE(writeResumeEntry("/usr/bin/wsafix", {"--state-dir", "/tmp/a\nExec=/bin/sh"}), "");
    EXPECT_FALSE(std::filesystem::exists(entry()));
}

TEST_F(ResumeEntryTest, RemovedOnceUsedAndRemovingTwiceIsFine)
{
    ASSERT_EQ(writeResumeEntry("/usr/bin/wsafix", {"--resume", "S1"}), "");
    EXPECT_EQ(removeResumeEntry(), "");
    EXPECT_FALSE(std::filesystem::exists(entry()));
    EXPECT_FALSE(resumeEntryArguments());
    EXPECT_EQ(removeResumeEntry(), "");
}

TEST_F(ResumeEntryTest, WithoutXdgConfigHomeItGoesToDotConfig)
{
    test::TempDir home;
    test::ScopedEnv homeEnv("HOME", home.path());
    test::ScopedEnv relative("XDG_CONFIG_HOME", std::string("relative/dir"));
    ASSERT_EQ(writeResumeEntry("/usr/bin/wsafix", {"--resume", "S1"}), "");
    EXPECT_TRUE(
        std::filesystem::exists(std::filesystem::path(home.path()) / ".config/autostart/wsafix-resume.desktop"));
    EXPECT_FALSE(std::filesystem::exists(entry()));
}
