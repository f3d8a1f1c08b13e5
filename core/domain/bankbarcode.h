#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace neuvo {

// The Finnish bank bar code as the 54 digits of its "virtual bar code"
// (virtuaaliviivakoodi), which a payer copies into an online bank to fill
// in account, amount, reference and due date at once (Finance Finland's
// Bank Bar Code Guide, version 5.3). Only for euros to a Finnish account.
//   version 4: 4, IBAN digits (16), euros (6), cents (2), 000,
//              national reference (20, zero-padded), due date YYMMDD
//   version 5: 5, IBAN digits (16), euros (6), cents (2), the RF
//              reference's check digits (2), its body (21, zero-padded),
//              due date YYMMDD
// An amount above 999 999.99 € and a missing due date are written as
// zeros, as the guide asks.
class BankBarcode final
{
    Q_DECLARE_TR_FUNCTIONS(BankBarcode)

public:
    static Result<QString> version4(const QString &iban, qint64 cents, const QString &reference,
                                    const QDate &dueOn);
    // reference: an RF reference with a numeric body.
    static Result<QString> version5(const QString &iban, qint64 cents, const QString &rfReference,
                                    const QDate &dueOn);
};

} // namespace neuvo
