#pragma once

#include "core/storage/invoicestore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace neuvo {

// What an accountant asks of the issued invoices of a period: each invoice
// and credit note with its net, VAT, gross and what was paid, and the
// totals per currency and per VAT rate. A credit note counts with its
// negative amounts, so an invoice and the credit note that cancels it add
// up to nothing.
class InvoiceReport final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceReport)

public:
    struct Totals
    {
        QString currency;
        int rateTenths = -1; // -1: all rates of the currency
        int invoices = 0;    // invoices and credit notes
        qint64 net = 0;
        qint64 vat = 0;
        qint64 gross = 0;
        qint64 paid = 0;        // all rates only
        qint64 outstanding = 0; // all rates only
    };

    // Per currency (alphabetical): first the total of all rates, then one
    // line per VAT rate, highest first.
    static QList<Totals> totals(const QList<InvoiceRecord> &records);
    // "Open", "Paid", "Part paid", "Cancelled", "Credit note", for lists.
    static QString status(const InvoiceRecord &record);
    // The buyer as issued: "Company (Name)" or the name.
    static QString buyer(const Invoice &invoice);

    // The CSV for a spreadsheet or an accountant (Csv::write: UTF-8 with a
    // byte order mark, CR LF): one row per invoice and credit note, then
    // the totals. Amounts are decimal strings with a point ("1255.00"),
    // dates ISO 8601, so any spreadsheet reads them the same.
    static QByteArray csv(const QList<InvoiceRecord> &records);
    static QStringList csvColumns();
};

} // namespace neuvo
