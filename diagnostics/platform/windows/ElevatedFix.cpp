#include "diagnostics/fix/ElevatedFix.h"

#include "diagnostics/platform/windows/Elevation.h"
#include "diagnostics/platform/windows/Utf16.h"

namespace wsafix {

ElevatedFixRun runFixElevated(const std::filesystem::path& executable, const std::vector<std::string>& arguments,
                              std::chrono::milliseconds limit)
{
    ElevatedFixRun run;
    const auto elevated = win::runElevated(win::toUtf8(executable.wstring()), arguments, limit);
    run.detail = elevated.result.message;
    if (elevated.result.done() && elevated.exitCode) {
        run.ran = true;
        run.exitCode = static_cast<int>(*elevated.exitCode);
    }
    return run;
}

} // namespace wsafix
