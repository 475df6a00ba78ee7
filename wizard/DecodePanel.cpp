#include "DecodePanel.h"

#include "EngineText.h"


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

DecodePanel::DecodePanel(QWidget* parent) : FittedLabel(parent)
{
    setObjectName(QStringLiteral("intake.decoded"));
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::NoFocus);
}

void DecodePanel::showDecoded(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_result = DecodeResult{};
        showText(QString());
        setAccessibleName(QString());
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
    showText(shown);
    setAccessibleName(QTextDocumentFragment::fromHtml(shown).toPlainText());
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
