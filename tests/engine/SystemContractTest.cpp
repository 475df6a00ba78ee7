// The same contract, checked against every backend this build has: the simulated machine of each
// built-in scenario, and this machine (LinuxSystem natively, WindowsSystem under Wine).
#include "diagnostics/SystemFactory.h"

#include "diagnostics/Scenario.h"

#include <gtest/gtest.h>

#include <set>

using namespace wsafix;
using namespace std::chrono_literals;

namespace {

std::vector<std::string> backends()
{
    std::vector<std::string> all{""}; // "" = this machine
    for (const auto& name : builtinScenarioNames())
        all.push_back(name);
    return all;
}

template <class T> void expectHonest(const Probed<T>& probed, const char* probe)
{
    if (probed.available()) {
        EXPECT_TRUE(probed.status.reason.empty()) << probe;
    } else {
        EXPECT_FALSE(probed.status.reason.empty()) << probe << " is unavailable without saying why";
        EXPECT_TRUE(probed.value.empty()) << probe << " is unavailable but returned data";
    }
}

} // namespace

class SystemContract : public testing::TestWithParam<std::string>
{
protected:
    void SetUp() override { m_system = createSystem(GetParam()); }
    std::unique_ptr<System> m_system;
};

TEST_P(SystemContract, InfoNamesTheBackend)
{
    const SystemInfo info = m_system->info();
    EXPECT_FALSE(info.backend.empty());
    EXPECT_FALSE(info.os.empty());
    if (GetParam().empty()) {
        EXPECT_NE(info.backend, "simulated");
    } else {
        EXPECT_EQ(info.scenario, GetParam());
    }
}

TEST_P(SystemContract, EveryProbeIsAvailableOrSaysWhyNot)
{
    expectHonest(m_system->catalog(), "catalog");
    expectHonest(m_system->sockets(), "sockets");
    expectHonest(m_system->processes(), "processes");
    expectHonest(m_system->adapters(), "adapters");
    expectHonest(m_system->events(), "events");
}

TEST_P(SystemContract, CatalogIdsAreUniqueAndChainsPointIntoTheCatalog)
{
    const auto catalog = m_system->catalog();
    std::set<std::pair<std::string, std::uint32_t>> ids;
    for (const auto& e : catalog.value)
        EXPECT_TRUE(ids.insert({e.catalog, e.catalogId}).second) << "duplicate id " << e.catalogId;
    for (const auto& e : catalog.value) {
        if (e.kind != CatalogEntry::Kind::Chain)
            continue;
        EXPECT_GE(e.chain.size(), 2u) << e.name;
        for (auto id : e.chain)
            EXPECT_TRUE(ids.count({e.catalog, id}) || id == e.catalogId) << e.name << " names unknown entry " << id;
    }
}

TEST_P(SystemContract, SocketsAreWellFormed)
{
    const auto sockets = m_system->sockets();
    for (const auto& s : sockets.value) {
        EXPECT_TRUE(s.ipVersion == 4 || s.ipVersion == 6);
        EXPECT_FALSE(s.localAddress.empty());
        if (s.transport == Transport::Tcp) {
            EXPECT_NE(s.state, TcpState::Unknown) << s.localAddress << ":" << s.localPort;
        }
        if (s.transport == Transport::Tcp && s.state == TcpState::Established) {
            EXPECT_NE(s.remotePort, 0);
        }
    }
}

TEST_P(SystemContract, AdaptersAreKeyedByIdNotByName)
{
    const auto adapters = m_system->adapters();
    if (!adapters.available())
        GTEST_SKIP() << adapters.status.reason;
    EXPECT_FALSE(adapters.value.empty());
    std::set<std::string> ids;
    for (const auto& a : adapters.value) {
        EXPECT_FALSE(a.id.empty()) << a.name;
        EXPECT_TRUE(ids.insert(a.id).second) << "duplicate adapter id " << a.id;
        for (const auto& ip : a.addresses) {
            EXPECT_FALSE(ip.address.empty());
            EXPECT_LE(ip.prefixLength, 128);
            EXPECT_EQ(ip.address.find('%'), std::string::npos) << "zone ids are not part of an address";
        }
    }
}

TEST_P(SystemContract, AnInvalidNameDoesNotResolve)
{
    // RFC 6761 reserves .invalid: no resolver may answer, so nothing leaves the machine.
    const auto r = m_system->probeTcp("wsafix-test.invalid", 443, 3000ms);
    EXPECT_FALSE(r.resolved);
    EXPECT_FALSE(r.connected);
    EXPECT_FALSE(r.error.empty());
}

TEST_P(SystemContract, AnInvalidNameDoesNotResolveOnItsOwnEither)
{
    const auto r = m_system->resolve("wsafix-test.invalid", 3000ms);
    ASSERT_TRUE(r.available()) << r.status.reason;
    EXPECT_FALSE(r.value.resolved);
    EXPECT_TRUE(r.value.addresses.empty());
    EXPECT_NE(r.value.errorCode, 0);
    EXPECT_FALSE(r.value.error.empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, SystemContract, testing::ValuesIn(backends()),
                         [](const testing::TestParamInfo<std::string>& param) {
                             std::string name = param.param.empty() ? "native" : param.param;
                             for (auto& c : name)
                                 if (c == '-')
                                     c = '_';
                             return name;
                         });
