#pragma once
// probeTcp() on Linux: resolve, then a non-blocking connect to each address until one answers,
// all within one time limit.

#include "diagnostics/Inventory.h"

#include <chrono>
#include <cstdint>
#include <string>

namespace wsafix::lnx {

TcpProbeResult probeTcpConnect(const std::string& host, std::uint16_t port, std::chrono::milliseconds timeout);

} // namespace wsafix::lnx
