#include "diagnostics/fix/FixParameter.h"

#include <cctype>
#include <cstdint>
#include <string>

namespace wsafix {

std::string utf8TextProblem(const std::string& text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7f)
            return "contains a control character (byte " + std::to_string(c) + ")";
        const int extra = c < 0x80 ? 0 : (c & 0xe0) == 0xc0 ? 1 : (c & 0xf0) == 0xe0 ? 2 : (c & 0xf8) == 0xf0 ? 3 : -1;
        if (extra < 0 || (extra == 1 && c < 0xc2) || i + static_cast<std::size_t>(extra) >= text.size() + (extra == 0))
            return "is not valid UTF-8";
        for (int k = 1; k <= extra; ++k)
            if ((static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0xc0) != 0x80)
                return "is not valid UTF-8";
        i += static_cast<std::size_t>(extra) + 1;
    }
    return {};
}

std::string noParameter(const std::string& parameter)
{
    return parameter.empty() ? std::string() : "takes no parameter";
}

std::string linuxInterfaceName(const std::string& parameter)
{
    if (parameter.empty())
        return "needs an interface name, e.g. restart-adapter:eth0";
    if (parameter.size() > 15)
        return "interface names have at most 15 bytes ('" + parameter + "' has " + std::to_string(parameter.size()) +
               ")";
    if (parameter == "." || parameter == "..")
        return "'" + parameter + "' is not an interface name";
    for (const char c : parameter)
        if (c == '/' || c == ':' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
            return "interface names contain no '/', ':' or white space";
    if (parameter.find('%') != std::string::npos)
        return "interface names contain no '%' (the kernel reads it as a number template, as in eth%d)";
    if (const auto problem = utf8TextProblem(parameter); !problem.empty())
        return "the interface name " + problem;
    return {};
}

std::string systemdUnitName(const std::string& parameter)
{
    if (parameter.empty())
        return "needs a unit name, e.g. restart-service:NetworkManager.service";
    if (parameter.size() > 255)
        return "unit names have at most 255 characters";
    if (parameter[0] == '-')
        return "a unit name does not start with '-'";
    for (const char c : parameter) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' ||
                        c == '_' || c == '.' || c == '\\' || c == '@' || c == '-';
        if (!ok)
            return "systemd unit names contain only ASCII letters, digits and : _ . \\ @ - (systemd escapes other "
                   "characters as \\xNN)";
    }
    return {};
}

std::string preloadEntryPath(const std::string& parameter)
{
    if (parameter.empty() || parameter[0] != '/')
        return "needs the absolute path of the library, e.g. remove-preload:/usr/lib/libx.so";
    if (parameter.size() > 4096)
        return "the path is longer than 4096 bytes";
    for (const char c : parameter)
        if (c == ' ' || c == '\t' || c == ':')
            return "ld.so.preload entries contain no blanks or ':' (the loader splits on them)";
    if (const auto problem = utf8TextProblem(parameter); !problem.empty())
        return "the path " + problem;
    return {};
}

std::string windowsGuid(const std::string& parameter)
{
    static constexpr const char* pattern = "{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}";
    if (parameter.empty())
        return "needs the adapter's GUID, e.g. restart-adapter:{4D36E972-E325-11CE-BFC1-08002BE10318}";
    bool ok = parameter.size() == std::char_traits<char>::length(pattern);
    for (std::size_t i = 0; ok && i < parameter.size(); ++i) {
        const char c = parameter[i];
        ok = pattern[i] == 'x' ? std::isxdigit(static_cast<unsigned char>(c)) != 0 : c == pattern[i];
    }
    return ok ? std::string() : "'" + parameter + "' is not a GUID of the form " + pattern;
}

std::string winsockCatalogId(const std::string& parameter)
{
    if (parameter.empty())
        return "needs a Winsock catalog id, e.g. remove-provider:1001 (wsafix detect lists them)";
    if (parameter.size() > 10 || parameter.find_first_not_of("0123456789") != std::string::npos)
        return "'" + parameter + "' is not a catalog id (a decimal number)";
    const unsigned long long id = std::stoull(parameter);
    if (id == 0 || id > 0xffffffffull)
        return "catalog ids run from 1 to 4294967295 ('" + parameter + "' does not)";
    return {};
}

std::string windowsExePath(const std::string& parameter)
{
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    const bool drive = parameter.size() >= 3 && letter(parameter[0]) && parameter[1] == ':' &&
                       (parameter[2] == '\\' || parameter[2] == '/');
    const bool unc = parameter.size() >= 3 && parameter[0] == '\\' && parameter[1] == '\\' && parameter[2] != '\\';
    if (!drive && !unc)
        return "needs the absolute path of the program, e.g. lsp-bypass:C:\\Program Files\\App\\app.exe";
    if (parameter.size() > 32767)
        return "the path is longer than Windows allows (32767 characters)";
    if (parameter.find_first_of("\"<>|*?", 2) != std::string::npos || parameter.find(':', 2) != std::string::npos)
        return "Windows paths contain no '\"', '<', '>', '|', '*', '?' or ':' after the drive";
    if (const auto problem = utf8TextProblem(parameter); !problem.empty())
        return "the path " + problem;
    const std::string tail = parameter.size() >= 4 ? parameter.substr(parameter.size() - 4) : std::string();
    std::string lower;
    for (const char c : tail)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower != ".exe")
        return "'" + parameter + "' is not a program (.exe)";
    return {};
}

std::string windowsServiceName(const std::string& parameter)
{
    if (parameter.empty())
        return "needs a service name, e.g. restart-service:Dnscache";
    if (parameter.find_first_of("/\\") != std::string::npos)
        return "service names contain no '/' or '\\'";
    if (const auto problem = utf8TextProblem(parameter); !problem.empty())
        return "the service name " + problem;
    std::size_t characters = 0;
    for (const char c : parameter)
        characters += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
    if (characters > 256)
        return "service names have at most 256 characters";
    return {};
}

} // namespace wsafix
