#include "diagnostics/platform/windows/RegistryString.h"

#include <cwchar>

namespace wsafix::win {

std::optional<std::wstring> readRegistryString(HKEY root, const std::wstring& subKey, const wchar_t* name)
{
    for (int attempt = 0; attempt < 4; ++attempt) {
        DWORD bytes = 0;
        if (RegGetValueW(root, subKey.c_str(), name, RRF_RT_REG_SZ, nullptr, nullptr, &bytes) != ERROR_SUCCESS)
            return std::nullopt;
        std::wstring value(bytes / sizeof(wchar_t) + 1, L'\0');
        bytes = static_cast<DWORD>(value.size() * sizeof(wchar_t));
        const LSTATUS status = RegGetValueW(root, subKey.c_str(), name, RRF_RT_REG_SZ, nullptr, value.data(), &bytes);
        if (status == ERROR_MORE_DATA)
            continue; // it grew in between
        if (status != ERROR_SUCCESS)
            return std::nullopt;
        value.resize(wcsnlen(value.c_str(), value.size()));
        return value;
    }
    return std::nullopt;
}

LSTATUS writeRegistryString(HKEY root, const std::wstring& subKey, const wchar_t* name, const std::wstring& value)
{
    return RegSetKeyValueW(root, subKey.c_str(), name, REG_SZ, value.c_str(),
                           static_cast<DWORD>((value.size() + 1) * sizeof(wchar_t)));
}

} // namespace wsafix::win
