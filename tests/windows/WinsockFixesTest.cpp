// winsock-reset and remove-provider against a scratch copy of the WinSock2 Parameters layout under HKCU: the snapshot
// holds the tree twice (structured copy and .reg file), a rollback puts it back byte for byte, and a fix whose check
// fails is rolled back on the spot. Under Wine netsh is a stub: the reset is "could not verify", never "applied".
#include "FixHarness.h"
#include "ScratchRegistryKey.h"
#include "WineDetection.h"

#include "diagnostics/ProcessRunner.h"
#include "diagnostics/fix/FixSteps.h"
#include "diagnostics/platform/windows/CatalogProbe.h"
#include "diagnostics/platform/windows/RegExportFile.h"
#include "diagnostics/platform/windows/RegistrySnapshot.h"
#include "diagnostics/platform/windows/RemoveProviderFix.h"
#include "diagnostics/platform/windows/WinsockResetFix.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using namespace wsafix;
using test::ScratchRegistryKey;

namespace {

std::vector<std::uint8_t> dword(std::uint32_t v)
{
    return {static_cast<std::uint8_t>(v), static_cast<std::uint8_t>(v >> 8), static_cast<std::uint8_t>(v >> 16),
            static_cast<std::uint8_t>(v >> 24)};
}

// The shape of HKLM\...\WinSock2\Parameters on Windows 10: two catalogs, a base entry and a layered one.
void writeCatalogCopy(ScratchRegistryKey& key)
{
    key.setString("", "Current_Protocol_Catalog", "Protocol_Catalog9");
    key.setString("", "Current_NameSpace_Catalog", "NameSpace_Catalog5");
    key.set("", "Ws2_32NumHandleBuckets", REG_DWORD, dword(0x20));
    key.set("Protocol_Catalog9", "Next_Catalog_Entry_ID", REG_DWORD, dword(1021));
    key.set("Protocol_Catalog9", "Num_Catalog_Entries64", REG_DWORD, dword(2));
    key.set("Protocol_Catalog9", "Serial_Access_Num", REG_DWORD, dword(17));
    auto packed = ScratchRegistryKey::utf16Bytes(L"%SystemRoot%\\system32\\mswsock.dll");
    packed.resize(0x3c0, 0);
    key.set("Protocol_Catalog9\\Catalog_Entries64\\000000000001", "PackedCatalogItem", REG_BINARY, packed);
    auto layered = ScratchRegistryKey::utf16Bytes(L"C:\\Program Files\\Vpn\\vpnlsp.dll");
    layered.resize(0x3c0, 0);
    key.set("Protocol_Catalog9\\Catalog_Entries64\\000000000020", "PackedCatalogItem", REG_BINARY, layered);
    key.set("NameSpace_Catalog5", "Num_Catalog_Entries64", REG_DWORD, dword(1));
    key.setString("NameSpace_Catalog5\\Catalog_Entries64\\000000000001", "LibraryPath",
                  "%SystemRoot%\\System32\\NLAapi.dll", REG_EXPAND_SZ);
    key.set("NameSpace_Catalog5\\Catalog_Entries64\\000000000001", "Enabled", REG_DWORD, dword(1));
}

// What `netsh winsock reset` (or WSCDeinstallProvider) does to the copy: the layered entry goes, counters change.
void rewriteCatalogCopy(ScratchRegistryKey& key)
{
    ASSERT_EQ(RegDeleteTreeW(HKEY_CURRENT_USER,
                             (key.subKey() + L"\\Protocol_Catalog9\\Catalog_Entries64\\000000000020").c_str()),
              ERROR_SUCCESS);
    key.set("Protocol_Catalog9", "Num_Catalog_Entries64", REG_DWORD, dword(1));
    key.set("Protocol_Catalog9", "Serial_Access_Num", REG_DWORD, dword(18));
    key.set("", "Added_By_Reset", REG_DWORD, dword(1));
}

win::RegistryTree read(const ScratchRegistryKey& key)
{
    const auto tree = win::captureRegistryTree(key.path());
    EXPECT_TRUE(tree.available()) << tree.status.reason;
    return tree.value;
}

struct WinsockReset
{
    WinsockReset() : runner(createProcessRunner(allowList)) {}
    test::FixHarness harness;
    AllowList allowList = defaultAllowList();
    std::unique_ptr<ProcessRunner> runner;
};

// winsock-reset as if the reset had left the catalog broken: the check fails, so FixRunner must roll back.
class CheckFailsWinsockReset : public win::WinsockResetFix
{
public:
    CheckFailsWinsockReset(ProcessRunner& runner, AllowList allowList, ScratchRegistryKey& key)
        : WinsockResetFix(runner, std::move(allowList), key.path()), m_key(key)
    {
    }
    void apply(const Snapshot& before, FixSteps& steps) override
    {
        WinsockResetFix::apply(before, steps);
        // Wine's netsh changes nothing; make the change a real reset makes, so the rollback has work to do.
        steps.perform("rewrite the catalog copy", [this] { rewriteCatalogCopy(m_key); });
    }
    FixCheck check(const Snapshot&) override { return FixCheck::failed("the catalog still lists the layered entry"); }

private:
    ScratchRegistryKey& m_key;
};

} // namespace

TEST(WinsockResetFix, SnapshotHoldsTheTreeAsStructuredCopyAndAsRegFile)
{
    ScratchRegistryKey key("winsock-snapshot");
    writeCatalogCopy(key);
    WinsockReset w;
    win::WinsockResetFix fix(*w.runner, w.allowList, key.path());
    const Snapshot s = fix.snapshot();
    ASSERT_NE(s.find("registry"), nullptr);
    ASSERT_NE(s.find("registry-export"), nullptr);
    EXPECT_EQ(s.part("registry-export").meta.value("extension", ""), ".reg");
    const auto tree = read(key);
    EXPECT_EQ(win::firstDifference(tree, win::registryTreeFromJson(s.jsonPart("registry"))), "");
    EXPECT_TRUE(s.part("registry-export").bytes == win::regExportFile(tree)) << "the .reg file differs";
    EXPECT_EQ(s.part("registry-export").bytes.substr(0, 2), "\xff\xfe");
}

TEST(WinsockResetFix, RollbackPutsTheTreeBackByteForByteAndIsSafeToRepeat)
{
    ScratchRegistryKey key("winsock-rollback");
    writeCatalogCopy(key);
    WinsockReset w;
    win::WinsockResetFix fix(*w.runner, w.allowList, key.path());
    const auto before = read(key);
    Snapshot s = fix.snapshot();
    s.id = "test";
    rewriteCatalogCopy(key);
    const auto changed = fix.restored(s);
    EXPECT_EQ(changed.result, FixCheck::Result::Failed) << changed.detail;

    FixSteps steps(nullptr, "test");
    fix.rollback(s, steps);
    fix.rollback(s, steps);
    EXPECT_EQ(steps.done().size(), 2u);
    EXPECT_EQ(win::firstDifference(before, read(key)), "");
    EXPECT_TRUE(win::regExportFile(read(key)) == s.part("registry-export").bytes) << "the .reg file differs";
    const auto restored = fix.restored(s);
    EXPECT_EQ(restored.result, FixCheck::Result::Verified) << restored.detail;
}

TEST(WinsockResetFix, WinesStubNetshIsCouldNotVerifyAndChangesNothing)
{
    if (!test::runningUnderWine())
        GTEST_SKIP() << "on Windows this would reset the Winsock catalog";
    ScratchRegistryKey key("winsock-wine");
    writeCatalogCopy(key);
    const auto before = read(key);
    WinsockReset w;
    win::WinsockResetFix fix(*w.runner, w.allowList, key.path());
    const FixReport report = w.harness.runner().apply(fix);
    EXPECT_EQ(report.outcome, "could-not-verify") << report.detail;
    EXPECT_NE(report.detail.find("Wine's stub"), std::string::npos) << report.detail;
    EXPECT_EQ(report.commands, (std::vector<std::string>{"netsh winsock reset"}));
    EXPECT_FALSE(report.snapshotId.empty());
    EXPECT_TRUE(w.harness.snapshots().load(report.snapshotId).part("registry-export").bytes ==
                win::regExportFile(before))
        << "the saved .reg file differs";
    EXPECT_EQ(win::firstDifference(before, read(key)), "");
    EXPECT_TRUE(w.harness.journal().openEntries().empty());
}

TEST(WinsockResetFix, AFailedCheckIsRolledBackOnTheSpot)
{
    if (!test::runningUnderWine())
        GTEST_SKIP() << "on Windows this would reset the Winsock catalog";
    ScratchRegistryKey key("winsock-failed-check");
    writeCatalogCopy(key);
    const auto before = read(key);
    WinsockReset w;
    CheckFailsWinsockReset fix(*w.runner, w.allowList, key);
    const FixReport report = w.harness.runner().apply(fix);
    EXPECT_EQ(report.outcome, "rolled-back") << report.detail;
    EXPECT_NE(report.detail.find("the catalog still lists the layered entry"), std::string::npos) << report.detail;
    EXPECT_NE(report.machineState.find("as before the fix"), std::string::npos) << report.machineState;
    ASSERT_EQ(report.commands.size(), 3u);
    EXPECT_EQ(report.commands[1], "rewrite the catalog copy");
    EXPECT_NE(report.commands[2].find("restore the registry tree"), std::string::npos) << report.commands[2];
    EXPECT_EQ(win::firstDifference(before, read(key)), "");
    EXPECT_TRUE(win::regExportFile(read(key)) == win::regExportFile(before)) << "the .reg file differs";
    EXPECT_TRUE(w.harness.journal().openEntries().empty());
}

TEST(RemoveProviderFix, ABaseProviderIsUnavailableAndNothingIsTouched)
{
    const auto catalog = win::readCatalog();
    ASSERT_TRUE(catalog.available()) << catalog.status.reason;
    const auto base = std::find_if(catalog.value.begin(), catalog.value.end(),
                                   [](const CatalogEntry& e) { return e.kind == CatalogEntry::Kind::Base; });
    ASSERT_NE(base, catalog.value.end());
    ScratchRegistryKey key("remove-base");
    writeCatalogCopy(key);
    const auto before = read(key);
    test::FixHarness harness;
    win::RemoveProviderFix fix(base->catalogId, key.path());
    const FixReport report = harness.runner().apply(fix);
    EXPECT_EQ(report.outcome, "unavailable") << report.detail;
    EXPECT_NE(report.detail.find("base provider"), std::string::npos) << report.detail;
    EXPECT_TRUE(report.snapshotId.empty());
    EXPECT_EQ(win::firstDifference(before, read(key)), "");
    EXPECT_EQ(win::readCatalog().value, catalog.value);

    win::RemoveProviderFix unknown(0xFFFFFFF0u, key.path());
    EXPECT_NE(unknown.unavailable().find("4294967280"), std::string::npos) << unknown.unavailable();
}

TEST(RemoveProviderFix, RollbackRestoresTheCatalogCopyTheSnapshotHolds)
{
    ScratchRegistryKey key("remove-rollback");
    writeCatalogCopy(key);
    const auto before = read(key);
    // The snapshot remove-provider takes: the GUIDs it removes, and the tree (taken here through the same backup).
    Snapshot s;
    s.id = "test";
    s.fixId = "remove-provider:1020";
    s.parts.push_back(
        SnapshotPart::json("providers", {{"catalogId", 1020}, {"guids", {"{11111111-2222-3333-4444-555555555555}"}}}));
    win::RegistryTreeBackup(key.path()).capture(s);

    rewriteCatalogCopy(key);
    win::RemoveProviderFix fix(1020, key.path());
    EXPECT_EQ(fix.restored(s).result, FixCheck::Result::Failed);
    FixSteps steps(nullptr, "test");
    fix.rollback(s, steps);
    EXPECT_EQ(win::firstDifference(before, read(key)), "");
    const auto restored = fix.restored(s);
    EXPECT_EQ(restored.result, FixCheck::Result::Verified) << restored.detail;
}

TEST(RemoveProviderFix, ADamagedSnapshotIsRefusedNotHalfApplied)
{
    ScratchRegistryKey key("remove-damaged");
    writeCatalogCopy(key);
    Snapshot s;
    s.id = "damaged";
    win::RegistryTreeBackup(key.path()).capture(s);
    s.parts[0].bytes.replace(s.parts[0].bytes.find("\"exists\":true"), 13, "\"exists\":\"yes\"");
    rewriteCatalogCopy(key);
    const auto changed = read(key);
    win::RemoveProviderFix fix(1020, key.path());
    FixSteps steps(nullptr, "test");
    try {
        fix.rollback(s, steps);
        FAIL() << "a damaged registry copy must be refused";
    } catch (const FixFailure& e) {
        EXPECT_NE(std::string(e.what()).find("holds no usable registry copy"), std::string::npos) << e.what();
    }
    EXPECT_EQ(win::firstDifference(changed, read(key)), "") << "nothing was written";
}
