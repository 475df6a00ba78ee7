#pragma once
// Shows what an error code means while it is typed: name, numbers, message and plain meaning, or
// what was not understood and the nearest known codes.

#include "diagnostics/errors/Decoder.h"

#include <QLabel>

namespace wsafix {

class DecodePanel : public QLabel
{
    Q_OBJECT

public:
    explicit DecodePanel(QWidget* parent = nullptr);

    /// Decodes `text` and shows the result; empty text clears the panel.
    void showDecoded(const QString& text);
    const DecodeResult& result() const { return m_result; }
    /// A plain message for an input that cannot be used, or empty when it decodes (or is ambiguous).
    QString problem() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QSize fitted(QSize size) const;
    void refit();


    DecodeResult m_result;
    int m_needed = 0; ///< the height the text needs at the panel's width; 0 before it has one
};

} // namespace wsafix
