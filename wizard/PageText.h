#pragma once
// The opening sentence of every page: plain words, slightly larger, so that it can be read aloud.

#include <QString>

class QLabel;
class QWidget;

namespace wsafix {

class PageText
{
public:
    static QLabel* intro(const QString& objectName, const QString& text, QWidget* parent);
};

} // namespace wsafix
