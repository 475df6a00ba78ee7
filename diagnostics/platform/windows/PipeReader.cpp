#include "diagnostics/platform/windows/PipeReader.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace wsafix::win {

PipeReader::PipeReader(UniqueHandle pipe, std::size_t cap)
    : m_pipe(std::move(pipe)), m_finished(CreateEventW(nullptr, TRUE, FALSE, nullptr)), m_cap(cap)
{
    if (!m_finished)
        throw std::runtime_error("CreateEvent failed");
    m_thread = std::thread(&PipeReader::drain, this);
}

PipeReader::~PipeReader()
{
    if (m_thread.joinable())
        m_thread.join();
}

std::string PipeReader::take()
{
    if (m_thread.joinable())
        m_thread.join();
    return std::move(m_data);
}

void PipeReader::drain()
{
    char buffer[64 * 1024];
    DWORD count = 0;
    // ReadFile fails with ERROR_BROKEN_PIPE once every write end is closed: the normal end.
    // A zero-byte read is a zero-byte write of the child, not the end.
    while (ReadFile(m_pipe.get(), buffer, sizeof buffer, &count, nullptr)) {
        const std::size_t keep = std::min<std::size_t>(count, m_cap - m_data.size());
        m_data.append(buffer, keep);
        if (keep < count)
            m_truncated = true;
    }
    SetEvent(m_finished.get());
}

} // namespace wsafix::win
