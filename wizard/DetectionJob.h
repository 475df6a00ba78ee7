#pragma once
// The background work of Detect and Verify: Detect runs all probes and the rules; Verify runs the engine's
// Verifier (probes again, the comparison with the session's baseline, the target's name, a series of TCP
// connection attempts, the verdict). Runs on a worker thread through SessionController::run; reports progress
// through its QPromise and stops early through the stop token.

#include "diagnostics/Finding.h"
#include "diagnostics/Inventory.h"
#include "diagnostics/SessionRecord.h"
#include "diagnostics/System.h"
#include "diagnostics/analyze/PasteAnalyzer.h"
#include "diagnostics/Verifier.h"

#include <QCoreApplication>
#include <QPromise>

#include <chrono>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace wsafix {

struct DetectionResult
{
    Inventory inventory;
    std::vector<Finding> findings;
    std::optional<Verification> verification; ///< set by a verification job
    bool cancelled = false;
    std::string error; ///< an exception from the backend; the rest is then empty
};

class DetectionJob
{
    Q_DECLARE_TR_FUNCTIONS(DetectionJob)

public:
    /// Detect: every probe and the rules, for what the user told us.
    explicit DetectionJob(Intake intake);
    /// Verify `session` (a copy: the job must not share the record the GUI thread changes) against `request`.
    DetectionJob(std::shared_ptr<const SessionRecord> session, VerifyRequest request);
    /// Judges the machine that pasted outputs describe: no probe runs, the rules see their inventory.
    static DetectionJob forPasted(Intake intake, std::shared_ptr<const CombinedAnalysis> pasted);

    void operator()(QPromise<DetectionResult>& promise, System& system, std::stop_token stop) const;

    /// "Reading the Winsock catalog…" for "catalog", and so on.
    static QString probeText(const std::string& probe);

private:
    void detect(QPromise<DetectionResult>& promise, System& system, std::stop_token stop,
                DetectionResult& result) const;
    void verify(QPromise<DetectionResult>& promise, System& system, std::stop_token stop,
                DetectionResult& result) const;

    Intake m_intake;
    std::shared_ptr<const SessionRecord> m_session; ///< set for a verification
    VerifyRequest m_request;
    std::shared_ptr<const CombinedAnalysis> m_pasted; ///< set for pasted outputs
};

} // namespace wsafix
