#pragma once

#include "core/domain/moneytotals.h"
#include "core/domain/paymentfigures.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSortFilterProxyModel>

namespace neuvo {

struct Facts;

// One payment stage with what the table shows about it, resolved once when
// the facts are loaded so data() never searches.
struct PaymentRow
{
    qint64 stageId = 0;
    qint64 projectId = 0;
    qint64 clientId = 0;
    QString clientName;
    QString projectTitle;
    int position = 0;
    QString stageTitle;
    QString currency;
    qint64 amountMinor = 0;
    QDate dueOn;
    QDate paidOn;
    qint64 paidMinor = 0;
    StageStatus status = StageStatus::Unpaid;
    qint64 outstandingMinor = 0;
};

// Every stage of every project as a table, built from Session::facts():
// plain value rows, no query per row. IdRole is the project's id.
class PaymentsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Client, Project, Stage, Amount, DueOn, PaidOn, Paid, Status, ColumnCount };

    explicit PaymentsModel(QObject *parent = nullptr);

    // dueSoonDays: the stage_due_soon_days threshold of facts.profile.
    void setFacts(const Facts &facts, const QDate &today);
    const PaymentRow *rowAt(int row) const;
    int dueSoonDays() const { return m_dueSoonDays; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PaymentRow> m_rows;
    int m_dueSoonDays = 7;
};

// Amounts per currency code, in minor units.
using CurrencyTotals = MoneyTotals;

// The payments filters (All, Overdue, Due soon, Unpaid, Paid) and sorting on
// SortRole, over a PaymentsModel.
class PaymentsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Filter { All, Overdue, DueSoon, Unpaid, Paid, FilterCount };

    explicit PaymentsFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    static bool accepts(Filter filter, StageStatus status);

    // Over the rows the filter lets through.
    CurrencyTotals outstandingTotals() const;
    CurrencyTotals paidTotals() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const PaymentsModel *m_payments = nullptr;
    Filter m_filter = All;
};

} // namespace neuvo
