#pragma once
// One captured output stream of a child: drained completely, so that the child never blocks on a
// full pipe, but kept only up to a cap.

#include "diagnostics/platform/linux/UniqueFd.h"

#include <cstddef>
#include <string>

namespace wsafix::lnx {

class OutputCapture
{
public:
    /// Reads the pipe end `fd` (made non-blocking here) into `text`.
    OutputCapture(UniqueFd fd, std::string& text);

    bool open() const { return m_fd.valid(); }
    int fd() const { return m_fd.get(); }
    bool truncated() const { return m_truncated; }

    /// Reads what the pipe holds now (a bounded amount per call, so that a child writing without
    /// pause cannot hold the caller past its deadline); closes the pipe at its end or on an error.
    void drain(std::size_t cap);

private:
    UniqueFd m_fd;
    std::string* m_text;
    bool m_truncated = false;
};

} // namespace wsafix::lnx
