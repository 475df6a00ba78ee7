#pragma once
// DNS servers of this machine from resolv.conf. DNS is machine-wide on Linux, not per interface.

#include <string>
#include <string_view>
#include <vector>

namespace wsafix::lnx {

/// The `nameserver` addresses of resolv.conf text, in order, zone ids removed.
std::vector<std::string> parseNameservers(std::string_view text);

/// The servers of `resolvConf`. When it names only systemd-resolved's local stub (127.0.0.53 / .54),
/// the upstream servers from `resolvedConf` instead, if that file is readable.
std::vector<std::string> readDnsServers(const std::string& resolvConf = "/etc/resolv.conf",
                                        const std::string& resolvedConf = "/run/systemd/resolve/resolv.conf");

} // namespace wsafix::lnx
