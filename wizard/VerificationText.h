#pragma once
// The words of the Verify page for what the engine's Verification holds: the status of a finding, an attempt's
// result, the changes since detect and the next steps (HTML for the page's text panes).

#include "diagnostics/SessionRecord.h"

#include <QCoreApplication>
#include <QString>

namespace wsafix {

class VerificationText
{
    Q_DECLARE_TR_FUNCTIONS(VerificationText)

public:
    /// "Fixed", "Not fixed", "Could not verify".
    static QString verdict(const std::string& verdict);
    /// "resolved", "still present", "new", "not checked again".
    static QString findingStatus(const std::string& status);
    /// "connected", "name not resolved", "failed".
    static QString attemptResult(const TcpProbeResult& result);
    /// "WSAECONNREFUSED (10061)", or the backend's text when the catalog has no entry; empty when connected.
    static QString attemptError(const VerifyAttempt& attempt);
    /// One line on the separate name resolution: "example.com resolves to 93.184.215.14" or why it does not.
    static QString resolution(const Verification& v);
    /// The changes since detect as HTML: catalog, adapters, events, lost probes; or why there is no comparison.
    static QString comparisonHtml(const BaselineComparison& c);
    /// The next steps as an HTML list; empty when there are none.
    static QString nextStepsHtml(const std::vector<NextStep>& steps);
};

} // namespace wsafix
