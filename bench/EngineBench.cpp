// Engine costs that the wizard pays on every detect: the live socket inventory of this machine,
// rules over a large inventory, and saving/loading a session record.
#include "diagnostics/Rules.h"
#include "diagnostics/SessionStore.h"
#include "diagnostics/SystemFactory.h"

#include <benchmark/benchmark.h>

#include <filesystem>

using namespace wsafix;

namespace {

Inventory largeInventory(int sockets)
{
    Inventory inv;
    for (const char* probe : {"catalog", "sockets", "processes", "adapters", "events"})
        inv.probes[probe] = ProbeStatus{};
    for (int i = 0; i < sockets; ++i) {
        SocketEntry s;
        s.localAddress = "127.0.0.1";
        s.localPort = static_cast<std::uint16_t>(10000 + i % 50000);
        s.remoteAddress = "127.0.0.1";
        s.remotePort = 8080;
        s.state = i % 3 ? TcpState::Established : TcpState::TimeWait;
        s.pid = static_cast<std::uint32_t>(100 + i % 40);
        s.processName = "proc" + std::to_string(i % 40);
        inv.sockets.push_back(s);
    }
    return inv;
}

void nativeSocketInventory(benchmark::State& state)
{
    auto system = createNativeSystem();
    for (auto _ : state) {
        auto sockets = system->sockets();
        benchmark::DoNotOptimize(sockets);
        state.counters["sockets"] = static_cast<double>(sockets.value.size());
    }
}
BENCHMARK(nativeSocketInventory)->Unit(benchmark::kMillisecond);

void rulesOverLargeInventory(benchmark::State& state)
{
    const Inventory inv = largeInventory(static_cast<int>(state.range(0)));
    const Intake intake{"10056", "proc7", 0, "", 0, ""};
    for (auto _ : state)
        benchmark::DoNotOptimize(evaluateRules(inv, intake));
}
BENCHMARK(rulesOverLargeInventory)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);

void sessionSaveLoad(benchmark::State& state)
{
    const auto dir = std::filesystem::temp_directory_path() / "wsafix-bench-session";
    SessionStore store(dir);
    SessionRecord record = SessionRecord::start();
    record.inventory = largeInventory(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        store.save(record);
        benchmark::DoNotOptimize(store.load(record.id));
    }
    std::filesystem::remove_all(dir);
}
BENCHMARK(sessionSaveLoad)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);

} // namespace
