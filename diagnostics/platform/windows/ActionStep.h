#pragma once
/// @file ActionStep.h
/// @brief Runs a Windows primitive (an ActionResult-returning Win32 call) as one journaled FixSteps step.

#include "diagnostics/fix/Fix.h"
#include "diagnostics/platform/windows/ActionResult.h"

#include <functional>
#include <string>

namespace wsafix::win {

/// Runs `action` through steps.perform(`what`): Failed and Unavailable are journaled as the step's failure and
/// thrown as FixFailure; Done and CouldNotVerify are returned (the caller's check() says which it was).
ActionResult performAction(FixSteps& steps, const std::string& what, const std::function<ActionResult()>& action);

/// The check of a fix whose last step reported `result`: CouldNotVerify stays "could not verify", Done is
/// "verified" with `verifiedDetail`, anything else "failed".
FixCheck checkFromAction(const ActionResult& result, const std::string& verifiedDetail);

} // namespace wsafix::win
