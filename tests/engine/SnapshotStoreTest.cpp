#include "diagnostics/fix/SnapshotStore.h"

#include "diagnostics/AtomicFile.h"

#include "TestScenarios.h"

#include <gtest/gtest.h>

#include <fstream>

using namespace wsafix;

namespace {

Snapshot sample()
{
    Snapshot s;
    s.fixId = "restart-adapter:eth0";
    s.machine = "linux";
    s.parts.push_back(SnapshotPart::json("ip-addr", nlohmann::json::parse(R"([{"ifname":"eth0","ifindex":2}])")));
    s.parts.push_back(SnapshotPart::raw("file:/etc/ld.so.preload", std::string("/usr/lib/libx.so\n\0\xff", 19),
                                        {{"path", "/etc/ld.so.preload"}, {"exists", true}, {"mode", 420}}));
    s.parts.push_back(SnapshotPart::raw("registry:HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters",
                                        "Windows Registry Editor Version 5.00\r\n", {{"extension", ".reg"}}));
    return s;
}

std::filesystem::path onlyFile(const std::filesystem::path& dir, const std::string& suffix)
{
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().filename().string().rfind("part-", 0) == 0 &&
            entry.path().filename().string().ends_with(suffix))
            return entry.path();
    return {};
}

void expectRefused(const SnapshotStore& store, const std::string& id, const std::string& why)
{
    try {
        store.load(id);
        ADD_FAILURE() << "a damaged snapshot was loaded";
    } catch (const SnapshotError& e) {
        EXPECT_NE(std::string(e.what()).find(why), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find(id), std::string::npos) << e.what();
    }
}

} // namespace

TEST(SnapshotStore, SavesAndLoadsEveryPartByteForByte)
{
    test::TempDir dir;
    SnapshotStore store(dir.path());
    Snapshot s = sample();
    const std::string id = store.save(s);
    EXPECT_TRUE(SnapshotStore::idProblem(id).empty()) << id;
    EXPECT_NE(id.find("restart-adapter"), std::string::npos);
    const Snapshot loaded = store.load(id);
    EXPECT_EQ(loaded.fixId, s.fixId);
    EXPECT_EQ(loaded.machine, "linux");
    ASSERT_EQ(loaded.parts.size(), 3u);
    for (std::size_t i = 0; i < s.parts.size(); ++i) {
        EXPECT_EQ(loaded.parts[i].name, s.parts[i].name);
        EXPECT_EQ(loaded.parts[i].bytes, s.parts[i].bytes);
        EXPECT_EQ(loaded.parts[i].meta, s.parts[i].meta);
    }
    EXPECT_EQ(loaded.jsonPart("ip-addr")[0]["ifindex"], 2);
    // The registry export is a .reg file a technician can double-click.
    EXPECT_FALSE(onlyFile(store.folder() / id, ".reg").empty());
    const auto listed = store.list();
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].id, id);
    EXPECT_TRUE(listed[0].problem.empty());
}

TEST(SnapshotStore, RefusesAnEditedPart)
{
    test::TempDir dir;
    SnapshotStore store(dir.path());
    Snapshot s = sample();
    const std::string id = store.save(s);
    const auto part = onlyFile(store.folder() / id, ".json");
    std::string text = readFile(part, 1 << 20);
    text[text.find("eth0")] = 'E';
    std::ofstream(part, std::ios::binary | std::ios::trunc) << text;
    expectRefused(store, id, "does not match its checksum");
    EXPECT_FALSE(store.list().front().problem.empty());
}

TEST(SnapshotStore, RefusesATruncatedPart)
{
    test::TempDir dir;
    SnapshotStore store(dir.path());
    Snapshot s = sample();
    const std::string id = store.save(s);
    std::filesystem::resize_file(onlyFile(store.folder() / id, ".bin"), 5);
    expectRefused(store, id, "truncated");
}

TEST(SnapshotStore, RefusesAnEditedManifest)
{
    test::TempDir dir;
    SnapshotStore store(dir.path());
    Snapshot s = sample();
    const std::string id = store.save(s);
    const auto manifest = store.folder() / id / "manifest.json";
    std::string text = readFile(manifest, 1 << 20);
    text.replace(text.find("restart-adapter:eth0"), 20, "restart-adapter:eth1");
    std::ofstream(manifest, std::ios::binary | std::ios::trunc) << text;
    expectRefused(store, id, "manifest.json does not match manifest.sha256");
}

TEST(SnapshotStore, RefusesAMissingPartAndAMissingChecksum)
{
    test::TempDir dir;
    SnapshotStore store(dir.path());
    Snapshot a = sample(), b = sample();
    const std::string first = store.save(a);
    const std::string second = store.save(b);
    std::filesystem::remove(onlyFile(store.folder() / first, ".reg"));
    expectRefused(store, first, "registry:HKLM");
    std::filesystem::remove(store.folder() / second / "manifest.sha256");
    expectRefused(store, second, "manifest.sha256");
}

TEST(SnapshotStore, RefusesIdsThatAreNotNames)
{
    test::TempDir dir;
    SnapshotStore store(dir.path());
    for (const std::string bad : {"", "../sessions", "a/b", "..", ".partial-x", "a b", "x\ny"})
        EXPECT_THROW(store.load(bad), SnapshotError) << bad;
    EXPECT_THROW(store.load("20260101-000000-none-0000"), SnapshotError);
}

// Found by fuzz_snapshot: an id with a NUL cut the message short, and control bytes went to the terminal as they
// were. The message shows them as \xNN.
TEST(SnapshotStore, AnIdWithControlBytesIsShownEscaped)
{
    test::TempDir dir;
    SnapshotStore store(dir.path());
    try {
        store.load(std::string("ab\0c\x1b[31m", 9));
        FAIL() << "loaded";
    } catch (const SnapshotError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("'ab\\x00c\\x1b[31m' is not a snapshot id"), std::string::npos) << message;
        EXPECT_EQ(message.find('\x1b'), std::string::npos);
    }
}
