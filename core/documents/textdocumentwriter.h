#pragma once

#include <QFont>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

namespace neuvo {

// Builds the QTextDocument of a printed document through QTextCursor only.
// Every text goes in through insertText(), never as HTML, so a client called
// "<img src=...>" is printed as those characters and nothing is loaded.
// The look (fonts, spacing, table style) lives here, the wording in the
// document classes.
class TextDocumentWriter final
{
public:
    // Property of a block (int, a number of body lines): when fewer lines
    // than that fit after it on its page, the page renderer starts the block
    // on the next page rather than leave a heading or a closing alone at the
    // bottom of one.
    static constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 1;

    TextDocumentWriter();

    // "DejaVu Sans", made available from the Debian font files if the font
    // database does not list it.
    static QString fontFamily();

    std::shared_ptr<QTextDocument> document() const { return m_document; }

    // Centered title with a smaller line under it.
    void title(const QString &text, const QString &subtitle);
    void heading(const QString &text);
    // A heading kept on one page with keepLines lines of what follows.
    void heading(const QString &text, int keepLines);
    void paragraph(const QString &text, int keepLines = 0);
    // "Label: value" with the label in bold; multi-line values stay in one
    // paragraph.
    void labelled(const QString &label, const QString &value);
    void bullets(const QStringList &items);
    void space(qreal points = 6);

    struct Line
    {
        QString text;
        enum Style { Normal, Bold, Muted, Caption } style = Normal;
    };
    // Lines aligned to the right margin: the totals under an invoice's
    // lines.
    void summary(const QList<Line> &lines);
    // Side-by-side blocks without borders: the parties, the signatures.
    void columns(const QList<QList<Line>> &columns);

    struct Column
    {
        QString header;
        int widthPercent = 0;
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    // A ruled table whose header row repeats on every page it spans; a
    // non-empty totalRow is added in bold.
    void table(const QList<Column> &columns, const QList<QStringList> &rows, const QStringList &totalRow = {});

    struct Cell
    {
        QString text;
        Line::Style style = Line::Normal;
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    // A ruled table without a header row: a block of labelled boxes, such
    // as the bank details at the top of a Russian invoice.
    void grid(const QList<int> &widthsPercent, const QList<QList<Cell>> &rows);

    // Lines on the left and an image on the right with a caption under it
    // (payment details beside their QR code). The image is an internal
    // resource of the document: nothing is loaded from outside.
    void linesWithImage(const QList<Line> &lines, const QImage &image, qreal widthMm, const QString &caption);

private:
    void newBlock(const QTextBlockFormat &format, const QTextCharFormat &charFormat);
    void insert(QTextCursor &cursor, const QString &text, const QTextCharFormat &format);
    QTextCharFormat charFormat(Line::Style style = Line::Normal) const;
    QTextBlockFormat bodyBlock() const;

    std::shared_ptr<QTextDocument> m_document;
    QTextCursor m_cursor;
    bool m_empty = true;
    int m_images = 0;
};

} // namespace neuvo
