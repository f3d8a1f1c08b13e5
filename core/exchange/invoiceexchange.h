#pragma once

#include "core/domain/invoice.h"
#include "core/domain/result.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QStringList>

namespace neuvo {

// The "invoices" array of the exchange format: every issued invoice and
// credit note as InvoiceJson writes it, with its "id" and the "payments"
// recorded against it. Issued invoices are carried exactly as issued, so an
// export imported again prints the same invoices.
class InvoiceExchange final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceExchange)

public:
    struct FileInvoice
    {
        Invoice invoice;
        QList<InvoicePayment> payments;
        QString path; // "invoices[3]", for messages
    };

    // What the file's other records hold, for checking references.
    struct FileRecords
    {
        QSet<qint64> clientIds;
        QSet<qint64> projectIds;
        QHash<qint64, qint64> projectOfStage; // stage id → its project's id
    };

    // Where the records of the file went in the database: the file's id
    // plus the offset of its kind, 0 when the file's ids are kept.
    struct IdOffsets
    {
        qint64 client = 0;
        qint64 project = 0;
        qint64 stage = 0;
        qint64 invoice = 0;
        qint64 payment = 0;
    };

    static Result<QJsonArray> write(Database &db);

    // Reads and checks the array; each problem is "<path>: <message>".
    static QList<FileInvoice> read(const QJsonArray &array, const FileRecords &records, QStringList &problems);

    // Inserts them with their ids and those of the records they refer to
    // moved by the offsets. A stage the file does not have (that of a
    // cancelled invoice, since removed) keeps its id. An invoice number the
    // database already has is an error naming the invoice.
    static Result<int> insert(Database &db, QList<FileInvoice> &invoices, const FileRecords &records,
                              const IdOffsets &offsets);
};

} // namespace neuvo
