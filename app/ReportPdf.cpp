#include "ReportPdf.h"

#include "WizardLauncher.h"

#include "wizard/PdfReport.h"

#include <QGuiApplication>

#include <memory>

namespace wsafix {

std::string renderReportPdf(const ReportDocument& document)
{
    std::unique_ptr<QGuiApplication> app;
    if (!QGuiApplication::instance()) {
        // Headless machines and SSH sessions still get their PDF.
        if (!displayAvailable())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "wsafix";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    const QByteArray pdf = PdfReport::render(document);
    return std::string(pdf.constData(), static_cast<std::size_t>(pdf.size()));
}

} // namespace wsafix
