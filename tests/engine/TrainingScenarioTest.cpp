// The built-in training scenarios: each story yields the findings it implies, the right fix removes them on the
// simulated machine, a wrong fix leaves them, and the training review judges the choice.

#include "diagnostics/Detector.h"
#include "diagnostics/Rules.h"
#include "diagnostics/Scenario.h"
#include "diagnostics/TrainingReview.h"
#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <set>

using namespace wsafix;

namespace {

struct Story
{
    std::string scenario;
    Intake intake;                  ///< what the trainee would enter from the story
    std::set<std::string> findings; ///< finding ids the story implies
    std::string rightFix;           ///< empty: no fix on the machine solves it
    std::string wrongFix;           ///< simulated, but leaves the problem
};

std::vector<Story> stories()
{
    return {
        {"clean", {"10056", "chrome.exe", 0, "example.com", 443, ""}, {}, "", "winsock-reset"},
        {"lsp-adware",
         {"10056", "OUTLOOK.EXE", 0, "example.com", 443, ""},
         {"layered-provider"},
         "remove-provider:1010",
         "flush-dns"},
        {"orphaned-lsp",
         {"10106", "chrome.exe", 0, "example.com", 443, ""},
         {"layered-provider", "orphaned-catalog-entry"},
         "remove-provider:1010",
         "remove-provider:1011"},
        {"app-reconnect-bug",
         {"10056", "OrderSync.exe", 0, "orders.contoso.example", 8443, ""},
         {"app-reconnect-pattern"},
         "",
         "winsock-reset"},
        {"static-ip",
         {"10056", "BadgeDesk.exe", 0, "badges.contoso.example", 9100, ""},
         {"layered-provider"},
         "remove-provider:1010",
         "ip-reset"},
        {"apipa-adapter",
         {"10065", "Finance.exe", 0, "finance.contoso.example", 1433, ""},
         {"apipa-address", "no-default-gateway", "no-dns-server"},
         "restart-adapter:{C1F07B3E-8A24-4D6B-9E15-62D3A0B4F7C8}",
         "winsock-reset"},
        {"socket-exhaustion",
         {"10055", "OUTLOOK.EXE", 0, "example.com", 443, ""},
         {"socket-exhaustion"},
         "restart-program:3312",
         "winsock-reset"},
        {"dns-missing",
         {"", "Thunderbird.exe", 0, "mail.contoso.example", 993, ""},
         {"no-dns-server"},
         "restart-adapter:{5A6B7C8D-9E0F-4A1B-8C2D-3E4F5A6B7C8D}",
         "flush-dns"},
    };
}

std::set<std::string> findingIds(SimulatedSystem& system, const Intake& intake)
{
    std::set<std::string> ids;
    for (const auto& f : evaluateRules(Detector(system).run(), intake))
        ids.insert(f.id);
    return ids;
}

bool connects(SimulatedSystem& system, const Intake& intake)
{
    return system.probeTcp(intake.host, intake.port, std::chrono::seconds(5)).connected;
}

class TrainingScenario : public testing::TestWithParam<Story>
{
};

std::string storyName(const testing::TestParamInfo<Story>& info)
{
    std::string name = info.param.scenario;
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
}

} // namespace

TEST(TrainingScenarios, EveryBuiltinHasATitleAStoryAndATestedStory)
{
    std::set<std::string> tested;
    for (const auto& s : stories())
        tested.insert(s.scenario);
    for (const auto& name : builtinScenarioNames()) {
        const Scenario s = loadScenario(name);
        EXPECT_FALSE(s.title.empty()) << name;
        EXPECT_GE(s.story.size(), 80u) << name;
        EXPECT_TRUE(tested.count(name)) << name << " has no story test here";
    }
    EXPECT_GE(builtinScenarioNames().size(), 8u);
}

TEST_P(TrainingScenario, YieldsTheFindingsItsStoryImplies)
{
    const Story& story = GetParam();
    SimulatedSystem system(loadScenario(story.scenario));
    EXPECT_EQ(findingIds(system, story.intake), story.findings);
    // An application bug leaves the machine's connections working; every machine fault breaks the target.
    EXPECT_EQ(connects(system, story.intake), story.findings.empty() || story.rightFix.empty());
}

TEST_P(TrainingScenario, TheRightFixRemovesTheFindingsAndTheWrongOneLeavesThem)
{
    const Story& story = GetParam();
    const Scenario scenario = loadScenario(story.scenario);
    if (!story.rightFix.empty()) {
        SimulatedSystem fixed(scenario);
        ASSERT_TRUE(fixed.applyFix(story.rightFix));
        EXPECT_TRUE(findingIds(fixed, story.intake).empty());
        EXPECT_TRUE(connects(fixed, story.intake));
    }
    SimulatedSystem wrong(scenario);
    ASSERT_TRUE(wrong.applyFix(story.wrongFix)) << story.wrongFix << " is not simulated";
    const auto after = findingIds(wrong, story.intake);
    EXPECT_TRUE(std::includes(after.begin(), after.end(), story.findings.begin(), story.findings.end()));
}

TEST_P(TrainingScenario, ReviewCallsTheRightFixGoodAndTheWrongOneNot)
{
    using Grade = TrainingReview::Grade;
    const Story& story = GetParam();
    const Scenario scenario = loadScenario(story.scenario);
    if (!story.rightFix.empty()) {
        const TrainingReview right = reviewTraining(scenario, story.intake, {story.rightFix});
        EXPECT_EQ(right.grade, Grade::Good) << right.verdict;
        EXPECT_EQ(right.bestFixes, std::vector<std::string>{story.rightFix});
        EXPECT_TRUE(right.remaining.empty());
    }
    const TrainingReview wrong = reviewTraining(scenario, story.intake, {story.wrongFix});
    EXPECT_NE(wrong.grade, Grade::Good) << wrong.verdict;
    EXPECT_NE(wrong.grade, Grade::HeavierThanNeeded) << wrong.verdict;
    if (story.findings.empty())
        EXPECT_EQ(wrong.grade, Grade::Unneeded);
    else
        EXPECT_FALSE(wrong.remaining.empty());
}

INSTANTIATE_TEST_SUITE_P(Builtin, TrainingScenario, testing::ValuesIn(stories()), storyName);

TEST(TrainingReview, WinsockResetWhereRemovingTheProviderWouldDoIsHeavierThanNeeded)
{
    const Intake intake{"10106", "chrome.exe", 0, "example.com", 443, ""};
    const TrainingReview r = reviewTraining(loadScenario("orphaned-lsp"), intake, {"winsock-reset"});
    EXPECT_EQ(r.grade, TrainingReview::Grade::HeavierThanNeeded);
    EXPECT_EQ(r.gentlerFixes, std::vector<std::string>{"remove-provider:1010"});
    EXPECT_NE(r.verdict.find("less invasive"), std::string::npos) << r.verdict;
    EXPECT_EQ(r.resolved.size(), 2u);
}

TEST(TrainingReview, IpResetWipesTheStaticAddressWhileTheTargetedFixKeepsIt)
{
    const Scenario scenario = loadScenario("static-ip");
    const auto staticConfig = [](SimulatedSystem& system) {
        const auto adapters = system.adapters().value;
        return std::any_of(adapters.begin(), adapters.end(), [](const Adapter& a) {
            return !a.dhcp && !a.addresses.empty() && a.addresses.front().address == "10.20.30.41" &&
                   a.gateways == std::vector<std::string>{"10.20.30.1"};
        });
    };
    for (const char* keeps : {"remove-provider:1010", "winsock-reset"}) {
        SimulatedSystem system(scenario);
        ASSERT_TRUE(system.applyFix(keeps));
        EXPECT_TRUE(staticConfig(system)) << keeps;
    }
    SimulatedSystem reset(scenario);
    ASSERT_TRUE(reset.applyFix("ip-reset"));
    EXPECT_FALSE(staticConfig(reset));

    const Intake intake{"10056", "BadgeDesk.exe", 0, "badges.contoso.example", 9100, ""};
    const TrainingReview r = reviewTraining(scenario, intake, {"ip-reset"});
    EXPECT_EQ(r.grade, TrainingReview::Grade::MadeWorse);
    std::set<std::string> introduced;
    for (const auto& f : r.introduced)
        introduced.insert(f.id);
    EXPECT_EQ(introduced, (std::set<std::string>{"apipa-address", "no-default-gateway", "no-dns-server"}));
    EXPECT_EQ(r.bestFixes, std::vector<std::string>{"remove-provider:1010"});
    EXPECT_EQ(reviewTraining(scenario, intake, {"winsock-reset"}).grade, TrainingReview::Grade::HeavierThanNeeded);
}

TEST(TrainingReview, HealthyMachineLeftAloneIsTheRightCall)
{
    const Intake intake{"10056", "chrome.exe", 0, "example.com", 443, ""};
    const TrainingReview r = reviewTraining(loadScenario("clean"), intake, {});
    EXPECT_EQ(r.grade, TrainingReview::Grade::NothingToFix);
    EXPECT_EQ(trainingGradeName(r.grade), "nothing-to-fix");
}

TEST(TrainingReview, AnApplicationBugHasNoMachineFix)
{
    const Intake intake{"10056", "OrderSync.exe", 0, "orders.contoso.example", 8443, ""};
    const TrainingReview r = reviewTraining(loadScenario("app-reconnect-bug"), intake, {"winsock-reset"});
    EXPECT_EQ(r.grade, TrainingReview::Grade::NotFixed);
    EXPECT_TRUE(r.bestFixes.empty());
    ASSERT_FALSE(r.notes.empty());
    EXPECT_NE(r.notes.back().find("application"), std::string::npos) << r.notes.back();
}

TEST(TrainingReview, FixesTheScenarioDoesNotSimulateAreNamed)
{
    const Intake intake{"10056", "OUTLOOK.EXE", 0, "example.com", 443, ""};
    const TrainingReview r =
        reviewTraining(loadScenario("lsp-adware"), intake, {"lsp-bypass:OUTLOOK.EXE", "remove-provider:1010"});
    EXPECT_EQ(r.notSimulated, std::vector<std::string>{"lsp-bypass:OUTLOOK.EXE"});
    EXPECT_EQ(r.grade, TrainingReview::Grade::Good);
}
