#include "dateclearingfilter.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDate>
#include <QKeyEvent>

namespace neuvo {

bool DateClearingFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Delete && key->key() != Qt::Key_Backspace)
        return false;
    auto *view = qobject_cast<QAbstractItemView *>(watched);
    // Keys an open cell editor did not use propagate here; they are not ours.
    if (!view || QApplication::focusWidget() != view)
        return false;
    const QModelIndex index = view->currentIndex();
    if (!index.isValid() || index.data(Qt::EditRole).metaType().id() != QMetaType::QDate)
        return false;
    view->model()->setData(index, QDate(), Qt::EditRole);
    return true;
}

} // namespace neuvo
