#include "diagnostics/platform/windows/RunOnceEntry.h"

#include "diagnostics/platform/windows/CommandLine.h"
#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/RegistryString.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

namespace wsafix::win {
namespace {

const std::wstring kRunOnce = L"Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce";

std::string badName(const std::string& name)
{
    if (name.empty() || toUtf16(name).size() > 255 || name.find('\\') != std::string::npos)
        return "RunOnce name '" + name + "' must be 1 to 255 characters without '\\'";
    if (name.front() == '!' || name.front() == '*')
        return "RunOnce name '" + name + "' must not start with '!' or '*', which change when Windows runs it";
    return {};
}

} // namespace

ActionResult writeRunOnce(const std::string& name, const std::string& exePath,
                          const std::vector<std::string>& arguments)
{
    if (const auto error = badName(name); !error.empty())
        return ActionResult::failure(error);
    if (exePath.empty() || exePath.find('"') != std::string::npos)
        return ActionResult::failure("'" + exePath + "' is not a program path");
    std::vector<std::wstring> wide;
    for (const auto& argument : arguments)
        wide.push_back(toUtf16(argument));
    const std::wstring line = buildCommandLine(toUtf16(exePath), wide);
    const LSTATUS status = writeRegistryString(HKEY_CURRENT_USER, kRunOnce, toUtf16(name).c_str(), line);
    if (status != ERROR_SUCCESS)
        return ActionResult::failure("writing RunOnce value '" + name +
                                     "' failed: " + describeWin32Error(static_cast<unsigned long>(status)));
    if (readRunOnce(name) != toUtf8(line))
        return ActionResult::failure("RunOnce value '" + name + "' does not read back as written");
    return ActionResult::success("the wizard will reopen once after the next logon (RunOnce '" + name + "')");
}

std::optional<std::string> readRunOnce(const std::string& name)
{
    const auto value = readRegistryString(HKEY_CURRENT_USER, kRunOnce, toUtf16(name).c_str());
    if (!value)
        return std::nullopt;
    return toUtf8(*value);
}

ActionResult removeRunOnce(const std::string& name)
{
    if (const auto error = badName(name); !error.empty())
        return ActionResult::failure(error);
    const LSTATUS status = RegDeleteKeyValueW(HKEY_CURRENT_USER, kRunOnce.c_str(), toUtf16(name).c_str());
    if (status != ERROR_SUCCESS && status != ERROR_FILE_NOT_FOUND)
        return ActionResult::failure("removing RunOnce value '" + name +
                                     "' failed: " + describeWin32Error(static_cast<unsigned long>(status)));
    if (readRunOnce(name))
        return ActionResult::failure("RunOnce value '" + name + "' is still there");
    return ActionResult::success("removed RunOnce value '" + name + "'");
}

} // namespace wsafix::win
