#include "diagnostics/platform/windows/Elevation.h"

#include "diagnostics/platform/windows/CommandLine.h"
#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/UniqueHandle.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <shellapi.h>

namespace wsafix::win {

bool isProcessElevated()
{
    UniqueHandle token;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, token.out()))
        return false;
    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    if (!GetTokenInformation(token.get(), TokenElevation, &elevation, sizeof elevation, &size))
        return false;
    return elevation.TokenIsElevated != 0;
}

std::wstring elevatedParameters(const std::vector<std::string>& arguments)
{
    std::vector<std::wstring> wide;
    wide.reserve(arguments.size());
    for (const auto& argument : arguments)
        wide.push_back(toUtf16(argument));
    return buildArguments(wide);
}

ElevatedRun runElevated(const std::string& exePath, const std::vector<std::string>& arguments,
                        std::chrono::milliseconds wait)
{
    ElevatedRun run;
    const std::wstring file = toUtf16(exePath);
    const std::wstring parameters = elevatedParameters(arguments);
    SHELLEXECUTEINFOW info{};
    info.cbSize = sizeof info;
    // NOASYNC: the prompt and start finish before returning; NOCLOSEPROCESS: a handle to wait on.
    info.fMask = SEE_MASK_NOCLOSEPROCESS | SEE_MASK_NOASYNC | SEE_MASK_FLAG_NO_UI;
    info.lpVerb = L"runas";
    info.lpFile = file.c_str();
    info.lpParameters = parameters.empty() ? nullptr : parameters.c_str();
    info.nShow = SW_SHOWNORMAL;
    if (!ShellExecuteExW(&info)) {
        const DWORD code = GetLastError();
        run.result =
            code == ERROR_CANCELLED
                ? ActionResult::failure("the administrator prompt was declined")
                : ActionResult::failure("starting '" + exePath + "' elevated failed: " + describeWin32Error(code));
        return run;
    }
    const UniqueHandle process(info.hProcess);
    if (wait.count() <= 0) {
        run.result = ActionResult::success("started '" + exePath + "' elevated");
        return run;
    }
    if (!process) {
        run.result = ActionResult::unverified("started '" + exePath + "' elevated, but got no handle to wait on");
        return run;
    }
    if (WaitForSingleObject(process.get(), static_cast<DWORD>(wait.count())) != WAIT_OBJECT_0) {
        run.result = ActionResult::unverified("'" + exePath + "' runs elevated and did not end within the wait");
        return run;
    }
    DWORD exitCode = 0;
    if (GetExitCodeProcess(process.get(), &exitCode))
        run.exitCode = exitCode;
    run.result = ActionResult::success("'" + exePath + "' ran elevated and exited with " + std::to_string(exitCode));
    return run;
}

} // namespace wsafix::win
