#include "TrainingReviewPanel.h"

#include "EngineText.h"

#include "FixText.h"
#include "SeverityStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace wsafix {

TrainingReviewPanel::TrainingReviewPanel(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_headline(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("verify.training"));
    setFrameShape(QFrame::StyledPanel);
    m_headline->setObjectName(QStringLiteral("verify.training.headline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_text->setObjectName(QStringLiteral("verify.training.text"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* text = new QVBoxLayout;
    text->addWidget(m_headline);
    text->addWidget(m_text);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    clear();
}

QString TrainingReviewPanel::headline(TrainingReview::Grade grade)
{
    switch (grade) {
    case TrainingReview::Grade::NothingToFix:
        return tr("Training: right call");
    case TrainingReview::Grade::Unneeded:
        return tr("Training: no fix was needed");
    case TrainingReview::Grade::Good:
        return tr("Training: well chosen");
    case TrainingReview::Grade::HeavierThanNeeded:
        return tr("Training: fixed, but a less invasive fix existed");
    case TrainingReview::Grade::NotFixed:
        return tr("Training: not fixed");
    case TrainingReview::Grade::MadeWorse:
        return tr("Training: made worse");
    }
    return {};
}

void TrainingReviewPanel::clear()
{
    m_icon->clear();
    m_headline->setText(tr("Training: the review of your choice appears here when the check ends."));
    m_text->clear();
}

void TrainingReviewPanel::showReview(const TrainingReview& review)
{
    using Grade = TrainingReview::Grade;
    const bool good = review.grade == Grade::Good || review.grade == Grade::NothingToFix;
    const bool bad = review.grade == Grade::NotFixed || review.grade == Grade::MadeWorse;
    m_icon->setPixmap((good ? SeverityStyle::okIcon() : SeverityStyle::icon(bad ? Severity::Error : Severity::Warning))
                          .pixmap(QSize(24, 24)));
    m_headline->setText(headline(review.grade));
    QStringList lines{EngineText::translate(review.verdict)};
    for (const auto& note : review.notes)
        lines << EngineText::translate(note);
    for (const auto& fix : review.gentlerFixes)
        lines << tr("Gentler: %1.").arg(FixText::title(fix));
    m_text->setText(lines.join(QLatin1Char('\n')));
    setAccessibleName(m_headline->text());
}

} // namespace wsafix
