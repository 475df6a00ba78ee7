#pragma once
// The background work of Detect and Verify: all probes, the rules, and optionally a series of TCP
// connection attempts to the target. Runs on a worker thread through SessionController::run; reports
// progress through its QPromise and stops early through the stop token.

#include "diagnostics/Finding.h"
#include "diagnostics/Inventory.h"
#include "diagnostics/SessionRecord.h"
#include "diagnostics/System.h"
#include "diagnostics/analyze/PasteAnalyzer.h"

#include <QCoreApplication>
#include <QPromise>

#include <chrono>
#include <memory>
#include <stop_token>
#include <string>
#include <vector>

namespace wsafix {

struct DetectionResult
{
    Inventory inventory;
    std::vector<Finding> findings;
    std::vector<TcpProbeResult> attempts; ///< empty unless a TCP series was asked for
    bool cancelled = false;
    std::string error; ///< an exception from the backend; the rest is then empty
};

class DetectionJob
{
    Q_DECLARE_TR_FUNCTIONS(DetectionJob)

public:
    /// `tcpAttempts` > 0 and the intake's host and port set: connect that many times after the probes.
    DetectionJob(Intake intake, int tcpAttempts = 0, std::chrono::milliseconds tcpTimeout = std::chrono::seconds(2));
    /// Judges the machine that pasted outputs describe: no probe runs, the rules see their inventory.
    static DetectionJob forPasted(Intake intake, std::shared_ptr<const CombinedAnalysis> pasted);

    void operator()(QPromise<DetectionResult>& promise, System& system, std::stop_token stop) const;

    /// "Reading the Winsock catalog…" for "catalog", and so on.
    static QString probeText(const std::string& probe);

private:
    Intake m_intake;
    int m_tcpAttempts;
    std::chrono::milliseconds m_tcpTimeout;
    std::shared_ptr<const CombinedAnalysis> m_pasted;
};

} // namespace wsafix
