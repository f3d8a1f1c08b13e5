#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace neuvo {

// Company identifiers printed on invoices. Finnish ones have a known form
// and are checked; those of other countries are taken as written, since
// Neuvo cannot know every country's rules.
class BusinessId final
{
    Q_DECLARE_TR_FUNCTIONS(BusinessId)

public:
    // The Finnish business id (Y-tunnus) "1234567-8": seven digits, a
    // hyphen and a check digit. The digits are weighted 7, 9, 10, 5, 8, 4,
    // 2; the sum's remainder modulo 11 gives the check digit (0 for 0,
    // 11 − remainder otherwise; a remainder of 1 is never issued).
    static bool looksFinnish(QStringView id);
    static Result<int> finnishCheckDigit(QStringView sevenDigits);
    static bool isValidFinnish(QStringView id);
    // A client's business id: a Finnish-looking one must have the right
    // check digit; anything else is free text. The error names the field.
    static Result<void> check(QStringView id);

    // A VAT id starting with FI is "FI" and the eight digits of a valid
    // Finnish business id ("FI12345678"); those of other countries are
    // free text. The error names the field.
    static Result<void> checkVatId(QStringView vatId);
    // "FI01120389" for "0112038-9"; empty for an id that is not Finnish.
    static QString finnishVatId(QStringView businessId);
};

} // namespace neuvo
