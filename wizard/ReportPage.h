#pragma once
// Step 5: the full report, rendered from the session record, to export as HTML, PDF, JSON or Markdown, to copy into
// a ticket as a Markdown summary, and to find again in its folder. Personal data is redacted unless the user ticks
// "Include names and addresses"; a line above the check box says which it is.

#include "diagnostics/report/Report.h"

#include <QWizardPage>

template <typename T> class QFutureWatcher;
class QCheckBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace wsafix {

class SessionController;

class ReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReportPage(SessionController& controller, QWidget* parent = nullptr);

    void initializePage() override;

    /// Writes the report in `format` to `path` (atomically: a failed write leaves no file); false with the reason
    /// on the page when it cannot.
    bool exportTo(ReportFormat format, const QString& path);
    /// The file name an export button writes into the export folder, e.g. "wsafix-20261124-180312-4f2a.pdf".
    QString fileName(ReportFormat format) const;

    QString exportFolder() const { return m_folder; }
    void setExportFolder(const QString& folder);
    /// The file the last export wrote, empty before the first.
    QString lastWritten() const { return m_lastWritten; }
    /// The report is made (off the GUI thread) and the export buttons are enabled.
    bool isReady() const { return m_ready; }

signals:
    void reportReady();

public slots:
    void exportFormat(wsafix::ReportFormat format);
    void copySummary();
    void openFolder();
    void chooseFolder();

private:
    void refresh();
    void reportMade();

    SessionController& m_controller;
    Report m_report;
    QString m_folder;
    QString m_lastWritten;
    QTextBrowser* m_preview;
    QCheckBox* m_unredacted; ///< ticked: the full detail, not redacted
    QLabel* m_mode;          ///< says whether the report is redacted
    QLabel* m_folderLabel;
    QPushButton* m_openFolder;
    QLabel* m_status;
    QWidget* m_actions; ///< the export buttons and Copy summary, enabled once the report is made
    QFutureWatcher<Report>* m_watcher;
    bool m_ready = false;
};

} // namespace wsafix
