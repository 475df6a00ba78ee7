#pragma once
/// @file VerdictRules.h
/// @brief How a verification becomes a verdict: fixed, works (nothing fixed, the target connects), not fixed, or
/// could not verify, with the reason in plain words and what to do next. Every page, command and report takes the
/// verdict from here.

#include "diagnostics/SessionRecord.h"

#include <vector>

namespace wsafix {

/// Sets `v.verdict`, `v.reason` and `v.nextSteps` from what `v` already holds (comparison, resolution,
/// attempts, remaining findings, cancelled) and the session's `actions`. In order:
/// - cancelled, or a probe lost since detect: could not verify;
/// - the target's name does not resolve, a connection attempt failed, or a problem remains: not fixed;
/// - an action whose outcome is "could-not-verify" (its tool cannot run here): at best could not verify;
/// - nothing was changed (no action applied), a target was given and connects, and no problem found at the start
///   has gone (none was found, or there is no baseline): works ("nothing was fixed; the target works");
/// - no baseline, or nothing was wrong at detect time: could not verify (there is no fix to confirm);
/// - otherwise every problem found at detect time is gone (and every attempt connected): fixed.
void decideVerdict(Verification& v, const std::vector<Action>& actions);

} // namespace wsafix
