#pragma once
// The report as a PDF: A4, multi-page, "page N of M" in the footer of every page, tables that continue on the next
// page with their header row repeated. Needs a QGuiApplication (fonts); the command line creates one for PDF only.

#include "diagnostics/report/ReportDocument.h"

#include <QByteArray>
#include <QCoreApplication>

namespace wsafix {

class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)

public:
    /// The bytes of the PDF file.
    static QByteArray render(const ReportDocument& document);
};

} // namespace wsafix
