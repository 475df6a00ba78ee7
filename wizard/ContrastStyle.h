#pragma once
// The application's style with visible check boxes on dark palettes. Fusion outlines an unticked box with the
// Window colour darkened by 40 %, which on a dark palette is next to the Base colour inside the box: the box
// disappears. This proxy draws the outline again in a colour between Base and Text with 3:1 contrast to Base
// (WCAG's minimum for controls); light palettes and other styles are drawn as the style draws them.

#include <QProxyStyle>

namespace wsafix {

class ContrastStyle : public QProxyStyle
{
    Q_OBJECT

public:
    /// Wraps the style named `key` ("Fusion", ...).
    explicit ContrastStyle(const QString& key);

    /// Makes the application's current style a ContrastStyle (after QApplication exists).
    static void install();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

} // namespace wsafix
