#pragma once

#include "core/storage/invoicestore.h"

#include <QAbstractTableModel>
#include <QList>

namespace neuvo {

// Issued invoices and credit notes as a table: plain value records loaded
// once per reload, amounts in each invoice's own currency. IdRole is the
// invoice's id, SortRole the raw value (dates, minor units) of a cell.
class InvoicesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Date, Buyer, Project, DueOn, Net, Vat, Gross, Paid, Status, ColumnCount };

    explicit InvoicesModel(QObject *parent = nullptr);

    void setRecords(QList<InvoiceRecord> records, const QDate &today);
    const QList<InvoiceRecord> &records() const { return m_records; }
    const InvoiceRecord *recordAt(int row) const;
    int rowOf(qint64 invoiceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<InvoiceRecord> m_records;
    QDate m_today;
};

} // namespace neuvo
