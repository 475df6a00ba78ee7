#include "diagnostics/HostNames.h"

#include <algorithm>
#include <cctype>

namespace wsafix {

bool isReservedInvalidName(std::string host)
{
    std::transform(host.begin(), host.end(), host.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (!host.empty() && host.back() == '.')
        host.pop_back();
    return host == "invalid" || (host.size() > 8 && host.ends_with(".invalid"));
}

} // namespace wsafix
