#include "IntakePage.h"

#include "EngineText.h"

#include "AnalyzeDialog.h"
#include "DecodePanel.h"
#include "FittedLabel.h"
#include "PageText.h"
#include "SessionController.h"
#include "SeverityStyle.h"

#include "diagnostics/IntakeRules.h"
#include "diagnostics/links/SupportLink.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>

namespace wsafix {
namespace {

const QString kDefaultCode = QStringLiteral("0x00002748");

QString processText(const std::string& name, std::uint32_t pid)
{
    return QStringLiteral("%1 (%2)").arg(QString::fromStdString(name)).arg(pid);
}

} // namespace

IntakePage::IntakePage(SessionController& controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller), m_code(new QLineEdit(this)), m_decoded(new DecodePanel(this)), m_process(new QComboBox(this)),
      m_host(new QLineEdit(this)), m_port(new QLineEdit(this)), m_ticket(new QLineEdit(this)),
      m_message(new QLabel(this)), m_processHint(new FittedLabel(this)), m_elevated(new QLabel(this)), m_pasted(new QLabel(this)),
      m_processWatcher(new QFutureWatcher<Probed<std::vector<ProcessInfo>>>(this))
{
    setObjectName(QStringLiteral("intakePage"));
    setTitle(tr("Describe the error"));
    auto* intro = PageText::intro(QStringLiteral("intake.intro"),
                                  tr("Type the error the user sees, and if you know them, the program that fails and "
                                     "the server it connects to; then click Next to examine the computer."),
                                  this);

    m_code->setObjectName(QStringLiteral("intake.code"));
    m_code->setAccessibleName(tr("Error code"));
    m_code->setAccessibleDescription(tr("The error as the user sees it: a number, a hexadecimal code or a name. Its "
                                        "meaning is shown below the field as you type."));
    m_code->setPlaceholderText(tr("e.g. 0x00002748, 10056 or WSAEISCONN"));
    m_code->setMaxLength(200);

    m_process->setObjectName(QStringLiteral("intake.process"));
    m_process->setAccessibleName(tr("Failing application"));
    m_process->setEditable(true);
    m_process->setInsertPolicy(QComboBox::NoInsert);
    m_process->setAccessibleDescription(tr("Optional: the program that shows the error. Pick a running program "
                                           "from the list, or type its name or PID."));
    m_process->lineEdit()->setObjectName(QStringLiteral("intake.processEdit"));
    m_process->lineEdit()->setAccessibleName(m_process->accessibleName());
    m_process->lineEdit()->setPlaceholderText(tr("optional: program name or PID, e.g. OUTLOOK.EXE"));
    m_process->lineEdit()->setMaxLength(260);
    m_processHint->setObjectName(QStringLiteral("intake.processHint"));
    m_processHint->setForegroundRole(QPalette::PlaceholderText);

    m_host->setObjectName(QStringLiteral("intake.host"));
    m_host->setAccessibleName(tr("Target host"));
    m_host->setAccessibleDescription(tr("Optional: the server the program connects to, as a name or an address. "
                                        "Verify connects to it after the fix."));
    m_host->setPlaceholderText(tr("optional: e.g. mail.example.com or 192.0.2.10"));
    m_host->setMaxLength(253);
    m_port->setObjectName(QStringLiteral("intake.port"));
    m_port->setAccessibleName(tr("Target port"));
    m_port->setAccessibleDescription(tr("The port of the target host, from 1 to 65535; needed when a host is given."));
    m_port->setPlaceholderText(tr("1–65535"));
    m_port->setMaxLength(5);
    m_ticket->setObjectName(QStringLiteral("intake.ticket"));
    m_ticket->setAccessibleName(tr("Ticket number"));
    m_ticket->setAccessibleDescription(tr("Optional: the support ticket, written into the report."));
    m_ticket->setPlaceholderText(tr("optional: e.g. INC0012345"));
    m_ticket->setMaxLength(64);

    m_message->setObjectName(QStringLiteral("intake.message"));
    m_message->setWordWrap(true);
    QPalette errorPalette = m_message->palette();
    for (const auto role : {QPalette::WindowText, QPalette::Text}) // Text on the page's Base background
        errorPalette.setColor(
            role, SeverityStyle::readable(SeverityStyle::colour(Severity::Error), errorPalette.color(QPalette::Base)));
    m_message->setPalette(errorPalette);

    m_elevated->setObjectName(QStringLiteral("intake.elevated"));
    m_elevated->setWordWrap(true);
    const bool elevated = m_controller.systemInfo().elevated;
    m_elevated->setText(elevated ? tr("Elevated: yes — wsafix runs with administrator rights.")
                                 : tr("Elevated: no — wsafix can examine this computer, but fixes will need an "
                                      "administrator."));
    m_elevated->setAccessibleName(m_elevated->text());

    m_linkNotice = new QLabel(this);
    m_linkNotice->setObjectName(QStringLiteral("intake.linkNotice"));
    m_linkNotice->setWordWrap(true);
    m_linkNotice->setVisible(false);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Error code:"), m_code);
    form->addRow(QString(), m_decoded);
    form->addRow(tr("Failing &application:"), m_process);
    form->addRow(QString(), m_processHint);
    form->addRow(tr("Target &host:"), m_host);
    form->addRow(tr("Target &port:"), m_port);
    form->addRow(tr("&Ticket:"), m_ticket);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_linkNotice);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addSpacing(8);
    layout->addWidget(m_elevated);
    // Only what a user pasted into a ticket: examine that machine instead of this one.
    auto* analyze = new QPushButton(tr("Analy&ze pasted output…"), this);
    analyze->setObjectName(QStringLiteral("intake.analyze"));
    analyze->setToolTip(tr("Examine the command output a user pasted into a ticket instead of this computer."));
    m_pasted->setObjectName(QStringLiteral("intake.pasted"));
    m_pasted->setWordWrap(true);
    connect(analyze, &QPushButton::clicked, this, &IntakePage::analyzePasted);
    layout->addSpacing(8);
    layout->addWidget(analyze, 0, Qt::AlignLeft);
    layout->addWidget(m_pasted);
    layout->addStretch(1);
    auto* training = new QPushButton(tr("Tra&ining mode…"), this);
    training->setObjectName(QStringLiteral("intake.training"));
    training->setToolTip(tr("Practise on a simulated computer with a story; nothing on this computer changes."));
    connect(training, &QPushButton::clicked, this, &IntakePage::trainingRequested);
    layout->addWidget(training, 0, Qt::AlignRight);

    registerField(QStringLiteral("intake.code"), m_code);
    registerField(QStringLiteral("intake.process"), m_process->lineEdit());
    registerField(QStringLiteral("intake.host"), m_host);
    registerField(QStringLiteral("intake.port"), m_port);
    registerField(QStringLiteral("intake.ticket"), m_ticket);

    // Decode first: the Next button's check reads the decoded result.
    connect(m_code, &QLineEdit::textChanged, m_decoded, &DecodePanel::showDecoded);
    for (auto* edit : {m_code, m_host, m_port, m_ticket, m_process->lineEdit()})
        connect(edit, &QLineEdit::textChanged, this, &IntakePage::updateMessage);
    connect(m_processWatcher, &QFutureWatcherBase::finished, this, &IntakePage::processesListed);
}

void IntakePage::initializePage()
{
    const Intake& in = m_controller.record().intake;
    m_code->setText(in.code.empty() ? kDefaultCode : QString::fromStdString(in.code));
    if (in.pid)
        m_process->setEditText(processText(in.process, in.pid));
    else
        m_process->setEditText(QString::fromStdString(in.process));
    m_host->setText(QString::fromStdString(in.host));
    m_port->setText(in.port ? QString::number(in.port) : QString());
    m_ticket->setText(QString::fromStdString(in.ticket));
    m_filledWith = {m_code->text(), m_process->currentText(), m_host->text(), m_port->text(), m_ticket->text()};
    updateMessage();

    // The program list can take a while on a real machine: list it off the GUI thread, the field stays editable.
    m_processHint->showText(tr("Listing running programs…"));
    using Result = Probed<std::vector<ProcessInfo>>;
    m_processWatcher->setFuture(
        m_controller.run<Result>(std::stop_source{}, [](QPromise<Result>& promise, System& system, std::stop_token) {
            try {
                promise.addResult(system.processes());
            } catch (const std::exception& e) {
                promise.addResult(Result::unavailable(e.what()));
            }
        }));
}

void IntakePage::processesListed()
{
    if (m_processWatcher->future().resultCount() == 0)
        return;
    auto result = m_processWatcher->result();
    if (!result.available()) {
        m_processHint->showText(tr("The program list is unavailable (%1); type the name instead.")
                                   .arg(EngineText::translate(result.status.reason)));
        return;
    }
    m_processes = std::move(result.value);
    std::sort(m_processes.begin(), m_processes.end(), [](const ProcessInfo& a, const ProcessInfo& b) {
        return QString::fromStdString(a.name).compare(QString::fromStdString(b.name), Qt::CaseInsensitive) < 0;
    });
    const QString typed = m_process->currentText();
    m_process->clear();
    for (const auto& p : m_processes)
        m_process->addItem(processText(p.name, p.pid));
    m_process->setEditText(typed); // keep what the user typed (or what a link pre-filled) meanwhile
    m_processHint->showText(tr("Running programs listed: %1. Pick one, or type a name or PID.").arg(m_processes.size()));
}

void IntakePage::analyzePasted()
{
    AnalyzeDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.analyses().empty())
        return;
    m_controller.usePastedOutputs(dialog.analyses());
    m_pasted->setText(tr("Next examines the %1 instead of this computer.").arg(m_controller.machineDescription()));
}

void IntakePage::prefill(const SupportLink& link)
{
    m_controller.record().intake = prefilledIntake(link);
    initializePage();
    m_fromLink = true;
    m_linkNotice->setText(tr("Filled in from a support link. Check the details, then click Next."));
    m_linkNotice->setPalette(QPalette());
    m_linkNotice->setVisible(true);
}

void IntakePage::showLinkRefused(const QString& reason)
{
    m_linkNotice->setText(tr("The support link was not used: %1. Type the details instead.").arg(reason));
    QPalette refused = m_linkNotice->palette();
    // On the wizard's page (background role Base) labels draw with Text, elsewhere with WindowText. Red, not amber
    // (too faint on white), made readable on the palette's background.
    for (const auto role : {QPalette::WindowText, QPalette::Text})
        refused.setColor(
            role, SeverityStyle::readable(SeverityStyle::colour(Severity::Error), refused.color(QPalette::Base)));
    m_linkNotice->setPalette(refused);
    m_linkNotice->setVisible(true);
}

bool IntakePage::isPristine() const
{
    return !m_fromLink && m_filledWith ==
           QStringList{m_code->text(), m_process->currentText(), m_host->text(), m_port->text(), m_ticket->text()};
}

QString IntakePage::hostError(const QString& host)
{
    // The engine's rule (IntakeRules.h), shared with the command line and support links; the words are the page's.
    if (host.isEmpty() || hostProblem(host.toStdString()).empty())
        return {};
    if (host.size() > 253)
        return tr("The host name is too long.");
    if (host.contains(QLatin1Char(':')))
        return tr("The host is not a valid IPv6 address.");
    if (host.contains(QRegularExpression(QStringLiteral("^[0-9.]+$"))))
        return tr("The host is not a valid IPv4 address.");
    return tr("The host may contain only letters, digits, dots and hyphens (e.g. mail.example.com).");
}

QString IntakePage::portError(const QString& port)
{
    if (port.isEmpty())
        return {};
    bool ok = false;
    const int value = port.toInt(&ok);
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(port).hasMatch() || !ok || value < 1 || value > 65535)
        return tr("The port must be a number from 1 to 65535.");
    return {};
}

QString IntakePage::ticketError(const QString& ticket)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._#/-]*$"));
    if (!allowed.match(ticket).hasMatch())
        return tr("The ticket may contain only letters, digits and . _ # / -");
    return {};
}

QString IntakePage::inputError() const
{
    if (m_code->text().trimmed().isEmpty())
        return tr("Type the error code the user sees (for example 0x00002748).");
    if (QString e = m_decoded->problem(); !e.isEmpty())
        return e;
    const QString host = m_host->text().trimmed();
    const QString port = m_port->text().trimmed();
    if (QString e = hostError(host); !e.isEmpty())
        return e;
    if (QString e = portError(port); !e.isEmpty())
        return e;
    if (!host.isEmpty() && port.isEmpty())
        return tr("Type the port as well, or clear the host.");
    if (host.isEmpty() && !port.isEmpty())
        return tr("Type the host as well, or clear the port.");
    return ticketError(m_ticket->text().trimmed());
}

Intake IntakePage::intake() const
{
    Intake in;
    in.code = m_code->text().trimmed().toStdString();
    const QString process = m_process->currentText().trimmed();
    static const QRegularExpression withPid(QStringLiteral("^(.*\\S)\\s*\\((\\d+)\\)$"));
    static const QRegularExpression pidOnly(QStringLiteral("^\\d+$"));
    if (const auto m = withPid.match(process); m.hasMatch()) {
        in.process = m.captured(1).toStdString();
        in.pid = m.captured(2).toUInt();
    } else if (pidOnly.match(process).hasMatch()) {
        in.pid = process.toUInt();
        for (const auto& p : m_processes)
            if (p.pid == in.pid)
                in.process = p.name;
    } else {
        in.process = process.toStdString();
    }
    in.host = m_host->text().trimmed().toStdString();
    in.port = static_cast<std::uint16_t>(m_port->text().trimmed().toUInt());
    in.ticket = m_ticket->text().trimmed().toStdString();
    return in;
}

bool IntakePage::isComplete() const
{
    return inputError().isEmpty();
}

void IntakePage::updateMessage()
{
    // A code that does not decode is already explained right under its field.
    const QString problem = inputError();
    m_message->setText(problem == m_decoded->problem() ? QString() : problem);
    emit completeChanged();
}

bool IntakePage::validatePage()
{
    if (!isComplete())
        return false;
    const Intake in = intake();
    m_controller.record().intake = in;
    std::string what = "Intake: code " + in.code;
    if (!in.process.empty() || in.pid)
        what += ", application " + in.process + (in.pid ? " (PID " + std::to_string(in.pid) + ")" : "");
    if (!in.host.empty())
        what += ", target " + in.host + ":" + std::to_string(in.port);
    if (!in.ticket.empty())
        what += ", ticket " + in.ticket;
    m_controller.save("intake", what);
    return true;
}

} // namespace wsafix
