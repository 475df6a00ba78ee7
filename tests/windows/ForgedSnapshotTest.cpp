// A snapshot is data, and an elevated rollback must not let it choose what is written: every Windows fix restores
// only what its own definition names. Forged snapshots (a registry copy naming another key, a part naming another
// adapter, service, program or catalog entry) are refused whole, before anything is written or deleted; the key
// they name stays as it was. The genuine round trip still works. Scratch keys under HKCU stand in for HKLM.
#include "ScratchRegistryKey.h"

#include "diagnostics/ProcessRunner.h"
#include "diagnostics/fix/FixSteps.h"
#include "diagnostics/platform/windows/IpConfiguration.h"
#include "diagnostics/platform/windows/IpResetFix.h"
#include "diagnostics/platform/windows/LspBypassFix.h"
#include "diagnostics/platform/windows/RegistrySnapshot.h"
#include "diagnostics/platform/windows/RemoveProviderFix.h"
#include "diagnostics/platform/windows/RestartAdapterFix.h"
#include "diagnostics/platform/windows/RestartServiceFix.h"
#include "diagnostics/platform/windows/WinsockResetFix.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>

using namespace wsafix;
using test::ScratchRegistryKey;

namespace {

win::RegistryTree read(const ScratchRegistryKey& key)
{
    const auto tree = win::captureRegistryTree(key.path());
    EXPECT_TRUE(tree.available()) << tree.status.reason;
    return tree.value;
}

// Replaces the Json part `name` of `s` by `change(its value)`, as someone editing the files (and recomputing the
// checksums) would.
template <class Change> void forge(Snapshot& s, const std::string& name, Change change)
{
    for (auto& part : s.parts)
        if (part.name == name) {
            nlohmann::json value = nlohmann::json::parse(part.bytes);
            change(value);
            part = SnapshotPart::json(name, value, part.meta);
            return;
        }
    FAIL() << "no part " << name;
}

// Runs `rollback` and expects it refused with a message saying so, having done no step.
template <class Rollback> void expectRefused(Rollback rollback, const std::string& mention)
{
    FixSteps steps(nullptr, "forged");
    try {
        rollback(steps);
        ADD_FAILURE() << "a forged snapshot must be refused";
    } catch (const FixFailure& e) {
        EXPECT_NE(std::string(e.what()).find("is refused"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find(mention), std::string::npos) << e.what();
    }
    EXPECT_TRUE(steps.done().empty()) << "nothing may be done for a forged snapshot";
}

struct Reset
{
    Reset() : runner(createProcessRunner(allowList))
    {
        own.setString("", "Current_Protocol_Catalog", "Protocol_Catalog9");
        own.setString("Protocol_Catalog9", "Next_Catalog_Entry_ID", "1021");
        victim.setString("", "Precious", "do not touch");
        victim.setString("Child", "AlsoPrecious", "nor this");
    }
    ScratchRegistryKey own{"forged-own"};
    ScratchRegistryKey victim{"forged-victim"};
    AllowList allowList = defaultAllowList();
    std::unique_ptr<ProcessRunner> runner;
};

} // namespace

TEST(ForgedSnapshot, ARegistryCopyNamingAnotherKeyIsRefusedAndThatKeyIsUntouched)
{
    Reset r;
    win::WinsockResetFix fix(*r.runner, r.allowList, r.own.path());
    Snapshot s = fix.snapshot();
    s.id = "forged";
    r.own.setString("", "Added_After", "x");
    const auto ownBefore = read(r.own);
    const auto victimBefore = read(r.victim);

    // The forger writes the fix's own captured copy (or anything) to another key...
    forge(s, "registry", [&](nlohmann::json& v) { v["path"] = r.victim.canonicalPath(); });
    expectRefused([&](FixSteps& steps) { fix.rollback(s, steps); }, r.victim.canonicalPath());
    EXPECT_EQ(win::firstDifference(victimBefore, read(r.victim)), "");
    EXPECT_EQ(win::firstDifference(ownBefore, read(r.own)), "") << "the fix's own key is not half restored either";

    // ...or deletes it: a copy saying "did not exist".
    forge(s, "registry", [&](nlohmann::json& v) { v = {{"path", r.victim.canonicalPath()}, {"exists", false}}; });
    expectRefused([&](FixSteps& steps) { fix.rollback(s, steps); }, r.victim.canonicalPath());
    EXPECT_TRUE(r.victim.exists());
    EXPECT_EQ(win::firstDifference(victimBefore, read(r.victim)), "");

    // A key below the fix's own tree is another key too.
    forge(s, "registry", [&](nlohmann::json& v) { v["path"] = r.own.canonicalPath() + "\\Protocol_Catalog9"; });
    expectRefused([&](FixSteps& steps) { fix.rollback(s, steps); }, "restores only " + r.own.canonicalPath());
    EXPECT_EQ(win::firstDifference(ownBefore, read(r.own)), "");
    EXPECT_THROW(fix.restored(s), FixFailure);
}

TEST(ForgedSnapshot, TheGenuineRoundTripStillWorksAndTheKeyIsTheFixsOwnWhateverItsCase)
{
    Reset r;
    win::WinsockResetFix fix(*r.runner, r.allowList, r.own.path());
    const auto before = read(r.own);
    Snapshot s = fix.snapshot();
    s.id = "genuine";
    r.own.setString("", "Added_After", "x");
    FixSteps steps(nullptr, "genuine");
    fix.rollback(s, steps);
    EXPECT_EQ(win::firstDifference(before, read(r.own)), "");
    EXPECT_EQ(fix.restored(s).result, FixCheck::Result::Verified);

    // The registry compares names without case: a copy of the same key spelt in other case is that key.
    forge(s, "registry", [&](nlohmann::json& v) {
        std::string path = v.at("path").get<std::string>();
        for (auto& c : path)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        v["path"] = path;
    });
    r.own.setString("", "Added_After", "y");
    fix.rollback(s, steps);
    EXPECT_EQ(win::firstDifference(before, read(r.own)), "");
}

TEST(ForgedSnapshot, IpResetRefusesTheWholeSnapshotWhenOnePartNamesAnotherKey)
{
    Reset r;
    ScratchRegistryKey interfaces("forged-interfaces");
    ScratchRegistryKey interfaces6("forged-interfaces6");
    ScratchRegistryKey nsiAddresses("forged-nsi-addresses");
    ScratchRegistryKey nsiRoutes("forged-nsi-routes");
    const std::string guid = "{0000000A-1111-2222-3333-444444444444}";
    interfaces.setString(guid, "NameServer", "192.0.2.53");
    interfaces6.setString(guid, "NameServer", "2001:db8::53");
    nsiAddresses.set("", "0600000001000000", REG_BINARY, {1, 2, 3});
    nsiRoutes.set("", "0600000001000000", REG_BINARY, {4, 5, 6});
    const win::IpResetRegistry registry{interfaces.path(), interfaces6.path(), nsiAddresses.path(), nsiRoutes.path()};
    const std::filesystem::path logs = std::filesystem::temp_directory_path() / "wsafix-forged-logs";
    win::IpResetFix fix(*r.runner, r.allowList, logs, registry);

    Snapshot s;
    s.id = "forged-ip";
    s.fixId = "ip-reset";
    s.parts.push_back(SnapshotPart::json("ip-configuration", win::ipConfigurationToJson({})));
    win::RegistryTreeBackup(interfaces.path()).capture(s);
    win::RegistryTreeBackup(interfaces6.path(), "registry-tcpip6").capture(s);
    win::RegistryTreeBackup(nsiAddresses.path(), "registry-nsi-ipv6-addresses").capture(s);
    win::RegistryTreeBackup(nsiRoutes.path(), "registry-nsi-ipv6-routes").capture(s);

    // After the snapshot the saved settings changed (as the reset changes them); the last part is forged.
    interfaces.setString(guid, "NameServer", "198.51.100.1");
    forge(s, "registry-nsi-ipv6-routes", [&](nlohmann::json& v) { v["path"] = r.victim.canonicalPath(); });
    const auto interfacesNow = read(interfaces);
    const auto victimBefore = read(r.victim);

    expectRefused([&](FixSteps& steps) { fix.rollback(s, steps); }, r.victim.canonicalPath());
    EXPECT_EQ(win::firstDifference(interfacesNow, read(interfaces)), "") << "the earlier parts were not restored";
    EXPECT_EQ(win::firstDifference(victimBefore, read(r.victim)), "");
    // apply() checks the same before netsh runs: no step, no log folder.
    expectRefused([&](FixSteps& steps) { fix.apply(s, steps); }, r.victim.canonicalPath());
    EXPECT_FALSE(std::filesystem::exists(logs));
}

TEST(ForgedSnapshot, APartNamingAnotherAdapterServiceProgramOrCatalogEntryIsRefused)
{
    const std::string adapter = "{0000000A-1111-2222-3333-444444444444}";
    const std::string other = "{0000000B-1111-2222-3333-444444444444}";
    Snapshot device;
    device.id = "forged-adapter";
    device.parts.push_back(SnapshotPart::json("adapter-device", {{"guid", other}, {"enabled", false}}));
    win::RestartAdapterFix restartAdapter(adapter);
    expectRefused([&](FixSteps& steps) { restartAdapter.rollback(device, steps); }, other);

    Snapshot service;
    service.id = "forged-service";
    service.parts.push_back(SnapshotPart::json("service", {{"name", "Schedule"}, {"state", "stopped"}}));
    win::RestartServiceFix restartService("Spooler");
    expectRefused([&](FixSteps& steps) { restartService.rollback(service, steps); }, "Schedule");

    Snapshot categories;
    categories.id = "forged-categories";
    categories.parts.push_back(SnapshotPart::json("lsp-categories", {{"exe", "C:\\other.exe"}, {"categories", 0}}));
    win::LspBypassFix bypass("C:\\app.exe");
    expectRefused([&](FixSteps& steps) { bypass.rollback(categories, steps); }, "C:\\other.exe");

    Reset r;
    Snapshot providers;
    providers.id = "forged-providers";
    providers.parts.push_back(
        SnapshotPart::json("providers", {{"catalogId", 1030}, {"guids", nlohmann::json::array()}}));
    win::RegistryTreeBackup(r.own.path()).capture(providers);
    r.own.setString("", "Added_After", "x");
    const auto ownNow = read(r.own);
    win::RemoveProviderFix remove(1020, r.own.path());
    expectRefused([&](FixSteps& steps) { remove.rollback(providers, steps); }, "1030");
    EXPECT_EQ(win::firstDifference(ownNow, read(r.own)), "");
}
