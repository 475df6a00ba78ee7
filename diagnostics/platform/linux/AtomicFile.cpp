// Linux definitions of AtomicFile.h: every folder and file reached through directory descriptors without following
// a link someone else made (NoFollow.h); the temporary is created exclusively (O_EXCL | O_NOFOLLOW) with mode 0600,
// synced, renamed over the target and the folder synced, so the file is private from its first byte and survives a
// crash whole or not at all.
#include "diagnostics/AtomicFile.h"

#include "diagnostics/platform/linux/Errno.h"
#include "diagnostics/platform/linux/NoFollow.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <stdexcept>

namespace wsafix {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what, int error)
{
    throw std::runtime_error(path.string() + ": " + what + ": " + lnx::errnoMessage(error));
}

bool writeAll(int fd, std::string_view bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes)
{
    const lnx::UniqueFd dir = lnx::openFolder(path.has_parent_path() ? path.parent_path() : ".", true);
    const std::string name = path.filename().string();
    if (name.empty() || name == "." || name == "..")
        throw std::runtime_error(path.string() + ": not a file name");
    // A unique sibling name, so that concurrent writers of the same file never share a temporary.
    static std::atomic<unsigned> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    const std::string temp = name + ".tmp-" + std::to_string(stamp) + "-" + std::to_string(counter++);
    lnx::UniqueFd fd(::openat(dir.get(), temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!fd)
        fail(path.parent_path() / temp, "cannot create file", errno);
    if (!writeAll(fd.get(), bytes) || ::fsync(fd.get()) != 0) {
        const int error = errno;
        ::unlinkat(dir.get(), temp.c_str(), 0);
        fail(path.parent_path() / temp, "write failed (disk full?)", error);
    }
    fd.reset();
    if (::renameat(dir.get(), temp.c_str(), dir.get(), name.c_str()) != 0) {
        const int error = errno;
        ::unlinkat(dir.get(), temp.c_str(), 0);
        fail(path, "cannot replace file", error);
    }
    ::fsync(dir.get()); // the rename reaches the disk too; a file system that cannot sync folders still renamed
}

std::string readFile(const std::filesystem::path& path, std::size_t maxBytes)
{
    const lnx::UniqueFd fd = lnx::openForReading(path);
    std::string text;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            fail(path, "cannot read", errno);
        if (n == 0)
            return text;
        if (text.size() + static_cast<std::size_t>(n) > maxBytes) {
            struct stat st
            {
            };
            const auto size = ::fstat(fd.get(), &st) == 0 && static_cast<std::size_t>(st.st_size) > maxBytes
                                  ? static_cast<std::size_t>(st.st_size)
                                  : text.size() + static_cast<std::size_t>(n);
            throw std::runtime_error(path.string() + ": too large (" + std::to_string(size) + " bytes, at most " +
                                     std::to_string(maxBytes) + ")");
        }
        text.append(buffer, static_cast<std::size_t>(n));
    }
}

} // namespace wsafix
