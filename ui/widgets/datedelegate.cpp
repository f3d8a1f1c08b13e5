#include "datedelegate.h"

#include <QDateEdit>

namespace neuvo {

DateDelegate::DateDelegate(QDate defaultDate, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_defaultDate(defaultDate)
{
}

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setFrame(false);
    return edit;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QDate date = index.data(Qt::EditRole).toDate();
    static_cast<QDateEdit *>(editor)->setDate(date.isValid() ? date : m_defaultDate);
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QDateEdit *>(editor)->date(), Qt::EditRole);
}

} // namespace neuvo
