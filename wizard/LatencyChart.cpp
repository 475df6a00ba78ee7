#include "LatencyChart.h"

#include "SeverityStyle.h"

#include <QtCharts/QChart>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace wsafix {

LatencyChart::LatencyChart(QWidget* parent) : PaletteChartView(parent)
{
    setObjectName(QStringLiteral("verify.chart"));
    setAccessibleName(tr("Connection time per attempt"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 200);
    auto* chart = new QChart; // owned by the view
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setAttempts({});
}

void LatencyChart::setAttempts(const std::vector<TcpProbeResult>& attempts)
{
    QChart* c = chart();
    c->removeAllSeries();
    for (auto* axis : c->axes())
        c->removeAxis(axis);

    auto* ok = new QLineSeries(c);
    ok->setName(tr("connected (ms)"));
    ok->setPointsVisible(true);
    ok->setColor(SeverityStyle::okColour());
    auto* failed = new QScatterSeries(c);
    failed->setName(tr("failed"));
    failed->setColor(SeverityStyle::colour(Severity::Error));
    failed->setBorderColor(SeverityStyle::colour(Severity::Error));
    failed->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    failed->setMarkerSize(11);

    double top = 10;
    m_connected = m_failed = 0;
    for (std::size_t i = 0; i < attempts.size(); ++i) {
        const auto& a = attempts[i];
        const QPointF point(static_cast<double>(i + 1), a.milliseconds);
        (a.connected ? static_cast<QXYSeries*>(ok) : static_cast<QXYSeries*>(failed))->append(point);
        ++(a.connected ? m_connected : m_failed);
        top = std::max(top, a.milliseconds);
    }
    c->addSeries(ok);
    c->addSeries(failed);

    auto* x = new QValueAxis(c);
    // Ticks on whole attempts only, with half an attempt of room at each end.
    x->setRange(0.5, std::max<double>(1, static_cast<double>(attempts.size())) + 0.5);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(1);
    x->setTickInterval(1);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(tr("attempt"));
    auto* y = new QValueAxis(c);
    y->setRange(0, top * 1.2);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("milliseconds"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (auto* s : {static_cast<QAbstractSeries*>(ok), static_cast<QAbstractSeries*>(failed)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    c->setTitle(attempts.empty() ? tr("No connection attempts: no target host and port were given.")
                                 : tr("Connection time per attempt"));
    applyPalette();

    // The text alternative of the points, for screen readers.
    QStringList points;
    for (std::size_t i = 0; i < attempts.size(); ++i)
        points << (attempts[i].connected ? tr("attempt %1: connected in %2 ms") : tr("attempt %1: failed after %2 ms"))
                      .arg(i + 1)
                      .arg(attempts[i].milliseconds, 0, 'f', 0);
    setAccessibleDescription(points.isEmpty() ? c->title()
                                              : tr("%1 of %2 attempts connected. %3")
                                                    .arg(m_connected)
                                                    .arg(attempts.size())
                                                    .arg(points.join(QStringLiteral("; "))));
}


} // namespace wsafix
