#include "TestScenarios.h"

#include <atomic>
#include <chrono>
#include <fstream>

namespace wsafix::test {

TempDir::TempDir()
{
    static std::atomic<int> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    m_path = std::filesystem::temp_directory_path() /
             ("wsafix-test-" + std::to_string(stamp) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

Inventory healthyInventory()
{
    Inventory inv;
    for (const char* probe : {"catalog", "sockets", "processes", "adapters", "events"})
        inv.probes[probe] = ProbeStatus{};
    Adapter eth;
    eth.id = "{11111111-2222-3333-4444-555555555555}";
    eth.ifIndex = 7;
    eth.name = "Ethernet";
    eth.type = "ethernet";
    eth.up = true;
    eth.addresses = {{"192.0.2.10", 24}};
    eth.gateways = {"192.0.2.1"};
    eth.dnsServers = {"192.0.2.1"};
    eth.dhcp = true;
    inv.adapters.push_back(eth);
    return inv;
}

std::filesystem::path writeText(const std::filesystem::path& dir, const std::string& name, const std::string& text)
{
    const auto path = dir / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

} // namespace wsafix::test
