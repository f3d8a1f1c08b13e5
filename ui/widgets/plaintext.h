#pragma once

#include <QString>

class QLabel;
class QMessageBox;
class QWidget;

namespace neuvo {

// Whatever a person typed or imported (names, notes, the evidence sentences
// that quote them, file paths) is shown as plain text. Qt's text widgets
// guess by default (Qt::AutoText): a string that looks like HTML is rendered
// as HTML, and a note of <img src="/dev/zero"> then makes a label read that
// file. These helpers are the one place that turns the guess off; labels
// built with literal markup (headings) escape every value they insert.

// A label for text that may hold user data.
QLabel *plainLabel(const QString &text = {}, QWidget *parent = nullptr);
// Every label of a message box, the informative text included
// (QMessageBox::setTextFormat covers only the main text).
void makePlainText(QMessageBox &box);

namespace MessageBox {
void warning(QWidget *parent, const QString &title, const QString &text);
void critical(QWidget *parent, const QString &title, const QString &text);
} // namespace MessageBox

// Tool tips, of widgets and of item-view cells: QToolTip renders any text
// that looks like HTML. Installed once on the application (idempotent), an
// event filter shows every tool tip as escaped text instead.
void installPlainTextToolTips();
// What the filter shows for a tool tip text: the text, escaped, line breaks
// kept.
QString plainTextToolTip(const QString &text);

} // namespace neuvo
