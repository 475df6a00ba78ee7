#include "diagnostics/fix/DetachedProcess.h"

#include "diagnostics/platform/windows/CommandLine.h"
#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/ReparsePoint.h"
#include "diagnostics/platform/windows/UniqueHandle.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

namespace wsafix {

std::string startDetached(const std::filesystem::path& executable, const std::vector<std::string>& arguments,
                          const std::filesystem::path& logFile)
{
    if (!executable.is_absolute())
        return "the program to start must be an absolute path: " + win::toUtf8(executable.wstring());
    std::error_code ec;
    std::filesystem::create_directories(logFile.parent_path(), ec);
    // guard.log may be opened by an elevated process: a link planted at it or its folder is refused, not followed.
    std::string error;
    const win::UniqueHandle log = win::openWithoutFollowing(
        logFile, FILE_APPEND_DATA, FILE_SHARE_READ | FILE_SHARE_WRITE, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, error);
    if (!log)
        return error;
    // Inherited by the watchdog as its output; made inheritable only after the checks.
    if (!SetHandleInformation(log.get(), HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT))
        return "cannot hand " + win::toUtf8(logFile.wstring()) + " on: " + win::describeWin32Error(GetLastError());
    std::vector<std::wstring> wide;
    for (const auto& argument : arguments)
        wide.push_back(win::toUtf16(argument));
    std::wstring commandLine = win::buildCommandLine(executable.wstring(), wide);
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = nullptr;
    startup.hStdOutput = log.get();
    startup.hStdError = log.get();
    PROCESS_INFORMATION started{};
    // No console, its own process group, and out of the caller's job (a kill-on-close job of a terminal or IDE
    // would otherwise end the watchdog with its caller); retried inside the job when breaking away is refused.
    DWORD flags = DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP | CREATE_UNICODE_ENVIRONMENT | CREATE_BREAKAWAY_FROM_JOB;
    BOOL ok = CreateProcessW(executable.wstring().c_str(), commandLine.data(), nullptr, nullptr, TRUE, flags, nullptr,
                             nullptr, &startup, &started);
    if (!ok && GetLastError() == ERROR_ACCESS_DENIED) {
        flags &= ~static_cast<DWORD>(CREATE_BREAKAWAY_FROM_JOB);
        ok = CreateProcessW(executable.wstring().c_str(), commandLine.data(), nullptr, nullptr, TRUE, flags, nullptr,
                            nullptr, &startup, &started);
    }
    if (!ok)
        return "cannot start " + win::toUtf8(executable.wstring()) + ": " + win::describeWin32Error(GetLastError());
    CloseHandle(started.hThread);
    CloseHandle(started.hProcess);
    return {};
}

std::filesystem::path currentExecutable()
{
    std::wstring buffer(MAX_PATH, L'\0');
    for (;;) {
        const DWORD length = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
        if (length == 0)
            return {};
        if (length < buffer.size()) {
            buffer.resize(length);
            return std::filesystem::path(buffer);
        }
        if (buffer.size() >= 32768)
            return {};
        buffer.resize(buffer.size() * 2);
    }
}

unsigned long currentProcessId()
{
    return GetCurrentProcessId();
}

bool processRunning(unsigned long pid)
{
    win::UniqueHandle process(OpenProcess(SYNCHRONIZE, FALSE, pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED; // exists, but not ours to open
    return WaitForSingleObject(process.get(), 0) == WAIT_TIMEOUT;
}

} // namespace wsafix
