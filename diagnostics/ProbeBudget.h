#pragma once
/// @file ProbeBudget.h
/// @brief The time limit and cancellation of the probe running on this thread.
///
/// Detector installs one ProbeBudget around each probe. Probe code with long loops (walking /proc, reading
/// an event log, naming the owners of 50,000 sockets) calls ProbeBudget::checkpoint() and stops when it
/// returns true; Detector then reports the probe as unavailable ("stopped after its time limit"), never
/// as a short success. Without a budget on the thread, checkpoint() is always false.

#include <chrono>
#include <stop_token>

namespace wsafix {

class ProbeBudget
{
public:
    /// Installs this budget for the current thread until it is destroyed (budgets nest).
    ProbeBudget(std::chrono::milliseconds limit, std::stop_token stop = {});
    ~ProbeBudget();
    ProbeBudget(const ProbeBudget&) = delete;
    ProbeBudget& operator=(const ProbeBudget&) = delete;

    /// True when the probe on this thread must stop now: its time is up or it was cancelled.
    /// The first true is remembered, so the caller can tell a cut-short probe from a finished one.
    static bool checkpoint();
    /// Time left on this thread's budget, at most `cap` (`cap` itself without a budget).
    static std::chrono::milliseconds remaining(std::chrono::milliseconds cap);

    /// Whether a checkpoint stopped the probe because its time was up.
    bool timedOut() const { return m_timedOut; }
    /// Whether a checkpoint stopped the probe because it was cancelled.
    bool cancelled() const { return m_cancelled; }
    std::chrono::milliseconds limit() const { return m_limit; }

private:
    std::chrono::milliseconds m_limit;
    std::chrono::steady_clock::time_point m_deadline;
    std::stop_token m_stop;
    bool m_timedOut = false;
    bool m_cancelled = false;
    ProbeBudget* m_outer = nullptr;
};

} // namespace wsafix
