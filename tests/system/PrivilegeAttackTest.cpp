// The attack suite of the elevated fix step (DESIGN.md, "Threat model"): an unprivileged user, made for the test,
// plants in its own state directory forged journal entries, forged and swapped snapshots with recomputed hashes,
// links aimed at stand-ins for system files and a `revert` file (attack_planter, run through setpriv). Then the
// elevated step and its watchdog run as root: the real `wsafix` where its paths allow, the engine's entry points with
// a scratch preload file where they do not. Nothing but the intended change is written, every forged input is
// refused, and the genuine rollback still works. The machine's own /etc is never a target.
#include "diagnostics/AtomicFile.h"
#include "diagnostics/DurableFile.h"
#include "diagnostics/ProcessRunner.h"
#include "diagnostics/SessionStore.h"
#include "diagnostics/fix/FixRunner.h"
#include "diagnostics/fix/Journal.h"
#include "diagnostics/fix/PrivilegedState.h"
#include "diagnostics/fix/SnapshotStore.h"
#include "diagnostics/platform/linux/LinuxFixes.h"

#include <gtest/gtest.h>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <map>
#include <random>
#include <set>
#include <sstream>
#include <thread>

using namespace wsafix;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

JournalRecord beginRecord()
{
    JournalRecord r;
    r.event = "begin";
    r.txn = "t";
    return r;
}

const std::string kLibrary = "/usr/lib/libwsafix-attack.so";
const std::string kPreload = "/usr/lib/libgood.so\n" + kLibrary + "\n";
const std::string kShadow = "root:$6$secret:19000:0:99999:7:::\n";

struct FileFacts
{
    std::string bytes;
    unsigned mode = 0;
    uid_t owner = 0;
    bool operator==(const FileFacts&) const = default;
};

FileFacts facts(const fs::path& file)
{
    struct stat st
    {
    };
    if (::lstat(file.c_str(), &st) != 0)
        return {};
    return {readFile(file, 1 << 20), static_cast<unsigned>(st.st_mode & 07777), st.st_uid};
}

std::string names(const fs::path& dir)
{
    std::set<std::string> found;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        found.insert(it->path().string());
    std::string out;
    for (const auto& name : found)
        out += name + "\n";
    return out;
}

class PrivilegeAttack : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (::geteuid() != 0)
            GTEST_SKIP() << "the attack suite needs root: it creates a user and runs the elevated step as root";
        m_runner = createProcessRunner(
            AllowList({"useradd", "userdel", "setpriv", "env"}, {"/usr/sbin", "/usr/bin", "/sbin", "/bin"}));
        std::random_device entropy;
        char suffix[16];
        std::snprintf(suffix, sizeof suffix, "%06x", entropy() & 0xffffffu);
        m_user = std::string("wsafix-attack-") + suffix;
        const auto added =
            m_runner->run({"useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", m_user});
        ASSERT_TRUE(added.succeeded()) << added.error << added.err;
        m_userAdded = true;
        const passwd* pw = ::getpwnam(m_user.c_str());
        ASSERT_NE(pw, nullptr);
        m_uid = pw->pw_uid;
        m_gid = pw->pw_gid;

        std::string pattern = "/tmp/wsafix-attack-XXXXXX";
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_root = pattern;
        fs::permissions(m_root, fs::perms(0755));
        m_etc = m_root / "etc"; // the stand-ins for system files: root's, as /etc is
        fs::create_directory(m_etc);
        fs::permissions(m_etc, fs::perms(0755));
        m_preload = m_etc / "ld.so.preload";
        writeFileAtomically(m_preload, kPreload);
        fs::permissions(m_preload, fs::perms(0644));
        m_shadow = m_etc / "shadow";
        writeFileAtomically(m_shadow, kShadow);
        fs::permissions(m_shadow, fs::perms(0600));
        m_privileged = m_root / "privileged";
        fs::create_directory(m_privileged);
        fs::permissions(m_privileged, fs::perms(0700));
        ::setenv("WSAFIX_PRIVILEGED_ROOT", m_privileged.c_str(), 1);
        m_state = m_root / "user";
        fs::create_directory(m_state);
        fs::permissions(m_state, fs::perms(0700));
        ASSERT_EQ(::chown(m_state.c_str(), m_uid, m_gid), 0);
        // The attacker's program, where the attacker may run it.
        m_planter = m_root / "attack_planter";
        fs::copy_file(ATTACK_PLANTER, m_planter);
        fs::permissions(m_planter, fs::perms(0755));
        m_before = {{m_preload, facts(m_preload)}, {m_shadow, facts(m_shadow)}};
    }

    void TearDown() override
    {
        ::unsetenv("WSAFIX_PRIVILEGED_ROOT");
        std::error_code ec;
        if (!m_root.empty())
            fs::remove_all(m_root, ec);
        if (m_userAdded) {
            EXPECT_TRUE(m_runner->run({"userdel", m_user}).succeeded()) << "user " << m_user << " is left behind";
        }
    }

    /// Runs attack_planter as the attacker; its "name value" lines.
    std::map<std::string, std::string> attack(const std::vector<std::string>& args)
    {
        std::vector<std::string> argv{"setpriv", "--reuid=" + std::to_string(m_uid), "--regid=" + std::to_string(m_gid),
                                      "--clear-groups", m_planter.string()};
        argv.insert(argv.end(), args.begin(), args.end());
        const auto r = m_runner->run(argv);
        EXPECT_TRUE(r.succeeded()) << r.error << r.err;
        std::map<std::string, std::string> out;
        std::istringstream lines(r.out);
        for (std::string name, value; lines >> name >> value;)
            out[name] = value;
        return out;
    }

    std::map<std::string, std::string> plant()
    {
        return attack({"plant", m_state.string(), m_preload.string(), m_shadow.string()});
    }

    /// The real wsafix, as root, with the scratch privileged root.
    CommandResult wsafix(const std::vector<std::string>& args)
    {
        std::vector<std::string> argv{"env", "WSAFIX_PRIVILEGED_ROOT=" + m_privileged.string(), WSAFIX_EXE};
        argv.insert(argv.end(), args.begin(), args.end());
        CommandOptions options;
        options.timeout = 60s;
        return m_runner->run(argv, options);
    }

    /// The engine as the elevated step builds it, the preload fix aimed at the stand-in.
    FixFactory factory(ProcessRunner& runner) const
    {
        FixFactory f("linux");
        lnx::LinuxFixPaths paths;
        paths.preload = m_preload.string();
        lnx::registerLinuxFixes(f, runner, paths);
        return f;
    }

    fs::path trusted() const { return trustedStateDir(m_state, false); }

    void expectStandInsUntouched()
    {
        for (const auto& [file, before] : m_before)
            EXPECT_EQ(facts(file), before) << file << " was changed";
        EXPECT_EQ(names(m_etc), m_preload.string() + "\n" + m_shadow.string() + "\n") << "something was written";
        EXPECT_EQ(names(m_etc).find(".tmp-"), std::string::npos);
    }

    std::unique_ptr<ProcessRunner> m_runner;
    std::string m_user;
    bool m_userAdded = false;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    fs::path m_root, m_etc, m_preload, m_shadow, m_privileged, m_state, m_planter;
    std::map<fs::path, FileFacts> m_before;
};

} // namespace

TEST_F(PrivilegeAttack, TheElevatedRunKeepsWhatItTrustsInARootFolderOfItsOwn)
{
    const fs::path dir = trusted();
    EXPECT_EQ(dir, m_privileged / std::to_string(m_uid));
    struct stat st
    {
    };
    ASSERT_EQ(::lstat(dir.c_str(), &st), 0);
    EXPECT_EQ(st.st_uid, 0u);
    EXPECT_EQ(st.st_mode & 07777, 0700u);
    // A privileged root the user could change, or a link, is refused.
    plant();
    EXPECT_THROW(privilegedStateDir(m_state, m_state), PrivilegedStateError);
    fs::create_symlink(m_privileged, m_root / "privileged-link");
    EXPECT_THROW(privilegedStateDir(m_state, m_root / "privileged-link"), PrivilegedStateError);
}

TEST_F(PrivilegeAttack, ForgedJournalEntriesDoNotReachTheElevatedStep)
{
    auto planted = plant();
    ASSERT_FALSE(planted["session"].empty());
    const std::string journalBefore = readFile(m_state / "journal", 1 << 20);
    ASSERT_EQ(Journal(m_state / "journal").openEntries().size(), 4u);

    // The real elevated step: its recovery reads only the privileged journal.
    const auto r = wsafix({"fix", "flush-dns", "--session", planted["session"], "--yes", "--guard-timeout", "0",
                           "--state-dir", m_state.string()});
    ASSERT_TRUE(r.started) << r.error;
    EXPECT_EQ(r.out.find("Interrupted earlier"), std::string::npos) << r.out << r.err;
    EXPECT_EQ(r.err.find("Interrupted earlier"), std::string::npos) << r.out << r.err;
    EXPECT_EQ(readFile(m_state / "journal", 1 << 20), journalBefore);
    for (const auto& record : Journal(trusted() / "journal").records())
        EXPECT_NE(record.txn.rfind("t-", 0), 0u) << "the privileged journal took in " << record.txn;
    // The session record went to the user's folder, the user's and private; the planted links were not used.
    const fs::path session = m_state / "sessions" / (planted["session"] + ".json");
    const FileFacts written = facts(session);
    EXPECT_EQ(written.owner, m_uid);
    EXPECT_EQ(written.mode, 0600u);
    EXPECT_NE(written.bytes.find("flush-dns"), std::string::npos);
    expectStandInsUntouched();

    // The engine the same way, with the preload fix aimed at the stand-in: nothing to recover.
    auto runner = createProcessRunner(defaultAllowList());
    const FixFactory fixes = factory(*runner);
    SnapshotStore store(trusted());
    Journal journal(trusted() / "journal");
    EXPECT_TRUE(FixRunner(store, journal, "linux").recover(fixes).empty());
    expectStandInsUntouched();
}

TEST_F(PrivilegeAttack, ASessionNamingAFileAsItsScenarioIsNotReadByRoot)
{
    auto planted = plant();
    attack({"scenario", m_state.string(), planted["session"], m_shadow.string()});
    const auto r = wsafix({"fix", "flush-dns", "--session", planted["session"], "--yes", "--guard-timeout", "0",
                           "--state-dir", m_state.string()});
    ASSERT_TRUE(r.started) << r.error;
    EXPECT_EQ(r.exitCode, 2) << r.out << r.err;
    EXPECT_NE(r.err.find("names a scenario file, which a run as administrator does not read"), std::string::npos)
        << r.err;
    EXPECT_EQ((r.out + r.err).find("secret"), std::string::npos) << "root quoted the file it was pointed at";
    expectStandInsUntouched();
}

TEST_F(PrivilegeAttack, ForgedSnapshotsAreRefusedWholeEvenWithRightHashes)
{
    auto planted = plant();
    auto runner = createProcessRunner(defaultAllowList());
    const FixFactory fixes = factory(*runner);
    SnapshotStore userStore(m_state);
    Journal journal(trusted() / "journal");
    SnapshotStore store(trusted());
    FixRunner fixRunner(store, journal, "linux");
    // Not in the privileged store: an elevated restore cannot even find them.
    for (const char* name : {"forged-mode", "forged-path", "forged-plain"})
        EXPECT_THROW(store.load(planted[name]), SnapshotError) << name;
    // Even handed to the fix directly, a snapshot naming another file or a setuid mode is refused before a write.
    for (const char* name : {"forged-mode", "forged-path"}) {
        const Snapshot forged = userStore.load(planted[name]);
        const auto fix = fixes.create(forged.fixId);
        const FixReport report = fixRunner.restore(*fix, forged);
        EXPECT_EQ(report.outcome, "rollback-failed") << name;
        EXPECT_NE(report.detail.find("is refused"), std::string::npos) << report.detail;
        EXPECT_TRUE(report.commands.empty()) << name;
    }
    // And in the real command: `snapshots restore` as root looks only in the privileged store.
    const auto r = wsafix({"snapshots", "restore", planted["forged-service"], "--state-dir", m_state.string()});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.err.find("there is no snapshot " + planted["forged-service"]), std::string::npos) << r.err;
    expectStandInsUntouched();
}

TEST_F(PrivilegeAttack, PlantedLinksAreNeverWrittenThrough)
{
    plant();
    // Root's writes into the user's folder: the session record, a journal, a log.
    const fs::path other = m_root / "user2";
    fs::create_directory(other);
    ASSERT_EQ(::chown(other.c_str(), m_uid, m_gid), 0);
    ASSERT_EQ(::lchown(m_state.c_str(), m_uid, m_gid), 0);
    fs::create_symlink(m_etc, other / "sessions");
    ASSERT_EQ(::lchown((other / "sessions").c_str(), m_uid, m_gid), 0);
    SessionRecord record = SessionRecord::start();
    EXPECT_THROW(SessionStore(other).save(record), SessionError);
    EXPECT_THROW(appendDurably(m_state / "guard.log", "x\n"), std::runtime_error); // a link to the shadow
    EXPECT_THROW(writeFileAtomically(m_state / "guard" / "outcome", "x\n"), std::runtime_error);
    // A second name of the shadow file (made by root here: the kernel may forbid the user to), never appended to.
    ASSERT_EQ(::link(m_shadow.c_str(), (m_state / "second-name").c_str()), 0);
    EXPECT_THROW(Journal(m_state / "second-name").append(beginRecord()), JournalError);
    ::unlink((m_state / "second-name").c_str());
    expectStandInsUntouched();
}

TEST_F(PrivilegeAttack, TheWatchdogRestoresOnlyTheSnapshotItWasGivenAndIgnoresAPlantedRevert)
{
    auto planted = plant();
    // A genuine snapshot of the elevated step (flush-dns: its restore changes nothing).
    Snapshot genuine;
    genuine.fixId = "flush-dns";
    genuine.machine = "linux";
    genuine.parts.push_back(SnapshotPart::json("dns-cache", {{"restorable", false}}));
    SnapshotStore(trusted()).save(genuine);
    auto swapped = attack({"swap", m_state.string(), genuine.id, m_preload.string()});
    ASSERT_FALSE(swapped["swapped"].empty());
    const std::vector<std::string> common{"guard",          "--snapshot", genuine.id,        "--state-dir",
                                          m_state.string(), "--session",  planted["session"]};
    const fs::path guardDir = trusted() / "guard" / genuine.id;

    auto withoutHash = common;
    withoutHash.insert(withoutHash.end(), {"--timeout", "1"});
    auto r = wsafix(withoutHash);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--sha256"), std::string::npos) << r.err;

    auto wrongHash = common;
    wrongHash.insert(wrongHash.end(), {"--timeout", "1", "--sha256", swapped["swapped"]});
    r = wsafix(wrongHash);
    EXPECT_NE(r.exitCode, 0);
    const std::string refused = readFile(guardDir / "outcome", 65536);
    EXPECT_NE(refused.find("\"refused\""), std::string::npos) << refused;
    EXPECT_NE(refused.find("not the one the fix step took"), std::string::npos) << refused;

    // The right hash: the planted `revert` in the user's folder does not make it restore; root's confirmation does.
    fs::remove(guardDir / "outcome");
    auto rightHash = common;
    rightHash.insert(rightHash.end(), {"--timeout", "20", "--sha256", genuine.manifestSha256});
    std::thread confirm([&] {
        for (int i = 0; i < 100 && !fs::exists(guardDir / "watching"); ++i)
            std::this_thread::sleep_for(100ms);
        writeFileAtomically(guardDir / "confirmed", "yes\n");
    });
    r = wsafix(rightHash);
    confirm.join();
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(readFile(guardDir / "outcome", 65536).find("\"confirmed\""), std::string::npos);
    EXPECT_FALSE(fs::exists(guardDir / "revert"));
    expectStandInsUntouched();
}

TEST_F(PrivilegeAttack, TheGenuineRollbackStillWorks)
{
    plant();
    auto runner = createProcessRunner(defaultAllowList());
    const FixFactory fixes = factory(*runner);
    SnapshotStore store(trusted());
    Journal journal(trusted() / "journal");
    FixRunner fixRunner(store, journal, "linux");
    const auto fix = fixes.create("remove-preload:" + kLibrary);
    const FixReport applied = fixRunner.apply(*fix);
    ASSERT_EQ(applied.outcome, "applied") << applied.detail;
    EXPECT_EQ(readFile(m_preload, 4096), "/usr/lib/libgood.so\n");
    // A crash right after: an open entry in the privileged journal, which recovery rolls back.
    JournalRecord begin;
    begin.event = "begin";
    begin.txn = "crashed";
    begin.fixId = fix->id();
    begin.snapshotId = applied.snapshotId;
    begin.machine = "linux";
    begin.what = "apply";
    journal.append(begin);
    const auto recovered = fixRunner.recover(fixes);
    ASSERT_EQ(recovered.size(), 1u);
    EXPECT_EQ(recovered[0].outcome, "rolled-back") << recovered[0].detail;
    expectStandInsUntouched(); // byte for byte and mode as before the fix
    // And `snapshots restore` of it, after another apply.
    const FixReport again = fixRunner.apply(*fix);
    ASSERT_EQ(again.outcome, "applied") << again.detail;
    const FixReport restored = fixRunner.restore(*fix, store.load(again.snapshotId));
    EXPECT_EQ(restored.outcome, "restored") << restored.detail;
    expectStandInsUntouched();
}
