#include "WineDetection.h"

#include "diagnostics/Detector.h"
#include "diagnostics/platform/windows/LoadedProviders.h"
#include "diagnostics/platform/windows/WindowsSystem.h"

#include <gtest/gtest.h>

#include <windows.h>

#include <algorithm>
#include <cctype>
#include <regex>

using namespace wsafix;

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

} // namespace

TEST(NamespaceProbe, ProvidersOrAReasonNeverAnEmptySuccess)
{
    WindowsSystem system;
    const auto providers = system.namespaceProviders();
    if (test::runningUnderWine()) {
        // Wine's WSAEnumNameSpaceProvidersW is a stub that reports zero providers.
        ASSERT_FALSE(providers.available());
        EXPECT_NE(providers.status.reason.find("no namespace providers"), std::string::npos) << providers.status.reason;
        return;
    }
    ASSERT_TRUE(providers.available()) << providers.status.reason;
    ASSERT_FALSE(providers.value.empty());
    const std::regex guid("\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\\}");
    for (const auto& p : providers.value)
        EXPECT_TRUE(std::regex_match(p.providerGuid, guid)) << p.providerGuid;
}

TEST(LoadedProviders, TheModulesOfThisProcessIncludeWinsock)
{
    const auto modules = win::loadedModules(GetCurrentProcessId());
    ASSERT_TRUE(modules.available()) << modules.status.reason;
    EXPECT_TRUE(std::any_of(modules.value.begin(), modules.value.end(),
                            [](const std::string& m) { return lower(m).ends_with("\\ws2_32.dll"); }));
    EXPECT_FALSE(win::loadedModules(0x7FFFFFF0u).available()) << "no such process";
}

TEST(LoadedProviders, ACatalogDllLoadedIntoTheProcessIsFoundButMswsockIsNot)
{
    const auto modules = win::loadedModules(GetCurrentProcessId());
    ASSERT_TRUE(modules.available()) << modules.status.reason;
    CatalogEntry lsp;
    lsp.catalogId = 1032;
    lsp.name = "Test LSP";
    // ws2_32.dll stands in for a provider DLL: it is loaded here, under the path the catalog would give.
    lsp.providerPath = "%SystemRoot%\\system32\\WS2_32.dll";
    lsp.kind = CatalogEntry::Kind::Layered;
    CatalogEntry base;
    base.catalogId = 1001;
    base.providerPath = "%SystemRoot%\\system32\\mswsock.dll";
    CatalogEntry absent = lsp;
    absent.catalogId = 1040;
    absent.providerPath = "%SystemRoot%\\system32\\wsafix-not-loaded.dll";
    const auto found = win::loadedProviders({base, lsp, absent}, modules.value, 4242);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].catalogId, 1032u);
    EXPECT_EQ(found[0].catalog, "loaded");
    EXPECT_EQ(found[0].name, "loaded into process 4242: Test LSP");
}

TEST(DetectorOnWindows, AProbeOverItsTimeLimitIsReportedCutShort)
{
    WindowsSystem system;
    Detector detector(system);
    detector.setTimeLimit("processes", std::chrono::milliseconds(0));
    detector.setTargetProcess(GetCurrentProcessId(), {});
    const Inventory inv = detector.run({"processes", "adapters"});
    ASSERT_FALSE(inv.probes.at("processes").available);
    EXPECT_NE(inv.probes.at("processes").reason.find("time limit"), std::string::npos);
    EXPECT_TRUE(inv.processes.empty());
    EXPECT_TRUE(inv.probes.at("adapters").available) << inv.probes.at("adapters").reason;

    detector.setTimeLimit("processes", std::chrono::seconds(20));
    const Inventory full = detector.run({"processes"});
    EXPECT_TRUE(full.probes.at("processes").available);
    EXPECT_TRUE(full.probes.at("interposers").available) << full.probes.at("interposers").reason;
    EXPECT_TRUE(full.targetInterposers.empty()) << "no layered provider under this prefix";
}
