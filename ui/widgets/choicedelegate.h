#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStyledItemDelegate>

namespace neuvo {

// Edits a cell whose EditRole is a stable id by a combo box of labels.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // (label, id) pairs
    explicit ChoiceDelegate(QList<QPair<QString, QString>> choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<QPair<QString, QString>> m_choices;
};

} // namespace neuvo
