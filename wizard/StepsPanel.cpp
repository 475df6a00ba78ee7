#include "StepsPanel.h"

#include "SeverityStyle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace wsafix {

StepsPanel::StepsPanel(const QStringList& steps, const QString& machine, QWidget* parent)
    : QWidget(parent), m_names(steps), m_saveError(new QLabel(this))
{
    setObjectName(QStringLiteral("wizard.steps"));
    setAccessibleName(tr("Steps"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);

    auto* heading = new QLabel(tr("Steps"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    for (int i = 0; i < steps.size(); ++i) {
        auto* label = new QLabel(this);
        label->setObjectName(QStringLiteral("wizard.step%1").arg(i + 1));
        label->setTextFormat(Qt::PlainText);
        m_steps.push_back(label);
        layout->addWidget(label);
    }
    layout->addStretch(1);

    QString machineText = machine;
    if (!machineText.isEmpty())
        machineText[0] = machineText[0].toUpper();
    auto* machineLabel = new QLabel(machineText, this);
    machineLabel->setObjectName(QStringLiteral("wizard.machine"));
    machineLabel->setWordWrap(true);
    machineLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(machineLabel);

    m_saveError->setObjectName(QStringLiteral("wizard.saveError"));
    m_saveError->setWordWrap(true);
    m_saveError->hide();
    layout->addWidget(m_saveError);

    // Wide enough for every step in bold, so that marking one never clips it.
    QFont bold = font();
    bold.setBold(true);
    int widest = 0;
    for (int i = 0; i < steps.size(); ++i)
        widest =
            qMax(widest, QFontMetrics(bold).horizontalAdvance(QStringLiteral("▶ %1. %2").arg(i + 1).arg(steps[i])));
    for (auto* label : m_steps)
        label->setMinimumWidth(widest + 4);
    setCurrent(0);
}

void StepsPanel::setCurrent(int index)
{
    m_current = index;
    for (int i = 0; i < static_cast<int>(m_steps.size()); ++i) {
        QLabel* label = m_steps[static_cast<std::size_t>(i)];
        // A marker as well as bold, so the current step is plain in any palette and to screen readers.
        const QString marker = i == index  ? QStringLiteral("▶ ")
                               : i < index ? QStringLiteral("✓ ")
                                           : QStringLiteral("   ");
        label->setText(QStringLiteral("%1%2. %3").arg(marker).arg(i + 1).arg(m_names[i]));
        QFont font = label->font();
        font.setBold(i == index);
        label->setFont(font);
        label->setForegroundRole(i <= index ? QPalette::WindowText : QPalette::PlaceholderText);
        label->setAccessibleName(i == index
                                     ? tr("Step %1 of %2, current: %3").arg(i + 1).arg(m_steps.size()).arg(m_names[i])
                                     : tr("Step %1: %2").arg(i + 1).arg(m_names[i]));
    }
}

void StepsPanel::showSaveError(const QString& message)
{
    m_saveError->setText(tr("The session could not be saved: %1").arg(message));
    QPalette p = m_saveError->palette();
    p.setColor(QPalette::WindowText,
               SeverityStyle::readable(SeverityStyle::colour(Severity::Error), p.color(QPalette::Window)));
    m_saveError->setPalette(p);
    m_saveError->show();
}

void StepsPanel::clearSaveError()
{
    m_saveError->hide();
}

} // namespace wsafix
