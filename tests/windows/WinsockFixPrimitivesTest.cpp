// The Winsock fixes' primitives: LSP bypass, removing one layered provider, flushing the DNS cache, and the
// netsh resets. Wine has stubs for most of them; the tests assert that they are reported as such.
#include "HostileArguments.h"
#include "NetshResetOutput.h"
#include "WineDetection.h"

#include "diagnostics/ProcessRunner.h"
#include "diagnostics/platform/windows/CatalogProbe.h"
#include "diagnostics/platform/windows/DnsResolverCache.h"
#include "diagnostics/platform/windows/LayeredProviderRemoval.h"
#include "diagnostics/platform/windows/LspCategory.h"
#include "diagnostics/platform/windows/NetshCommand.h"
#include "diagnostics/platform/windows/Utf16.h"
#include "diagnostics/platform/windows/WineBuiltin.h"

#include <windows.h>

#include <gtest/gtest.h>

#include <filesystem>

using namespace wsafix;
using win::ActionStatus;

namespace {

std::string thisProgram()
{
    std::wstring path(MAX_PATH, L'\0');
    path.resize(GetModuleFileNameW(nullptr, path.data(), static_cast<DWORD>(path.size())));
    return win::toUtf8(path);
}

CatalogEntry entry(std::uint32_t id, CatalogEntry::Kind kind, const std::string& guid, std::vector<std::uint32_t> chain)
{
    CatalogEntry e;
    e.catalogId = id;
    e.kind = kind;
    e.providerGuid = guid;
    e.chain = std::move(chain);
    e.name = "entry " + std::to_string(id);
    return e;
}

} // namespace

TEST(LspCategory, SetsTheCategoryOrSaysWhyItCannotTell)
{
    const auto change = win::setLspCategories(thisProgram(), "", win::kLspBypassCategories);
    if (test::runningUnderWine()) {
        EXPECT_EQ(change.result.status, ActionStatus::CouldNotVerify) << win::describe(change.result);
        EXPECT_NE(change.result.message.find("WSCGetApplicationCategory"), std::string::npos) << change.result.message;
    } else {
        EXPECT_EQ(change.result.status, ActionStatus::Done) << win::describe(change.result);
        ASSERT_TRUE(change.previous);
        win::setLspCategories(thisProgram(), "", *change.previous);
    }
}

TEST(LspCategory, RefusesPathsThatAreNotAProgram)
{
    for (const std::string path : {"", "relative\\app.exe", "C:\\no\\such\\wsafix-program.exe", "C:\\windows"}) {
        const auto change = win::setLspCategories(path, "", win::kLspBypassCategories);
        EXPECT_EQ(change.result.status, ActionStatus::Failed) << path;
        EXPECT_NE(change.result.message.find(path), std::string::npos) << change.result.message;
    }
}

TEST(LayeredProviderRemoval, RemovesALayeredEntryWithTheChainsBuiltOnIt)
{
    const std::vector<CatalogEntry> catalog{
        entry(1001, CatalogEntry::Kind::Base, "{E70F1AA0-AB8B-11CF-8CA3-00805F48A192}", {}),
        entry(2001, CatalogEntry::Kind::Layered, "{11111111-2222-3333-4444-555555555555}", {}),
        entry(2002, CatalogEntry::Kind::Chain, "{AAAAAAAA-2222-3333-4444-555555555555}", {2001, 1001}),
        entry(2003, CatalogEntry::Kind::Chain, "{AAAAAAAA-2222-3333-4444-555555555555}", {2001, 1001}),
        entry(3001, CatalogEntry::Kind::Chain, "{BBBBBBBB-2222-3333-4444-555555555555}", {3000, 1001}),
    };
    std::string error;
    EXPECT_EQ(
        win::providersToRemove(catalog, 2001, error),
        (std::vector<std::string>{"{AAAAAAAA-2222-3333-4444-555555555555}", "{11111111-2222-3333-4444-555555555555}"}));
    EXPECT_EQ(win::providersToRemove(catalog, 3001, error),
              (std::vector<std::string>{"{BBBBBBBB-2222-3333-4444-555555555555}"}));
    EXPECT_TRUE(win::providersToRemove(catalog, 1001, error).empty());
    EXPECT_NE(error.find("base provider"), std::string::npos) << error;
    EXPECT_TRUE(win::providersToRemove(catalog, 4242, error).empty());
    EXPECT_NE(error.find("4242"), std::string::npos) << error;
}

TEST(LayeredProviderRemoval, NeverRemovesABaseProviderOfThisMachine)
{
    const auto catalog = win::readCatalog();
    ASSERT_TRUE(catalog.available()) << catalog.status.reason;
    const auto base = std::find_if(catalog.value.begin(), catalog.value.end(),
                                   [](const CatalogEntry& e) { return e.kind == CatalogEntry::Kind::Base; });
    ASSERT_NE(base, catalog.value.end());
    const auto result = win::removeLayeredProvider(base->catalogId);
    EXPECT_EQ(result.status, ActionStatus::Failed) << win::describe(result);
    EXPECT_NE(result.message.find("base provider"), std::string::npos) << result.message;
    EXPECT_EQ(win::readCatalog().value, catalog.value) << "the catalog is untouched";

    const auto unknown = win::removeLayeredProvider(0xFFFFFFF0u);
    EXPECT_EQ(unknown.status, ActionStatus::Failed) << win::describe(unknown);
}

TEST(DnsResolverCache, FlushIsReportedAsWhatItIs)
{
    const auto result = win::flushDnsResolverCache();
    if (test::runningUnderWine()) {
        EXPECT_EQ(result.status, ActionStatus::CouldNotVerify) << win::describe(result);
        EXPECT_NE(result.message.find("Wine"), std::string::npos) << result.message;
    } else {
        EXPECT_EQ(result.status, ActionStatus::Done) << win::describe(result);
    }
}

TEST(NetshCommand, ArgvListsAreFixedAndTheLogPathIsOneArgument)
{
    EXPECT_EQ(win::netshWinsockResetArgv(), (std::vector<std::string>{"netsh", "winsock", "reset"}));
    for (const auto& hostile : test::hostileArguments()) {
        const auto argv = win::netshIpResetArgv(hostile);
        ASSERT_EQ(argv.size(), 5u);
        EXPECT_EQ(argv[4], hostile);
    }
}

TEST(NetshCommand, WinesNetshIsCouldNotVerifyNeverSuccess)
{
    if (!test::runningUnderWine())
        GTEST_SKIP() << "on Windows this would reset the Winsock catalog";
    const AllowList allowList = defaultAllowList();
    ASSERT_TRUE(win::isWineBuiltinFile(allowList.resolve("netsh")));
    const auto runner = createProcessRunner(allowList);
    const auto winsock = win::runNetsh(*runner, allowList, win::netshWinsockResetArgv());
    EXPECT_EQ(winsock.status, ActionStatus::CouldNotVerify) << win::describe(winsock);
    EXPECT_NE(winsock.message.find("Wine"), std::string::npos) << winsock.message;

    const auto log = std::filesystem::temp_directory_path() /
                     ("wsafix ip reset \"log\" & " + std::to_string(GetCurrentProcessId()) + ".txt");
    const auto ip = win::runNetsh(*runner, allowList, win::netshIpResetArgv(log.string()));
    EXPECT_EQ(ip.status, ActionStatus::CouldNotVerify) << win::describe(ip);
    std::filesystem::remove(log);
}

TEST(NetshCommand, AResetWithFailedStepsThatMatterIsAFailureNamingThem)
{
    const AllowList allowList = defaultAllowList();
    const auto argv = win::netshIpResetArgv("C:\\wsafix-no-such-directory\\netsh-ip-reset.log");
    CommandResult run;
    run.started = true;
    for (const int exitCode : {0, 1}) {
        SCOPED_TRACE(exitCode);
        run.exitCode = exitCode;
        run.out = test::netshResetOutput("05.txt"); // not elevated: seven steps fail
        const auto notElevated = win::judgeNetsh(run, allowList, argv);
        EXPECT_EQ(notElevated.status, ActionStatus::Failed) << win::describe(notElevated);
        EXPECT_NE(notElevated.message.find("exited " + std::to_string(exitCode) +
                                           ", but 7 steps of the reset failed: Global: The requested operation "
                                           "requires elevation (Run as administrator).; Interface: "),
                  std::string::npos)
            << notElevated.message;
        EXPECT_NE(notElevated.message.find("; Path: "), std::string::npos) << notElevated.message;
        EXPECT_NE(notElevated.message.find("the reset needs elevation"), std::string::npos) << notElevated.message;

        // An elevated run whose named step Global was refused: that part was not reset.
        std::string named = test::netshResetOutput("01.txt");
        named.replace(named.find("Resetting Global, OK!"), 21, "Resetting Global, failed.\nAccess is denied.");
        run.out = named;
        const auto global = win::judgeNetsh(run, allowList, argv);
        EXPECT_EQ(global.status, ActionStatus::Failed) << win::describe(global);
        EXPECT_NE(global.message.find("1 step of the reset failed: Global: Access is denied."), std::string::npos)
            << global.message;
    }
    run.exitCode = 1;
    run.out = "The following command was not found: int ip reset.\n";
    EXPECT_EQ(win::judgeNetsh(run, allowList, argv).status, ActionStatus::Failed) << "exit 1 without a reset's output";
}

TEST(NetshCommand, TheProtectedUnnamedStepOfAnElevatedResetIsAWarningNotAFailure)
{
    const AllowList allowList = defaultAllowList();
    const auto argv = win::netshIpResetArgv("C:\\wsafix-no-such-directory\\netsh-ip-reset.log");
    CommandResult run;
    run.started = true;
    run.out = test::netshResetOutput("01.txt"); // elevated, one unnamed step denied
    EXPECT_EQ(win::failedResetSteps(run.out), std::vector<std::string>{});
    for (const int exitCode : {0, 1}) { // netsh exits 1 after such a run
        SCOPED_TRACE(exitCode);
        run.exitCode = exitCode;
        const auto judged = win::judgeNetsh(run, allowList, argv);
        // This netsh wrote no log file (or is Wine's stub): at best unverified, never a failure or a success.
        EXPECT_EQ(judged.status, ActionStatus::CouldNotVerify) << win::describe(judged);
        EXPECT_NE(judged.message.find("; warning: 1 failed step is harmless: Windows protects that setting even from "
                                      "administrators"),
                  std::string::npos)
            << judged.message;
    }
    // The same output cut off before "Restart the computer ...": it did not run to the end, exit 1 stays a failure.
    run.out = run.out.substr(0, run.out.find("Restart the computer"));
    EXPECT_EQ(win::judgeNetsh(run, allowList, argv).status, ActionStatus::Failed);

    // Without its failed step the run is clean and carries no warning.
    const std::string failedStep = "Resetting , failed.\nAccess is denied.\n";
    std::string clean = test::netshResetOutput("01.txt");
    const std::size_t at = clean.find(failedStep);
    ASSERT_NE(at, std::string::npos) << "the fixture's failed step";
    clean.erase(at, failedStep.size());
    run.out = clean;
    run.exitCode = 0;
    const auto allOk = win::judgeNetsh(run, allowList, argv);
    EXPECT_EQ(allOk.status, ActionStatus::CouldNotVerify) << win::describe(allOk);
    EXPECT_EQ(allOk.message.find("warning"), std::string::npos) << allOk.message;
    EXPECT_TRUE(win::netshResetOutcome(clean).harmless.empty());
}

TEST(NetshCommand, OnlyNetshRunsAndAMissingToolIsUnavailable)
{
    const AllowList allowList = defaultAllowList();
    const auto runner = createProcessRunner(allowList);
    EXPECT_EQ(win::runNetsh(*runner, allowList, {"ipconfig", "/all"}).status, ActionStatus::Failed);
    const AllowList empty({"netsh"}, {"C:\\wsafix-no-such-directory"});
    const auto nowhere = createProcessRunner(empty);
    const auto result = win::runNetsh(*nowhere, empty, win::netshWinsockResetArgv());
    EXPECT_EQ(result.status, ActionStatus::Unavailable) << win::describe(result);
}

TEST(WineBuiltin, TellsWinesFilesFromOthers)
{
    EXPECT_FALSE(win::isWineBuiltinFile(thisProgram())) << "a mingw-w64 program is not Wine's";
    EXPECT_FALSE(win::isWineBuiltinFile("C:\\wsafix-no-such-file.exe"));
    EXPECT_EQ(win::isWineBuiltinModule(GetModuleHandleW(L"kernel32.dll")), test::runningUnderWine());
}
