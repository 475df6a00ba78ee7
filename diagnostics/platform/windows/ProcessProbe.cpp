#include "diagnostics/platform/windows/ProcessProbe.h"

#include "diagnostics/ProbeBudget.h"

#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/UniqueHandle.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <tlhelp32.h>

namespace wsafix::win {
namespace {

/// Visits every process of a Toolhelp snapshot; returns 0, or the error of CreateToolhelp32Snapshot.
template <class Visit> DWORD forEachProcess(Visit visit)
{
    UniqueHandle snapshot(CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0));
    if (!snapshot)
        return GetLastError();
    PROCESSENTRY32W entry{};
    entry.dwSize = sizeof entry;
    for (BOOL more = Process32FirstW(snapshot.get(), &entry); more && !ProbeBudget::checkpoint();
         more = Process32NextW(snapshot.get(), &entry))
        visit(entry);
    return 0;
}

std::string imagePath(DWORD pid)
{
    // Limited rights: enough for the image name, and granted for far more processes than QUERY_INFORMATION.
    UniqueHandle process(OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid));
    if (!process)
        return {};
    std::wstring path(32768, L'\0');
    DWORD size = static_cast<DWORD>(path.size());
    if (!QueryFullProcessImageNameW(process.get(), 0, path.data(), &size))
        return {};
    path.resize(size);
    return toUtf8(path);
}

} // namespace

Probed<std::vector<ProcessInfo>> readProcesses()
{
    std::vector<ProcessInfo> processes;
    const DWORD error = forEachProcess([&](const PROCESSENTRY32W& entry) {
        ProcessInfo info;
        info.pid = entry.th32ProcessID;
        info.name = toUtf8(entry.szExeFile);
        if (entry.th32ProcessID != 0)
            info.path = imagePath(entry.th32ProcessID);
        processes.push_back(std::move(info));
    });
    if (error != 0)
        return Probed<std::vector<ProcessInfo>>::unavailable("CreateToolhelp32Snapshot failed: " +
                                                             describeWin32Error(error));
    return Probed<std::vector<ProcessInfo>>::ok(std::move(processes));
}

std::map<std::uint32_t, std::string> processNames()
{
    std::map<std::uint32_t, std::string> names;
    forEachProcess([&](const PROCESSENTRY32W& entry) { names[entry.th32ProcessID] = toUtf8(entry.szExeFile); });
    return names;
}

} // namespace wsafix::win
