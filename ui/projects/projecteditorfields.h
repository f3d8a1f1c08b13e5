#pragma once

#include "core/domain/result.h"
#include "core/rules/redflags.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QStyle>

#include <initializer_list>
#include <optional>

class QAbstractItemModel;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QSpinBox;
class QTableView;
class QToolButton;
class QWidget;

// The pieces the project editor's tabs are built from, shared by the files
// that build them.
namespace neuvo::editorfields {

// A tool button showing a standard icon, named for screen readers.
QToolButton *iconButton(QWidget *context, QStyle::StandardPixmap icon, const QString &name,
                        const QString &objectName);
// A wrapping, selectable plain-text hint.
QLabel *hintLabel(const QString &text = {});
// An editable table of records; Delete clears a date cell.
QTableView *recordView(QAbstractItemModel *model, const QString &accessibleName, const QString &objectName);
QSpinBox *spinBox(int minimum, int maximum, const QString &suffix = {});
// An amount typed into a field, in the project's currency. Empty text is
// `empty` (0 for a price, nothing for an optional amount).
Result<std::optional<qint64>> parseAmountField(const QLineEdit *edit, const QString &currency,
                                               const QString &field, std::optional<qint64> empty);
// Tab moves in the order the widgets are seen, which differs from the order
// they are created in where buttons sit above a table.
void chainTabOrder(std::initializer_list<QWidget *> widgets);
// Adds a form row whose field is a layout, with a label that focuses `buddy`.
void addRow(QFormLayout *form, const QString &text, QLayout *field, QWidget *buddy);
// Whether the engine raised `rule` among findings.
bool hasFinding(const QList<Finding> &findings, QStringView rule);

} // namespace neuvo::editorfields
