#include "diagnostics/platform/windows/LspCategory.h"

#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/ProcAddress.h"
#include "diagnostics/platform/windows/Utf16.h"
#include "diagnostics/platform/windows/WineBuiltin.h"

#include <winsock2.h>
#include <ws2spi.h>

#include <cstdio>

namespace wsafix::win {
namespace {

using SetCategoryFn = int(WSPAPI*)(LPCWSTR, DWORD, LPCWSTR, DWORD, DWORD, DWORD*, LPINT);
using GetCategoryFn = int(WSPAPI*)(LPCWSTR, DWORD, LPCWSTR, DWORD, DWORD*, LPINT);

std::string hex(std::uint32_t value)
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%08lx", static_cast<unsigned long>(value));
    return text;
}

bool isAbsolute(const std::wstring& path)
{
    const bool drive = path.size() >= 3 && path[1] == L':' && (path[2] == L'\\' || path[2] == L'/');
    const bool unc = path.size() >= 3 && path[0] == L'\\' && path[1] == L'\\';
    return drive || unc;
}

} // namespace

std::optional<std::uint32_t> readLspCategories(const std::string& exePath, const std::string& extra, std::string& error)
{
    const auto get = procAddress<GetCategoryFn>(L"ws2_32.dll", "WSCGetApplicationCategory");
    if (!get) {
        error = "ws2_32 has no WSCGetApplicationCategory";
        return std::nullopt;
    }
    const std::wstring path = toUtf16(exePath);
    const std::wstring arguments = toUtf16(extra);
    DWORD categories = 0;
    int code = 0;
    if (get(path.c_str(), static_cast<DWORD>(path.size()), arguments.empty() ? nullptr : arguments.c_str(),
            static_cast<DWORD>(arguments.size()), &categories, &code) != 0) {
        error = "WSCGetApplicationCategory for '" + exePath + "' failed: " + describeWinsockError(code);
        return std::nullopt;
    }
    return categories;
}

LspCategoryChange setLspCategories(const std::string& exePath, const std::string& extra, std::uint32_t categories)
{
    LspCategoryChange change;
    const std::wstring path = toUtf16(exePath);
    const std::wstring arguments = toUtf16(extra);
    if (!isAbsolute(path)) {
        change.result = ActionResult::failure("'" + exePath + "' is not an absolute program path");
        return change;
    }
    const DWORD attributes = GetFileAttributesW(path.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES || (attributes & FILE_ATTRIBUTE_DIRECTORY)) {
        change.result = ActionResult::failure("no program at '" + exePath + "'");
        return change;
    }
    const auto set = procAddress<SetCategoryFn>(L"ws2_32.dll", "WSCSetApplicationCategory");
    const auto get = procAddress<GetCategoryFn>(L"ws2_32.dll", "WSCGetApplicationCategory");
    if (!set) {
        change.result = ActionResult::unavailable("ws2_32 has no WSCSetApplicationCategory; nothing was changed");
        return change;
    }
    const auto length = [](const std::wstring& text) { return static_cast<DWORD>(text.size()); };
    std::string readError;
    if (get)
        change.previous = readLspCategories(exePath, extra, readError);
    DWORD previous = 0;
    int error = 0;
    if (set(path.c_str(), length(path), arguments.empty() ? nullptr : arguments.c_str(), length(arguments), categories,
            &previous, &error) != 0) {
        change.result = ActionResult::failure("WSCSetApplicationCategory for '" + exePath +
                                              "' failed: " + describeWinsockError(error));
        return change;
    }
    // Wine's setter is a stub that reports nothing back: its "previous" value would be made up.
    const bool wine = isWineBuiltinModule(GetModuleHandleW(L"ws2_32.dll"));
    if (!change.previous && !wine)
        change.previous = previous;
    const std::string what = "permitted LSP categories of '" + exePath + "' set to " + hex(categories);
    if (!get) {
        change.result = ActionResult::unverified(what + ", but WSCGetApplicationCategory is missing to read it back" +
                                                 (wine ? " (Wine's ws2_32, whose setter is a stub)" : ""));
        return change;
    }
    const auto now = readLspCategories(exePath, extra, readError);
    if (!now) {
        change.result = ActionResult::unverified(what + ", but " + readError);
        return change;
    }
    change.result = *now == categories ? ActionResult::success(what)
                                       : ActionResult::failure(what + " did not take: it reads back as " + hex(*now));
    return change;
}

} // namespace wsafix::win
