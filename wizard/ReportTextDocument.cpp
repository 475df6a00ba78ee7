#include "ReportTextDocument.h"

#include <QFontDatabase>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

namespace wsafix {
namespace {

using Kind = ReportBlock::Kind;

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QColor toneColor(Tone tone)
{
    return QColor(QString::fromLatin1(toneColour(tone).data(), static_cast<qsizetype>(toneColour(tone).size())));
}

QColor tint(Tone tone, int alpha = 40)
{
    QColor c = toneColor(tone);
    c.setAlpha(alpha);
    return c;
}

class Writer
{
public:
    Writer(QTextDocument& doc, qreal base, qreal pixelsPerPoint) : m_cursor(&doc), m_base(base), m_px(pixelsPerPoint)
    {
        m_text.setFontPointSize(base);
        m_text.setForeground(QColor(0x20, 0x21, 0x24));
        // Any letter spacing turns off ligatures: text copied or extracted from the PDF then reads "verified",
        // not "veri\uFB01ed", and searching a ticket attachment for "fixed" finds it.
        m_text.setFontLetterSpacingType(QFont::AbsoluteSpacing);
        m_text.setFontLetterSpacing(0.05); // the smallest step Qt keeps (1/64 px) is 0.016
        m_mono = m_text;
        const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        m_mono.setFontFamilies(fixed.families());
        m_mono.setFontFixedPitch(true);
        m_mono.setFontPointSize(base - 1);
    }

    void block(const ReportBlock& b)
    {
        switch (b.kind) {
        case Kind::Heading:
            heading(b);
            break;
        case Kind::Paragraph:
            paragraph(b.text);
            break;
        case Kind::Banner:
            banner(b);
            break;
        case Kind::Facts:
            facts(b);
            break;
        case Kind::Table:
            table(b.table);
            break;
        case Kind::Items:
            items(b.items);
            break;
        case Kind::Code:
            code(b.items);
            break;
        }
    }

private:
    // Every block starts a new paragraph, except where an empty one is waiting: the document's first block and
    // the block after a table.
    void newBlock(const QTextBlockFormat& format, const QTextCharFormat& chars)
    {
        if (m_reuse) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
            m_reuse = false;
        } else {
            m_cursor.insertBlock(format, chars);
        }
    }

    void runs(const std::string& text, const QTextCharFormat& plain)
    {
        QTextCharFormat mono = m_mono;
        mono.setForeground(plain.foreground());
        for (const auto& run : textRuns(text))
            m_cursor.insertText(q(run.text), run.code ? mono : plain);
    }

    void heading(const ReportBlock& b)
    {
        QTextBlockFormat format;
        format.setTopMargin((b.level == 1 ? 0 : b.level == 2 ? m_base * 1.6 : m_base) * m_px);
        format.setBottomMargin((m_base * 0.4) * m_px);
        format.setHeadingLevel(b.level);
        QTextCharFormat chars = m_text;
        chars.setFontWeight(QFont::Bold);
        chars.setFontPointSize(b.level == 1 ? m_base * 1.8 : b.level == 2 ? m_base * 1.4 : m_base * 1.1);
        newBlock(format, chars);
        if (b.tone != Tone::None) {
            // A severity mark in the colour of the wizard's icons before the title.
            QTextCharFormat mark = chars;
            mark.setForeground(toneColor(b.tone));
            m_cursor.insertText(QStringLiteral("\u25A0 "), mark);
        }
        m_cursor.insertText(q(b.text), chars);
    }

    void paragraph(const std::string& text)
    {
        QTextBlockFormat format;
        format.setBottomMargin((m_base * 0.5) * m_px);
        newBlock(format, m_text);
        runs(text, m_text);
    }

    QTextTableFormat tableFormat(qreal border) const
    {
        QTextTableFormat format;
        format.setBorder(border * m_px);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(QColor(0xda, 0xdc, 0xe0));
        format.setBorderCollapse(true);
        format.setCellPadding((m_base * 0.3) * m_px);
        format.setCellSpacing(0);
        // Not 100 %: the table's outer border and the rounding of its column widths come on top of the percentage,
        // a few pixels that gave the preview a horizontal scroll bar.
        format.setWidth(QTextLength(QTextLength::PercentageLength, 99));
        format.setTopMargin((m_base * 0.3) * m_px);
        format.setBottomMargin((m_base * 0.8) * m_px);
        return format;
    }

    void banner(const ReportBlock& b)
    {
        QTextTableFormat format = tableFormat(2);
        format.setBorderBrush(toneColor(b.tone));
        format.setBackground(tint(b.tone, 30));
        format.setCellPadding((m_base * 0.8) * m_px);
        QTextTable* t = m_cursor.insertTable(1, 1, format);
        QTextCursor c = t->cellAt(0, 0).firstCursorPosition();
        QTextCharFormat big = m_text;
        big.setFontWeight(QFont::Bold);
        big.setFontPointSize(m_base * 1.6);
        big.setForeground(b.tone == Tone::Warning ? QColor(0x8a, 0x5a, 0x00) : toneColor(b.tone));
        c.insertText(q(b.text), big);
        if (!b.detail.empty()) {
            c.insertBlock({}, m_text);
            c.insertText(q(b.detail), m_text);
        }
        afterTable();
    }

    void facts(const ReportBlock& b)
    {
        QTextTableFormat format = tableFormat(0);
        format.setColumnWidthConstraints(
            {QTextLength(QTextLength::PercentageLength, 24), QTextLength(QTextLength::PercentageLength, 76)});
        QTextTable* t = m_cursor.insertTable(static_cast<int>(b.facts.size()), 2, format);
        QTextCharFormat label = m_text;
        label.setFontWeight(QFont::Bold);
        for (int row = 0; row < static_cast<int>(b.facts.size()); ++row) {
            t->cellAt(row, 0).firstCursorPosition().insertText(q(b.facts[static_cast<std::size_t>(row)].first), label);
            QTextCursor c = t->cellAt(row, 1).firstCursorPosition();
            QTextCharFormat plain = m_text;
            for (const auto& run : textRuns(b.facts[static_cast<std::size_t>(row)].second))
                c.insertText(q(run.text), run.code ? m_mono : plain);
        }
        afterTable();
    }

    void table(const ReportTable& data)
    {
        if (data.header.empty())
            return;
        QTextTableFormat format = tableFormat(0.5);
        format.setHeaderRowCount(1); // repeated at the top of every page the table continues on
        const int rows = static_cast<int>(data.rows.size()) + 1;
        const int columns = static_cast<int>(data.header.size());
        QTextTable* t = m_cursor.insertTable(rows, columns, format);
        QTextCharFormat head = m_text;
        head.setFontWeight(QFont::Bold);
        const QTextCharFormat& cellText = data.monospace ? m_mono : m_text;
        for (int col = 0; col < columns; ++col) {
            QTextTableCell cell = t->cellAt(0, col);
            QTextTableCellFormat f = cell.format().toTableCellFormat();
            f.setBackground(QColor(0xf1, 0xf3, 0xf4));
            cell.setFormat(f);
            cell.firstCursorPosition().insertText(q(data.header[static_cast<std::size_t>(col)]), head);
        }
        for (int row = 1; row < rows; ++row) {
            const auto& cells = data.rows[static_cast<std::size_t>(row - 1)];
            const Tone tone = static_cast<std::size_t>(row - 1) < data.rowTones.size()
                                  ? data.rowTones[static_cast<std::size_t>(row - 1)]
                                  : Tone::None;
            for (int col = 0; col < columns && col < static_cast<int>(cells.size()); ++col) {
                QTextTableCell cell = t->cellAt(row, col);
                if (tone != Tone::None && col == 0) {
                    QTextTableCellFormat f = cell.format().toTableCellFormat();
                    f.setBackground(tint(tone, 55));
                    cell.setFormat(f);
                }
                cell.firstCursorPosition().insertText(q(cells[static_cast<std::size_t>(col)]), cellText);
            }
        }
        afterTable();
    }

    void items(const std::vector<std::string>& lines)
    {
        QTextListFormat listFormat;
        listFormat.setStyle(QTextListFormat::ListDisc);
        QTextList* list = nullptr;
        for (const auto& line : lines) {
            QTextBlockFormat format;
            format.setBottomMargin((m_base * 0.2) * m_px);
            newBlock(format, m_text);
            if (!list)
                list = m_cursor.createList(listFormat);
            else
                list->add(m_cursor.block());
            runs(line, m_text);
        }
    }

    void code(const std::vector<std::string>& lines)
    {
        for (std::size_t i = 0; i < lines.size(); ++i) {
            QTextBlockFormat format;
            format.setBackground(QColor(0xf1, 0xf3, 0xf4));
            format.setLeftMargin((m_base * 0.5) * m_px);
            format.setBottomMargin((i + 1 == lines.size() ? m_base * 0.6 : 0) * m_px);
            format.setNonBreakableLines(false);
            newBlock(format, m_mono);
            m_cursor.insertText(q(lines[i]), m_mono);
        }
    }

    void afterTable()
    {
        m_cursor.movePosition(QTextCursor::End);
        m_reuse = true;
    }

    QTextCursor m_cursor;
    qreal m_base;
    qreal m_px; ///< pixels per point: margins, padding and borders are given in points
    QTextCharFormat m_text;
    QTextCharFormat m_mono;
    bool m_reuse = true;
};

} // namespace

void ReportTextDocument::fill(QTextDocument& target, const ReportDocument& document, qreal basePointSize)
{
    target.clear();
    target.setMetaInformation(QTextDocument::DocumentTitle, q(document.title));
    QFont font = target.defaultFont();
    font.setPointSizeF(basePointSize);
    target.setDefaultFont(font);
    // Lengths in a QTextDocument are pixels at 96 dpi; the layout scales them itself for a printer or PDF writer.
    Writer writer(target, basePointSize, 96.0 / 72.0);
    for (const auto& b : document.blocks)
        writer.block(b);
}

} // namespace wsafix
