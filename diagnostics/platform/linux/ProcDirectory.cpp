#include "diagnostics/platform/linux/ProcDirectory.h"

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace wsafix::lnx {

long readDirectoryChunk(int dirFd, std::byte* buffer, std::size_t size)
{
    for (;;) {
        const ssize_t n = ::getdents64(dirFd, buffer, size);
        if (n < 0 && errno == EINTR)
            continue;
        return static_cast<long>(n);
    }
}

void rewindDirectory(int dirFd)
{
    ::lseek(dirFd, 0, SEEK_SET);
}

ProcDirectory::ProcDirectory(const std::string& path) : m_fd(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC))
{
    if (!m_fd)
        m_error = errno;
}

} // namespace wsafix::lnx
