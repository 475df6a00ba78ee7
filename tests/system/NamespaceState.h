#pragma once
// What the fix system tests compare before and after: `ip -j addr`, `ip -j link`, `ip -j route` and
// `ip -j -6 route` of a namespace, exactly as ip prints them except that lists are sorted (the
// kernel lists a re-added address or route in a new place).

#include "NetworkNamespace.h"

#include <nlohmann/json.hpp>

#include <string>

namespace wsafix::systemtest {

nlohmann::json namespaceState(const NetworkNamespace& ns);

/// Polls until namespaceState(ns) equals `expected` (5 s at most); the last state seen.
nlohmann::json waitForState(const NetworkNamespace& ns, const nlohmann::json& expected);

} // namespace wsafix::systemtest
