// What the elevated fix step (root) writes in a user's state directory goes back to that user; links that the user
// could plant there are never followed.
#include "diagnostics/fix/StateOwner.h"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>

namespace wsafix {
namespace {

namespace fs = std::filesystem;

constexpr uid_t kUser = 65534; // nobody: a user that is not root
constexpr gid_t kGroup = 65534;

uid_t ownerOf(const fs::path& p)
{
    struct stat st{};
    EXPECT_EQ(lstat(p.c_str(), &st), 0) << p;
    return st.st_uid;
}

class StateOwnerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (geteuid() != 0)
            GTEST_SKIP() << "giving files to another user needs root";
        std::string pattern = (fs::temp_directory_path() / "wsafix-owner-XXXXXX").string();
        ASSERT_NE(mkdtemp(pattern.data()), nullptr);
        m_root = pattern;
        m_state = m_root / "state";
        m_outside = m_root / "outside";
        fs::create_directories(m_state);
        fs::create_directories(m_outside);
        ASSERT_EQ(chown(m_state.c_str(), kUser, kGroup), 0);
    }
    void TearDown() override
    {
        if (!m_root.empty())
            fs::remove_all(m_root);
    }
    static void write(const fs::path& p) { std::ofstream(p) << "x"; }

    fs::path m_root, m_state, m_outside;
};

TEST_F(StateOwnerTest, WhatRootWroteGoesToTheOwnerOfTheStateDirectory)
{
    fs::create_directories(m_state / "guard" / "20261125-010203-ip-reset-1234");
    write(m_state / "journal");
    chmod((m_state / "journal").c_str(), 0600);
    write(m_state / "guard" / "20261125-010203-ip-reset-1234" / "outcome");
    EXPECT_EQ(handStateBackToOwner(m_state), "");
    for (const auto& p : {m_state / "journal", m_state / "guard", m_state / "guard" / "20261125-010203-ip-reset-1234",
                          m_state / "guard" / "20261125-010203-ip-reset-1234" / "outcome"})
        EXPECT_EQ(ownerOf(p), kUser) << p;
}

TEST_F(StateOwnerTest, LinksPlantedInTheStateDirectoryAreNotFollowed)
{
    // A symbolic link to a file and to a directory elsewhere, and a hard link to a file elsewhere: none of those
    // files may become the user's.
    write(m_outside / "secret");
    fs::create_directories(m_outside / "dir");
    write(m_outside / "dir" / "inner");
    write(m_outside / "hard");
    fs::create_symlink(m_outside / "secret", m_state / "journal");
    fs::create_directory_symlink(m_outside / "dir", m_state / "snapshots");
    fs::create_hard_link(m_outside / "hard", m_state / "session.json");
    EXPECT_EQ(handStateBackToOwner(m_state), "");
    EXPECT_EQ(ownerOf(m_outside / "secret"), 0u);
    EXPECT_EQ(ownerOf(m_outside / "dir"), 0u);
    EXPECT_EQ(ownerOf(m_outside / "dir" / "inner"), 0u);
    EXPECT_EQ(ownerOf(m_outside / "hard"), 0u);
    EXPECT_EQ(ownerOf(m_state / "journal"), 0u); // the link itself is left as it is
}

TEST_F(StateOwnerTest, RootsOwnStateDirectoryIsLeftAlone)
{
    ASSERT_EQ(chown(m_state.c_str(), 0, 0), 0);
    write(m_state / "journal");
    EXPECT_EQ(handStateBackToOwner(m_state), "");
    EXPECT_EQ(ownerOf(m_state / "journal"), 0u);
}

TEST_F(StateOwnerTest, AMissingStateDirectoryHasNothingToHandBack)
{
    // A command that stopped before writing anything (a bad fix id) created no state directory.
    EXPECT_EQ(handStateBackToOwner(m_root / "absent"), "");
}

TEST_F(StateOwnerTest, AStateDirectoryThatIsALinkIsRefused)
{
    fs::create_directory_symlink(m_outside, m_root / "linked");
    write(m_outside / "journal");
    EXPECT_NE(handStateBackToOwner(m_root / "linked").find("cannot open the state directory"), std::string::npos);
    EXPECT_EQ(ownerOf(m_outside / "journal"), 0u);
}

} // namespace
} // namespace wsafix
