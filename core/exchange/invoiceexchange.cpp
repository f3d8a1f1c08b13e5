#include "invoiceexchange.h"

#include "core/domain/invoicejson.h"
#include "core/storage/invoicestore.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

QString element(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// A whole number >= 1 at key, or 0 with a problem.
qint64 positive(const QJsonObject &object, const QString &key, const QString &path, QStringList &problems)
{
    const QJsonValue v = object.value(key);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d != std::trunc(d) || d > 9007199254740991.0) {
        problems << path + u'.' + key + u": "_s
                        + (v.isUndefined() ? InvoiceExchange::tr("missing")
                                           : InvoiceExchange::tr("expected a whole number of at least 1"));
        return 0;
    }
    return qint64(d);
}

} // namespace

Result<QJsonArray> InvoiceExchange::write(Database &db)
{
    InvoiceStore store(db);
    const auto records = store.list();
    if (!records)
        return Error{records.error()};
    const auto payments = store.payments();
    if (!payments)
        return Error{payments.error()};
    QHash<qint64, QList<InvoicePayment>> paymentsOf;
    for (const InvoicePayment &p : *payments)
        paymentsOf[p.invoiceId] << p;

    QList<InvoiceRecord> sorted = *records;
    std::sort(sorted.begin(), sorted.end(),
              [](const InvoiceRecord &a, const InvoiceRecord &b) { return a.invoice.id < b.invoice.id; });
    QJsonArray array;
    for (const InvoiceRecord &record : std::as_const(sorted)) {
        const Invoice &invoice = record.invoice;
        QJsonObject object = InvoiceJson::write(invoice);
        object.insert(u"id"_s, invoice.id);
        QJsonArray paid;
        for (const InvoicePayment &p : paymentsOf.value(invoice.id)) {
            paid.append(QJsonObject{
                {u"id"_s, p.id},
                {u"paid_on"_s, p.paidOn.toString(Qt::ISODate)},
                {u"amount"_s, invoice.money(p.amount).toDecimalString()},
            });
        }
        object.insert(u"payments"_s, paid);
        array.append(object);
    }
    return array;
}

QList<InvoiceExchange::FileInvoice> InvoiceExchange::read(const QJsonArray &array, const FileRecords &records,
                                                          QStringList &problems)
{
    QList<FileInvoice> result;
    QHash<qint64, qsizetype> byId;
    QHash<QString, QString> numbers;
    QSet<qint64> paymentIds;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = element(u"invoices"_s, i);
        if (!array.at(i).isObject()) {
            problems << path + u": "_s + tr("expected an object");
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        const int before = int(problems.size());
        FileInvoice file;
        file.path = path;
        const qint64 id = positive(object, u"id"_s, path, problems);
        const auto invoice = InvoiceJson::read(object, path, {u"id"_s, u"payments"_s});
        if (!invoice) {
            problems << invoice.error().split(u'\n');
            continue;
        }
        file.invoice = *invoice;
        file.invoice.id = id;
        if (id > 0 && byId.contains(id))
            problems << path + u".id: "_s + tr("id %1 is used twice").arg(id);
        const auto seen = numbers.constFind(invoice->number);
        if (seen != numbers.cend())
            problems << path + u".number: "_s + tr("%1 is also the number of %2").arg(invoice->number, *seen);
        numbers.insert(invoice->number, path);

        if (!records.clientIds.contains(invoice->clientId))
            problems << path + u".client: "_s + tr("no client with id %1 in this file").arg(invoice->clientId);
        if (!records.projectIds.contains(invoice->projectId))
            problems << path + u".project: "_s + tr("no project with id %1 in this file").arg(invoice->projectId);

        const QJsonValue paymentsValue = object.value(u"payments"_s);
        if (!paymentsValue.isUndefined() && !paymentsValue.isArray())
            problems << path + u".payments: "_s + tr("expected an array");
        const QJsonArray payments = paymentsValue.toArray();
        qint64 paid = 0;
        for (qsizetype n = 0; n < payments.size(); ++n) {
            const QString paymentPath = element(path + u".payments"_s, n);
            const QJsonObject p = payments.at(n).toObject();
            InvoicePayment payment;
            payment.id = positive(p, u"id"_s, paymentPath, problems);
            if (payment.id > 0 && paymentIds.contains(payment.id))
                problems << paymentPath + u".id: "_s + tr("id %1 is used twice").arg(payment.id);
            paymentIds.insert(payment.id);
            static const QRegularExpression datePattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
            const QString date = p.value(u"paid_on"_s).toString();
            payment.paidOn = QDate::fromString(date, Qt::ISODate);
            if (!datePattern.match(date).hasMatch() || !payment.paidOn.isValid())
                problems << paymentPath + u".paid_on: "_s + tr("expected a date (YYYY-MM-DD)");
            const auto amount = Money::parseDecimal(p.value(u"amount"_s).toString(), invoice->currency);
            if (!p.value(u"amount"_s).isString() || !amount || amount->minor() <= 0)
                problems << paymentPath + u".amount: "_s + tr("expected a positive decimal amount such as \"100.00\"");
            else
                payment.amount = amount->minor();
            for (const QString &key : p.keys()) {
                if (key != u"id"_s && key != u"paid_on"_s && key != u"amount"_s)
                    problems << paymentPath + u'.' + key + u": "_s + tr("unknown key");
            }
            paid += payment.amount;
            file.payments << payment;
        }
        if (invoice->isCreditNote()) {
            if (!payments.isEmpty())
                problems << path + u".payments: "_s + tr("a credit note has no payments");
        } else if (paid > invoice->amountDue()) {
            problems << path + u".payments: "_s + tr("more is paid than the invoice asks");
        }
        if (int(problems.size()) == before) {
            byId.insert(id, result.size());
            result << file;
        }
    }
    // A credit note cancels an invoice of the same file, one invoice once.
    QSet<qint64> credited;
    for (const FileInvoice &file : std::as_const(result)) {
        if (!file.invoice.isCreditNote())
            continue;
        const qint64 target = file.invoice.creditedInvoiceId;
        const auto it = byId.constFind(target);
        if (it == byId.cend() || result.at(*it).invoice.isCreditNote())
            problems << file.path + u".credits.invoice: "_s + tr("no invoice with id %1 in this file").arg(target);
        else if (credited.contains(target))
            problems << file.path + u".credits.invoice: "_s + tr("invoice %1 is cancelled twice").arg(target);
        credited.insert(target);
    }
    // An invoice that stands bills a stage of its project; a cancelled one's
    // stage may since have gone.
    for (const FileInvoice &file : std::as_const(result)) {
        const Invoice &invoice = file.invoice;
        if (invoice.isCreditNote() || credited.contains(invoice.id))
            continue;
        if (records.projectIds.contains(invoice.projectId)
            && records.projectOfStage.value(invoice.stageId, -1) != invoice.projectId)
            problems << file.path + u".stage: "_s
                            + tr("project %1 has no stage with id %2").arg(invoice.projectId).arg(invoice.stageId);
    }
    return result;
}

Result<int> InvoiceExchange::insert(Database &db, QList<FileInvoice> &invoices, const FileRecords &records,
                                    const IdOffsets &offsets)
{
    // Invoices before the credit notes that refer to them.
    std::stable_sort(invoices.begin(), invoices.end(), [](const FileInvoice &a, const FileInvoice &b) {
        return !a.invoice.isCreditNote() && b.invoice.isCreditNote();
    });
    InvoiceStore store(db);
    int count = 0;
    for (FileInvoice &file : invoices) {
        Invoice &invoice = file.invoice;
        invoice.clientId += offsets.client;
        invoice.projectId += offsets.project;
        if (records.projectOfStage.contains(invoice.stageId))
            invoice.stageId += offsets.stage;
        if (invoice.isCreditNote())
            invoice.creditedInvoiceId += offsets.invoice;
        invoice.id += offsets.invoice;
        if (auto r = store.insertAsIssued(invoice); !r)
            return fail(file.path + u": "_s + r.error());
        for (InvoicePayment &payment : file.payments) {
            payment.invoiceId = invoice.id;
            payment.id += offsets.payment;
            if (auto r = store.insertPaymentAsRecorded(payment); !r)
                return fail(file.path + u".payments: "_s + r.error());
        }
        ++count;
    }
    return count;
}

} // namespace neuvo
