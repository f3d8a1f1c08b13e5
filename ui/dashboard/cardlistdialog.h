#pragma once

#include "cardmodel.h"

#include <QDialog>

class QLineEdit;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace neuvo {

// The whole of one dashboard list ("Show all N"): every card in one column
// of equal rows, so the view lays out only the rows in sight however many
// there are, and a filter box that narrows it by text. A click opens the
// record, as on the dashboard.
class CardListDialog final : public QDialog
{
    Q_OBJECT

public:
    CardListDialog(const QString &title, int count, const CardMaker &make, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    CardModel *model() const { return m_model; }

signals:
    void openClientRequested(qint64 clientId);
    void openProjectRequested(qint64 projectId);

private:
    void open(const QModelIndex &index);
    void updateCount();

    CardModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QLabel *m_count;
};

} // namespace neuvo
