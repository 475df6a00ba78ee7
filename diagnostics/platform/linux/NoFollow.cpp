#include "diagnostics/platform/linux/NoFollow.h"

#include "diagnostics/platform/linux/Errno.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>
#include <string>

namespace wsafix::lnx {
namespace {

constexpr int kFolderFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what, int error)
{
    throw std::runtime_error(path.string() + ": " + what + ": " + errnoMessage(error));
}

// A link at `name` that root or this process's user made (and may therefore be followed).
bool trustedLink(int dirFd, const char* name)
{
    struct stat st
    {
    };
    return fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode) &&
           (st.st_uid == 0 || st.st_uid == geteuid());
}

bool isLink(int dirFd, const char* name)
{
    struct stat st
    {
    };
    return fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode);
}

// Opens `name` in `dirFd` with `flags` (which hold O_NOFOLLOW); a trusted link is then followed.
int openAt(int dirFd, const char* name, int flags, mode_t mode = 0)
{
    int fd = ::openat(dirFd, name, flags, mode);
    if (fd < 0 && (errno == ELOOP || errno == ENOTDIR) && trustedLink(dirFd, name))
        fd = ::openat(dirFd, name, flags & ~O_NOFOLLOW & ~O_CREAT & ~O_EXCL);
    if (fd < 0 && (errno == ELOOP || errno == ENOTDIR) && isLink(dirFd, name))
        errno = ELOOP;
    return fd;
}

std::string linkRefusal(const std::string& name)
{
    return "'" + name + "' is a symbolic link made by another user; not followed";
}

std::filesystem::path folderOf(const std::filesystem::path& file)
{
    return file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
}

} // namespace

UniqueFd openFolder(const std::filesystem::path& dir, bool create)
{
    const std::filesystem::path path = dir.empty() ? std::filesystem::path(".") : dir;
    UniqueFd fd(::open(path.is_absolute() ? "/" : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd)
        fail(path, "cannot open folder", errno);
    for (const auto& component : path.relative_path()) {
        const std::string name = component.string();
        if (name.empty() || name == ".")
            continue;
        int next = openAt(fd.get(), name.c_str(), kFolderFlags);
        if (next < 0 && errno == ENOENT && create) {
            if (::mkdirat(fd.get(), name.c_str(), 0700) != 0 && errno != EEXIST)
                fail(path, "cannot create folder '" + name + "'", errno);
            next = openAt(fd.get(), name.c_str(), kFolderFlags);
        }
        if (next < 0 && errno == ELOOP)
            throw std::runtime_error(path.string() + ": " + linkRefusal(name));
        if (next < 0)
            fail(path, "cannot open folder '" + name + "'", errno);
        fd.reset(next);
    }
    return fd;
}

UniqueFd openForAppending(const std::filesystem::path& file)
{
    const UniqueFd dir = openFolder(folderOf(file), true);
    const std::string name = file.filename().string();
    UniqueFd fd(::openat(dir.get(), name.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!fd && errno == ELOOP)
        throw std::runtime_error(file.string() + ": is a symbolic link; not written through");
    if (!fd)
        fail(file, "cannot open for appending", errno);
    struct stat st
    {
    };
    if (::fstat(fd.get(), &st) != 0)
        fail(file, "cannot inspect", errno);
    if (!S_ISREG(st.st_mode) || st.st_nlink != 1)
        throw std::runtime_error(file.string() + ": is not a plain file of its own (" +
                                 (S_ISREG(st.st_mode) ? std::to_string(st.st_nlink) + " hard links" : "not a file") +
                                 "); not written");
    if (geteuid() == 0 && st.st_uid != 0)
        throw std::runtime_error(file.string() + ": belongs to uid " + std::to_string(st.st_uid) +
                                 ", not to root; not written by root");
    return fd;
}

UniqueFd openForReading(const std::filesystem::path& file)
{
    const UniqueFd dir = openFolder(folderOf(file), false);
    const std::string name = file.filename().string();
    UniqueFd fd(openAt(dir.get(), name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (!fd && errno == ELOOP)
        throw std::runtime_error(file.string() + ": " + linkRefusal(name));
    if (!fd)
        fail(file, "cannot read", errno);
    struct stat st
    {
    };
    if (::fstat(fd.get(), &st) != 0)
        fail(file, "cannot read", errno);
    if (!S_ISREG(st.st_mode))
        throw std::runtime_error(file.string() + ": cannot read: not a regular file");
    return fd;
}

} // namespace wsafix::lnx
