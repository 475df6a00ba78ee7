#include "FakeSystem.h"

#include <thread>

namespace wsafix::test {

FakeSystem::FakeSystem()
{
    systemInfo.backend = "fake";
    systemInfo.os = "Test OS 1.0";
    systemInfo.hostname = "TEST-PC";
    systemInfo.user = "tester";
}

Probed<std::vector<CatalogEntry>> FakeSystem::catalog()
{
    if (catalogUnavailable)
        return Probed<std::vector<CatalogEntry>>::unavailable(*catalogUnavailable);
    CatalogEntry tcp;
    tcp.catalogId = 1001;
    tcp.name = "MSAFD Tcpip [TCP/IP]";
    tcp.providerPath = "%SystemRoot%\\system32\\mswsock.dll";
    tcp.addressFamily = 2;
    tcp.socketType = 1;
    tcp.protocol = 6;
    return Probed<std::vector<CatalogEntry>>::ok({tcp});
}

Probed<std::vector<NamespaceProvider>> FakeSystem::namespaceProviders()
{
    NamespaceProvider dns;
    dns.identifier = "Tcpip";
    dns.providerGuid = "{22059D40-7E9E-11CF-AE5A-00AA00A7112B}";
    dns.nameSpace = 12;
    dns.providerPath = "%SystemRoot%\\system32\\mswsock.dll";
    return Probed<std::vector<NamespaceProvider>>::ok({dns});
}

Probed<std::vector<CatalogEntry>> FakeSystem::processInterposers(std::uint32_t)
{
    return Probed<std::vector<CatalogEntry>>::ok({});
}

Probed<std::vector<SocketEntry>> FakeSystem::sockets()
{
    if (socketGate) {
        socketGate->entered = true;
        while (!socketGate->released)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    std::vector<SocketEntry> list;
    list.reserve(socketCount);
    for (std::size_t i = 0; i < socketCount; ++i) {
        SocketEntry s;
        s.localAddress = "10.0.0.5";
        s.localPort = static_cast<std::uint16_t>(1024 + i % 60000);
        s.remoteAddress = "192.0.2." + std::to_string(i % 250 + 1);
        s.remotePort = 443;
        s.state = i % 3 ? TcpState::Established : TcpState::TimeWait;
        s.pid = static_cast<std::uint32_t>(1000 + i % 40);
        s.processName = "app" + std::to_string(i % 40) + ".exe";
        list.push_back(std::move(s));
    }
    return Probed<std::vector<SocketEntry>>::ok(std::move(list));
}

Probed<std::vector<ProcessInfo>> FakeSystem::processes()
{
    std::vector<ProcessInfo> list;
    for (std::uint32_t i = 0; i < 40; ++i)
        list.push_back({1000 + i, "app" + std::to_string(i) + ".exe", ""});
    return Probed<std::vector<ProcessInfo>>::ok(std::move(list));
}

Probed<std::vector<Adapter>> FakeSystem::adapters()
{
    Adapter a;
    a.id = "{00000000-0000-0000-0000-000000000001}";
    a.ifIndex = 3;
    a.name = "Ethernet";
    a.type = "ethernet";
    a.up = true;
    a.addresses = {{"10.0.0.5", 24}};
    a.gateways = {"10.0.0.1"};
    a.dnsServers = {"10.0.0.1"};
    return Probed<std::vector<Adapter>>::ok({a});
}

Probed<std::vector<EventEntry>> FakeSystem::events()
{
    if (eventsUnavailable)
        return Probed<std::vector<EventEntry>>::unavailable(*eventsUnavailable);
    return Probed<std::vector<EventEntry>>::ok({});
}

TcpProbeResult FakeSystem::probeTcp(const std::string&, std::uint16_t, std::chrono::milliseconds)
{
    TcpProbeResult r;
    r.resolved = true;
    r.connected = true;
    r.address = "192.0.2.1";
    r.milliseconds = 12.5;
    return r;
}

CommandResult FakeSystem::runCommand(const std::vector<std::string>&)
{
    CommandResult r;
    r.error = "the fake system runs no commands";
    return r;
}

} // namespace wsafix::test
