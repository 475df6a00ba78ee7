#include "diagnostics/platform/linux/OutputCapture.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace wsafix::lnx {

namespace {

constexpr std::size_t kChunk = 64 * 1024;
constexpr int kMaxReadsPerDrain = 16;

} // namespace

OutputCapture::OutputCapture(UniqueFd fd, std::string& text) : m_fd(std::move(fd)), m_text(&text)
{
    ::fcntl(m_fd.get(), F_SETFL, O_NONBLOCK);
}

void OutputCapture::drain(std::size_t cap)
{
    char buffer[kChunk];
    for (int i = 0; i < kMaxReadsPerDrain; ++i) {
        const ssize_t n = ::read(m_fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return;
        if (n <= 0) {
            m_fd.reset();
            return;
        }
        const auto got = static_cast<std::size_t>(n);
        const std::size_t room = cap > m_text->size() ? cap - m_text->size() : 0;
        m_text->append(buffer, std::min(got, room));
        if (got > room)
            m_truncated = true;
    }
}

} // namespace wsafix::lnx
