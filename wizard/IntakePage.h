#pragma once
// Step 1: the error as the user has it, the failing program, the target host and port, the ticket.
// Checks the input as it is typed and keeps Next disabled until it is usable.

#include "diagnostics/Inventory.h"
#include "diagnostics/SessionRecord.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace wsafix {

class DecodePanel;
class FittedLabel;
class SessionController;
struct SupportLink;

class IntakePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit IntakePage(SessionController& controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// The first problem of the current input in plain words, or empty when it is usable.
    QString inputError() const;
    /// The intake as typed (not yet stored in the record).
    Intake intake() const;

    /// Fills the page from a support link: the one place where a link reaches the session.
    void prefill(const SupportLink& link);
    /// Says on the page why a support link was not used.
    void showLinkRefused(const QString& reason);
    /// True while the page shows what a new session starts with: nothing typed, no support link filled in.
    bool isPristine() const;

    static QString hostError(const QString& host);
    static QString portError(const QString& port);
    static QString ticketError(const QString& ticket);

signals:
    /// The user asked for training mode (the "Training mode…" button).
    void trainingRequested();

private:
    void updateMessage();
    void processesListed();
    void analyzePasted();

    SessionController& m_controller;
    QLineEdit* m_code;
    DecodePanel* m_decoded;
    QComboBox* m_process;
    QLineEdit* m_host;
    QLineEdit* m_port;
    QLineEdit* m_ticket;
    QLabel* m_message;
    FittedLabel* m_processHint; // wraps in a narrow window
    QLabel* m_elevated;
    QLabel* m_pasted;
    QLabel* m_linkNotice;
    QStringList m_filledWith; // the field texts initializePage() set, for isPristine()
    bool m_fromLink = false;
    QFutureWatcher<Probed<std::vector<ProcessInfo>>>* m_processWatcher;
    std::vector<ProcessInfo> m_processes;
};

} // namespace wsafix
