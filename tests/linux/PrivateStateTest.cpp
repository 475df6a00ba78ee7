// What the state directory holds is private from its first byte (folders 0700, files 0600), no write goes through a
// link someone else planted, the privileged folder of a root run is root's alone, and a fix restores only the
// target its own definition names. The attack as a whole is tests/system/PrivilegeAttackTest.cpp.
#include "diagnostics/AtomicFile.h"
#include "diagnostics/DurableFile.h"
#include "diagnostics/ProcessRunner.h"
#include "diagnostics/SessionStore.h"
#include "diagnostics/fix/FixRunner.h"
#include "diagnostics/fix/Journal.h"
#include "diagnostics/fix/PrivilegedState.h"
#include "diagnostics/fix/SnapshotStore.h"
#include "diagnostics/platform/linux/LinuxFixes.h"

#include "TempDir.h"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <functional>

namespace wsafix {
namespace {

namespace fs = std::filesystem;

constexpr uid_t kOther = 65534; // nobody

JournalRecord beginRecord()
{
    JournalRecord r;
    r.event = "begin";
    r.txn = "t";
    return r;
}

unsigned modeOf(const fs::path& p)
{
    struct stat st
    {
    };
    EXPECT_EQ(::lstat(p.c_str(), &st), 0) << p;
    return st.st_mode & 07777;
}

class UmaskGuard
{
public:
    explicit UmaskGuard(mode_t mask) : m_old(::umask(mask)) {}
    ~UmaskGuard() { ::umask(m_old); }

private:
    mode_t m_old;
};

TEST(PrivateState, FoldersAndFilesAreMadePrivateWhateverTheUmask)
{
    const UmaskGuard open(0);
    test::TempDir dir;
    const fs::path state = fs::path(dir.path()) / "state";
    SessionRecord record = SessionRecord::start();
    SessionStore(state).save(record);
    EXPECT_EQ(modeOf(state), 0700u);
    EXPECT_EQ(modeOf(state / "sessions"), 0700u);
    EXPECT_EQ(modeOf(state / "sessions" / (record.id + ".json")), 0600u);
    Journal(state / "journal").append(beginRecord());
    EXPECT_EQ(modeOf(state / "journal"), 0600u);
    Snapshot s;
    s.fixId = "flush-dns";
    s.machine = "linux";
    s.parts.push_back(SnapshotPart::raw("x", "bytes"));
    SnapshotStore(state).save(s);
    EXPECT_EQ(modeOf(state / "snapshots"), 0700u);
    EXPECT_EQ(modeOf(state / "snapshots" / s.id), 0700u);
    EXPECT_EQ(modeOf(state / "snapshots" / s.id / "manifest.json"), 0600u);
    EXPECT_FALSE(s.manifestSha256.empty());
    EXPECT_EQ(SnapshotStore(state).load(s.id).manifestSha256, s.manifestSha256);
}

TEST(PrivateState, AppendsRefuseALinkAndASecondName)
{
    test::TempDir dir;
    const fs::path base = dir.path();
    const std::string other = dir.write("other", "keep\n");
    fs::create_symlink(other, base / "journal-link");
    EXPECT_THROW(appendDurably(base / "journal-link", "x\n"), std::runtime_error);
    ASSERT_EQ(::link(other.c_str(), (base / "journal-hard").c_str()), 0);
    EXPECT_THROW(Journal(base / "journal-hard").append(beginRecord()), JournalError);
    EXPECT_EQ(readFile(other, 100), "keep\n");
}

TEST(PrivateState, LinksOfAnotherUserAreNotFollowedOwnLinksAre)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "a link of another user is made with lchown, which needs root";
    test::TempDir dir;
    const fs::path base = dir.path();
    fs::create_directory(base / "target");
    const std::string secret = dir.write("target/secret", "secret\n");
    fs::create_symlink(base / "target", base / "planted");
    ASSERT_EQ(::lchown((base / "planted").c_str(), kOther, kOther), 0);
    EXPECT_THROW(writeFileAtomically(base / "planted" / "new", "x"), std::runtime_error);
    EXPECT_THROW(readFile(base / "planted" / "secret", 100), std::runtime_error);
    EXPECT_FALSE(fs::exists(base / "target" / "new"));
    // Root's own link (an administrator's /home -> /var/home) is followed.
    fs::create_symlink(base / "target", base / "own");
    writeFileAtomically(base / "own" / "new", "x");
    EXPECT_EQ(readFile(base / "target" / "new", 10), "x");
    EXPECT_EQ(readFile(base / "own" / "secret", 100), "secret\n");
}

TEST(PrivateState, ThePrivilegedFolderIsRootsAloneAndNeverALink)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "the privileged folder is root's: checking it needs root";
    test::TempDir dir;
    const fs::path base = dir.path();
    const fs::path root = base / "privileged";
    const fs::path user = base / "user";
    fs::create_directory(user);
    ASSERT_EQ(::chown(user.c_str(), kOther, kOther), 0);
    const fs::path made = privilegedStateDir(user, root);
    EXPECT_EQ(made, root / std::to_string(kOther));
    EXPECT_EQ(modeOf(made), 0700u);
    EXPECT_EQ(modeOf(root), 0700u);
    // A root of the user's (or one anybody may write) is refused; so is a link as state directory.
    EXPECT_THROW(privilegedStateDir(user, user / "root"), PrivilegedStateError);
    fs::permissions(root, fs::perms(0777));
    EXPECT_THROW(privilegedStateDir(user, root), PrivilegedStateError);
    fs::permissions(root, fs::perms(0700));
    fs::create_symlink(user, base / "user-link");
    EXPECT_THROW(privilegedStateDir(base / "user-link", root), PrivilegedStateError);
    // Root's own folder, only root's to change: its own privileged folder.
    fs::create_directory(base / "roots");
    EXPECT_EQ(privilegedStateDir(base / "roots", root), base / "roots");
    EXPECT_EQ(privilegedStateDir(base / "roots" / "not" / "yet", root), base / "roots" / "not" / "yet");
    // Root's folder inside a user's: not root's alone, so the privileged folder of uid 0.
    fs::create_directory(user / "roots");
    EXPECT_EQ(privilegedStateDir(user / "roots", root), root / "0");
}

class PreloadTargets : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_preload = m_dir.write("ld.so.preload", "/lib/good.so\n/lib/bad.so\n");
        fs::permissions(m_preload, fs::perms(0644));
        lnx::LinuxFixPaths paths;
        paths.preload = m_preload;
        lnx::registerLinuxFixes(m_factory, *m_runner, paths);
    }

    /// A genuine snapshot with its part's meta changed by `edit`, restored.
    FixReport restoreEdited(const std::function<void(nlohmann::json&)>& edit)
    {
        SnapshotStore store(m_dir.path() + "/state");
        Journal journal(m_dir.path() + "/state/journal");
        FixRunner runner(store, journal, "linux");
        const auto fix = m_factory.create("remove-preload:/lib/bad.so");
        Snapshot s = fix->snapshot();
        s.fixId = fix->id();
        s.machine = "linux";
        edit(s.parts.at(0).meta);
        store.save(s);
        return runner.restore(*fix, store.load(s.id));
    }

    test::TempDir m_dir;
    std::string m_preload;
    std::unique_ptr<ProcessRunner> m_runner = createProcessRunner(defaultAllowList());
    FixFactory m_factory{"linux"};
};

TEST_F(PreloadTargets, AnotherFileOrASpecialModeIsRefusedWhole)
{
    const std::string other = m_dir.write("shadow", "secret\n");
    for (const auto& edit : std::vector<std::function<void(nlohmann::json&)>>{
             [&](nlohmann::json& m) { m["path"] = other; }, [](nlohmann::json& m) { m["mode"] = 04755; },
             [](nlohmann::json& m) { m["mode"] = 0666; }, [](nlohmann::json& m) { m.erase("exists"); }}) {
        const FixReport report = restoreEdited(edit);
        EXPECT_EQ(report.outcome, "rollback-failed");
        EXPECT_NE(report.detail.find("is refused"), std::string::npos) << report.detail;
        EXPECT_EQ(readFile(m_preload, 100), "/lib/good.so\n/lib/bad.so\n");
        EXPECT_EQ(modeOf(m_preload), 0644u);
        EXPECT_EQ(readFile(other, 100), "secret\n");
    }
    // Its own file with a plain mode: restored.
    EXPECT_EQ(restoreEdited([](nlohmann::json&) {}).outcome, "restored");
}

} // namespace
} // namespace wsafix
