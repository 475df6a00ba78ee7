#include "WineDetection.h"

#include "diagnostics/platform/windows/WindowsSystem.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <utility>

using namespace wsafix;

TEST(CatalogProbe, ListsTheBaseTcpIpProviders)
{
    WindowsSystem system;
    const auto catalog = system.catalog();
    ASSERT_TRUE(catalog.available()) << catalog.status.reason;
    ASSERT_FALSE(catalog.value.empty());

    bool tcp = false;
    for (const auto& entry : catalog.value)
        if (entry.addressFamily == 2 && entry.socketType == 1 && entry.protocol == 6 &&
            entry.kind == CatalogEntry::Kind::Base)
            tcp = true;
    EXPECT_TRUE(tcp) << "no base provider for AF_INET / SOCK_STREAM / IPPROTO_TCP";
}

TEST(CatalogProbe, EntriesAreWellFormedAndTheirIdsDistinct)
{
    WindowsSystem system;
    const auto catalog = system.catalog();
    ASSERT_TRUE(catalog.available()) << catalog.status.reason;

    const std::regex guid("\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\\}");
    std::set<std::pair<std::string, std::uint32_t>> ids;
    for (const auto& entry : catalog.value) {
        EXPECT_TRUE(ids.emplace(entry.catalog, entry.catalogId).second)
            << "catalog id " << entry.catalogId << " twice in the " << entry.catalog << "-bit catalog";
        EXPECT_TRUE(std::regex_match(entry.providerGuid, guid)) << entry.providerGuid;
        EXPECT_FALSE(entry.name.empty());
        EXPECT_TRUE(entry.catalog == "64" || entry.catalog == "32") << entry.catalog;
        EXPECT_EQ(entry.kind == CatalogEntry::Kind::Chain, !entry.chain.empty());
    }
}

TEST(CatalogProbe, WineHasSevenBaseEntriesAndNoThirtyTwoBitCatalog)
{
    if (!test::runningUnderWine())
        GTEST_SKIP() << "Wine-specific facts";
    WindowsSystem system;
    const auto catalog = system.catalog();
    ASSERT_TRUE(catalog.available()) << catalog.status.reason;
    EXPECT_EQ(catalog.value.size(), 7u);
    for (const auto& entry : catalog.value) {
        EXPECT_EQ(entry.kind, CatalogEntry::Kind::Base);
        EXPECT_EQ(entry.catalog, "64") << "Wine exports no WSCEnumProtocols32";
    }
}
