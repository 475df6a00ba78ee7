#pragma once
// One set of severity icons and colours for every part of the GUI and the reports: the colours are the
// engine's toneColour() (diagnostics/report/ReportDocument.h), the fills of resources/icons/*.svg.

#include "diagnostics/Finding.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace wsafix {

class SeverityStyle
{
    Q_DECLARE_TR_FUNCTIONS(SeverityStyle)

public:
    static QIcon icon(Severity severity);
    static QIcon okIcon();
    static QIcon appIcon();
    /// Resource path of the SVG, e.g. ":/icons/error.svg" (for HTML rendered in a QTextBrowser).
    static QString iconPath(Severity severity);
    static QString okIconPath();

    static QColor colour(Severity severity);
    static QColor okColour();
    /// A translucent tint of the severity colour for row backgrounds: readable on light and dark palettes.
    static QColor tint(Severity severity);
    /// `colour` for text on `background`, lightened or darkened until it reads (contrast 4.5:1, WCAG AA): the
    /// severity colours are made for white paper and are too dark on a dark palette. Controls' outlines need 3:1.
    static QColor readable(const QColor& colour, const QColor& background, double ratio = 4.5);
    /// Whether light text goes on `background` (a dark palette's Base or Window).
    static bool isDark(const QColor& background);
    /// WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black on white).
    static double contrast(const QColor& a, const QColor& b);

    /// "Info", "Warning", "Error", "Critical", translated.
    static QString label(Severity severity);

private:
    static QIcon svgIcon(const QString& path);
};

} // namespace wsafix
