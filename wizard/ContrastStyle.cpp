#include "ContrastStyle.h"

#include "SeverityStyle.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOption>

namespace wsafix {

ContrastStyle::ContrastStyle(const QString& key) : QProxyStyle(key) {}

void ContrastStyle::install()
{
    if (!qobject_cast<ContrastStyle*>(QApplication::style()))
        QApplication::setStyle(new ContrastStyle(QApplication::style()->name()));
}

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                  const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    // Item views' check boxes come here too: QCommonStyle draws PE_IndicatorItemViewItemCheck through the proxy.
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
        return;
    if (baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        return;
    const QColor base = option->palette.color(QPalette::Base);
    if (!SeverityStyle::isDark(base))
        return;
    if ((option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange))
        return; // Fusion outlines a focused box with the highlight colour: keep it
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    // Half way between the box's inside and its tick, then as far towards the text as 3:1 needs.
    const QColor text = option->palette.color(QPalette::Text);
    const QColor between((base.red() + text.red()) / 2, (base.green() + text.green()) / 2,
                         (base.blue() + text.blue()) / 2);
    painter->setPen(SeverityStyle::readable(between, base, 3.0));
    painter->setBrush(Qt::NoBrush);
    // Fusion's geometry: the rectangle shrunk by one pixel, on pixel centres.
    const QRectF rect = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (element == PE_IndicatorCheckBox)
        painter->drawRect(rect);
    else
        painter->drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}

} // namespace wsafix
