#pragma once
// Small text files of /proc, /sys and /etc, read with plain system calls (no iostreams: the socket
// and process probes read thousands of them).

#include <cstddef>
#include <string>

namespace wsafix::lnx {

struct TextFile
{
    std::string text;
    int error = 0; ///< errno of the failed open or read, 0 on success
    bool ok() const { return error == 0; }
};

/// Reads at most `limit` bytes of `path`.
TextFile readTextFile(const std::string& path, std::size_t limit = 1024 * 1024);
/// Reads at most `limit` bytes of `relativePath` below the open directory `dirFd`.
TextFile readTextFileAt(int dirFd, const char* relativePath, std::size_t limit = 1024 * 1024);

} // namespace wsafix::lnx
