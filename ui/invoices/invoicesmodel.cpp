#include "invoicesmodel.h"

#include "core/exchange/invoicereport.h"
#include "ui/clients/clienttablemodel.h"
#include "ui/widgets/warning.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace neuvo {

InvoicesModel::InvoicesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InvoicesModel::setRecords(QList<InvoiceRecord> records, const QDate &today)
{
    beginResetModel();
    m_records = std::move(records);
    m_today = today;
    endResetModel();
}

const InvoiceRecord *InvoicesModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int InvoicesModel::rowOf(qint64 invoiceId) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).invoice.id == invoiceId)
            return row;
    }
    return -1;
}

int InvoicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int InvoicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoicesModel::data(const QModelIndex &index, int role) const
{
    const InvoiceRecord *record = recordAt(index.row());
    if (!record)
        return {};
    const Invoice &invoice = record->invoice;
    const QLocale locale;
    auto amount = [&](qint64 minor) -> QVariant {
        if (role == SortRole)
            return minor;
        // A minus sign, not en_US's parentheses: a credit note reads as one.
        const Money money(minor < 0 ? -minor : minor, invoice.currency);
        return minor < 0 ? QString(QChar(0x2212) + money.format(locale)) : money.format(locale);
    };
    const bool overdue = !invoice.isCreditNote() && record->outstanding() > 0 && invoice.dueOn < m_today;
    switch (role) {
    case IdRole:
        return invoice.id;
    case Qt::TextAlignmentRole:
        if (index.column() >= Net && index.column() <= Paid)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status && overdue)
            return QBrush(warningColor());
        if (record->isCancelled() || invoice.isCreditNote())
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        return {};
    case Qt::ToolTipRole:
        if (invoice.isCreditNote())
            return tr("Cancels invoice %1").arg(invoice.creditedNumber);
        if (record->isCancelled())
            return tr("Cancelled by credit note %1").arg(record->creditNoteNumber);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Number:
        return role == SortRole ? QVariant(invoice.series + u'/' + QString::number(invoice.sequence).rightJustified(9, u'0'))
                                : QVariant(invoice.number);
    case Date:
        return role == SortRole ? QVariant(invoice.issuedOn) : QVariant(locale.toString(invoice.issuedOn, QLocale::ShortFormat));
    case Buyer:
        return InvoiceReport::buyer(invoice);
    case Project:
        return tr("%1, stage %2").arg(invoice.projectTitle).arg(invoice.stagePosition);
    case DueOn:
        if (invoice.isCreditNote())
            return {};
        return role == SortRole ? QVariant(invoice.dueOn) : QVariant(locale.toString(invoice.dueOn, QLocale::ShortFormat));
    case Net:
        return amount(invoice.totals.net);
    case Vat:
        return amount(invoice.totals.vat);
    case Gross:
        return amount(invoice.totals.gross);
    case Paid:
        return amount(record->paid + (invoice.isCreditNote() ? 0 : invoice.paidBefore));
    case Status:
        if (overdue)
            return tr("Overdue");
        return InvoiceReport::status(*record);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InvoicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Number");
    case Date:
        return tr("Date");
    case Buyer:
        return tr("Buyer");
    case Project:
        return tr("Project and stage");
    case DueOn:
        return tr("Due");
    case Net:
        return tr("Net");
    case Vat:
        return tr("VAT");
    case Gross:
        return tr("Gross");
    case Paid:
        return tr("Paid");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace neuvo
