#include "diagnostics/fix/ResumeEntry.h"

#include "diagnostics/platform/windows/RunOnceEntry.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <shellapi.h>

namespace wsafix {
namespace {

const std::string kName = "wsafix-resume";

} // namespace

std::string writeResumeEntry(const std::filesystem::path& executable, const std::vector<std::string>& arguments)
{
    const auto result = win::writeRunOnce(kName, win::toUtf8(executable.wstring()), arguments);
    return result.done() ? std::string() : result.message;
}

std::optional<std::vector<std::string>> resumeEntryArguments()
{
    const auto line = win::readRunOnce(kName);
    if (!line)
        return std::nullopt;
    // Read back the way the started program will see it.
    int count = 0;
    LPWSTR* argv = CommandLineToArgvW(win::toUtf16(*line).c_str(), &count);
    if (!argv)
        return std::nullopt;
    std::vector<std::string> args;
    for (int i = 1; i < count; ++i)
        args.push_back(win::toUtf8(argv[i]));
    LocalFree(argv);
    return args;
}

std::string removeResumeEntry()
{
    const auto result = win::removeRunOnce(kName);
    return result.done() ? std::string() : result.message;
}

} // namespace wsafix
