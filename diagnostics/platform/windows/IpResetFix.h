#pragma once
/// @file IpResetFix.h
/// @brief ip-reset — `netsh int ip reset <log>` rewrites the TCP/IP settings to their defaults, then the static
/// addresses, routes (with their gateways) and DNS servers captured in the snapshot (IpConfiguration) are re-applied
/// so that a static configuration survives; the saved settings of the adapters with a static configuration (their
/// `Interfaces\{GUID}` registry subkeys, which the reset rewrites for the next start) are put back first
/// (StaticInterfaceKeys). The snapshot also holds the Tcpip Interfaces registry tree (the persistent
/// per-adapter configuration the reset rewrites) as JSON and as a .reg file; rollback restores that tree and re-applies
/// the static configuration to the running system. The reset's log lists everything else it rewrote.

#include "diagnostics/ProcessRunner.h"
#include "diagnostics/fix/Fix.h"
#include "diagnostics/platform/windows/ActionResult.h"
#include "diagnostics/platform/windows/IpConfiguration.h"
#include "diagnostics/platform/windows/RegistryTreeBackup.h"
#include "diagnostics/platform/windows/StaticInterfaceKeys.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace wsafix::win {

/// The saved settings ip-reset keeps: production uses these keys, tests scratch HKCU keys.
struct IpResetRegistry
{
    std::string interfaces = kTcpipInterfacesRegistryPath;   ///< IPv4, per adapter
    std::string interfaces6 = kTcpip6InterfacesRegistryPath; ///< IPv6, per adapter
    std::string ipv6Addresses = kNsiIpv6AddressesRegistryPath;
    std::string ipv6Routes = kNsiIpv6RoutesRegistryPath;
};

class IpResetFix : public Fix
{
public:
    /// netsh writes its log into `logDirectory`; `registry` names the saved settings snapshotted and restored with
    /// the IP configuration. With a `privilegedRoot` (production: `%ProgramData%\wsafix`), `logDirectory` lies under
    /// it and every folder from the root down is made or checked as a privileged folder (PrivilegedFolder.h) before
    /// netsh, which runs elevated and follows links, writes there; without one (tests) it is an ordinary folder. In
    /// both cases a reparse point at the folder, its parent or the log file is refused.
    IpResetFix(ProcessRunner& runner, AllowList allowList, std::filesystem::path logDirectory,
               const IpResetRegistry& registry = {}, std::filesystem::path privilegedRoot = {});

    std::string id() const override { return "ip-reset"; }
    std::string title() const override { return "Reset TCP/IP and keep the static configuration"; }
    std::string explanation() const override;
    FixBadges badges() const override;
    std::string unavailable() const override;
    std::vector<std::vector<std::string>> preview() override;
    std::vector<std::string> snapshotPlan() const override;
    Snapshot snapshot() override;
    void apply(const Snapshot& before, FixSteps& steps) override;
    void rollback(const Snapshot& before, FixSteps& steps) override;
    FixCheck check(const Snapshot& before) override;
    FixCheck restored(const Snapshot& before) override;

    /// What apply() re-applies after the reset, from a captured configuration: the adapters with a static address,
    /// static route or static DNS server, loopback addresses left out (the reset keeps those).
    static std::vector<AdapterIpConfiguration> reapplyPlan(const std::vector<AdapterIpConfiguration>& captured);
    /// One line for people per adapter of the plan: "re-apply on Ethernet {GUID}: address 192.0.2.10/24, route
    /// 0.0.0.0/0 via 192.0.2.1, DNS server 192.0.2.53, DHCP off".
    static std::vector<std::string> describePlan(const std::vector<AdapterIpConfiguration>& plan);

private:
    std::vector<std::string> resetArgv() const;
    /// Makes the log folder (see the constructor); throws when it or the log file could redirect netsh's write.
    void prepareLogFolder() const;
    /// Throws FixFailure when a part of `before` is unusable or names a registry key other than this fix's own.
    void refuseForeignTargets(const Snapshot& before) const;
    static std::vector<AdapterIpConfiguration> staticParts(const Snapshot& before);
    void reapply(const Snapshot& before, FixSteps& steps) const;
    /// The first static setting of `before` missing from `now`, or empty.
    static std::string firstMissing(const Snapshot& before, const Probed<std::vector<AdapterIpConfiguration>>& now);
    /// The static adapters' keys of both Interfaces trees of `before` (only IPv4 in snapshots without IPv6 parts).
    std::vector<StaticInterfaceKeys> staticKeys(const Snapshot& before) const;
    /// Puts the saved settings of `before` back: the static adapters' keys and the NSI stores (after the reset), or
    /// every tree whole (rollback).
    void restoreSaved(const Snapshot& before, FixSteps& steps, bool whole) const;
    /// Verified when the static adapters' saved settings are the captured ones (StaticInterfaceKeys::check()).
    FixCheck checkSaved(const Snapshot& before) const;

    ProcessRunner& m_runner;
    AllowList m_allowList;
    std::filesystem::path m_logDirectory;
    std::filesystem::path m_privilegedRoot;      ///< empty: m_logDirectory is an ordinary folder
    RegistryTreeBackup m_interfaces;             ///< part "registry", as before IPv6 was kept
    RegistryTreeBackup m_interfaces6;            ///< part "registry-tcpip6"
    std::vector<RegistryTreeBackup> m_nsiStores; ///< the IPv6 addresses and routes, put back whole
    std::optional<ActionResult> m_netsh;         ///< what apply()'s netsh run did, for check()
};

} // namespace wsafix::win
