#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace neuvo {

// The Finnish reference number (viitenumero) that identifies a payment on a
// bank transfer: 3–19 digits of the biller's choosing followed by a check
// digit computed with the weights 7, 3, 1 from the right (Finance Finland's
// reference number rules). Banks refuse a reference whose check digit is
// wrong, so a mistyped one never reaches the account.
class FinnishReference final
{
    Q_DECLARE_TR_FUNCTIONS(FinnishReference)

public:
    // The check digit of 3–19 digits (no leading zero), or an error.
    static Result<int> checkDigit(QStringView base);
    // base followed by its check digit: "1234561" from "123456".
    static Result<QString> fromBase(QStringView base);
    // A complete reference: digits only once the spaces are removed, 4–20
    // of them, no leading zero, and the right check digit.
    static bool isValid(QStringView reference);
    // Digits without spaces: "868516259619897" from "86851 62596 19897".
    static QString compact(QStringView reference);
    // As printed on an invoice: groups of five from the right,
    // "86851 62596 19897", "8 68624".
    static QString grouped(QStringView reference);
};

} // namespace neuvo
