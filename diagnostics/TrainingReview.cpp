#include "diagnostics/TrainingReview.h"

#include "diagnostics/Detector.h"
#include "diagnostics/FixKinds.h"
#include "diagnostics/Rules.h"
#include "diagnostics/platform/simulated/SimulatedSystem.h"

#include <algorithm>
#include <chrono>

namespace wsafix {
namespace {

constexpr auto kProbeTimeout = std::chrono::milliseconds(5000);

bool targetGiven(const Intake& intake)
{
    return !intake.host.empty() && intake.port != 0;
}

// The machine after `fixes`, as the wizard sees it: every probe, then the rules for the intake.
struct Outcome
{
    std::vector<Finding> findings;
    bool connects = false;
    std::vector<std::string> notSimulated;
};

Outcome replay(const Scenario& scenario, const Intake& intake, const std::vector<std::string>& fixes)
{
    SimulatedSystem system(scenario);
    Outcome out;
    for (const auto& fix : fixes)
        if (!system.applyFix(fix))
            out.notSimulated.push_back(fix);
    out.findings = evaluateRules(Detector(system).run(), intake);
    if (targetGiven(intake))
        out.connects = system.probeTcp(intake.host, intake.port, kProbeTimeout).connected;
    return out;
}

bool contains(const std::vector<Finding>& list, const Finding& f)
{
    return std::any_of(list.begin(), list.end(), [&f](const Finding& g) { return sameProblem(f, g); });
}

// Solved: no finding at all is left, and the target (if any) connects.
bool solved(const Outcome& o, const Intake& intake)
{
    return o.findings.empty() && (!targetGiven(intake) || o.connects);
}

std::string join(const std::vector<std::string>& items)
{
    std::string text;
    for (const auto& item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text;
}

std::string titles(const std::vector<Finding>& findings)
{
    std::string text;
    for (const auto& f : findings)
        text += (text.empty() ? "" : "; ") + f.title;
    return text;
}

} // namespace

std::string_view trainingGradeName(TrainingReview::Grade grade)
{
    switch (grade) {
    case TrainingReview::Grade::NothingToFix:
        return "nothing-to-fix";
    case TrainingReview::Grade::Unneeded:
        return "unneeded";
    case TrainingReview::Grade::Good:
        return "good";
    case TrainingReview::Grade::HeavierThanNeeded:
        return "heavier-than-needed";
    case TrainingReview::Grade::NotFixed:
        return "not-fixed";
    case TrainingReview::Grade::MadeWorse:
        return "made-worse";
    }
    return "not-fixed";
}

TrainingReview reviewTraining(const Scenario& scenario, const Intake& intake, const std::vector<std::string>& applied)
{
    using Grade = TrainingReview::Grade;
    TrainingReview r;
    r.targetGiven = targetGiven(intake);
    r.before = replay(scenario, intake, {}).findings;
    const Outcome after = replay(scenario, intake, applied);
    r.notSimulated = after.notSimulated;
    r.targetConnects = after.connects;
    for (const auto& f : r.before)
        (contains(after.findings, f) ? r.remaining : r.resolved).push_back(f);
    for (const auto& f : after.findings)
        if (!contains(r.before, f))
            r.introduced.push_back(f);

    // Every fix the scenario simulates, tried alone on a fresh machine: which of them solve everything?
    int bestRank = 0;
    for (const auto& [fix, effect] : scenario.fixes)
        if (!r.before.empty() && effect.failsCheck.empty() && solved(replay(scenario, intake, {fix}), intake)) {
            const int rank = fixInvasiveness(fix);
            if (r.bestFixes.empty() || rank < bestRank) {
                r.bestFixes = {fix};
                bestRank = rank;
            } else if (rank == bestRank) {
                r.bestFixes.push_back(fix);
            }
        }
    int heaviest = -1;
    for (const auto& fix : applied)
        if (std::find(r.notSimulated.begin(), r.notSimulated.end(), fix) == r.notSimulated.end())
            heaviest = std::max(heaviest, fixInvasiveness(fix));

    if (!r.introduced.empty()) {
        r.grade = Grade::MadeWorse;
        r.verdict = "The fixes made things worse: the machine now has problems it did not have before.";
        r.notes.push_back("New: " + titles(r.introduced) + ".");
    } else if (r.before.empty()) {
        r.grade = heaviest < 0 ? Grade::NothingToFix : Grade::Unneeded;
        r.verdict = heaviest < 0 ? "Right call: the machine was healthy and nothing was changed."
                                 : "The machine was healthy: no fix was needed, and a fix on a healthy machine only "
                                   "adds risk.";
    } else if (solved(after, intake)) {
        for (const auto& fix : r.bestFixes)
            if (fixInvasiveness(fix) < heaviest)
                r.gentlerFixes.push_back(fix);
        r.grade = r.gentlerFixes.empty() ? Grade::Good : Grade::HeavierThanNeeded;
        r.verdict = r.gentlerFixes.empty() ? "Well chosen: every problem is gone, with the least invasive fix."
                                           : "Fixed, but a less invasive fix existed: " + join(r.gentlerFixes) +
                                                 " alone would have solved it with less collateral change.";
    } else {
        r.grade = Grade::NotFixed;
        r.verdict = applied.empty() ? "Not fixed: no fix was applied, and the problems are still there."
                                    : "Not fixed: the problem is still there after the fixes chosen.";
    }
    if (!r.remaining.empty())
        r.notes.push_back("Still present: " + titles(r.remaining) + ".");
    if (r.targetGiven && !r.targetConnects)
        r.notes.push_back("The connection to " + intake.host + ":" + std::to_string(intake.port) + " still fails.");
    if (!r.notSimulated.empty())
        r.notes.push_back("Not simulated in this scenario, so they changed nothing: " + join(r.notSimulated) + ".");
    if ((r.grade == Grade::NotFixed || r.grade == Grade::MadeWorse) && !r.bestFixes.empty())
        r.notes.push_back("What would have worked: " + join(r.bestFixes) + ".");
    if (r.grade == Grade::NotFixed && r.bestFixes.empty() && !r.before.empty())
        r.notes.push_back("No fix on this machine solves it: the evidence points at the application or the "
                          "network, so the right step is to hand the findings to whoever owns it.");
    return r;
}

} // namespace wsafix
