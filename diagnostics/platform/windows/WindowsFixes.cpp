// The Windows fixes, one registration line each (issue 5). CMake compiles this file only for Windows.
#include "diagnostics/platform/windows/WindowsFixes.h"

#include "diagnostics/SessionStore.h"
#include "diagnostics/fix/PrivilegedState.h"
#include "diagnostics/platform/windows/FlushDnsFix.h"
#include "diagnostics/platform/windows/IpResetFix.h"
#include "diagnostics/platform/windows/LspBypassFix.h"
#include "diagnostics/platform/windows/PrivilegedFolder.h"
#include "diagnostics/platform/windows/RegistryTreeBackup.h"
#include "diagnostics/platform/windows/RemoveProviderFix.h"
#include "diagnostics/platform/windows/RestartAdapterFix.h"
#include "diagnostics/platform/windows/RestartServiceFix.h"
#include "diagnostics/platform/windows/Utf16.h"
#include "diagnostics/platform/windows/WinsockResetFix.h"

namespace wsafix {

namespace win {

WindowsFixPaths defaultWindowsFixPaths(const std::filesystem::path& stateDir)
{
    const std::filesystem::path root = defaultPrivilegedRoot();
    const std::string sid = stateUserSid(SessionStore(stateDir).stateDir());
    return {kWinsockRegistryPath, IpResetRegistry{}, root / toUtf16(sid) / "netsh", root};
}

void registerWindowsFixes(FixFactory& factory, ProcessRunner& runner, const AllowList& allowList,
                          const WindowsFixPaths& paths)
{
    auto* r = &runner;
    // One line per fix: name, parameter check, constructor.
    factory.add("winsock-reset", noParameter, [r, allowList, paths](const std::string&) {
        return std::make_unique<WinsockResetFix>(*r, allowList, paths.winsockRegistry);
    });
    factory.add("remove-provider", winsockCatalogId, [paths](const std::string& p) {
        return std::make_unique<RemoveProviderFix>(static_cast<std::uint32_t>(std::stoul(p)), paths.winsockRegistry);
    });
    factory.add("lsp-bypass", windowsExePath, [](const std::string& p) { return std::make_unique<LspBypassFix>(p); });
    factory.add("ip-reset", noParameter, [r, allowList, paths](const std::string&) {
        return std::make_unique<IpResetFix>(*r, allowList, paths.netshLogDir, paths.ipResetRegistry,
                                            paths.privilegedRoot);
    });
    factory.add("flush-dns", noParameter, [](const std::string&) { return std::make_unique<FlushDnsFix>(); });
    factory.add("restart-adapter", windowsGuid,
                [](const std::string& p) { return std::make_unique<RestartAdapterFix>(p); });
    factory.add("restart-service", windowsServiceName,
                [](const std::string& p) { return std::make_unique<RestartServiceFix>(p); });
}

} // namespace win

FixFactory createNativeFixFactory(ProcessRunner& runner, const std::filesystem::path& stateDir)
{
    FixFactory factory("windows");
    // The runner FixSession hands in is restricted to defaultAllowList(); netsh is judged by the same list.
    win::registerWindowsFixes(factory, runner, defaultAllowList(), win::defaultWindowsFixPaths(stateDir));
    return factory;
}

} // namespace wsafix
