#pragma once
/// @file ServiceControl.h
/// @brief The restart-service primitive: stop and start one service through the Service Control Manager, each
/// within a time limit (QueryServiceStatusEx polling). The service name is data passed to OpenServiceW, never
/// part of a command line.

#include "diagnostics/platform/windows/ActionResult.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace wsafix::win {

struct ServiceStatus
{
    std::string state;     ///< "stopped", "start pending", "stop pending", "running", "continue pending",
                           ///< "pause pending", "paused"
    std::uint32_t pid = 0; ///< 0 when not running
    bool operator==(const ServiceStatus&) const = default;
};

/// The service's status; nullopt with `error` set ("no such service 'x'", access denied, ...).
std::optional<ServiceStatus> queryService(const std::string& name, std::string& error);

/// Stops the service and waits until it is stopped: Done (also when it was stopped already), Failed with the
/// reason (refused, dependants running, time limit reached), Unavailable when there is no such service.
ActionResult stopService(const std::string& name, std::chrono::milliseconds timeout);
/// Starts the service and waits until it runs; the same outcomes as stopService.
ActionResult startService(const std::string& name, std::chrono::milliseconds timeout);

} // namespace wsafix::win
