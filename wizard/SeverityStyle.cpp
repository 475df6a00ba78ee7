#include "SeverityStyle.h"

#include "diagnostics/report/ReportDocument.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

namespace wsafix {

QString SeverityStyle::iconPath(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral(":/icons/info.svg");
    case Severity::Warning:
        return QStringLiteral(":/icons/warning.svg");
    case Severity::Error:
        return QStringLiteral(":/icons/error.svg");
    case Severity::Critical:
        return QStringLiteral(":/icons/critical.svg");
    }
    return QStringLiteral(":/icons/info.svg");
}

QString SeverityStyle::okIconPath()
{
    return QStringLiteral(":/icons/ok.svg");
}

QIcon SeverityStyle::icon(Severity severity)
{
    return svgIcon(iconPath(severity));
}

QIcon SeverityStyle::okIcon()
{
    return svgIcon(okIconPath());
}

QIcon SeverityStyle::appIcon()
{
    return svgIcon(QStringLiteral(":/icons/wsafix.svg"));
}

QIcon SeverityStyle::svgIcon(const QString& path)
{
    // Rendered with QSvgRenderer rather than through the SVG icon-engine plugin, which a deployment can lack.
    // Cached because models ask for icons on every paint; emptied before QGuiApplication goes away.
    static QHash<QString, QIcon> cache;
    if (cache.isEmpty())
        qAddPostRoutine([] { cache.clear(); });
    const auto it = cache.constFind(path);
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    QSvgRenderer renderer(path);
    if (renderer.isValid()) {
        for (const int size : {16, 20, 24, 32, 48, 64}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer.render(&painter);
            icon.addPixmap(pixmap);
        }
    }
    cache.insert(path, icon);
    return icon;
}

// The colours live in the engine, so that the reports it renders use exactly these.
QColor SeverityStyle::colour(Severity severity)
{
    const auto hex = toneColour(toneOf(severity));
    return QColor(QString::fromLatin1(hex.data(), static_cast<qsizetype>(hex.size())));
}

QColor SeverityStyle::okColour()
{
    const auto hex = toneColour(Tone::Ok);
    return QColor(QString::fromLatin1(hex.data(), static_cast<qsizetype>(hex.size())));
}

QColor SeverityStyle::tint(Severity severity)
{
    QColor c = colour(severity);
    c.setAlpha(70);
    return c;
}

namespace {

double luminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double SeverityStyle::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool SeverityStyle::isDark(const QColor& background)
{
    return luminance(background) < 0.18;
}

QColor SeverityStyle::readable(const QColor& colour, const QColor& background, double ratio)
{
    const bool darkBackground = isDark(background);
    QColor c = colour;
    for (int step = 0; step < 20 && contrast(c, background) < ratio; ++step)
        c = darkBackground ? c.lighter(112) : c.darker(112);
    return c;
}

QString SeverityStyle::label(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return tr("Info");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Error:
        return tr("Error");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

} // namespace wsafix
