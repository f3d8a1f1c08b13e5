#include "documentparts.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace neuvo::documentparts {

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

void addField(QList<TextDocumentWriter::Line> &lines, const QString &label, const QString &value)
{
    if (!isBlank(value))
        lines.append({label + u": "_s + value.trimmed(), TextDocumentWriter::Line::Normal});
}

void addLine(QList<TextDocumentWriter::Line> &lines, const QString &value, TextDocumentWriter::Line::Style style)
{
    if (!isBlank(value))
        lines.append({value.trimmed(), style});
}

QString fileNamePart(QString text)
{
    for (QChar &c : text) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'))
            c = u'-';
    }
    return text;
}

PrintableDocument finishDocument(const TextDocumentWriter &writer, const DocumentLanguage &language,
                                 const QString &author, const QString &title, const QString &fileStem)
{
    PrintableDocument doc;
    doc.text = writer.document();
    doc.text->setMetaInformation(QTextDocument::DocumentTitle, title);
    doc.language = language;
    doc.title = title;
    doc.author = author.trimmed();
    doc.fileName = fileNamePart(fileStem) + u'-' + language.id() + u".pdf"_s;
    return doc;
}

} // namespace neuvo::documentparts
