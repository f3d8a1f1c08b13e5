#include "invoicestore.h"

#include "rowversion.h"

#include "core/domain/creditorreference.h"
#include "core/domain/finnishreference.h"
#include "core/domain/invoicejson.h"
#include "sqldialect.h"
#include "sqlstatement.h"
#include "stores.h"

#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// GCC and Clang provide 128-bit integers; __extension__ tells -Wpedantic
// that relying on them is deliberate.
__extension__ typedef __int128 Int128;

// amount × part / whole, rounded half away from zero (whole > 0).
qint64 share(qint64 amount, qint64 part, qint64 whole)
{
    if (whole <= 0)
        return 0;
    const Int128 product = Int128(amount) * part;
    const Int128 absolute = product < 0 ? -product : product;
    const Int128 rounded = (absolute * 2 + whole) / (Int128(whole) * 2);
    return qint64(product < 0 ? -rounded : rounded);
}

QString describe(const Invoice &invoice)
{
    //: An invoice named in a message: "2026-0003 of 2026-03-01".
    return InvoiceStore::tr("%1 of %2").arg(invoice.number, invoice.issuedOn.toString(Qt::ISODate));
}

} // namespace

qint64 InvoiceRecord::outstanding() const
{
    if (invoice.isCreditNote() || isCancelled())
        return 0;
    return std::max<qint64>(0, invoice.amountDue() - paid);
}

Result<QList<InvoiceRecord>> InvoiceStore::load(const QString &where, const QVariantMap &values) const
{
    SqlStatement st(m_db.connection(), QStringLiteral(
        "SELECT i.id, i.document, "
        "coalesce((SELECT sum(p.amount_minor) FROM invoice_payment p WHERE p.invoice_id = i.id), 0), "
        "c.id, c.number FROM invoice i LEFT JOIN invoice c ON c.credited_invoice_id = i.id "
        "WHERE %1 ORDER BY i.issued_on, i.series, i.sequence, i.id").arg(where));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        st.bind(it.key(), it.value());
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    QList<InvoiceRecord> records;
    while (st.next()) {
        const qint64 id = st.value(0).toLongLong();
        const QJsonDocument json = QJsonDocument::fromJson(st.value(1).toString().toUtf8());
        auto invoice = InvoiceJson::read(json.object());
        if (!json.isObject() || !invoice)
            return fail(tr("Invoice #%1 as stored cannot be read: %2")
                            .arg(id)
                            .arg(invoice ? tr("not a JSON object") : invoice.error()));
        InvoiceRecord record;
        record.invoice = *invoice;
        record.invoice.id = id;
        record.paid = st.value(2).toLongLong();
        record.creditNoteId = st.value(3).isNull() ? 0 : st.value(3).toLongLong();
        record.creditNoteNumber = st.value(4).toString();
        records << record;
    }
    return records;
}

Result<InvoiceRecord> InvoiceStore::get(qint64 id) const
{
    auto records = load(u"i.id = :id"_s, {{u":id"_s, id}});
    if (!records)
        return Error{records.error()};
    if (records->isEmpty())
        return fail(tr("Invoice #%1 does not exist.").arg(id));
    return records->constFirst();
}

Result<InvoiceRecord> InvoiceStore::findByNumber(const QString &number) const
{
    auto records = load(u"i.number = :number"_s, {{u":number"_s, number.trimmed()}});
    if (!records)
        return Error{records.error()};
    if (records->isEmpty())
        return fail(tr("There is no invoice or credit note numbered \"%1\".").arg(number.trimmed()));
    return records->constFirst();
}

Result<QList<InvoiceRecord>> InvoiceStore::list(const QDate &from, const QDate &to) const
{
    QString where = u"1 = 1"_s;
    QVariantMap values;
    if (from.isValid()) {
        where += u" AND i.issued_on >= :from"_s;
        values.insert(u":from"_s, sqlDate(from));
    }
    if (to.isValid()) {
        where += u" AND i.issued_on <= :to"_s;
        values.insert(u":to"_s, sqlDate(to));
    }
    return load(where, values);
}

Result<QList<InvoiceRecord>> InvoiceStore::listForProject(qint64 projectId) const
{
    return load(u"i.project_id = :project"_s, {{u":project"_s, projectId}});
}

Result<std::optional<InvoiceRecord>> InvoiceStore::activeForStage(qint64 stageId) const
{
    auto records = load(u"i.stage_id = :stage AND i.kind = 'invoice' AND c.id IS NULL"_s, {{u":stage"_s, stageId}});
    if (!records)
        return Error{records.error()};
    if (records->isEmpty())
        return std::optional<InvoiceRecord>();
    return std::optional<InvoiceRecord>(records->constLast());
}

Result<int> InvoiceStore::count() const
{
    SqlStatement st(m_db.connection(), QStringLiteral("SELECT count(*) FROM invoice"));
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    st.next();
    return st.value(0).toInt();
}

Result<void> InvoiceStore::insert(Invoice &invoice)
{
    const QByteArray document = QJsonDocument(InvoiceJson::write(invoice)).toJson(QJsonDocument::Compact);
    SqlStatement st(m_db.connection(), QStringLiteral(
        "INSERT INTO invoice (id, kind, number, series, sequence, credited_invoice_id, client_id, project_id, "
        "stage_id, issued_on, due_on, currency, net_minor, vat_minor, gross_minor, document) "
        "VALUES (:id, :kind, :number, :series, :sequence, :credited, :client, :project, :stage, :issued, :due, "
        ":currency, :net, :vat, :gross, :document) RETURNING id"));
    st.bind(u":id"_s, sqlId(invoice.id))
        .bind(u":kind"_s, toId(invoice.kind))
        .bind(u":number"_s, invoice.number)
        .bind(u":series"_s, invoice.series.isNull() ? u""_s : invoice.series)
        .bind(u":sequence"_s, invoice.sequence)
        .bind(u":credited"_s, sqlId(invoice.creditedInvoiceId))
        .bind(u":client"_s, invoice.clientId)
        .bind(u":project"_s, invoice.projectId)
        .bind(u":stage"_s, invoice.stageId)
        .bind(u":issued"_s, sqlDate(invoice.issuedOn))
        .bind(u":due"_s, sqlDate(invoice.dueOn))
        .bind(u":currency"_s, invoice.currency)
        .bind(u":net"_s, invoice.totals.net)
        .bind(u":vat"_s, invoice.totals.vat)
        .bind(u":gross"_s, invoice.totals.gross)
        .bind(u":document"_s, QString::fromUtf8(document));
    if (auto r = st.exec(); !r) {
        if (classifySqlError(st.query().lastError(), SqlDialect::of(m_db.connection())) == SqlFailure::Constraint)
            return fail(tr("Invoice number %1 is already in use; change the invoice prefix in Preferences → "
                           "Taxes and invoices so that the numbers of the series differ.")
                            .arg(invoice.number));
        return r;
    }
    invoice.id = returnedId(st);
    return {};
}

Result<void> InvoiceStore::assignNumber(Invoice &invoice)
{
    auto profile = ProfileStore(m_db).load();
    if (!profile)
        return Error{profile.error()};
    invoice.series = InvoiceNumbering::series(invoice.issuedOn, profile->invoiceNumbersYearly);

    // Numbers follow the dates: an invoice dated before the latest one of
    // its series would get a higher number than a later invoice.
    SqlStatement last(m_db.connection(), QStringLiteral(
        "SELECT number, issued_on, sequence FROM invoice WHERE series = :series "
        "ORDER BY sequence DESC LIMIT 1"));
    last.bind(u":series"_s, invoice.series);
    if (auto r = last.exec(); !r)
        return r;
    int sequence = 1;
    if (last.next()) {
        const QDate lastDate = dateFromSql(last.value(1));
        if (invoice.issuedOn < lastDate)
            return fail(tr("Date: %1 is before %2, the date of %3, the latest number of the series; invoices are "
                           "numbered in the order of their dates.")
                            .arg(invoice.issuedOn.toString(Qt::ISODate), lastDate.toString(Qt::ISODate),
                                 last.value(0).toString()));
        sequence = last.value(2).toInt() + 1;
    }
    invoice.sequence = sequence;
    invoice.number = InvoiceNumbering::number(profile->invoicePrefix, invoice.series, sequence);
    invoice.reference.clear();
    invoice.rfReference.clear();
    if (invoice.kind == InvoiceKind::Invoice) {
        const auto reference = FinnishReference::fromBase(InvoiceNumbering::referenceBase(invoice.series, sequence));
        if (!reference)
            return Error{reference.error()};
        const auto rf = CreditorReference::fromBody(*reference);
        if (!rf)
            return Error{rf.error()};
        invoice.reference = *reference;
        invoice.rfReference = *rf;
    }
    return {};
}

Result<void> InvoiceStore::issue(Invoice &invoice)
{
    if (invoice.kind != InvoiceKind::Invoice)
        return fail(tr("A credit note is made by cancelling its invoice."));
    if (invoice.lines.isEmpty())
        return fail(tr("An invoice needs at least one line."));
    if (!invoice.issuedOn.isValid() || !invoice.dueOn.isValid())
        return fail(tr("An invoice needs its date and due date."));
    if (!Money::isCurrencyCode(invoice.currency))
        return fail(tr("Currency: \"%1\" is not a three-letter ISO 4217 code.").arg(invoice.currency));
    const auto totals = invoice.computeTotals();
    if (!totals)
        return Error{totals.error()};
    Invoice copy = invoice;
    copy.id = 0;
    copy.totals = *totals;
    auto result = m_db.transaction([&]() -> Result<void> {
        auto active = activeForStage(copy.stageId);
        if (!active)
            return Error{active.error()};
        if (*active) {
            return fail(tr("Stage %1 of \"%2\" already has invoice %3. Print it again, or cancel it with a credit "
                           "note before issuing a new one.")
                            .arg(copy.stagePosition)
                            .arg(copy.projectTitle, describe((*active)->invoice)));
        }
        if (auto numbered = assignNumber(copy); !numbered)
            return numbered;
        return insert(copy);
    });
    if (result)
        invoice = copy;
    return result;
}

Result<Invoice> InvoiceStore::cancel(qint64 invoiceId, const QDate &on)
{
    Invoice credit;
    auto result = m_db.transaction([&]() -> Result<void> {
        auto record = get(invoiceId);
        if (!record)
            return Error{record.error()};
        const Invoice &original = record->invoice;
        if (original.isCreditNote())
            return fail(tr("%1 is a credit note; a credit note is not cancelled.").arg(original.number));
        if (record->isCancelled())
            return fail(tr("Invoice %1 is already cancelled by credit note %2.")
                            .arg(original.number, record->creditNoteNumber));
        if (!on.isValid() || on < original.issuedOn)
            return fail(tr("Date: a credit note is dated on or after its invoice (%1).")
                            .arg(original.issuedOn.toString(Qt::ISODate)));
        credit = original;
        credit.id = 0;
        credit.kind = InvoiceKind::CreditNote;
        credit.creditedInvoiceId = original.id;
        credit.creditedNumber = original.number;
        credit.creditedIssuedOn = original.issuedOn;
        credit.issuedOn = on;
        credit.dueOn = on;
        credit.paidBefore = 0;
        for (InvoiceLine &line : credit.lines)
            line.amount = -line.amount;
        const auto totals = credit.computeTotals();
        if (!totals)
            return Error{totals.error()};
        credit.totals = *totals;
        if (auto numbered = assignNumber(credit); !numbered)
            return numbered;
        return insert(credit);
    });
    if (!result)
        return Error{result.error()};
    return credit;
}

Result<void> InvoiceStore::moveStagePayment(const InvoiceRecord &record, qint64 paidBefore, qint64 paidAfter,
                                            const QDate &paidOn)
{
    const Invoice &invoice = record.invoice;
    SqlStatement st(m_db.connection(), QStringLiteral(
        "SELECT paid_minor FROM stage WHERE id = :id AND project_id = :project"));
    st.bind(u":id"_s, invoice.stageId).bind(u":project"_s, invoice.projectId);
    if (auto r = st.exec(); !r)
        return r;
    if (!st.next())
        return {}; // the stage is gone (its invoice was cancelled): nothing to move
    const qint64 amount = invoice.stageAmount;
    const qint64 paid = st.value(0).toLongLong();
    // The stage's share of what was received: the stage amount is what the
    // project's prices say (net or gross), the invoice's gross is what the
    // buyer pays; both reach their whole together.
    const qint64 delta = share(amount, paidAfter, invoice.totals.gross) - share(amount, paidBefore, invoice.totals.gross);
    const qint64 newPaid = std::max<qint64>(0, paid + delta);
    SqlStatement update(m_db.connection(), QStringLiteral(
        "UPDATE stage SET paid_minor = :paid, paid_on = CASE WHEN :zero = 1 THEN NULL "
        "WHEN :keep = 1 THEN paid_on ELSE :on END WHERE id = :id"));
    update.bind(u":paid"_s, newPaid)
        .bind(u":zero"_s, newPaid == 0 ? 1 : 0)
        .bind(u":keep"_s, paidOn.isValid() ? 0 : 1)
        .bind(u":on"_s, sqlDate(paidOn))
        .bind(u":id"_s, invoice.stageId);
    if (auto r = update.exec(); !r)
        return r;
    // The stage's paid amount is part of its project: a copy loaded before
    // the payment must not write the old amount back.
    return RowVersions::bump(m_db.connection(), "project", invoice.projectId);
}

Result<void> InvoiceStore::recordPayment(InvoicePayment &payment)
{
    if (payment.amount <= 0)
        return fail(tr("Amount: a payment is more than zero."));
    if (!payment.paidOn.isValid())
        return fail(tr("Date: when was the payment received?"));
    InvoicePayment copy = payment;
    auto result = m_db.transaction([&]() -> Result<void> {
        auto record = get(copy.invoiceId);
        if (!record)
            return Error{record.error()};
        const Invoice &invoice = record->invoice;
        if (invoice.isCreditNote())
            return fail(tr("%1 is a credit note: payments are recorded against invoices.").arg(invoice.number));
        if (record->isCancelled())
            return fail(tr("Invoice %1 is cancelled by credit note %2: record the payment against the invoice that "
                           "replaced it.")
                            .arg(invoice.number, record->creditNoteNumber));
        if (copy.amount > record->outstanding())
            return fail(tr("Amount: %1 is more than the %2 still owed on invoice %3.")
                            .arg(invoice.money(copy.amount).formatWithCode(),
                                 invoice.money(record->outstanding()).formatWithCode(), invoice.number));
        SqlStatement st(m_db.connection(), QStringLiteral(
            "INSERT INTO invoice_payment (invoice_id, paid_on, amount_minor) VALUES (:invoice, :on, :amount) RETURNING id"));
        st.bind(u":invoice"_s, copy.invoiceId).bind(u":on"_s, sqlDate(copy.paidOn)).bind(u":amount"_s, copy.amount);
        if (auto r = st.exec(); !r)
            return r;
        copy.id = returnedId(st);
        const qint64 before = invoice.paidBefore + record->paid;
        return moveStagePayment(*record, before, before + copy.amount, copy.paidOn);
    });
    if (result)
        payment = copy;
    return result;
}

Result<void> InvoiceStore::removePayment(qint64 paymentId)
{
    return m_db.transaction([&]() -> Result<void> {
        SqlStatement st(m_db.connection(), QStringLiteral(
            "SELECT invoice_id, amount_minor FROM invoice_payment WHERE id = :id"));
        st.bind(u":id"_s, paymentId);
        if (auto r = st.exec(); !r)
            return r;
        if (!st.next())
            return fail(tr("Payment #%1 does not exist.").arg(paymentId));
        const qint64 amount = st.value(1).toLongLong();
        auto record = get(st.value(0).toLongLong());
        if (!record)
            return Error{record.error()};
        SqlStatement del(m_db.connection(), QStringLiteral("DELETE FROM invoice_payment WHERE id = :id"));
        del.bind(u":id"_s, paymentId);
        if (auto r = del.exec(); !r)
            return r;
        const qint64 before = record->invoice.paidBefore + record->paid;
        return moveStagePayment(*record, before, before - amount, QDate());
    });
}

Result<QList<InvoicePayment>> InvoiceStore::payments(qint64 invoiceId) const
{
    SqlStatement st(m_db.connection(), QStringLiteral(
        "SELECT id, invoice_id, paid_on, amount_minor FROM invoice_payment %1 ORDER BY paid_on, id")
                                           .arg(invoiceId > 0 ? u"WHERE invoice_id = :invoice"_s : QString()));
    if (invoiceId > 0)
        st.bind(u":invoice"_s, invoiceId);
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    QList<InvoicePayment> list;
    while (st.next())
        list << InvoicePayment{st.value(0).toLongLong(), st.value(1).toLongLong(), dateFromSql(st.value(2)),
                               st.value(3).toLongLong()};
    return list;
}

Result<void> InvoiceStore::checkProjectEdit(const Project &project) const
{
    if (project.id <= 0)
        return {};
    auto records = listForProject(project.id);
    if (!records)
        return Error{records.error()};
    for (const InvoiceRecord &record : std::as_const(*records)) {
        const Invoice &invoice = record.invoice;
        if (invoice.isCreditNote() || record.isCancelled())
            continue;
        const PaymentStage *stage = nullptr;
        for (const PaymentStage &s : project.stages) {
            if (s.id == invoice.stageId)
                stage = &s;
        }
        if (!stage)
            return fail(tr("Stages: stage %1 \"%2\" has invoice %3 and cannot be removed or replaced; cancel the "
                           "invoice with a credit note first.")
                            .arg(invoice.stagePosition)
                            .arg(invoice.stageTitle, invoice.number));
        if (project.currency != invoice.currency)
            return fail(tr("Currency: invoice %1 was issued in %2; cancel it with a credit note before changing "
                           "the project's currency.")
                            .arg(invoice.number, invoice.currency));
        if (stage->amountMinor != invoice.stageAmount)
            return fail(tr("Stage %1: invoice %2 was issued for its amount of %3; cancel the invoice with a credit "
                           "note before changing the amount.")
                            .arg(stage->position > 0 ? stage->position : invoice.stagePosition)
                            .arg(invoice.number, invoice.money(invoice.stageAmount).formatWithCode()));
    }
    return {};
}

Result<void> InvoiceStore::refuseDeletion(qint64 clientId, qint64 projectId) const
{
    SqlStatement st(m_db.connection(), QStringLiteral(
        "SELECT count(*), min(number) FROM invoice WHERE project_id = :project OR client_id = :client "
        "OR project_id IN (SELECT id FROM project WHERE client_id = :owner)"));
    st.bind(u":project"_s, projectId > 0 ? projectId : -1)
        .bind(u":client"_s, clientId > 0 ? clientId : -1)
        .bind(u":owner"_s, clientId > 0 ? clientId : -1);
    if (auto r = st.exec(); !r)
        return r;
    st.next();
    const int count = st.value(0).toInt();
    if (count == 0)
        return {};
    const QString first = st.value(1).toString();
    if (projectId > 0)
        return fail(tr("The project has %n issued invoice(s) or credit note(s) (%1 …), which bookkeeping keeps: it "
                       "cannot be deleted. Set its status to closed or cancelled instead.",
                       nullptr, count)
                        .arg(first));
    return fail(tr("The client has %n issued invoice(s) or credit note(s) (%1 …), which bookkeeping keeps: the "
                   "client cannot be deleted. Set the status to past instead.",
                   nullptr, count)
                    .arg(first));
}

Result<void> InvoiceStore::insertAsIssued(Invoice &invoice)
{
    return insert(invoice);
}

Result<void> InvoiceStore::insertPaymentAsRecorded(InvoicePayment &payment)
{
    SqlStatement st(m_db.connection(), QStringLiteral(
        "INSERT INTO invoice_payment (id, invoice_id, paid_on, amount_minor) VALUES (:id, :invoice, :on, :amount) RETURNING id"));
    st.bind(u":id"_s, sqlId(payment.id))
        .bind(u":invoice"_s, payment.invoiceId)
        .bind(u":on"_s, sqlDate(payment.paidOn))
        .bind(u":amount"_s, payment.amount);
    if (auto r = st.exec(); !r)
        return r;
    payment.id = returnedId(st);
    return {};
}

} // namespace neuvo
