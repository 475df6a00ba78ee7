#include "diagnostics/platform/linux/LinuxFixes.h"

#include "diagnostics/platform/linux/FlushDnsFix.h"
#include "diagnostics/platform/linux/ReapplyIpFix.h"
#include "diagnostics/platform/linux/RemovePreloadFix.h"
#include "diagnostics/platform/linux/RestartAdapterFix.h"
#include "diagnostics/platform/linux/RestartServiceFix.h"

namespace wsafix {

namespace lnx {

void registerLinuxFixes(FixFactory& factory, ProcessRunner& runner, const LinuxFixPaths& paths)
{
    auto* r = &runner;
    // One line per fix: name, parameter check, constructor.
    factory.add("flush-dns", noParameter,
                [r, paths](const std::string&) { return std::make_unique<FlushDnsFix>(*r, paths.resolvedSocket); });
    factory.add("restart-adapter", linuxInterfaceName,
                [r](const std::string& p) { return std::make_unique<RestartAdapterFix>(p, *r); });
    factory.add("reapply-ip", linuxInterfaceName,
                [r](const std::string& p) { return std::make_unique<ReapplyIpFix>(p, *r); });
    factory.add("remove-preload", preloadEntryPath,
                [paths](const std::string& p) { return std::make_unique<RemovePreloadFix>(p, paths.preload); });
    factory.add("restart-service", systemdUnitName, [r, paths](const std::string& p) {
        return std::make_unique<RestartServiceFix>(p, *r, paths.systemdRuntimeDir);
    });
}

} // namespace lnx

// No Linux fix writes files of its own into the state directory.
FixFactory createNativeFixFactory(ProcessRunner& runner, const std::filesystem::path& /*stateDir*/)
{
    FixFactory factory("linux");
    lnx::registerLinuxFixes(factory, runner);
    return factory;
}

} // namespace wsafix
