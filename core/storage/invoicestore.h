#pragma once

#include "database.h"
#include "core/domain/domain.h"
#include "core/domain/invoice.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace neuvo {

// An issued invoice with what happened to it since: the payments received
// and the credit note that cancelled it.
struct InvoiceRecord
{
    Invoice invoice;
    qint64 paid = 0;            // sum of the payments recorded against it
    qint64 creditNoteId = 0;    // an invoice: the credit note that cancelled it
    QString creditNoteNumber;

    bool isCancelled() const { return creditNoteId != 0; }
    // What the buyer still owes: nothing on a credit note or a cancelled
    // invoice.
    qint64 outstanding() const;
};

// Issued invoices and credit notes, and the payments received against them.
// Numbers come from gapless series: issuing takes the next number of its
// series in the same transaction that stores the invoice, so a number is
// stored exactly when its invoice is, never skipped and never used twice,
// even when the process dies half-way. Stored invoices never change (the
// schema's triggers refuse it): a mistake is cancelled with a credit note,
// which takes a number of its own.
class InvoiceStore final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceStore)

public:
    explicit InvoiceStore(Database &db) : m_db(db) {}

    // Stores a prepared invoice (a draft: everything but its number) as
    // issued: reads the numbering settings from the profile, takes the next
    // number of the series of invoice.issuedOn, forms the reference
    // numbers and inserts it, all in one transaction. Refused when the
    // stage already has an invoice that is not cancelled. On success the
    // invoice has its id, number, series, sequence and references.
    Result<void> issue(Invoice &invoice);
    // Cancels an invoice with a credit note dated `on`: a new number of the
    // series, the same lines with negative amounts, and a reference to the
    // invoice. Refused for a credit note and an invoice already cancelled.
    // Payments recorded against the invoice stay with it (and on the
    // stage), so an invoice issued again for the stage shows them as paid
    // before.
    Result<Invoice> cancel(qint64 invoiceId, const QDate &on);

    Result<InvoiceRecord> get(qint64 id) const;
    Result<InvoiceRecord> findByNumber(const QString &number) const;
    // Issued from `from` to `to` (either may be null: no limit), by date
    // and number.
    Result<QList<InvoiceRecord>> list(const QDate &from = {}, const QDate &to = {}) const;
    Result<QList<InvoiceRecord>> listForProject(qint64 projectId) const;
    // The stage's invoice that is not cancelled, if there is one.
    Result<std::optional<InvoiceRecord>> activeForStage(qint64 stageId) const;
    Result<int> count() const;

    // A payment received against an invoice (gross, in its currency):
    // refused for a credit note, a cancelled invoice, or more than is still
    // owed. The stage's paid amount grows by the stage's share of it, in
    // the same transaction, so the stage is paid in full exactly when the
    // invoice is.
    Result<void> recordPayment(InvoicePayment &payment);
    // Removes a payment recorded by mistake, and its share from the stage.
    Result<void> removePayment(qint64 paymentId);
    Result<QList<InvoicePayment>> payments(qint64 invoiceId = 0) const;

    // Used by the other stores, inside their transactions: a stage with an
    // invoice that is not cancelled keeps its amount and currency and cannot
    // be removed; a client or project with invoices cannot be deleted.
    Result<void> checkProjectEdit(const Project &project) const;
    Result<void> refuseDeletion(qint64 clientId, qint64 projectId) const;

    // Inserts an invoice or credit note exactly as given (number, id and
    // all), for the import of an exchange file; the caller has checked it.
    Result<void> insertAsIssued(Invoice &invoice);
    Result<void> insertPaymentAsRecorded(InvoicePayment &payment);

private:
    Result<QList<InvoiceRecord>> load(const QString &where, const QVariantMap &values) const;
    Result<void> insert(Invoice &invoice);
    Result<void> assignNumber(Invoice &invoice);
    Result<void> moveStagePayment(const InvoiceRecord &record, qint64 paidBefore, qint64 paidAfter,
                                  const QDate &paidOn);

    Database &m_db;
};

} // namespace neuvo
