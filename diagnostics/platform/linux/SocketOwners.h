#pragma once
// Which process owns a socket: a socket-inode → PID map built from the links in /proc/[pid]/fd,
// and the names of the owners from /proc/[pid]/comm.

#include <cstdint>
#include <string>
#include <unordered_map>

namespace wsafix::lnx {

class SocketOwners
{
public:
    /// Scans every process below `procDir`. Processes this user may not inspect are skipped; their
    /// sockets stay unattributed.
    explicit SocketOwners(std::string procDir = "/proc");

    /// PID of the process holding socket `inode` (the lowest, when several share it), or 0.
    std::uint32_t ownerOf(std::uint64_t inode) const;
    /// Name of process `pid` (its comm), read once and cached; empty when it cannot be read.
    const std::string& processName(std::uint32_t pid);
    /// Number of distinct socket inodes found.
    std::size_t size() const { return m_owners.size(); }

private:
    void scanProcess(int procFd, const char* pidName, std::uint32_t pid);

    std::string m_procDir;
    std::unordered_map<std::uint64_t, std::uint32_t> m_owners;
    std::unordered_map<std::uint32_t, std::string> m_names;
};

} // namespace wsafix::lnx
