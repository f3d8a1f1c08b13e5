#pragma once

#include "documents.h"
#include "textdocumentwriter.h"

#include <QList>
#include <QString>

// Pieces every printed document is made of, shared by the document classes
// of neuvo_documents (not used outside it).
namespace neuvo::documentparts {

bool isBlank(const QString &text);
// "Label: value" as a line, skipped when the value is empty.
void addField(QList<TextDocumentWriter::Line> &lines, const QString &label, const QString &value);
// The value as a line, skipped when empty.
void addLine(QList<TextDocumentWriter::Line> &lines, const QString &value,
             TextDocumentWriter::Line::Style style = TextDocumentWriter::Line::Normal);
// Text typed by people (a contract number) made safe for a file name: it
// stays readable but can never name another folder.
QString fileNamePart(QString text);
// The document with its title and author for the page header and the PDF,
// and a file name "<stem>-<language>.pdf".
PrintableDocument finishDocument(const TextDocumentWriter &writer, const DocumentLanguage &language,
                                 const QString &author, const QString &title, const QString &fileStem);

} // namespace neuvo::documentparts
