#include "NamespaceState.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace wsafix::systemtest {
namespace {

nlohmann::json sorted(nlohmann::json list)
{
    for (auto& entry : list)
        if (entry.contains("addr_info")) {
            auto& info = entry["addr_info"];
            std::sort(info.begin(), info.end(), [](const auto& a, const auto& b) { return a.dump() < b.dump(); });
        }
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.dump() < b.dump(); });
    return list;
}

} // namespace

nlohmann::json namespaceState(const NetworkNamespace& ns)
{
    return {{"addr", sorted(nlohmann::json::parse(ns.ip({"-j", "addr", "show"})))},
            {"link", sorted(nlohmann::json::parse(ns.ip({"-j", "link", "show"})))},
            {"route", sorted(nlohmann::json::parse(ns.ip({"-j", "route", "show", "table", "all"})))},
            {"route6", sorted(nlohmann::json::parse(ns.ip({"-j", "-6", "route", "show", "table", "all"})))}};
}

nlohmann::json waitForState(const NetworkNamespace& ns, const nlohmann::json& expected)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    nlohmann::json now = namespaceState(ns);
    while (now != expected && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        now = namespaceState(ns);
    }
    return now;
}

} // namespace wsafix::systemtest
