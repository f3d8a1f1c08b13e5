#pragma once

#include "invoice.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace neuvo {

// An issued invoice as one JSON object: how the database keeps what was
// issued (one column, never changed) and how the exchange format carries
// it. Money is a decimal string in the invoice's currency ("1255.00",
// "-1255.00" on a credit note), VAT rates are decimal strings of percent
// ("25.5"), dates are ISO 8601. docs/exchange-format.md lists the keys.
// The record's own id is not part of it (the database keeps it beside the
// object, the exchange format adds it as "id").
class InvoiceJson final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceJson)

public:
    static QJsonObject write(const Invoice &invoice);
    // Reads and checks an object written by write(): every key present and
    // of its type, no unknown keys (except extraKeys, which the caller
    // reads), amounts in the currency, and totals that are the VAT of the
    // lines. Every problem is reported as "<path>.<key>: <problem>", one a
    // line.
    static Result<Invoice> read(const QJsonObject &object, const QString &path = {},
                                const QStringList &extraKeys = {});
};

} // namespace neuvo
