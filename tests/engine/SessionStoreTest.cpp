#include "diagnostics/SessionStore.h"

#include "diagnostics/Detector.h"
#include "diagnostics/InventoryJson.h"
#include "diagnostics/Rules.h"
#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include "TestScenarios.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using namespace wsafix;

namespace {

SessionRecord fullRecord()
{
    SimulatedSystem sys(loadScenario("lsp-adware"));
    SessionRecord r = SessionRecord::start();
    r.system = sys.info();
    r.scenario = "lsp-adware";
    r.intake = Intake{"0x00002748", "OUTLOOK.EXE", 7340, "example.com", 443, "INC0012345"};
    r.inventory = Detector(sys).run();
    r.findings = evaluateRules(*r.inventory, r.intake);
    sys.applyFix("remove-provider:1010");
    r.simulatedFixes = sys.appliedFixes();
    r.actions.push_back({"remove-provider:1010", {}, "applied", "simulated", "", r.created, r.created});
    Verification v;
    v.time = r.created;
    v.verdict = "fixed";
    v.reason = "no findings remain; 1 of 1 connections succeeded";
    v.attempts.push_back({sys.probeTcp("example.com", 443, std::chrono::milliseconds(2000))});
    r.verification = v;
    r.note("detected");
    r.note("grüße — ünïcödé survives");
    return r;
}

} // namespace

TEST(SessionStore, SavesAndLoadsBackIdentically)
{
    test::TempDir dir;
    SessionStore store(dir.path());
    SessionRecord r = fullRecord();
    store.save(r);
    EXPECT_EQ(store.load(r.id), r);
    EXPECT_EQ(store.latest(), r);
    EXPECT_EQ(store.list(), std::vector<std::string>{r.id});
}

TEST(SessionStore, WritesLeaveNoTemporaryFiles)
{
    test::TempDir dir;
    SessionStore store(dir.path());
    SessionRecord r = fullRecord();
    for (int i = 0; i < 5; ++i)
        store.save(r);
    int files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path() / "sessions"))
        ++files;
    EXPECT_EQ(files, 1);
}

TEST(SessionStore, ACorruptFileIsRefusedWithItsName)
{
    test::TempDir dir;
    SessionStore store(dir.path());
    SessionRecord r = fullRecord();
    store.save(r);
    const auto path = store.sessionPath(r.id);
    std::string text = nlohmann::json(r).dump();
    test::writeText(path.parent_path(), path.filename().string(), text.substr(0, text.size() / 2));
    try {
        store.load(r.id);
        FAIL() << "a truncated session loaded";
    } catch (const SessionError& e) {
        EXPECT_NE(std::string(e.what()).find(r.id + ".json"), std::string::npos) << e.what();
    }
}

TEST(SessionStore, AFutureSchemaIsRefused)
{
    test::TempDir dir;
    SessionStore store(dir.path());
    SessionRecord r = fullRecord();
    nlohmann::json j = r;
    j["schema"] = 99;
    std::filesystem::create_directories(dir.path() / "sessions");
    test::writeText(dir.path() / "sessions", r.id + ".json", j.dump());
    EXPECT_THROW(store.load(r.id), SessionError);
}

TEST(SessionStore, IdsCannotNameOtherPaths)
{
    test::TempDir dir;
    SessionStore store(dir.path());
    for (const char* id : {"../etc/passwd", "a/b", "", "x\\y", "..", "a b"})
        EXPECT_THROW(store.sessionPath(id), SessionError) << id;
}

TEST(SessionStore, LatestIsTheNewestAndNoneWhenEmpty)
{
    test::TempDir dir;
    SessionStore store(dir.path());
    EXPECT_FALSE(store.latest().has_value());
    SessionRecord older = fullRecord();
    older.id = "20260101-000000-0001";
    SessionRecord newer = fullRecord();
    newer.id = "20261231-235959-0002";
    store.save(newer);
    store.save(older);
    ASSERT_TRUE(store.latest().has_value());
    EXPECT_EQ(store.latest()->id, newer.id);
}

TEST(SessionStore, DetectDocumentHasTheContractKeys)
{
    const SessionRecord r = fullRecord();
    const auto doc = detectDocument(r.system, *r.inventory, r.findings);
    for (const char* key : {"schema", "system", "catalog", "sockets", "adapters", "events", "findings"})
        EXPECT_TRUE(doc.contains(key)) << key;
    EXPECT_EQ(doc["findings"][0]["id"], "layered-provider");
}

// Found by fuzz_session: a fraction too large for an int (schema 6e64) was converted with undefined behaviour.
TEST(SessionStore, NumbersOutOfRangeAreRefusedWithTheFileName)
{
    for (const char* text : {R"({"schema":6e64,"id":"x","created":"t"})", R"({"schema":1,"id":"x","created":"t",)"
                                                                          R"("intake":{"port":65536}})"}) {
        try {
            parseSessionRecord(text, "s.json");
            ADD_FAILURE() << "accepted " << text;
        } catch (const SessionError& e) {
            EXPECT_EQ(std::string(e.what()).rfind("s.json: ", 0), 0u) << e.what();
            EXPECT_NE(std::string(e.what()).find("whole number"), std::string::npos) << e.what();
        }
    }
}

TEST(SessionStore, LatestOfTwoSessionsStartedInTheSameSecondIsTheOneWrittenLast)
{
    // A script runs detect and verify within one second: verify must continue detect's session, whatever the
    // random part of the two ids.
    test::TempDir dir;
    SessionStore store(dir.path());
    SessionRecord first = SessionRecord::start();
    first.id = "20261124-180312-ffff";
    SessionRecord second = first;
    second.id = "20261124-180312-0001";
    store.save(first);
    store.save(second);
    const auto now = std::filesystem::file_time_type::clock::now();
    std::filesystem::last_write_time(store.sessionPath(first.id), now - std::chrono::seconds(2));
    std::filesystem::last_write_time(store.sessionPath(second.id), now);
    EXPECT_EQ(store.latest()->id, second.id);
    std::filesystem::last_write_time(store.sessionPath(first.id), now + std::chrono::seconds(2));
    EXPECT_EQ(store.latest()->id, first.id);
    SessionRecord older = first;
    older.id = "20261124-180311-ffff";
    store.save(older); // written last, but started a second earlier
    EXPECT_EQ(store.list().front(), older.id);
}
