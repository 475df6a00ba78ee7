#pragma once
// Walks /proc with getdents64 on open directory descriptors: no allocation per directory and no
// path lookups from the root, which matters when a socket inventory opens every /proc/[pid]/fd.

#include "diagnostics/ProbeBudget.h"

#include "diagnostics/platform/linux/UniqueFd.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

namespace wsafix::lnx {

/// getdents64 on `dirFd` into `buffer`, retried on EINTR: bytes read, 0 at the end, -1 on error.
long readDirectoryChunk(int dirFd, std::byte* buffer, std::size_t size);
/// Moves the read position of the open directory `dirFd` back to its first entry.
void rewindDirectory(int dirFd);

/// Calls f(const char* name) for every entry of the open directory `dirFd` ("." and ".." included).
template <class F> void forEachDirectoryEntry(int dirFd, F&& f)
{
    rewindDirectory(dirFd);
    // struct linux_dirent64: u64 d_ino, s64 d_off, u16 d_reclen, u8 d_type, char d_name[].
    constexpr std::size_t reclenOffset = 16, nameOffset = 19;
    alignas(8) std::byte buffer[32768];
    for (;;) {
        const long n = readDirectoryChunk(dirFd, buffer, sizeof buffer);
        if (n <= 0)
            return;
        for (std::size_t offset = 0; offset + nameOffset < static_cast<std::size_t>(n);) {
            std::uint16_t length = 0;
            std::memcpy(&length, buffer + offset + reclenOffset, sizeof length);
            if (length == 0)
                return;
            f(reinterpret_cast<const char*>(buffer + offset + nameOffset));
            offset += length;
        }
    }
}

class ProcDirectory
{
public:
    explicit ProcDirectory(const std::string& path = "/proc");

    bool valid() const { return m_fd.valid(); }
    /// errno of the failed open.
    int error() const { return m_error; }
    int fd() const { return m_fd.get(); }

    /// Calls f(const char* pidName, std::uint32_t pid) for every process (numeric entry).
    template <class F> void forEachProcess(F&& f) const
    {
        forEachDirectoryEntry(m_fd.get(), [&](const char* name) {
            std::uint32_t pid = 0;
            for (const char* c = name; *c; ++c) {
                if (*c < '0' || *c > '9' || pid > 0x7FFFFFF)
                    return;
                pid = pid * 10 + static_cast<std::uint32_t>(*c - '0');
            }
            // A probe over its time limit stops visiting (Detector then reports it as cut short).
            if (pid != 0 && !ProbeBudget::checkpoint())
                f(name, pid);
        });
    }

private:
    UniqueFd m_fd;
    int m_error = 0;
};

} // namespace wsafix::lnx
