#pragma once
// The session record as a short summary: HTML for the Report page, Markdown for pasting into a ticket.
// Everything comes from the record, nothing from the widgets. Full HTML/PDF reports come later.

#include "diagnostics/SessionRecord.h"

#include <QCoreApplication>
#include <QString>

namespace wsafix {

class SessionSummary
{
    Q_DECLARE_TR_FUNCTIONS(SessionSummary)

public:
    static QString html(const SessionRecord& record);
    static QString markdown(const SessionRecord& record);
    /// "Fixed", "Not fixed", "Could not verify", or "Not verified" without a verification.
    static QString verdictText(const SessionRecord& record);
};

} // namespace wsafix
