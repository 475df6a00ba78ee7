// decideVerdict() branch by branch: what was found at detect time and now, the target's answers, lost probes,
// cancellation, and actions whose effect cannot be checked.
#include "diagnostics/VerdictRules.h"

#include <gtest/gtest.h>

#include <tuple>

using namespace wsafix;

namespace {

struct Case
{
    const char* name;
    int baseline;   // findings at detect time (0..2)
    int now;        // of those, still present now
    int failures;   // failed attempts out of 3; -1: no target
    bool probeLost; // a probe available at detect time is unavailable now
    bool cancelled;
    bool unverifiable; // an action's outcome is "could-not-verify"
    bool hasBaseline;
    const char* verdict;
};

Finding finding(const char* id)
{
    Finding f;
    f.id = id;
    f.title = std::string("title of ") + id;
    f.fixes = {std::string("fix-for-") + id};
    return f;
}

class VerdictRules : public testing::TestWithParam<Case>
{
};

TEST_P(VerdictRules, DecidesTheVerdict)
{
    const Case& c = GetParam();
    Verification v;
    v.comparison.compared = c.hasBaseline;
    v.comparison.reason = c.hasBaseline ? "" : "no session in the state directory";
    const Finding all[] = {finding("layered-provider"), finding("no-dns-server")};
    for (int i = 0; i < c.baseline && c.hasBaseline; ++i)
        v.comparison.findings.push_back({all[i], i < c.now ? "still-present" : "resolved"});
    for (int i = 0; i < c.now; ++i)
        v.remainingFindings.push_back(all[i]);
    if (c.probeLost)
        v.comparison.lostProbes.push_back("catalog (access denied)");
    if (c.failures >= 0) {
        v.host = "example.com";
        v.port = 443;
        v.resolution = NameResolution{true, {"192.0.2.7"}, 1.0, 0, ""};
        for (int i = 0; i < 3; ++i) {
            VerifyAttempt a;
            a.result.resolved = true;
            a.result.connected = i >= c.failures;
            if (!a.result.connected) {
                a.result.errorCode = 10061;
                a.result.error = "WSAECONNREFUSED";
                a.errorName = "WSAECONNREFUSED";
                a.errorCatalogCode = 10061;
            }
            v.attempts.push_back(a);
        }
    }
    v.cancelled = c.cancelled;
    std::vector<Action> actions;
    if (c.unverifiable)
        actions.push_back({"winsock-reset", {}, "could-not-verify", "netsh is a stub", "", "", ""});

    decideVerdict(v, actions);
    EXPECT_EQ(v.verdict, c.verdict) << v.reason;
    EXPECT_FALSE(v.reason.empty());
    EXPECT_EQ(v.nextSteps.empty(), v.verdict == "fixed") << "every verdict but fixed says what to do next";
    if (v.verdict == "not-fixed") {
        EXPECT_EQ(v.nextSteps.back().kind, "escalate");
    }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, VerdictRules,
    testing::Values(Case{"problemGoneTargetFine", 1, 0, 0, false, false, false, true, "fixed"},
                    Case{"problemGoneNoTarget", 2, 0, -1, false, false, false, true, "fixed"},
                    Case{"problemGoneTargetFails", 1, 0, 1, false, false, false, true, "not-fixed"},
                    Case{"problemRemains", 2, 1, 0, false, false, false, true, "not-fixed"},
                    Case{"healthyTargetFine", 0, 0, 0, false, false, false, true, "works"},
                    Case{"healthyNoTarget", 0, 0, -1, false, false, false, true, "could-not-verify"},
                    Case{"healthyTargetFails", 0, 0, 3, false, false, false, true, "not-fixed"},
                    Case{"probeLost", 1, 0, 0, true, false, false, true, "could-not-verify"},
                    Case{"cancelled", 1, 0, 0, false, true, false, true, "could-not-verify"},
                    Case{"unverifiableAction", 1, 0, 0, false, false, true, true, "could-not-verify"},
                    Case{"unverifiableActionTargetFails", 1, 0, 2, false, false, true, true, "not-fixed"},
                    Case{"noBaselineAllFine", 0, 0, 0, false, false, false, false, "works"},
                    Case{"noBaselineTargetFails", 0, 0, 1, false, false, false, false, "not-fixed"}),
    [](const testing::TestParamInfo<Case>& param) { return std::string(param.param.name); });

TEST(VerdictRulesText, WorksOnlyWhenNothingWasChanged)
{
    // Nothing was wrong and the target connects: without a change that is "works" (exit 0 for a script); after a
    // fix that had nothing to fix, there is no fix to confirm.
    Verification v;
    v.comparison.compared = true;
    v.host = "example.com";
    v.port = 443;
    v.resolution = NameResolution{true, {"192.0.2.7"}, 1.0, 0, ""};
    VerifyAttempt a;
    a.result.resolved = true;
    a.result.connected = true;
    v.attempts = {a, a};
    decideVerdict(v, {});
    EXPECT_EQ(v.verdict, "works");
    EXPECT_EQ(v.reason, "Nothing was fixed, and the target works: all 2 connection attempts to example.com:443 "
                        "succeeded and no problem shows. If the error continues, the failing program itself is the "
                        "likely cause.");
    decideVerdict(v, {{"winsock-reset", {}, "applied", "", "", "", ""}});
    EXPECT_EQ(v.verdict, "could-not-verify");
    // A problem found at the start that is gone is "fixed", whoever mended it.
    v.comparison.findings.push_back({finding("target-unreachable"), "resolved"});
    decideVerdict(v, {});
    EXPECT_EQ(v.verdict, "fixed");
}

TEST(VerdictRulesText, NamesTheFailureAndTheFarEnd)
{
    Verification v;
    v.comparison.compared = true;
    v.host = "example.com";
    v.port = 8443;
    VerifyAttempt a;
    a.result.resolved = true;
    a.result.errorCode = 10061;
    a.result.error = "WSAECONNREFUSED";
    a.errorName = "WSAECONNREFUSED";
    a.errorCatalogCode = 10061;
    a.errorMeaning = "the target refused";
    v.attempts = {a, a};
    decideVerdict(v, {});
    EXPECT_EQ(v.verdict, "not-fixed");
    EXPECT_EQ(v.reason, "2 of 2 connection attempts to example.com:8443 failed: WSAECONNREFUSED (10061).");
    EXPECT_EQ(v.nextSteps.front().kind, "check-target");
    EXPECT_NE(v.nextSteps.front().text.find("Nothing listens on port 8443 at example.com"), std::string::npos);
}

TEST(VerdictRulesText, OffersTheUntriedFixesOfWhatRemains)
{
    Verification v;
    v.comparison.compared = true;
    v.remainingFindings = {finding("layered-provider")};
    v.remainingFindings.front().fixes = {"lsp-bypass:app.exe", "remove-provider:1010", "winsock-reset"};
    decideVerdict(v, {{"lsp-bypass:app.exe", {}, "applied", "", "", "", ""}});
    std::vector<std::string> offered;
    for (const auto& s : v.nextSteps)
        if (s.kind == "another-fix")
            offered.push_back(s.fixId);
    EXPECT_EQ(offered, (std::vector<std::string>{"remove-provider:1010", "winsock-reset"}));
}

} // namespace
