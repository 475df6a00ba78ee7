#include "diagnostics/platform/linux/SocketOwners.h"

#include "diagnostics/platform/linux/ProcDirectory.h"
#include "diagnostics/platform/linux/TextFile.h"
#include "diagnostics/platform/linux/UniqueFd.h"
#include "diagnostics/platform/linux/Utf8.h"

#include <charconv>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace wsafix::lnx {

namespace {

constexpr char kSocketPrefix[] = "socket:[";
constexpr std::size_t kSocketPrefixLength = sizeof kSocketPrefix - 1;

// "socket:[12345]" → 12345; 0 for any other link (files, pipes, anon inodes).
std::uint64_t socketInode(const char* link, std::size_t length)
{
    if (length < kSocketPrefixLength + 2 || std::memcmp(link, kSocketPrefix, kSocketPrefixLength) != 0 ||
        link[length - 1] != ']')
        return 0;
    std::uint64_t inode = 0;
    const auto [ptr, ec] = std::from_chars(link + kSocketPrefixLength, link + length - 1, inode);
    return ec == std::errc() && ptr == link + length - 1 ? inode : 0;
}

} // namespace

SocketOwners::SocketOwners(std::string procDir) : m_procDir(std::move(procDir))
{
    ProcDirectory proc(m_procDir);
    if (!proc.valid())
        return;
    proc.forEachProcess([&](const char* name, std::uint32_t pid) { scanProcess(proc.fd(), name, pid); });
}

void SocketOwners::scanProcess(int procFd, const char* pidName, std::uint32_t pid)
{
    char path[32];
    std::snprintf(path, sizeof path, "%s/fd", pidName);
    // Without the right to inspect the process (another user's, or a more privileged one) this fails.
    UniqueFd dir(::openat(procFd, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir)
        return;
    // One readlinkat per descriptor, relative to the open directory: no path walk from the root.
    forEachDirectoryEntry(dir.get(), [&](const char* entry) {
        if (entry[0] < '0' || entry[0] > '9')
            return;
        char link[64];
        const ssize_t n = ::readlinkat(dir.get(), entry, link, sizeof link);
        if (n <= 0)
            return;
        const std::uint64_t inode = socketInode(link, static_cast<std::size_t>(n));
        if (inode == 0)
            return;
        const auto [it, inserted] = m_owners.try_emplace(inode, pid);
        if (!inserted && pid < it->second)
            it->second = pid;
    });
}

std::uint32_t SocketOwners::ownerOf(std::uint64_t inode) const
{
    const auto it = m_owners.find(inode);
    return it == m_owners.end() ? 0 : it->second;
}

const std::string& SocketOwners::processName(std::uint32_t pid)
{
    const auto [it, inserted] = m_names.try_emplace(pid);
    if (inserted) {
        const std::string path = m_procDir + "/" + std::to_string(pid) + "/comm";
        TextFile comm = readTextFile(path, 256);
        if (comm.ok()) {
            while (!comm.text.empty() && comm.text.back() == '\n')
                comm.text.pop_back();
            it->second = validUtf8(comm.text);
        }
    }
    return it->second;
}

} // namespace wsafix::lnx
