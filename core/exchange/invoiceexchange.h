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
        QHash<qint64, QSet<qint64>> stageIdsOfProject; // project id → its stage ids
    };

    static Result<QJsonArray> write(Database &db);

    // Reads and checks the array; each problem is "<path>: <message>".
    static QList<FileInvoice> read(const QJsonArray &array, const FileRecords &records, QStringList &problems);

    // Inserts them with the ids of the records they refer to as written
    // (keepIds) or as mapped from the file's ids to the new ones. An invoice
    // number the database already has is an error naming the invoice.
    static Result<int> insert(Database &db, QList<FileInvoice> &invoices, bool keepIds,
                              const QHash<qint64, qint64> &clientIds, const QHash<qint64, qint64> &projectIds,
                              const QHash<qint64, qint64> &stageIds);
};

} // namespace neuvo
