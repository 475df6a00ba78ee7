#include "diagnostics/platform/windows/ProcessUser.h"

#include "diagnostics/platform/windows/UniqueHandle.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>

#include <sddl.h>

#include <vector>

namespace wsafix::win {

std::optional<std::string> processUserSid(unsigned long pid)
{
    UniqueHandle process(OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid));
    UniqueHandle token;
    if (!process || !OpenProcessToken(process.get(), TOKEN_QUERY, token.out()))
        return std::nullopt;
    DWORD size = 0;
    GetTokenInformation(token.get(), TokenUser, nullptr, 0, &size);
    if (size == 0)
        return std::nullopt;
    std::vector<unsigned char> buffer(size);
    if (!GetTokenInformation(token.get(), TokenUser, buffer.data(), size, &size))
        return std::nullopt;
    const auto* user = reinterpret_cast<const TOKEN_USER*>(buffer.data());
    LPWSTR text = nullptr;
    if (!ConvertSidToStringSidW(user->User.Sid, &text))
        return std::nullopt;
    std::string sid = toUtf8(text);
    LocalFree(text);
    return sid;
}

std::optional<unsigned long> processSession(unsigned long pid)
{
    DWORD session = 0;
    if (!ProcessIdToSessionId(pid, &session))
        return std::nullopt;
    return session;
}

bool isThisUserAndSession(unsigned long pid)
{
    const unsigned long self = GetCurrentProcessId();
    const auto user = processUserSid(pid);
    const auto session = processSession(pid);
    return user && session && user == processUserSid(self) && session == processSession(self);
}

} // namespace wsafix::win
