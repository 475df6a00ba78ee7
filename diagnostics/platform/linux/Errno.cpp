#include "diagnostics/platform/linux/Errno.h"

#include <cstring>

namespace wsafix::lnx {

std::string errnoName(int error)
{
    if (const char* name = strerrorname_np(error))
        return name;
    return "errno " + std::to_string(error);
}

std::string errnoMessage(int error)
{
    char buffer[256];
    // The GNU strerror_r returns a pointer that may or may not point into `buffer`.
    return strerror_r(error, buffer, sizeof buffer);
}

} // namespace wsafix::lnx
