#pragma once

#include <QDate>
#include <QStyledItemDelegate>

namespace neuvo {

// Edits a QDate cell with a calendar pop-up; an empty cell opens on
// `defaultDate` (today). Pressing Delete on the cell (see DateClearingFilter)
// clears it.
class DateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DateDelegate(QDate defaultDate, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QDate m_defaultDate;
};

} // namespace neuvo
