#include "ReportPage.h"

#include "FixText.h"
#include "PageText.h"
#include "PdfReport.h"
#include "ReportTextDocument.h"
#include "SessionController.h"
#include "Translations.h"

#include "diagnostics/AtomicFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace wsafix {
namespace {

QString defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace

ReportPage::ReportPage(SessionController& controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller), m_folder(defaultFolder()), m_preview(new QTextBrowser(this)),
      m_unredacted(new QCheckBox(tr("&Include names and addresses (not redacted)"), this)), m_mode(new QLabel(this)),
      m_folderLabel(new QLabel(this)), m_openFolder(new QPushButton(tr("Open fo&lder"), this)),
      m_status(new QLabel(this)), m_actions(new QWidget(this)), m_watcher(new QFutureWatcher<Report>(this))
{
    setObjectName(QStringLiteral("reportPage"));
    setTitle(tr("Report"));
    auto* intro = PageText::intro(QStringLiteral("report.intro"),
                                  tr("Here is the report of this session. Click Copy summary to paste it into the "
                                     "ticket, or save the report as a file to attach it; then click Finish."),
                                  this);
    m_preview->setObjectName(QStringLiteral("report.summary"));
    m_preview->setAccessibleName(tr("Report"));
    m_preview->setAccessibleDescription(tr("A preview of the report of this session, as it is saved and printed."));
    m_preview->setOpenLinks(false);
    // The preview shows the document as it prints: dark text on paper, also with a dark system palette.
    QPalette paper = m_preview->palette();
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, Qt::black);
    m_preview->setPalette(paper);
    // Reports go to a ticket queue that every help desk reads, so they are written in English (DESIGN.md).
    auto* english = new QLabel(tr("The report is written in English, so that every help desk can read it."), this);
    english->setObjectName(QStringLiteral("report.language"));
    english->setWordWrap(true);
    english->setVisible(Translations::current().language() != QStringLiteral("en"));
    // Redacted unless the user asks for the full detail: the summary and the files go into tickets that many read.
    m_unredacted->setObjectName(QStringLiteral("report.unredacted"));
    m_unredacted->setToolTip(tr("Show user and host names, addresses, account SIDs, e-mail addresses and network "
                                "names as they are, in the preview, the summary and every saved file"));
    m_mode->setObjectName(QStringLiteral("report.mode"));
    m_mode->setWordWrap(true);
    m_mode->setTextFormat(Qt::PlainText); // "<host-1>" is not a tag
    m_folderLabel->setObjectName(QStringLiteral("report.folder"));
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFolder->setObjectName(QStringLiteral("report.openFolder"));
    m_openFolder->setToolTip(tr("Show the folder the reports are saved in, in the file manager"));
    m_status->setObjectName(QStringLiteral("report.status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_unredacted, &QCheckBox::toggled, this, &ReportPage::refresh);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ReportPage::reportMade);
    connect(m_openFolder, &QPushButton::clicked, this, &ReportPage::openFolder);

    auto* copy = new QPushButton(tr("C&opy summary"), this);
    copy->setObjectName(QStringLiteral("report.copySummary"));
    copy->setToolTip(tr("A short Markdown summary for the ticket, on the clipboard"));
    connect(copy, &QPushButton::clicked, this, &ReportPage::copySummary);
    auto* choose = new QPushButton(tr("&Change…"), this);
    choose->setObjectName(QStringLiteral("report.chooseFolder"));
    choose->setAccessibleName(tr("Change the folder"));
    choose->setToolTip(tr("Choose the folder the reports are saved in"));
    connect(choose, &QPushButton::clicked, this, &ReportPage::chooseFolder);

    auto* exports = new QHBoxLayout(m_actions);
    exports->setContentsMargins(0, 0, 0, 0);
    exports->addWidget(new QLabel(tr("Save as:"), this));
    const std::pair<ReportFormat, QString> formats[] = {{ReportFormat::Pdf, tr("&PDF")},
                                                        {ReportFormat::Html, tr("&HTML")},
                                                        {ReportFormat::Markdown, tr("&Markdown")},
                                                        {ReportFormat::Json, tr("&JSON")}};
    QList<QWidget*> tabOrder{m_preview, m_unredacted};
    for (const auto& [format, label] : formats) {
        auto* button = new QPushButton(label, this);
        tabOrder << button;
        const QString name = QString::fromLatin1(reportFormatName(format).data());
        button->setObjectName(QStringLiteral("report.export.") + name);
        button->setToolTip(tr("Save the report as a %1 file in the folder below").arg(name.toUpper()));
        button->setAccessibleName(tr("Save as %1").arg(QString(label).remove(QLatin1Char('&'))));
        connect(button, &QPushButton::clicked, this, [this, format = format] { exportFormat(format); });
        exports->addWidget(button);
    }
    exports->addStretch(1);
    exports->addWidget(copy);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderLabel, 1);
    folderRow->addWidget(choose);
    folderRow->addWidget(m_openFolder);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_preview, 1);
    layout->addWidget(english);
    layout->addWidget(m_mode);
    layout->addWidget(m_unredacted);
    layout->addWidget(m_actions);
    layout->addLayout(folderRow);
    layout->addWidget(m_status);
    // Tab follows the rows top to bottom (the widgets were created in another order).
    tabOrder << copy << choose << m_openFolder;
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder[i - 1], tabOrder[i]);
    setExportFolder(m_folder);
}

void ReportPage::initializePage()
{
    m_controller.save("report", "Report shown");
    refresh();
}

void ReportPage::refresh()
{
    // Summarising and redacting a 50,000-socket session takes seconds: it runs off the GUI thread, on a copy of
    // the record. A newer request (the checkbox toggled again) supersedes the one still running.
    m_ready = false;
    m_actions->setEnabled(false);
    m_status->setText(tr("Preparing the report…"));
    ReportOptions options;
    options.fixTitle = [](const std::string& id) { return FixText::englishTitle(id).toStdString(); };
    m_watcher->setFuture(QtConcurrent::run([record = m_controller.record(), redact = !m_unredacted->isChecked(),
                                            options] { return Report::make(record, redact, options); }));
}

void ReportPage::reportMade()
{
    // setFuture() drops what an older future still had queued, so this is always the newest request.
    m_report = m_watcher->result();
    m_mode->setText(m_report.model.redacted
                        ? tr("Redacted: user and host names, addresses, account SIDs, e-mail addresses and network "
                             "names are replaced by placeholders such as <host-1> in the preview, the summary and "
                             "every saved file.")
                        : tr("Not redacted: the preview, the summary and the saved files show user and host names, "
                             "addresses and network names as they are."));
    ReportTextDocument::fill(*m_preview->document(), m_report.document);
    m_preview->moveCursor(QTextCursor::Start); // the verdict first, not the end of the timeline
    m_actions->setEnabled(true);
    m_status->clear();
    m_ready = true;
    emit reportReady();
}

void ReportPage::setExportFolder(const QString& folder)
{
    m_folder = folder;
    m_folderLabel->setText(tr("Reports are saved in %1").arg(QDir::toNativeSeparators(folder)));
}

QString ReportPage::fileName(ReportFormat format) const
{
    return QStringLiteral("wsafix-%1%2.%3")
        .arg(QString::fromStdString(m_report.model.sessionId),
             m_report.model.redacted ? QStringLiteral("-redacted") : QString(),
             QString::fromLatin1(reportFormatName(format).data()));
}

bool ReportPage::exportTo(ReportFormat format, const QString& path)
{
    try {
        if (format == ReportFormat::Pdf) {
            const QByteArray pdf = PdfReport::render(m_report.document);
            writeFileAtomically(path.toStdString(),
                                std::string_view(pdf.constData(), static_cast<std::size_t>(pdf.size())));
        } else {
            writeFileAtomically(path.toStdString(), m_report.text(format));
        }
    } catch (const std::exception& e) {
        m_status->setText(
            tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), QString::fromStdString(e.what())));
        return false;
    }
    m_lastWritten = path;
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportPage::exportFormat(ReportFormat format)
{
    exportTo(format, QDir(m_folder).filePath(fileName(format)));
}

void ReportPage::copySummary()
{
    QApplication::clipboard()->setText(QString::fromStdString(m_report.text(ReportFormat::Markdown)));
    m_status->setText(m_report.model.redacted
                          ? tr("The summary, with personal data redacted, is on the clipboard, ready to paste into "
                               "the ticket.")
                          : tr("The summary is on the clipboard, ready to paste into the ticket."));
}

void ReportPage::openFolder()
{
    QDir().mkpath(m_folder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder)))
        m_status->setText(tr("Could not open %1.").arg(QDir::toNativeSeparators(m_folder)));
}

void ReportPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save reports in"), m_folder);
    if (!folder.isEmpty())
        setExportFolder(folder);
}

} // namespace wsafix
