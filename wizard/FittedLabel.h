#pragma once
// A word-wrapped label in a form row that takes the height its text needs at the width it has. A plain word-wrapped
// QLabel asks for the height at a guessed, narrower width, and QFormLayout keeps that as the row's minimum: a gap
// opened around the text in a wide window.

#include <QLabel>

namespace wsafix {

class FittedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FittedLabel(QWidget* parent = nullptr);

    /// QLabel::setText, then the height hints follow the new text.
    void showText(const QString& text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QSize fitted(QSize size) const;
    void refit();

    int m_needed = 0; ///< the height the text needs at the label's width; 0 before it has one
};

} // namespace wsafix
