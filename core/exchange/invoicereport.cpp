#include "invoicereport.h"

#include "csv.h"

#include <QMap>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace neuvo {

QList<InvoiceReport::Totals> InvoiceReport::totals(const QList<InvoiceRecord> &records)
{
    QMap<QString, Totals> all;
    QMap<QString, std::map<int, Totals, std::greater<int>>> perRate;
    for (const InvoiceRecord &record : records) {
        const Invoice &invoice = record.invoice;
        Totals &t = all[invoice.currency];
        t.currency = invoice.currency;
        ++t.invoices;
        t.net += invoice.totals.net;
        t.vat += invoice.totals.vat;
        t.gross += invoice.totals.gross;
        t.paid += record.paid;
        t.outstanding += record.outstanding();
        for (const VatRateTotal &rate : invoice.totals.rates) {
            Totals &r = perRate[invoice.currency][rate.rateTenths];
            r.currency = invoice.currency;
            r.rateTenths = rate.rateTenths;
            ++r.invoices;
            r.net += rate.net;
            r.vat += rate.vat;
            r.gross += rate.gross;
        }
    }
    QList<Totals> list;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        list << it.value();
        for (const auto &[rate, totals] : perRate.value(it.key()))
            list << totals;
    }
    return list;
}

QString InvoiceReport::status(const InvoiceRecord &record)
{
    if (record.invoice.isCreditNote())
        return tr("Credit note");
    if (record.isCancelled())
        return tr("Cancelled");
    if (record.outstanding() == 0)
        return tr("Paid");
    if (record.paid > 0 || record.invoice.paidBefore > 0)
        return tr("Part paid");
    return tr("Open");
}

QString InvoiceReport::buyer(const Invoice &invoice)
{
    const QString company = invoice.buyer.company.trimmed();
    const QString name = invoice.buyer.name.trimmed();
    if (company.isEmpty() || company == name)
        return name;
    //: A buyer on an invoice list: "Company (contact person)".
    return tr("%1 (%2)").arg(company, name);
}

QStringList InvoiceReport::csvColumns()
{
    return {u"number"_s,   u"kind"_s,     u"issued_on"_s, u"due_on"_s,   u"buyer"_s,
            u"buyer_vat_id"_s, u"project"_s, u"stage"_s, u"currency"_s, u"vat_rates"_s,
            u"net"_s,      u"vat"_s,      u"gross"_s,     u"paid"_s,     u"outstanding"_s,
            u"credits"_s,  u"cancelled_by"_s, u"reverse_charge"_s};
}

QByteArray InvoiceReport::csv(const QList<InvoiceRecord> &records)
{
    QList<QStringList> rows{csvColumns()};
    auto amount = [](const QString &currency, qint64 minor) { return Money(minor, currency).toDecimalString(); };
    for (const InvoiceRecord &record : records) {
        const Invoice &i = record.invoice;
        QStringList rates;
        for (const VatRateTotal &rate : i.totals.rates)
            rates << VatRate::number(rate.rateTenths, QLocale::c());
        rows << QStringList{i.number,
                            toId(i.kind),
                            i.issuedOn.toString(Qt::ISODate),
                            i.dueOn.toString(Qt::ISODate),
                            buyer(i),
                            i.buyer.vatId,
                            i.projectTitle,
                            QString::number(i.stagePosition),
                            i.currency,
                            rates.join(u' '),
                            amount(i.currency, i.totals.net),
                            amount(i.currency, i.totals.vat),
                            amount(i.currency, i.totals.gross),
                            amount(i.currency, record.paid),
                            amount(i.currency, record.outstanding()),
                            i.creditedNumber,
                            record.creditNoteNumber,
                            i.reverseCharge ? u"yes"_s : u"no"_s};
    }
    // The totals: a row per currency, then per VAT rate, under an empty row.
    rows << QStringList();
    for (const Totals &t : totals(records)) {
        const QString label = t.rateTenths < 0 ? u"total"_s : u"total at rate"_s;
        rows << QStringList{label,
                            QString(),
                            QString(),
                            QString(),
                            QString(),
                            QString(),
                            QString(),
                            QString(),
                            t.currency,
                            t.rateTenths < 0 ? QString() : VatRate::number(t.rateTenths, QLocale::c()),
                            amount(t.currency, t.net),
                            amount(t.currency, t.vat),
                            amount(t.currency, t.gross),
                            t.rateTenths < 0 ? amount(t.currency, t.paid) : QString(),
                            t.rateTenths < 0 ? amount(t.currency, t.outstanding) : QString(),
                            QString(),
                            QString(),
                            QString()};
    }
    return Csv::write(rows);
}

} // namespace neuvo
