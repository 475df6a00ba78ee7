#pragma once
// Shows what an error code means while it is typed: name, numbers, message and plain meaning, or
// what was not understood and the nearest known codes.

#include "diagnostics/errors/Decoder.h"

#include "FittedLabel.h"

namespace wsafix {

class DecodePanel : public FittedLabel
{
    Q_OBJECT

public:
    explicit DecodePanel(QWidget* parent = nullptr);

    /// Decodes `text` and shows the result; empty text clears the panel.
    void showDecoded(const QString& text);
    const DecodeResult& result() const { return m_result; }
    /// A plain message for an input that cannot be used, or empty when it decodes (or is ambiguous).
    QString problem() const;

private:

    DecodeResult m_result;
};

} // namespace wsafix
