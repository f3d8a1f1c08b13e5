#pragma once

#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QLabel;
class QObject;
class QTableView;
class QWidget;

namespace neuvo {

// The look the client detail tabs share.

// A selectable, wrapping plain-text label for a value.
QLabel *valueLabel();
// A read-only table over model, sorted on SortRole through a proxy owned
// by parent.
QTableView *tableView(QAbstractItemModel *model, QObject *parent);
// A column width that fits text with the cell's padding.
int textWidth(const QWidget *widget, const QString &text);
// A column width that fits the widest of texts and the column's header, in
// the current language ("Направление" is wider than "Direction").
int columnWidth(const QTableView *view, int column, const QStringList &texts);

} // namespace neuvo
