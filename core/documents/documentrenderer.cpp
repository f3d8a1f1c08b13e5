#include "documentrenderer.h"

#include "textdocumentwriter.h"
#include "core/storage/atomicfile.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

constexpr qreal kSideMarginMm = 20;
constexpr qreal kTopBottomMarginMm = 12;
// Bands inside the margins for the running header and the page number.
constexpr qreal kHeaderMm = 8.5;
constexpr qreal kFooterMm = 8.5;
constexpr qreal kRunningSize = 7.5;
const QColor kRunningInk(0x5f, 0x63, 0x68);
const QColor kRunningRule(0xc4, 0xc9, 0xce);

// A heading left alone at the bottom of a page reads as a printing error:
// such a heading starts the next page instead. Headings are checked in
// order, as each move shifts the ones after it.
void keepHeadingsWithText(QTextDocument &text, qreal pageHeight, QPaintDevice &device)
{
    const qreal line = QFontMetricsF(text.defaultFont(), &device).lineSpacing();
    QAbstractTextDocumentLayout *layout = text.documentLayout();
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        const int lines = block.blockFormat().intProperty(TextDocumentWriter::KeepWithNextProperty);
        if (lines <= 0)
            continue;
        const qreal minimumFollowing = lines * line;
        const QRectF rect = layout->blockBoundingRect(block);
        const qreal pageTop = std::floor(rect.top() / pageHeight) * pageHeight;
        if (rect.top() <= pageTop + 1 || rect.bottom() + minimumFollowing <= pageTop + pageHeight)
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }
}

// A document ending in a table has an empty block after it (QTextDocument
// always has one). When only that block spills over a full last page, the
// page is blank and is not printed.
int printedPages(QTextDocument &text, qreal pageHeight)
{
    const int pages = text.pageCount();
    const QTextBlock last = text.lastBlock();
    const QTextBlock previous = last.previous();
    if (pages < 2 || !last.text().isEmpty() || !previous.isValid())
        return pages;
    const qreal contentBottom = text.documentLayout()->blockBoundingRect(previous).bottom();
    return std::clamp(int(std::ceil(contentBottom / pageHeight)), 1, pages);
}

} // namespace

QPageLayout DocumentRenderer::pageLayout(const DocumentLanguage &language)
{
    return QPageLayout(language.pageSize(), QPageLayout::Portrait,
                       QMarginsF(kSideMarginMm, kTopBottomMarginMm, kSideMarginMm, kTopBottomMarginMm),
                       QPageLayout::Millimeter);
}

Result<int> DocumentRenderer::paint(const PrintableDocument &document, QPagedPaintDevice &device)
{
    if (!document.text)
        return fail(tr("There is no document to print."));
    // The caller's document keeps its own layout (a preview may show it
    // again for another printer).
    std::unique_ptr<QTextDocument> text(document.text->clone());

    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("Cannot start printing: the printer or file refused to open."));

    const qreal dpi = device.logicalDpiY();
    auto mm = [dpi](qreal value) { return value * dpi / 25.4; };
    // The painter's origin is the top left corner inside the margins.
    const QRectF area(0, 0, device.width(), device.height());
    const QRectF body(0, mm(kHeaderMm), area.width(), area.height() - mm(kHeaderMm) - mm(kFooterMm));

    text->documentLayout()->setPaintDevice(&device);
    text->setPageSize(body.size());
    keepHeadingsWithText(*text, body.height(), device);
    const int pages = printedPages(*text, body.height());

    QFont running(TextDocumentWriter::fontFamily());
    running.setPointSizeF(kRunningSize);
    running.setStyleStrategy(QFont::PreferNoShaping);
    const DocumentLanguage &language = document.language;
    //: Page footer of a printed document: "Page 1 of 3".
    const QString pageTemplate = language.translate("DocumentRenderer", "Page %1 of %2");

    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return fail(tr("Cannot start page %1 on the printer or file.").arg(page + 1));
        }
        painter.setFont(running);
        painter.setPen(kRunningInk);
        const QFontMetricsF metrics(running, &device);
        const QRectF header(0, 0, area.width(), mm(kHeaderMm) - mm(3.5));
        const qreal authorWidth = std::min(metrics.horizontalAdvance(document.author), area.width() * 0.4);
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom,
                         metrics.elidedText(document.author, Qt::ElideRight, authorWidth + 1));
        painter.drawText(header.adjusted(0, 0, -authorWidth - mm(6), 0), Qt::AlignLeft | Qt::AlignBottom,
                         metrics.elidedText(document.title, Qt::ElideRight, area.width() - authorWidth - mm(6)));
        painter.setPen(QPen(kRunningRule, mm(0.2)));
        painter.drawLine(QPointF(0, mm(kHeaderMm) - mm(2.5)), QPointF(area.width(), mm(kHeaderMm) - mm(2.5)));
        painter.drawLine(QPointF(0, body.bottom() + mm(2.5)), QPointF(area.width(), body.bottom() + mm(2.5)));
        painter.setPen(kRunningInk);
        painter.drawText(QRectF(0, body.bottom() + mm(3.5), area.width(), mm(kFooterMm) - mm(3.5)),
                         Qt::AlignHCenter | Qt::AlignTop,
                         QString(pageTemplate).arg(language.number(page + 1), language.number(pages)));

        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        text->drawContents(&painter, QRectF(0, page * body.height(), body.width(), body.height()));
        painter.restore();
    }
    if (!painter.end())
        return fail(tr("Printing did not finish."));
    return pages;
}

Result<int> DocumentRenderer::writePdf(const PrintableDocument &document, const QString &path)
{
    int pages = 0;
    auto written = AtomicFile::write(path, [&](QIODevice &file) -> Result<void> {
        QPdfWriter writer(&file);
        writer.setPageLayout(pageLayout(document.language));
        writer.setResolution(300);
        writer.setTitle(document.title);
        writer.setCreator(document.author.isEmpty() ? u"Neuvo"_s : document.author + u" (Neuvo)"_s);
        auto painted = paint(document, writer);
        if (!painted)
            return Error{painted.error()};
        pages = *painted;
        return {};
    });
    if (!written)
        return Error{written.error()};
    return pages;
}

} // namespace neuvo
