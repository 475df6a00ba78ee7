#include "PaletteChartView.h"

#include <QEvent>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QLegend>

namespace wsafix {

PaletteChartView::PaletteChartView(QWidget* parent) : QChartView(parent) {}

void PaletteChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void PaletteChartView::applyPalette()
{
    QChart* c = chart();
    const QPalette p = palette();
    c->setBackgroundBrush(p.color(QPalette::Base));
    c->setBackgroundPen(QPen(p.color(QPalette::Mid)));
    c->setTitleBrush(p.color(QPalette::Text));
    c->legend()->setLabelColor(p.color(QPalette::Text));
    for (auto* axis : c->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(p.color(QPalette::Text));
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(p.color(QPalette::Midlight));
    }
    setBackgroundBrush(p.color(QPalette::Window));
}

} // namespace wsafix
