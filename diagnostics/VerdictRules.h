#pragma once
/// @file VerdictRules.h
/// @brief How a verification becomes a verdict: fixed, not fixed, or could not verify, with the reason in plain
/// words and what to do next. Every page, command and report takes the verdict from here.

#include "diagnostics/SessionRecord.h"

#include <vector>

namespace wsafix {

/// Sets `v.verdict`, `v.reason` and `v.nextSteps` from what `v` already holds (comparison, resolution,
/// attempts, remaining findings, cancelled) and the session's `actions`. In order:
/// - cancelled, or a probe lost since detect: could not verify;
/// - the target's name does not resolve, a connection attempt failed, or a problem remains: not fixed;
/// - an action whose outcome is "could-not-verify" (its tool cannot run here): at best could not verify;
/// - no baseline, or nothing was wrong at detect time: could not verify (there is no fix to confirm);
/// - otherwise every problem found at detect time is gone (and every attempt connected): fixed.
void decideVerdict(Verification& v, const std::vector<Action>& actions);

} // namespace wsafix
