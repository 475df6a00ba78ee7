#include "diagnostics/fix/StateOwner.h"

#include "diagnostics/platform/linux/Errno.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace wsafix {
namespace {

constexpr int kMaxDepth = 8; // the state directory is shallow (guard/<snapshot>/...): deeper is not ours

// Walks the directory open as `dirFd` (taken over and closed); every path component is opened relative to its
// parent with O_NOFOLLOW, so a symbolic link swapped in during the walk is never followed.
void handBack(int dirFd, uid_t uid, gid_t gid, dev_t device, int depth, std::string& problems)
{
    DIR* dir = fdopendir(dirFd);
    if (!dir) {
        ::close(dirFd);
        return;
    }
    while (const dirent* entry = readdir(dir)) {
        const char* name = entry->d_name;
        if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
            continue;
        struct stat st
        {
        };
        if (fstatat(dirfd(dir), name, &st, AT_SYMLINK_NOFOLLOW) != 0 || st.st_dev != device)
            continue;
        if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
            continue; // a link or a device: not something root wrote here for the user
        // The user's own folders (sessions/ made by the wizard) are walked too: root's session record is in them.
        const bool roots = st.st_uid == 0;
        if (!roots && !(S_ISDIR(st.st_mode) && st.st_uid == uid))
            continue;
        if (roots && !(S_ISREG(st.st_mode) && st.st_nlink > 1) &&
            fchownat(dirfd(dir), name, uid, gid, AT_SYMLINK_NOFOLLOW) != 0)
            problems += std::string(problems.empty() ? "" : "; ") + name + ": " + lnx::errnoMessage(errno);
        if (S_ISDIR(st.st_mode) && depth < kMaxDepth) {
            const int child = openat(dirfd(dir), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (child >= 0)
                handBack(child, uid, gid, device, depth + 1, problems);
        }
    }
    closedir(dir);
}

} // namespace

std::string handStateBackToOwner(const std::filesystem::path& stateDir)
{
    if (geteuid() != 0)
        return {};
    const int fd = open(stateDir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT)
        return {}; // the command stopped before writing anything
    if (fd < 0)
        return "cannot open the state directory " + stateDir.string() + ": " + lnx::errnoMessage(errno);
    struct stat st
    {
    };
    if (fstat(fd, &st) != 0 || st.st_uid == 0) {
        ::close(fd); // root's own state directory: nothing to give back
        return {};
    }
    std::string problems;
    handBack(fd, st.st_uid, st.st_gid, st.st_dev, 0, problems);
    return problems.empty() ? std::string() : "some files in " + stateDir.string() + " stay root's: " + problems;
}

} // namespace wsafix
