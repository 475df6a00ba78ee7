#include "AnalyzeDialog.h"

#include "EngineText.h"
#include "PageText.h"

#include "diagnostics/analyze/PasteAnalyzer.h"
#include "diagnostics/analyze/PasteLines.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace wsafix {

AnalyzeDialog::AnalyzeDialog(QWidget* parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this)), m_results(new QListWidget(this)), m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)), m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("analyzeDialog"));
    setWindowTitle(tr("Analyze pasted output"));
    setAcceptDrops(true);
    auto* intro = PageText::intro(QStringLiteral("analyze.intro"),
                                  tr("Paste what the user sent — netsh winsock show catalog, ipconfig /all, netstat "
                                     "-ano and similar, in any language — or drop saved files here. wsafix then "
                                     "examines that machine instead of this one."),
                                  this);
    m_text->setObjectName(QStringLiteral("analyze.text"));
    m_text->setAccessibleName(tr("Pasted output"));
    m_text->setPlaceholderText(tr("Paste command output here"));
    m_text->setAcceptDrops(false); // files dropped anywhere are added as files, not as their names
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = m_text->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_text->setFont(mono);

    auto* addFiles = new QPushButton(tr("Add &files…"), this);
    addFiles->setObjectName(QStringLiteral("analyze.addFiles"));
    m_results->setObjectName(QStringLiteral("analyze.results"));
    m_results->setAccessibleName(tr("What was recognised"));
    m_results->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("analyze.summary"));
    m_summary->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Examine this machine"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("analyze.use"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 3);
    layout->addWidget(addFiles, 0, Qt::AlignLeft);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 2);
    layout->addWidget(m_buttons);
    resize(860, 640);
    m_text->setFocus(); // Ctrl+V pastes at once

    m_delay->setSingleShot(true);
    m_delay->setInterval(300);
    connect(m_delay, &QTimer::timeout, this, &AnalyzeDialog::reanalyse);
    connect(m_text, &QPlainTextEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(addFiles, &QPushButton::clicked, this, &AnalyzeDialog::chooseFiles);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showResults();
}

bool AnalyzeDialog::addFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    m_files.emplace_back(path, file.read(static_cast<qint64>(kMaxPasteBytes)));
    reanalyse();
    return true;
}

void AnalyzeDialog::reanalyse()
{
    m_delay->stop();
    m_analyses.clear();
    const QByteArray pasted = m_text->toPlainText().toUtf8();
    if (!pasted.trimmed().isEmpty())
        m_analyses.push_back(analyzePaste(std::string_view(pasted.constData(), static_cast<std::size_t>(pasted.size())),
                                          "pasted text"));
    for (const auto& [path, bytes] : m_files)
        m_analyses.push_back(analyzePaste(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                          QFileInfo(path).fileName().toStdString()));
    showResults();
}

void AnalyzeDialog::showResults()
{
    m_results->clear();
    bool any = false;
    for (const auto& a : m_analyses) {
        const QString source = EngineText::translate(a.source); // "pasted text", or a file's name
        for (const auto& s : a.sections) {
            any = true;
            QString text = tr("%1, lines %2–%3: %4 — %n item(s)", nullptr, static_cast<int>(s.items))
                               .arg(source)
                               .arg(s.firstLine)
                               .arg(s.lastLine)
                               .arg(QString::fromUtf8(pasteKindCommand(s.kind).data(),
                                                      static_cast<int>(pasteKindCommand(s.kind).size())));
            for (const auto& note : s.notes)
                text += QStringLiteral("\n    ") + EngineText::translate(note);
            auto* item = new QListWidgetItem(text, m_results);
            item->setData(Qt::UserRole, QStringLiteral("recognised"));
        }
        for (const auto& u : a.unparsed) {
            const QString lines = u.lastLine > u.line ? tr("lines %1–%2").arg(u.line).arg(u.lastLine)
                                                      : tr("line %1").arg(u.line);
            auto* item = new QListWidgetItem(tr("%1, %2 not used: %3\n    %4")
                                                 .arg(source, lines, EngineText::translate(u.reason),
                                                      QString::fromStdString(u.text).left(120)),
                                             m_results);
            item->setData(Qt::UserRole, QStringLiteral("unparsed"));
            item->setForeground(palette().color(QPalette::PlaceholderText));
        }
    }
    if (m_analyses.empty())
        m_summary->setText(tr("Nothing pasted yet."));
    else if (!any)
        m_summary->setText(tr("No command output wsafix knows was recognised."));
    else
        m_summary->setText(tr("Recognised below; lines that could not be used are greyed. Click Examine this machine "
                              "to see its findings."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
}

void AnalyzeDialog::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add saved command output"), QString(),
                                                            tr("Text files (*.txt *.log);;All files (*)"));
    for (const auto& f : files)
        addFile(f);
}

void AnalyzeDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void AnalyzeDialog::dropEvent(QDropEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (mime->hasUrls()) {
        for (const auto& url : mime->urls())
            if (url.isLocalFile())
                addFile(url.toLocalFile());
    } else if (mime->hasText()) {
        m_text->appendPlainText(mime->text());
    }
    event->acceptProposedAction();
}

} // namespace wsafix
