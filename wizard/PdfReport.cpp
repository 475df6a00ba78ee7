#include "PdfReport.h"

#include "ReportTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace wsafix {

QByteArray PdfReport::render(const ReportDocument& document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 16, 16, 14),
                                         QPageLayout::Millimeter));
        writer.setTitle(QString::fromStdString(document.title));
        writer.setCreator(QStringLiteral("wsafix"));

        QTextDocument doc;
        // Laid out for the PDF's resolution, so that point sizes are points on paper (PLATFORM-NOTES: "tiny text").
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDocumentMargin(0);
        ReportTextDocument::fill(doc, document);

        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        QFont footerFont = doc.defaultFont();
        footerFont.setPointSizeF(7.5);
        footerFont.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // no ligatures, as in ReportTextDocument
        const qreal footerHeight = QFontMetricsF(footerFont, &writer).height() * 2.5;
        const QSizeF body(page.width(), page.height() - footerHeight);
        doc.setPageSize(body);
        const int pages = doc.pageCount();

        QPainter painter(&writer);
        for (int p = 0; p < pages; ++p) {
            if (p > 0)
                writer.newPage();
            painter.save();
            const QRectF clip(0, p * body.height(), body.width(), body.height());
            painter.translate(0, -clip.top());
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, Qt::black);
            doc.documentLayout()->draw(&painter, context);
            painter.restore();

            const QRectF foot(0, body.height(), body.width(), footerHeight);
            painter.setPen(QColor(0xda, 0xdc, 0xe0));
            painter.drawLine(foot.topLeft() + QPointF(0, footerHeight * 0.3),
                             foot.topRight() + QPointF(0, footerHeight * 0.3));
            painter.setPen(QColor(0x5f, 0x63, 0x68));
            painter.setFont(footerFont);
            const QRectF text = foot.adjusted(0, footerHeight * 0.35, 0, 0);
            painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, QString::fromStdString(document.footer));
            painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, tr("page %1 of %2").arg(p + 1).arg(pages));
        }
    }
    return bytes;
}

} // namespace wsafix
