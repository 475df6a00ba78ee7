#include "diagnostics/platform/windows/UrlSchemeRegistration.h"

#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/RegistrySnapshot.h"
#include "diagnostics/platform/windows/RegistryString.h"
#include "diagnostics/platform/windows/UniqueRegKey.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

namespace wsafix::win {
namespace {

std::string badScheme(const std::string& scheme)
{
    // RFC 3986 scheme syntax, which also keeps '\' and other key-path characters out.
    bool ok = !scheme.empty() && scheme.size() <= 64 &&
              ((scheme[0] >= 'a' && scheme[0] <= 'z') || (scheme[0] >= 'A' && scheme[0] <= 'Z'));
    for (const char c : scheme)
        ok = ok && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' ||
                    c == '-' || c == '.');
    return ok ? std::string() : "'" + scheme + "' is not a URL scheme name";
}

std::wstring schemeKey(const std::string& scheme)
{
    return L"Software\\Classes\\" + toUtf16(scheme);
}

} // namespace

std::string urlSchemeCommand(const std::string& exePath)
{
    return "\"" + exePath + "\" --link \"%1\"";
}

ActionResult registerUrlScheme(const std::string& exePath, const std::string& scheme)
{
    if (const auto error = badScheme(scheme); !error.empty())
        return ActionResult::failure(error);
    if (exePath.empty() || exePath.find('"') != std::string::npos)
        return ActionResult::failure("'" + exePath + "' is not a program path");
    const UrlSchemeRegistration wanted{"URL:" + scheme + " support link", true, urlSchemeCommand(exePath)};
    const std::wstring key = schemeKey(scheme);
    for (const auto& [subKey, name, value] :
         {std::tuple{key, L"", wanted.description}, std::tuple{key, L"URL Protocol", std::string()},
          std::tuple{key + L"\\shell\\open\\command", L"", wanted.command}}) {
        const LSTATUS status = writeRegistryString(HKEY_CURRENT_USER, subKey, name, toUtf16(value));
        if (status != ERROR_SUCCESS)
            return ActionResult::failure("registering " + scheme +
                                         ":// failed: " + describeWin32Error(static_cast<unsigned long>(status)));
    }
    if (readUrlScheme(scheme) != wanted)
        return ActionResult::failure("the " + scheme + ":// registration does not read back as written");
    return ActionResult::success(scheme + ":// links open " + exePath);
}

std::optional<UrlSchemeRegistration> readUrlScheme(const std::string& scheme)
{
    if (!badScheme(scheme).empty())
        return std::nullopt;
    const std::wstring key = schemeKey(scheme);
    UniqueRegKey open;
    if (RegOpenKeyExW(HKEY_CURRENT_USER, key.c_str(), 0, KEY_READ, open.out()) != ERROR_SUCCESS)
        return std::nullopt;
    UrlSchemeRegistration registration;
    registration.description = toUtf8(readRegistryString(HKEY_CURRENT_USER, key, nullptr).value_or(L""));
    registration.urlProtocol =
        RegQueryValueExW(open.get(), L"URL Protocol", nullptr, nullptr, nullptr, nullptr) == ERROR_SUCCESS;
    registration.command =
        toUtf8(readRegistryString(HKEY_CURRENT_USER, key + L"\\shell\\open\\command", nullptr).value_or(L""));
    return registration;
}

ActionResult unregisterUrlScheme(const std::string& scheme)
{
    if (const auto error = badScheme(scheme); !error.empty())
        return ActionResult::failure(error);
    return deleteRegistryTree("HKCU\\Software\\Classes\\" + scheme);
}

} // namespace wsafix::win
