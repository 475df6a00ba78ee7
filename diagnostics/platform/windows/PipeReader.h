#pragma once
// Drains one pipe on its own thread, keeping the first `cap` bytes. Past the cap it keeps
// reading and discarding, so that a child writing more than the cap never blocks on a full pipe.

#include "diagnostics/platform/windows/UniqueHandle.h"

#include <cstddef>
#include <string>
#include <thread>

namespace wsafix::win {

class PipeReader
{
public:
    PipeReader(UniqueHandle pipe, std::size_t cap);
    ~PipeReader();
    PipeReader(const PipeReader&) = delete;
    PipeReader& operator=(const PipeReader&) = delete;

    /// Signalled when the pipe reached its end (every writer closed it).
    HANDLE finished() const { return m_finished.get(); }
    /// Waits for the end of the pipe, then hands over what was kept.
    std::string take();
    bool truncated() const { return m_truncated; }

private:
    void drain();

    UniqueHandle m_pipe;
    UniqueHandle m_finished;
    std::size_t m_cap;
    std::string m_data;
    bool m_truncated = false;
    std::thread m_thread;
};

} // namespace wsafix::win
