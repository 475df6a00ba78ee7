// The provider DLL behind a catalog entry: expanded path, existence (for orphaned entries), version strings.
#include "diagnostics/platform/windows/ProviderDll.h"
#include "diagnostics/platform/windows/Utf16.h"
#include "diagnostics/platform/windows/WindowsSystem.h"

#include <gtest/gtest.h>

#include <windows.h>

using namespace wsafix;

TEST(ProviderDll, ExpandsTheRegisteredPathAndFindsTheFile)
{
    const auto dll = win::inspectProviderDll("%SystemRoot%\\system32\\kernel32.dll", false);
    ASSERT_TRUE(dll.exists.has_value());
    EXPECT_TRUE(*dll.exists) << dll.expandedPath;
    EXPECT_EQ(dll.expandedPath.find('%'), std::string::npos) << dll.expandedPath;
}

TEST(ProviderDll, AMissingFileIsKnownMissing)
{
    const auto dll = win::inspectProviderDll("%SystemRoot%\\system32\\wsafix-uninstalled-lsp.dll", false);
    ASSERT_TRUE(dll.exists.has_value());
    EXPECT_FALSE(*dll.exists);
    EXPECT_TRUE(dll.company.empty());
}

TEST(ProviderDll, AnEmptyPathCannotBeChecked)
{
    EXPECT_FALSE(win::inspectProviderDll("", false).exists.has_value());
}

TEST(ProviderDll, TheThirtyTwoBitCatalogLooksInSysWow64)
{
    const auto dll = win::inspectProviderDll("%SystemRoot%\\System32\\mswsock.dll", true);
    EXPECT_NE(dll.expandedPath.find("\\SysWOW64\\mswsock.dll"), std::string::npos) << dll.expandedPath;
}

TEST(ProviderDll, CatalogEntriesSayWhetherTheirDllWasChecked)
{
    const auto catalog = WindowsSystem().catalog();
    ASSERT_TRUE(catalog.available()) << catalog.status.reason;
    for (const auto& e : catalog.value) {
        // Wine's WSCGetProviderPath returns an empty path: then nothing can be checked, and nothing is claimed.
        if (e.providerPath.empty()) {
            EXPECT_FALSE(e.dllExists.has_value()) << e.name;
        } else {
            EXPECT_TRUE(e.dllExists.has_value()) << e.name;
        }
    }
}

TEST(ProviderDll, VersionStringsOfASystemDll)
{
    const auto dll = win::inspectProviderDll("%SystemRoot%\\system32\\ws2_32.dll", false);
    ASSERT_EQ(dll.exists, true) << dll.expandedPath;
    EXPECT_EQ(dll.company, "Microsoft Corporation") << "Wine's DLLs carry the same CompanyName as Windows'";
    EXPECT_FALSE(dll.product.empty());
}

TEST(ProviderDll, AFileWithoutAVersionResourceHasNoStrings)
{
    // This test program is built by mingw-w64 without a version resource.
    wchar_t self[MAX_PATH];
    const DWORD length = GetModuleFileNameW(nullptr, self, MAX_PATH);
    ASSERT_GT(length, 0u);
    const std::string path = win::toUtf8(std::wstring(self, length));
    const auto dll = win::inspectProviderDll(path, false);
    ASSERT_EQ(dll.exists, true) << path;
    EXPECT_TRUE(dll.company.empty());
    EXPECT_TRUE(dll.product.empty());
}
