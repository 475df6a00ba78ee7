#include "FittedLabel.h"

#include <QResizeEvent>

#include <algorithm>

namespace wsafix {

FittedLabel::FittedLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void FittedLabel::showText(const QString& text)
{
    setText(text);
    refit();
}

// No more than the height at the label's width: the layouts give a narrower label the taller height it needs
// through heightForWidth.
QSize FittedLabel::fitted(QSize size) const
{
    if (m_needed > 0)
        size.setHeight(std::min(size.height(), m_needed));
    return size;
}

QSize FittedLabel::sizeHint() const
{
    return fitted(QLabel::sizeHint());
}

QSize FittedLabel::minimumSizeHint() const
{
    return fitted(QLabel::minimumSizeHint());
}

// Measured outside the hints: QLabel's heightForWidth asks for them.
void FittedLabel::refit()
{
    const int needed = text().isEmpty() || width() <= 0 ? 0 : heightForWidth(width());
    if (needed != m_needed) {
        m_needed = needed;
        updateGeometry();
    }
}

void FittedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        refit();
}

} // namespace wsafix
