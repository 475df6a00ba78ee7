#include "diagnostics/platform/windows/Win32ProcessRunner.h"

#include "diagnostics/platform/windows/ChildProcess.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

namespace wsafix {

Win32ProcessRunner::Win32ProcessRunner(AllowList allowList) : m_allowList(std::move(allowList)) {}

CommandResult Win32ProcessRunner::run(const std::vector<std::string>& argv, const CommandOptions& options)
{
    CommandResult result;
    if (argv.empty()) {
        result.error = "empty command";
        return result;
    }
    const std::string& name = argv.front();
    if (!m_allowList.allows(name)) {
        result.error = "'" + name + "' is not an allowed command";
        return result;
    }
    const std::string path = m_allowList.resolve(name);
    if (path.empty()) {
        result.error = name.find_first_of("/\\:") != std::string::npos
                           ? "'" + name + "' is not a bare command name"
                           : "'" + name + "' is allowed but was not found in the allowed directories";
        return result;
    }
    return win::ChildProcess::run(path, {argv.begin() + 1, argv.end()}, options);
}

std::unique_ptr<ProcessRunner> createProcessRunner(AllowList allowList)
{
    return std::make_unique<Win32ProcessRunner>(std::move(allowList));
}

AllowList defaultAllowList()
{
    // Only the system directory: never PATH, which the user (or malware) controls.
    std::wstring directory(MAX_PATH, L'\0');
    UINT length = GetSystemDirectoryW(directory.data(), static_cast<UINT>(directory.size()));
    if (length > directory.size()) {
        directory.resize(length);
        length = GetSystemDirectoryW(directory.data(), static_cast<UINT>(directory.size()));
    }
    directory.resize(length);
    std::vector<std::string> dirs;
    if (length > 0)
        dirs.push_back(win::toUtf8(directory));
    return AllowList({"netsh", "ipconfig", "reg", "sc", "route", "netstat"}, std::move(dirs));
}

} // namespace wsafix
