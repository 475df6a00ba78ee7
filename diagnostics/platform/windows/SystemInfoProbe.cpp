#include "diagnostics/platform/windows/SystemInfoProbe.h"

#include "diagnostics/platform/windows/Elevation.h"
#include "diagnostics/platform/windows/ProcAddress.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <string>

namespace wsafix::win {
namespace {

std::string osVersion()
{
    // GetVersionEx reports the version of the application's manifest, not of the system.
    using RtlGetVersionFn = LONG(WINAPI*)(OSVERSIONINFOW*);
    const auto rtlGetVersion = procAddress<RtlGetVersionFn>(L"ntdll.dll", "RtlGetVersion");
    OSVERSIONINFOW version{};
    version.dwOSVersionInfoSize = sizeof version;
    if (!rtlGetVersion || rtlGetVersion(&version) != 0)
        return "Windows (version unknown)";
    std::string text = "Windows " + std::to_string(version.dwMajorVersion) + "." +
                       std::to_string(version.dwMinorVersion) + " build " + std::to_string(version.dwBuildNumber);
    if (version.szCSDVersion[0] != L'\0')
        text += " " + toUtf8(version.szCSDVersion);
    // Wine reports the Windows version it imitates; say that it is Wine, a report reader must know.
    using WineGetVersionFn = const char*(CDECL*)();
    if (const auto wineGetVersion = procAddress<WineGetVersionFn>(L"ntdll.dll", "wine_get_version"))
        text += std::string(" (Wine ") + wineGetVersion() + ")";
    return text;
}

std::string hostName()
{
    DWORD size = 0;
    GetComputerNameExW(ComputerNameDnsHostname, nullptr, &size);
    std::wstring name(size, L'\0');
    if (size == 0 || !GetComputerNameExW(ComputerNameDnsHostname, name.data(), &size))
        return {};
    name.resize(size);
    return toUtf8(name);
}

std::string userName()
{
    DWORD size = 0;
    GetUserNameW(nullptr, &size);
    std::wstring name(size, L'\0');
    if (size == 0 || !GetUserNameW(name.data(), &size))
        return {};
    name.resize(size > 0 ? size - 1 : 0); // size counts the terminating NUL here
    return toUtf8(name);
}

} // namespace

SystemInfo readSystemInfo()
{
    SystemInfo info;
    info.backend = "windows";
    info.os = osVersion();
    info.hostname = hostName();
    info.user = userName();
    info.elevated = isProcessElevated();
    return info;
}

} // namespace wsafix::win
