#include "diagnostics/ProbeBudget.h"

#include <algorithm>

namespace wsafix {
namespace {

thread_local ProbeBudget* t_current = nullptr;

} // namespace

ProbeBudget::ProbeBudget(std::chrono::milliseconds limit, std::stop_token stop)
    : m_limit(limit), m_deadline(std::chrono::steady_clock::now() + limit), m_stop(std::move(stop)), m_outer(t_current)
{
    t_current = this;
}

ProbeBudget::~ProbeBudget()
{
    t_current = m_outer;
}

bool ProbeBudget::checkpoint()
{
    ProbeBudget* b = t_current;
    if (!b)
        return false;
    if (b->m_timedOut || b->m_cancelled)
        return true;
    if (b->m_stop.stop_requested())
        b->m_cancelled = true;
    else if (std::chrono::steady_clock::now() >= b->m_deadline)
        b->m_timedOut = true;
    return b->m_timedOut || b->m_cancelled;
}

std::chrono::milliseconds ProbeBudget::remaining(std::chrono::milliseconds cap)
{
    const ProbeBudget* b = t_current;
    if (!b)
        return cap;
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(b->m_deadline - std::chrono::steady_clock::now());
    return std::max(std::chrono::milliseconds(0), std::min(cap, left));
}

} // namespace wsafix
