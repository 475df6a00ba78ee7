#pragma once
// Step 5: a summary of the session, rendered from the record, to read out, copy into a ticket, or save as
// the session's JSON file. (HTML, PDF and redacted exports come later.)

#include <QWizardPage>

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

    /// Writes the session record's JSON to `path`; false with a message on the page when it cannot.
    bool saveJson(const QString& path);

public slots:
    void chooseAndSaveJson();
    void copySummary();

private:
    void refresh();

    SessionController& m_controller;
    QTextBrowser* m_summary;
    QPushButton* m_saveJson;
    QPushButton* m_copy;
    QLabel* m_status;
};

} // namespace wsafix
