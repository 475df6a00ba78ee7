#include "NamespacePair.h"

#include <nlohmann/json.hpp>

#include <thread>

namespace wsafix::systemtest {

void NamespacePair::SetUp()
{
    if (const std::string why = NetworkNamespace::whyUnavailable(); !why.empty())
        GTEST_SKIP() << why;
    m_a = std::make_unique<NetworkNamespace>();
    if (!m_a->created())
        GTEST_SKIP() << "cannot create network namespaces here: " << m_a->error();
    m_b = std::make_unique<NetworkNamespace>();
    ASSERT_TRUE(m_b->created()) << m_b->error();

    NetworkNamespace::hostIp(
        {"link", "add", "va", "netns", m_a->name(), "type", "veth", "peer", "name", "vb", "netns", m_b->name()});
    struct Side
    {
        NetworkNamespace& ns;
        const char* link;
        const char* v4;
        const char* v6;
    };
    for (const Side& s : {Side{*m_a, "va", kAddressA, kAddress6A}, Side{*m_b, "vb", kAddressB, kAddress6B}}) {
        // No link-local address appearing at its own pace: the address lists stay what the test set.
        s.ns.ip({"link", "set", "dev", s.link, "addrgenmode", "none"});
        s.ns.ip({"addr", "add", std::string(s.v4) + "/24", "dev", s.link});
        s.ns.ip({"addr", "add", std::string(s.v6) + "/64", "dev", s.link, "nodad"});
        s.ns.ip({"link", "set", "dev", "lo", "up"});
        s.ns.ip({"link", "set", "dev", s.link, "up"});
    }
    // The kernel reports operstate UP asynchronously after the carrier comes.
    ASSERT_TRUE(waitFor([&] { return operState(*m_a, "va") == "UP" && operState(*m_b, "vb") == "UP"; }));
}

bool NamespacePair::waitFor(const std::function<bool()>& done, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (done())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return done();
}

std::string NamespacePair::operState(const NetworkNamespace& ns, const std::string& interface)
{
    const auto links = nlohmann::json::parse(ns.ip({"-j", "link", "show", "dev", interface}));
    return links.at(0).at("operstate").get<std::string>();
}

} // namespace wsafix::systemtest
