// Linux definitions of PrivilegedState.h: `/var/lib/wsafix/<uid>/`, root's and mode 0700, reached and made through
// directory descriptors that never follow a link (mkdirat/openat with O_NOFOLLOW), every folder on the way root's
// and writable by nobody else (a root-owned sticky folder such as /tmp excepted: nobody else can rename or remove
// what root made in it).
#include "diagnostics/fix/PrivilegedState.h"

#include "diagnostics/platform/linux/Errno.h"
#include "diagnostics/platform/linux/NoFollow.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

namespace wsafix {
namespace {

using lnx::UniqueFd;

[[noreturn]] void refuse(const std::filesystem::path& dir, const std::string& why)
{
    throw PrivilegedStateError("the privileged state folder " + dir.string() + " is not safe: " + why +
                               "; nothing privileged was done");
}

// Why the folder open as `fd` may be changed by someone other than root (empty: only root can).
std::string unsafe(int fd, bool stickyAllowed)
{
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0)
        return lnx::errnoMessage(errno);
    if (st.st_uid != 0)
        return "it belongs to uid " + std::to_string(st.st_uid);
    if ((st.st_mode & 022) != 0 && !(stickyAllowed && (st.st_mode & S_ISVTX)))
        return "its group or others may write to it";
    return {};
}

// Walks `dir` from `/` never following a link, checking each folder; creates the missing ones (0700) from
// `createFrom` on (the components of `dir` after that many). Returns the last folder's descriptor.
UniqueFd openChecked(const std::filesystem::path& dir, std::size_t createFrom)
{
    if (!dir.is_absolute())
        refuse(dir, "it is not an absolute path");
    UniqueFd fd(::open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    std::filesystem::path walked = "/";
    std::size_t index = 0;
    for (const auto& component : dir.relative_path()) {
        const std::string name = component.string();
        if (name.empty() || name == ".")
            continue;
        if (name == "..")
            refuse(dir, "it names '..'");
        if (const auto why = unsafe(fd.get(), true); !why.empty())
            refuse(dir, walked.string() + ": " + why);
        walked /= name;
        int next = ::openat(fd.get(), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (next < 0 && errno == ENOENT && index >= createFrom) {
            if (::mkdirat(fd.get(), name.c_str(), 0700) != 0 && errno != EEXIST)
                refuse(dir, "cannot create " + walked.string() + ": " + lnx::errnoMessage(errno));
            next = ::openat(fd.get(), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        }
        if (next < 0)
            refuse(dir, walked.string() + ": " +
                            (errno == ELOOP || errno == ENOTDIR ? std::string("a link or not a folder")
                                                                : lnx::errnoMessage(errno)));
        fd.reset(next);
        ++index;
    }
    if (const auto why = unsafe(fd.get(), false); !why.empty())
        refuse(dir, why);
    return fd;
}

// The privileged folder itself: private to root (a wider mode root once gave it is narrowed).
void makePrivate(const std::filesystem::path& dir, int fd)
{
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || ((st.st_mode & 077) != 0 && ::fchmod(fd, 0700) != 0))
        refuse(dir, "its mode cannot be made 0700: " + lnx::errnoMessage(errno));
}

std::size_t depth(const std::filesystem::path& dir)
{
    std::size_t n = 0;
    for (const auto& component : dir.relative_path())
        if (!component.empty() && component != ".")
            ++n;
    return n;
}

// The owner of the user's state directory (or of its nearest existing folder), reached under NoFollow's rule.
uid_t ownerOf(const std::filesystem::path& userStateDir)
{
    namespace fs = std::filesystem;
    fs::path dir = fs::absolute(userStateDir).lexically_normal();
    for (;;) {
        std::error_code ec;
        const auto status = fs::symlink_status(dir, ec);
        if (!fs::exists(status) && dir != dir.root_path()) {
            dir = dir.parent_path();
            continue;
        }
        if (fs::is_symlink(status))
            throw PrivilegedStateError("the state directory " + dir.string() +
                                       " is a symbolic link; an elevated run does not follow it");
        try {
            const UniqueFd fd = lnx::openFolder(dir, false);
            struct stat st
            {
            };
            if (::fstat(fd.get(), &st) != 0)
                throw std::runtime_error(lnx::errnoMessage(errno));
            return st.st_uid;
        } catch (const std::exception& e) {
            throw PrivilegedStateError(std::string("the state directory cannot be checked: ") + e.what());
        }
    }
}

// True when `dir` exists and only root can change it or anything above it: it is then itself a privileged place.
bool ownedByRootAlone(const std::filesystem::path& dir)
{
    try {
        openChecked(std::filesystem::absolute(dir).lexically_normal(), depth(dir) + 1);
        return true;
    } catch (const PrivilegedStateError&) {
        return false;
    }
}

} // namespace

bool runningPrivileged()
{
    return ::geteuid() == 0;
}

std::filesystem::path defaultPrivilegedRoot()
{
    // For tests of the privileged run in a scratch folder. It is checked like the real one (root's alone, no
    // link), and pkexec and sudo clear the environment, so a user cannot choose it for an elevated run.
    if (const char* root = std::getenv("WSAFIX_PRIVILEGED_ROOT"); root && *root)
        return root;
    return "/var/lib/wsafix";
}

std::filesystem::path privilegedStateDir(const std::filesystem::path& userStateDir, const std::filesystem::path& root)
{
    const uid_t owner = ownerOf(userStateDir);
    // Root's own state directory where only root can change anything (root's home, a test's folder in /tmp):
    // it already is a privileged place.
    if (owner == 0) {
        // Not made yet (root's first run): what counts is the folder it will be made in.
        auto own = std::filesystem::absolute(userStateDir).lexically_normal();
        auto existing = own;
        std::error_code ec;
        while (!std::filesystem::exists(std::filesystem::symlink_status(existing, ec)) &&
               existing != existing.root_path())
            existing = existing.parent_path();
        if (ownedByRootAlone(existing))
            return own;
    }
    const auto normalRoot = std::filesystem::absolute(root).lexically_normal();
    const std::filesystem::path dir = normalRoot / std::to_string(owner);
    // The root folder may be made (0700) only where its parent is already safe; its ancestors are never made.
    const UniqueFd fd = openChecked(dir, depth(normalRoot) - 1);
    makePrivate(dir, fd.get());
    return dir;
}

} // namespace wsafix
