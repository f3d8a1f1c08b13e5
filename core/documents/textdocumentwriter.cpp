#include "textdocumentwriter.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>
#include <QTextBlockFormat>
#include <QTextImageFormat>
#include <QUrl>
#include <QTextCharFormat>
#include <QTextLength>
#include <QTextList>
#include <QTextListFormat>
#include <QTextTable>
#include <QTextTableFormat>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// DejaVu Sans covers Finnish and Cyrillic (Debian fonts-dejavu-core, which
// the setup installs). Named explicitly so a machine whose default font
// lacks Cyrillic still prints Russian contracts.
const QString kFamily = u"DejaVu Sans"_s;
constexpr qreal kBodySize = 9.5;
constexpr qreal kHeadingSize = 11.5;
constexpr qreal kTitleSize = 17;
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kAccent(0x1f, 0x3a, 0x5f);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kRule(0x9a, 0xa0, 0xa6);
const QColor kHeaderFill(0xe8, 0xed, 0xf2);

} // namespace

QString TextDocumentWriter::fontFamily()
{
    // When fontconfig does not know the family (a minimal container), load
    // the Debian files directly rather than fall back to a font without
    // Cyrillic.
    static const bool available = [] {
        if (QFontDatabase::hasFamily(kFamily))
            return true;
        bool loaded = false;
        for (const char *file : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"}) {
            loaded |= QFontDatabase::addApplicationFont(u"/usr/share/fonts/truetype/dejavu/"_s
                                                        + QLatin1StringView(file))
                      >= 0;
        }
        return loaded;
    }();
    Q_UNUSED(available);
    return kFamily;
}

namespace {

// A newline in a stored value (an address) is a line break inside the same
// paragraph, not a new paragraph with its own spacing.
QString withLineBreaks(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\n', QChar::LineSeparator);
    return text;
}

} // namespace

TextDocumentWriter::TextDocumentWriter()
    : m_document(std::make_shared<QTextDocument>())
{
    QFont font(fontFamily());
    font.setPointSizeF(kBodySize);
    // Hinting off keeps the PDF's metrics those of the font rather than of
    // a screen. No ligatures: "fi" stays two letters, so text copied or
    // searched in the PDF is the text that was written.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferNoShaping);
    m_document->setDefaultFont(font);
    m_document->setDocumentMargin(0);
    m_document->setUndoRedoEnabled(false);
    m_cursor = QTextCursor(m_document.get());
}

QTextCharFormat TextDocumentWriter::charFormat(Line::Style style) const
{
    QTextCharFormat format;
    format.setFontFamilies({fontFamily()});
    format.setFontPointSize(kBodySize);
    format.setFontStyleStrategy(QFont::PreferNoShaping);
    format.setForeground(kInk);
    switch (style) {
    case Line::Normal:
        break;
    case Line::Bold:
        format.setFontWeight(QFont::Bold);
        break;
    case Line::Muted:
        format.setForeground(kMuted);
        break;
    case Line::Caption:
        format.setForeground(kMuted);
        format.setFontPointSize(kBodySize - 1.5);
        format.setFontCapitalization(QFont::AllUppercase);
        format.setFontLetterSpacing(104);
        break;
    }
    return format;
}

QTextBlockFormat TextDocumentWriter::bodyBlock() const
{
    QTextBlockFormat format;
    format.setTopMargin(0);
    format.setBottomMargin(5);
    format.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    format.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
    return format;
}

void TextDocumentWriter::newBlock(const QTextBlockFormat &format, const QTextCharFormat &charFormat)
{
    // The document starts with one empty block; use it for the first one.
    if (m_empty) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(charFormat);
        m_empty = false;
    } else {
        m_cursor.movePosition(QTextCursor::End);
        m_cursor.insertBlock(format, charFormat);
    }
}

void TextDocumentWriter::insert(QTextCursor &cursor, const QString &text, const QTextCharFormat &format)
{
    cursor.insertText(withLineBreaks(text), format);
}

void TextDocumentWriter::title(const QString &text, const QString &subtitle)
{
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setBottomMargin(2);
    QTextCharFormat big = charFormat(Line::Bold);
    big.setFontPointSize(kTitleSize);
    big.setForeground(kAccent);
    newBlock(block, big);
    insert(m_cursor, text, big);

    block.setBottomMargin(14);
    QTextCharFormat small = charFormat(Line::Muted);
    small.setFontPointSize(kBodySize + 0.5);
    newBlock(block, small);
    insert(m_cursor, subtitle, small);
}

void TextDocumentWriter::heading(const QString &text)
{
    QTextBlockFormat block = bodyBlock();
    block.setTopMargin(8);
    block.setBottomMargin(3);
    block.setProperty(KeepWithNextProperty, 3);
    QTextCharFormat format = charFormat(Line::Bold);
    format.setFontPointSize(kHeadingSize);
    format.setForeground(kAccent);
    newBlock(block, format);
    insert(m_cursor, text, format);
}

void TextDocumentWriter::paragraph(const QString &text, int keepLines)
{
    QTextBlockFormat block = bodyBlock();
    if (keepLines > 0)
        block.setProperty(KeepWithNextProperty, keepLines);
    newBlock(block, charFormat());
    insert(m_cursor, text, charFormat());
}

void TextDocumentWriter::heading(const QString &text, int keepLines)
{
    heading(text);
    QTextBlockFormat block = m_cursor.blockFormat();
    block.setProperty(KeepWithNextProperty, keepLines);
    m_cursor.setBlockFormat(block);
}

void TextDocumentWriter::labelled(const QString &label, const QString &value)
{
    QTextBlockFormat block = bodyBlock();
    block.setBottomMargin(2);
    newBlock(block, charFormat());
    insert(m_cursor, label + u": "_s, charFormat(Line::Bold));
    insert(m_cursor, value, charFormat());
}

void TextDocumentWriter::bullets(const QStringList &items)
{
    if (items.isEmpty())
        return;
    QTextBlockFormat block = bodyBlock();
    block.setBottomMargin(2);
    newBlock(block, charFormat());
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDisc);
    listFormat.setIndent(1);
    m_cursor.createList(listFormat);
    for (qsizetype i = 0; i < items.size(); ++i) {
        // insertBlock() without a format keeps the block in the list.
        if (i > 0)
            m_cursor.insertBlock();
        insert(m_cursor, items.at(i), charFormat());
    }
    // The block after a list must not continue it.
    space(2);
}

void TextDocumentWriter::summary(const QList<Line> &lines)
{
    for (const Line &line : lines) {
        QTextBlockFormat block = bodyBlock();
        block.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
        block.setBottomMargin(2);
        newBlock(block, charFormat(line.style));
        insert(m_cursor, line.text, charFormat(line.style));
    }
    space(4);
}

void TextDocumentWriter::space(qreal points)
{
    QTextBlockFormat block;
    block.setTopMargin(0);
    block.setBottomMargin(0);
    block.setLineHeight(points, QTextBlockFormat::FixedHeight);
    block.setIndent(0);
    newBlock(block, charFormat());
    // Leave any list the previous block belonged to.
    if (QTextList *list = m_cursor.currentList())
        list->remove(m_cursor.block());
}

void TextDocumentWriter::columns(const QList<QList<Line>> &cols)
{
    if (cols.isEmpty())
        return;
    // The table needs a block to sit after.
    space(2);
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellPadding(0);
    format.setCellSpacing(0);
    format.setBottomMargin(8);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (qsizetype i = 0; i < cols.size(); ++i)
        widths << QTextLength(QTextLength::PercentageLength, 100.0 / qreal(cols.size()));
    format.setColumnWidthConstraints(widths);
    QTextTable *table = m_cursor.insertTable(1, int(cols.size()), format);
    for (qsizetype c = 0; c < cols.size(); ++c) {
        QTextCursor cell = table->cellAt(0, int(c)).firstCursorPosition();
        QTextBlockFormat block = bodyBlock();
        block.setBottomMargin(1);
        block.setRightMargin(14);
        bool first = true;
        for (const Line &line : cols.at(c)) {
            if (first)
                cell.setBlockFormat(block);
            else
                cell.insertBlock(block);
            first = false;
            insert(cell, line.text, charFormat(line.style));
        }
    }
    m_cursor.movePosition(QTextCursor::End);
}

void TextDocumentWriter::table(const QList<Column> &columns, const QList<QStringList> &rows,
                               const QStringList &totalRow)
{
    space(2);
    const int rowCount = int(rows.size()) + 1 + (totalRow.isEmpty() ? 0 : 1);
    QTextTableFormat format;
    format.setBorder(0.5);
    format.setBorderBrush(kRule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    // Repeated at the top of every page the table continues on.
    format.setHeaderRowCount(1);
    format.setBottomMargin(6);
    QList<QTextLength> widths;
    for (const Column &column : columns)
        widths << QTextLength(QTextLength::PercentageLength, column.widthPercent);
    format.setColumnWidthConstraints(widths);
    QTextTable *table = m_cursor.insertTable(rowCount, int(columns.size()), format);

    auto fill = [&](int row, const QStringList &cells, Line::Style style, const QColor &background) {
        for (int c = 0; c < columns.size(); ++c) {
            QTextTableCell cell = table->cellAt(row, c);
            if (background.isValid()) {
                QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                cellFormat.setBackground(background);
                cell.setFormat(cellFormat);
            }
            QTextCursor cursor = cell.firstCursorPosition();
            QTextBlockFormat block;
            block.setAlignment(columns.at(c).alignment | Qt::AlignAbsolute);
            block.setLineHeight(112, QTextBlockFormat::ProportionalHeight);
            cursor.setBlockFormat(block);
            insert(cursor, cells.value(c), charFormat(style));
        }
    };
    fill(0, [&] {
        QStringList headers;
        for (const Column &column : columns)
            headers << column.header;
        return headers;
    }(), Line::Bold, kHeaderFill);
    for (int r = 0; r < rows.size(); ++r)
        fill(r + 1, rows.at(r), Line::Normal, QColor());
    if (!totalRow.isEmpty())
        fill(rowCount - 1, totalRow, Line::Bold, QColor());
    m_cursor.movePosition(QTextCursor::End);
}

void TextDocumentWriter::grid(const QList<int> &widthsPercent, const QList<QList<Cell>> &rows)
{
    if (rows.isEmpty())
        return;
    space(2);
    QTextTableFormat format;
    format.setBorder(0.5);
    format.setBorderBrush(kRule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setBottomMargin(8);
    QList<QTextLength> widths;
    for (int width : widthsPercent)
        widths << QTextLength(QTextLength::PercentageLength, width);
    format.setColumnWidthConstraints(widths);
    QTextTable *table = m_cursor.insertTable(int(rows.size()), int(widthsPercent.size()), format);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < widthsPercent.size() && c < rows.at(r).size(); ++c) {
            const Cell &cell = rows.at(r).at(c);
            QTextCursor cursor = table->cellAt(r, c).firstCursorPosition();
            QTextBlockFormat block;
            block.setAlignment(cell.alignment | Qt::AlignAbsolute);
            block.setLineHeight(112, QTextBlockFormat::ProportionalHeight);
            cursor.setBlockFormat(block);
            insert(cursor, cell.text, charFormat(cell.style));
        }
    }
    m_cursor.movePosition(QTextCursor::End);
}

void TextDocumentWriter::linesWithImage(const QList<Line> &lines, const QImage &image, qreal widthMm,
                                        const QString &caption)
{
    space(2);
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellPadding(0);
    format.setCellSpacing(0);
    format.setBottomMargin(8);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 68),
                                      QTextLength(QTextLength::PercentageLength, 32)});
    QTextTable *table = m_cursor.insertTable(1, 2, format);

    QTextCursor left = table->cellAt(0, 0).firstCursorPosition();
    QTextBlockFormat block = bodyBlock();
    block.setBottomMargin(2);
    bool first = true;
    for (const Line &line : lines) {
        if (first)
            left.setBlockFormat(block);
        else
            left.insertBlock(block);
        first = false;
        insert(left, line.text, charFormat(line.style));
    }

    QTextCursor right = table->cellAt(0, 1).firstCursorPosition();
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    right.setBlockFormat(centred);
    if (!image.isNull()) {
        const QUrl name(u"neuvo-image:%1"_s.arg(++m_images));
        m_document->addResource(QTextDocument::ImageResource, name, image);
        QTextImageFormat imageFormat;
        imageFormat.setName(name.toString());
        // Text document images are measured in 1/96 inch, whatever the
        // device: the layout scales them to its resolution.
        imageFormat.setWidth(widthMm / 25.4 * 96);
        imageFormat.setHeight(widthMm / 25.4 * 96 * image.height() / std::max(1, image.width()));
        right.insertImage(imageFormat);
        if (!caption.isEmpty()) {
            right.insertBlock(centred);
            insert(right, caption, charFormat(Line::Muted));
        }
    }
    m_cursor.movePosition(QTextCursor::End);
}

} // namespace neuvo
