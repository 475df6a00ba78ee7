#pragma once
/// @file IpConfiguration.h
/// @brief The IP configuration of every adapter, captured before `netsh int ip reset` so that the ip-reset fix can
/// re-apply what the reset wipes: static addresses and prefixes, static routes (with their gateways), static DNS
/// servers, and whether DHCP was on. Adapters are keyed by GUID and LUID, never by their localized name.

#include "diagnostics/Inventory.h"
#include "diagnostics/platform/windows/ActionResult.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace wsafix::win {

struct IpRoute
{
    std::string destination; ///< "0.0.0.0", "10.1.0.0", "::"
    int prefixLength = 0;
    std::string nextHop; ///< gateway; "0.0.0.0" or "::" for on-link routes
    std::uint32_t metric = 0;
    bool isStatic = false; ///< added by hand or by configuration (MIB_IPPROTO_NETMGMT): re-applied
    bool operator==(const IpRoute&) const = default;
};

struct AdapterIpConfiguration
{
    std::string guid; ///< "{...}", as GetAdaptersAddresses names the adapter
    std::uint64_t luid = 0;
    std::uint32_t ifIndex = 0;
    std::string name;                       ///< friendly name, for display only
    bool dhcp = false;                      ///< DHCPv4 enabled
    std::vector<IpAddress> addresses;       ///< every unicast address
    std::vector<IpAddress> staticAddresses; ///< the manually configured ones (prefix origin "manual"): re-applied
    std::vector<std::string> gateways;
    std::vector<std::string> dnsServers;       ///< in use, whatever their origin
    std::vector<std::string> staticDnsServers; ///< configured by hand (the NameServer registry values): re-applied
    std::vector<IpRoute> routes;               ///< routes through this adapter
    bool operator==(const AdapterIpConfiguration&) const = default;
};

/// Every adapter's configuration (GetAdaptersAddresses, GetIpForwardTable2, the Tcpip NameServer values).
Probed<std::vector<AdapterIpConfiguration>> captureIpConfiguration();

/// Re-applies the static part of `wanted` to the adapter with its GUID: addresses (CreateUnicastIpAddressEntry),
/// static routes (CreateIpForwardEntry2), static DNS servers (the NameServer registry value, as mingw-w64 has no
/// SetInterfaceDnsSettings), and EnableDHCP = 0 when it was off. What is there already is left alone. Checks
/// everything first: Unavailable, changing nothing, when a function is missing (Wine lacks the Create* calls) or
/// the adapter is gone; Done only when a new capture shows all of it.
ActionResult reapplyStaticIpConfiguration(const AdapterIpConfiguration& wanted);

/// The iphlpapi functions reapplyStaticIpConfiguration needs that this system lacks ("CreateUnicastIpAddressEntry,
/// ..."), or empty. Wine 8 lacks all of them.
std::string missingIpWriters();

nlohmann::json ipConfigurationToJson(const std::vector<AdapterIpConfiguration>& adapters);
/// Throws nlohmann::json::exception or std::invalid_argument naming what is wrong.
std::vector<AdapterIpConfiguration> ipConfigurationFromJson(const nlohmann::json& json);

} // namespace wsafix::win
