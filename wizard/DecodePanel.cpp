#include "DecodePanel.h"

#include "EngineText.h"

#include <QResizeEvent>

#include <algorithm>
#include <QTextDocumentFragment>

namespace wsafix {
namespace {

QString html(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).toHtmlEscaped(); }

// Engine text (messages, meanings) in the user's language.
QString translated(std::string_view text)
{
    return EngineText::translate(text).toHtmlEscaped();
}

QString numbers(const ErrorEntry& e)
{
    QString line = QStringLiteral("<b>%1</b> · %2 · %3")
                       .arg(html(e.name))
                       .arg(e.code)
                       .arg(QString::fromStdString(errorHex(e.code)));
    if (e.code > 0xffff)
        return line;
    line += QStringLiteral(" · HRESULT %1").arg(QString::fromStdString(errorHResult(e.code)));
    if (e.errnoValue > 0)
        line += QStringLiteral(" · Linux %1 (%2)").arg(html(e.errnoName)).arg(e.errnoValue);
    return line;
}

} // namespace

DecodePanel::DecodePanel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("intake.decoded"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::NoFocus);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

// A word-wrapped label asks for the height its text needs at a guessed, narrow width, and QFormLayout keeps that as
// the row's minimum: a gap opened under the text at the wider width it really has. The hints ask for no more than the
// height at that width (the layouts give a narrower panel the taller height it needs through heightForWidth).
QSize DecodePanel::fitted(QSize size) const
{
    if (m_needed > 0)
        size.setHeight(std::min(size.height(), m_needed));
    return size;
}

QSize DecodePanel::sizeHint() const
{
    return fitted(QLabel::sizeHint());
}

QSize DecodePanel::minimumSizeHint() const
{
    return fitted(QLabel::minimumSizeHint());
}

// Measured outside the hints: QLabel's heightForWidth asks for them.
void DecodePanel::refit()
{
    const int needed = text().isEmpty() || width() <= 0 ? 0 : heightForWidth(width());
    if (needed != m_needed) {
        m_needed = needed;
        updateGeometry();
    }
}

void DecodePanel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        refit();
}

void DecodePanel::showDecoded(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_result = DecodeResult{};
        clear();
        setAccessibleName(QString());
        m_needed = 0;
        return;
    }
    m_result = decodeError(text.toStdString());
    QString shown;
    if (m_result.decoded()) {
        const ErrorEntry& e = *m_result.entry;
        shown = numbers(e) + QStringLiteral("<br>") +
                translated(e.systemMessage.empty() ? e.shortMessage : e.systemMessage);
        if (const auto meaning = m_result.meaning(); !meaning.empty() && meaning != e.systemMessage)
            shown += QStringLiteral("<br><i>%1</i>").arg(translated(meaning));
    } else if (m_result.status == DecodeStatus::Ambiguous) {
        shown = tr("This can mean more than one error:");
        for (const auto& c : m_result.candidates)
            shown += QStringLiteral("<br>• %1 — %2").arg(numbers(*c.entry), translated(c.entry->shortMessage));
        shown += QStringLiteral("<br>") + tr("Type it as the user sees it (for example 0x00002748 or WSAEISCONN) "
                                              "to be sure.");
    } else {
        shown = problem().toHtmlEscaped();
        if (!m_result.nearest.empty()) {
            shown += QStringLiteral("<br>") + tr("Nearest known codes:");
            for (const auto* e : m_result.nearest)
                shown += QStringLiteral("<br>• %1 — %2").arg(numbers(*e), translated(e->shortMessage));
        }
    }
    setText(shown);
    setAccessibleName(QTextDocumentFragment::fromHtml(shown).toPlainText());
    refit();
}

QString DecodePanel::problem() const
{
    if (m_result.status != DecodeStatus::Unknown || m_result.input.empty())
        return {};
    QString text = tr("The error code is not understood");
    if (!m_result.notUnderstood.empty())
        text += QStringLiteral(": ") + EngineText::translate(m_result.notUnderstood.front());
    return text + QStringLiteral(".");
}

} // namespace wsafix
