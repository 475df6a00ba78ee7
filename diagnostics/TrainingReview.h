#pragma once
/// @file TrainingReview.h
/// @brief Training mode's judgement of the trainee's fixes: the scenario is replayed with the fixes they applied
/// and with every other fix it simulates, so the review can say "fixed", "not fixed", "made it worse" and
/// "a less invasive fix existed" from what the rules find, never from a stored answer.

#include "diagnostics/Finding.h"
#include "diagnostics/Scenario.h"
#include "diagnostics/SessionRecord.h"

#include <string>
#include <string_view>
#include <vector>

namespace wsafix {

struct TrainingReview
{
    enum class Grade
    {
        NothingToFix,      ///< the machine was healthy and nothing was applied: the right call
        Unneeded,          ///< the machine was healthy, yet fixes were applied
        Good,              ///< every problem is gone, nothing new, and no gentler fix would have done
        HeavierThanNeeded, ///< every problem is gone, but a less invasive fix alone would have done it too
        NotFixed,          ///< problems remain (or the target still does not connect)
        MadeWorse,         ///< the fixes caused problems the machine did not have
    };

    Grade grade = Grade::NotFixed;
    std::string verdict;                   ///< one plain sentence
    std::vector<std::string> notes;        ///< further plain sentences: what remains, what is new, what would do
    std::vector<Finding> before;           ///< findings of the untouched machine
    std::vector<Finding> resolved;         ///< of `before`, gone after the trainee's fixes
    std::vector<Finding> remaining;        ///< of `before`, still there
    std::vector<Finding> introduced;       ///< there after the fixes but not before
    std::vector<std::string> gentlerFixes; ///< simulated fixes, less invasive than the heaviest one applied, that
                                           ///< alone would have solved everything
    std::vector<std::string> bestFixes;    ///< the least invasive simulated fixes that alone solve everything
    std::vector<std::string> notSimulated; ///< applied fixes that this scenario does not simulate
    bool targetGiven = false;              ///< the intake named a host and port
    bool targetConnects = false;           ///< after the fixes, a probe of that target connected
};

/// "nothing-to-fix", "unneeded", "good", "heavier-than-needed", "not-fixed", "made-worse".
std::string_view trainingGradeName(TrainingReview::Grade grade);

/// Judges `applied` (fix ids in the order applied) on `scenario`, with the findings the rules give for `intake`.
/// "Solved" means: no finding of the untouched machine remains, none is new, and the intake's target (if any)
/// connects.
TrainingReview reviewTraining(const Scenario& scenario, const Intake& intake, const std::vector<std::string>& applied);

} // namespace wsafix
