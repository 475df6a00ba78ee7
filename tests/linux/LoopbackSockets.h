#pragma once
// Sockets the tests open on the loopback interface, so that the probes have something known to find.

#include "diagnostics/platform/linux/UniqueFd.h"

#include <cstdint>
#include <string>

namespace wsafix::test {

using lnx::UniqueFd;

/// "127.0.0.1" or "::1".
std::string loopbackAddress(int family);
/// Whether this machine has IPv6 on loopback (a socket can bind ::1).
bool haveIpv6Loopback();

/// A TCP socket bound to the loopback address on an ephemeral port, listening when `backlog` >= 0.
UniqueFd tcpBound(int family, int backlog);
/// A blocking TCP connection to loopback `port`.
UniqueFd tcpConnect(int family, std::uint16_t port);
/// A UDP socket bound to loopback, connected to `peerPort` when it is not 0.
UniqueFd udpBound(int family, std::uint16_t peerPort = 0);

std::uint16_t localPort(int fd);

} // namespace wsafix::test
