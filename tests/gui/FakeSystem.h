#pragma once
// A System for the cases a scenario cannot describe: probes that are unavailable, a probe that blocks until
// the test releases it (to cancel mid-run), and a machine with tens of thousands of sockets. Not simulated:
// the wizard treats it as a real machine.

#include "diagnostics/System.h"

#include <atomic>
#include <memory>
#include <optional>
#include <string>

namespace wsafix::test {

class FakeSystem : public System
{
public:
    struct Gate
    {
        std::atomic<bool> entered{false};  ///< the blocking probe has started
        std::atomic<bool> released{false}; ///< the test lets it return
    };

    SystemInfo systemInfo;
    std::optional<std::string> catalogUnavailable; ///< reason, when set
    std::optional<std::string> eventsUnavailable;
    std::size_t socketCount = 3;
    std::shared_ptr<Gate> socketGate; ///< when set, sockets() waits for it

    FakeSystem();

    SystemInfo info() override { return systemInfo; }
    Probed<std::vector<CatalogEntry>> catalog() override;
    Probed<std::vector<NamespaceProvider>> namespaceProviders() override;
    Probed<std::vector<CatalogEntry>> processInterposers(std::uint32_t pid) override;
    Probed<std::vector<SocketEntry>> sockets() override;
    Probed<std::vector<ProcessInfo>> processes() override;
    Probed<std::vector<Adapter>> adapters() override;
    Probed<std::vector<EventEntry>> events() override;
    TcpProbeResult probeTcp(const std::string& host, std::uint16_t port, std::chrono::milliseconds timeout) override;
    CommandResult runCommand(const std::vector<std::string>& argv) override;
};

} // namespace wsafix::test
