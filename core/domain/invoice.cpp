#include "invoice.h"

using namespace Qt::StringLiterals;

namespace neuvo {

Result<VatTotals> Invoice::computeTotals() const
{
    QList<VatCalculator::Line> vatLines;
    for (const InvoiceLine &line : lines)
        vatLines.append({line.amount, line.rateTenths});
    return VatCalculator::compute(vatLines, pricesIncludeVat);
}

QString InvoiceNumbering::series(const QDate &issuedOn, bool yearly)
{
    return yearly ? QString::number(issuedOn.year()) : u""_s;
}

QString InvoiceNumbering::number(const QString &prefix, const QString &series, int sequence)
{
    const QString running = QString::number(sequence).rightJustified(4, u'0');
    return prefix.trimmed() + (series.isEmpty() ? running : series + u'-' + running);
}

QString InvoiceNumbering::referenceBase(const QString &series, int sequence)
{
    const QString running = QString::number(sequence).rightJustified(4, u'0');
    return (series.isEmpty() ? u"1"_s : series) + running;
}

} // namespace neuvo
