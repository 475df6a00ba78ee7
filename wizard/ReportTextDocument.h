#pragma once
// The engine's report layout (ReportDocument) as a QTextDocument: the Report page's preview and the PDF are the
// same document. Tables keep their header row on every printed page (QTextTableFormat::setHeaderRowCount).

#include "diagnostics/report/ReportDocument.h"

#include <QtGlobal>

class QTextDocument;

namespace wsafix {

class ReportTextDocument
{
public:
    /// Replaces the content of `target` with `document`. `basePointSize` sets the body text size.
    static void fill(QTextDocument& target, const ReportDocument& document, qreal basePointSize = 9.5);
};

} // namespace wsafix
