#include "diagnostics/platform/linux/TextFile.h"

#include "diagnostics/platform/linux/UniqueFd.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace wsafix::lnx {

namespace {

TextFile readAll(int fd, std::size_t limit)
{
    TextFile file;
    char buffer[4096];
    while (file.text.size() < limit) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            file.error = errno;
            file.text.clear();
            return file;
        }
        if (n == 0)
            break;
        const std::size_t room = limit - file.text.size();
        file.text.append(buffer, static_cast<std::size_t>(n) < room ? static_cast<std::size_t>(n) : room);
    }
    return file;
}

} // namespace

TextFile readTextFile(const std::string& path, std::size_t limit)
{
    return readTextFileAt(AT_FDCWD, path.c_str(), limit);
}

TextFile readTextFileAt(int dirFd, const char* relativePath, std::size_t limit)
{
    UniqueFd fd(::openat(dirFd, relativePath, O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (!fd) {
        TextFile failed;
        failed.error = errno;
        return failed;
    }
    return readAll(fd.get(), limit);
}

} // namespace wsafix::lnx
