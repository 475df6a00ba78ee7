#pragma once
// probeTcp(): one bounded TCP connection attempt, the way an application would make it.

#include "diagnostics/Inventory.h"

#include <chrono>
#include <cstdint>
#include <string>

namespace wsafix::win {

TcpProbeResult probeTcp(const std::string& host, std::uint16_t port, std::chrono::milliseconds timeout);

} // namespace wsafix::win
