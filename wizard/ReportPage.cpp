#include "ReportPage.h"

#include "PageText.h"
#include "SessionController.h"
#include "SessionSummary.h"

#include "diagnostics/InventoryJson.h"

#include <nlohmann/json.hpp>

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace wsafix {

ReportPage::ReportPage(SessionController& controller, QWidget* parent)
    : QWizardPage(parent), m_controller(controller), m_summary(new QTextBrowser(this)),
      m_saveJson(new QPushButton(tr("&Save session JSON…"), this)), m_copy(new QPushButton(tr("C&opy summary"), this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("reportPage"));
    setTitle(tr("Report"));
    auto* intro = PageText::intro(QStringLiteral("report.intro"),
                                  tr("Here is a summary of this session. Click Copy summary to paste it into the "
                                     "ticket, or save the session file to attach it; then click Finish."),
                                  this);
    m_summary->setObjectName(QStringLiteral("report.summary"));
    m_summary->setAccessibleName(tr("Session summary"));
    m_summary->setOpenLinks(false);
    m_saveJson->setObjectName(QStringLiteral("report.saveJson"));
    m_copy->setObjectName(QStringLiteral("report.copySummary"));
    m_status->setObjectName(QStringLiteral("report.status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_saveJson, &QPushButton::clicked, this, &ReportPage::chooseAndSaveJson);
    connect(m_copy, &QPushButton::clicked, this, &ReportPage::copySummary);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_saveJson);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary, 1);
    layout->addLayout(buttons);
}

void ReportPage::initializePage()
{
    m_controller.save("report", "Summary shown");
    refresh();
}

void ReportPage::refresh()
{
    m_summary->setHtml(SessionSummary::html(m_controller.record()));
}

bool ReportPage::saveJson(const QString& path)
{
    const nlohmann::json json = m_controller.record();
    const std::string text = json.dump(2) + "\n";
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0 ||
        !file.commit()) {
        m_status->setText(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportPage::chooseAndSaveJson()
{
    const QString suggested =
        QDir::home().filePath(QStringLiteral("wsafix-%1.json").arg(QString::fromStdString(m_controller.record().id)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save session JSON"), suggested,
                                                      tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        saveJson(path);
}

void ReportPage::copySummary()
{
    QApplication::clipboard()->setText(SessionSummary::markdown(m_controller.record()));
    m_status->setText(tr("The summary is on the clipboard, ready to paste into the ticket."));
}

} // namespace wsafix
