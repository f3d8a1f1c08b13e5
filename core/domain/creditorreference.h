#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace neuvo {

// The international creditor reference of ISO 11649 ("RF reference"):
// "RF", two check digits, and up to 21 letters or digits. Its check digits
// are those of an IBAN (ISO 7064 mod 97-10): the letters become numbers
// (A = 10 … Z = 35), "RF" and the check digits move to the end, and the
// whole is 1 modulo 97. Finnish banks form it from the national reference
// number, check digit included: 2348236 → RF33 2348 236.
class CreditorReference final
{
    Q_DECLARE_TR_FUNCTIONS(CreditorReference)

public:
    // "RF" + check digits + body, without spaces. body: 1–21 letters or
    // digits (spaces are dropped, letters made upper case).
    static Result<QString> fromBody(QStringView body);
    static bool isValid(QStringView reference);
    // Without spaces, upper case.
    static QString compact(QStringView reference);
    // In groups of four, as printed: "RF09 8685 1625 9619 897".
    static QString grouped(QStringView reference);
    // The remainder modulo 97 of a string of letters and digits with the
    // letters as two-digit numbers (A = 10). The same arithmetic checks an
    // IBAN.
    static int mod97(QStringView alphanumeric);
};

} // namespace neuvo
