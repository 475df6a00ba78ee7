// POSIX definitions of DurableFile.h: write + fsync, folders fsync'd so that a rename is durable too.
#include "diagnostics/DurableFile.h"

#include "diagnostics/platform/linux/NoFollow.h"
#include "diagnostics/platform/linux/UniqueFd.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace wsafix {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const char* what)
{
    throw std::runtime_error(path.string() + ": " + what + ": " + std::strerror(errno));
}

} // namespace

void appendDurably(const std::filesystem::path& path, std::string_view bytes)
{
    // Never through a link or into a second name of another file (the journal of a privileged run).
    const lnx::UniqueFd fd = lnx::openForAppending(path);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd.get(), bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            fail(path, "write failed");
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd.get()) != 0)
        fail(path, "fsync failed");
}

void syncToDisk(const std::filesystem::path& path)
{
    lnx::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd)
        fail(path, "cannot open to sync");
    if (::fsync(fd.get()) != 0)
        fail(path, "fsync failed");
}

} // namespace wsafix
