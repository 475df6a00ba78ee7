#include "diagnostics/Scenario.h"

#include "TestScenarios.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace wsafix;

namespace {

// The smallest valid scenario, as text, with `extra` spliced in before the closing brace.
std::string minimal(const std::string& extra = {})
{
    return R"({"name":"t","title":"T","story":"S","system":{"os":"W","hostname":"h","user":"u","elevated":false},)"
           R"("catalog":[],"processes":[{"pid":5,"name":"a.exe"}],"sockets":[],"adapters":[],"events":[])" +
           extra + "}";
}

std::string errorOf(const std::string& text, const std::string& origin = "x.json")
{
    try {
        parseScenario(text, origin);
    } catch (const ScenarioError& e) {
        return e.what();
    }
    return "no error";
}

} // namespace

TEST(Scenario, BuiltinsLoadAndAreTheThreeOfTheFoundation)
{
    const auto names = builtinScenarioNames();
    for (const char* required : {"clean", "lsp-adware", "app-reconnect-bug"}) {
        ASSERT_NE(std::find(names.begin(), names.end(), required), names.end()) << required;
        const Scenario s = loadScenario(required);
        EXPECT_EQ(s.name, required);
        EXPECT_EQ(s.system.backend, "simulated");
        EXPECT_FALSE(s.story.empty());
        EXPECT_FALSE(s.machine.catalog.empty());
        EXPECT_FALSE(s.machine.adapters.empty());
    }
}

TEST(Scenario, SocketsTakeTheirProcessNameFromTheirPid)
{
    const Scenario s = loadScenario("app-reconnect-bug");
    const auto it = std::find_if(s.machine.sockets.begin(), s.machine.sockets.end(),
                                 [](const SocketEntry& e) { return e.pid == 4120; });
    ASSERT_NE(it, s.machine.sockets.end());
    EXPECT_EQ(it->processName, "OrderSync.exe");
}

TEST(Scenario, MinimalParses)
{
    const Scenario s = parseScenario(minimal(), "x.json");
    EXPECT_EQ(s.name, "t");
    EXPECT_EQ(s.machine.processes.size(), 1u);
    EXPECT_TRUE(s.fixes.empty());
}

struct BadScenario
{
    const char* label;
    std::string text;
    std::vector<std::string> mustMention;
};

class ScenarioErrors : public testing::TestWithParam<BadScenario>
{
};

TEST_P(ScenarioErrors, NameTheFileTheLocationAndWhatWasExpected)
{
    const auto& bad = GetParam();
    const std::string message = errorOf(bad.text, "bad.json");
    EXPECT_EQ(message.rfind("bad.json: ", 0), 0u) << message;
    for (const auto& part : bad.mustMention)
        EXPECT_NE(message.find(part), std::string::npos) << "'" << part << "' missing from: " << message;
}

INSTANTIATE_TEST_SUITE_P(
    All, ScenarioErrors,
    testing::Values(
        BadScenario{"syntax", "{\n  \"name\": \"x\",\n  oops\n}", {"line 3", "not valid JSON"}},
        BadScenario{"empty", "", {"line 1", "not valid JSON"}},
        BadScenario{"array", "[]", {"expected a JSON object"}},
        BadScenario{"missing-name", R"({"title":"T"})", {"field 'name'", "non-empty string"}},
        BadScenario{"unknown-top", minimal(R"(,"sokcets":[])"), {"'sokcets'", "unknown field", "sockets"}},
        BadScenario{"section-type", minimal(R"(,"reachability":{})"), {"field 'reachability'", "expected an array"}},
        BadScenario{"bad-state",
                    R"({"name":"t","title":"T","story":"S","system":{},"catalog":[],"processes":[],)"
                    R"("sockets":[{"local":"1.2.3.4","localPort":1,"state":"ESTABLISHD"}],"adapters":[],"events":[]})",
                    {"field 'sockets[0]'", "'state' must be one of", "ESTABLISHED", "ESTABLISHD"}},
        BadScenario{"orphan-pid",
                    R"({"name":"t","title":"T","story":"S","system":{},"catalog":[],"processes":[],)"
                    R"("sockets":[{"local":"1.2.3.4","localPort":1,"state":"LISTEN","pid":9}],"adapters":[],"events":[]})",
                    {"field 'sockets[0].pid'", "9 is not the pid"}},
        BadScenario{"bad-kind", minimal().replace(minimal().find("\"catalog\":[]"), 12,
                                                  R"("catalog":[{"id":1,"name":"n","path":"p","kind":"lsp"}])"),
                    {"field 'catalog[0]'", "base, layered, chain", "'lsp'"}},
        BadScenario{"port-type", minimal().replace(minimal().find("\"sockets\":[]"), 12,
                                                   R"("sockets":[{"local":"1.2.3.4","localPort":"80","state":"LISTEN"}])"),
                    {"field 'sockets[0]'", "number"}},
        BadScenario{"fix-section", minimal(R"(,"fixes":{"winsock-reset":{"catalogue":[]}})"),
                    {"fixes.winsock-reset", "'catalogue'", "unknown field"}},
        BadScenario{"fix-item", minimal(R"(,"fixes":{"winsock-reset":{"adapters":[{"id":"x"}]}})"),
                    {"field 'fixes.winsock-reset.adapters[0]'", "name"}},
        BadScenario{"fails-check", minimal(R"(,"fixes":{"winsock-reset":{"failsCheck":true}})"),
                    {"field 'fixes.winsock-reset.failsCheck'", "non-empty string"}}),
    [](const testing::TestParamInfo<BadScenario>& param) {
        std::string name = param.param.label;
        std::replace(name.begin(), name.end(), '-', '_');
        return name;
    });

TEST(Scenario, LoadsAFileByPathAndReportsTheFileName)
{
    test::TempDir dir;
    const auto good = test::writeText(dir.path(), "good.json", minimal());
    EXPECT_EQ(loadScenario(good.string()).name, "t");

    const auto bad = test::writeText(dir.path(), "broken.json", "{\"name\": ");
    try {
        loadScenario(bad.string());
        FAIL() << "accepted a truncated file";
    } catch (const ScenarioError& e) {
        EXPECT_NE(std::string(e.what()).find("broken.json"), std::string::npos) << e.what();
    }
}

TEST(Scenario, UnknownNameListsTheBuiltins)
{
    try {
        loadScenario("no-such-scenario");
        FAIL();
    } catch (const ScenarioError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("unknown scenario 'no-such-scenario'"), std::string::npos) << message;
        EXPECT_NE(message.find("lsp-adware"), std::string::npos) << message;
    }
}

// Found by fuzzing: numbers out of their field's range (or fractions, or beyond a double) were converted silently
// or with undefined behaviour; now each is refused with the field named.
INSTANTIATE_TEST_SUITE_P(
    Numbers, ScenarioErrors,
    testing::Values(
        BadScenario{"port-too-big",
                    minimal().replace(minimal().find("\"sockets\":[]"), 12,
                                      R"("sockets":[{"local":"1.2.3.4","localPort":70000,"state":"LISTEN"}])"),
                    {"field 'sockets[0]'", "'localPort' must be a whole number from 0 to 65535", "70000"}},
        BadScenario{"port-float-overflow",
                    minimal().replace(minimal().find("\"sockets\":[]"), 12,
                                      R"("sockets":[{"local":"1.2.3.4","localPort":5e26,"state":"LISTEN"}])"),
                    {"field 'sockets[0]'", "'localPort'", "a fraction"}},
        BadScenario{"negative-pid",
                    minimal().replace(minimal().find("{\"pid\":5"), 8, R"({"pid":-5)"),
                    {"field 'processes[0]'", "'pid' must be a whole number from 0 to 4294967295", "-5"}},
        BadScenario{"chain-fraction",
                    minimal().replace(minimal().find("\"catalog\":[]"), 12,
                                      R"("catalog":[{"id":1,"name":"n","path":"p","kind":"chain","chain":[1.5]}])"),
                    {"field 'catalog[0]'", "'chain'", "a fraction"}},
        BadScenario{"reachability-port",
                    minimal(R"(,"reachability":[{"host":"h","port":1e9,"result":{}}])"),
                    {"field 'reachability[0]'", "'port'"}},
        BadScenario{"beyond-double",
                    minimal(R"(,"reachability":[{"host":"h","port":33121e308}])"),
                    {"file", "number overflow"}}));
