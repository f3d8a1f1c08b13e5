#pragma once

#include <QString>

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

} // namespace neuvo
