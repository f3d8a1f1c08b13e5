#pragma once

#include <QString>
#include <QStringView>

namespace neuvo {

// An international bank account number (ISO 13616): country code, two
// check digits and the national account number, checked modulo 97 like an
// RF reference. Finnish IBANs have 18 characters.
class Iban final
{
public:
    // Without spaces, upper case: "FI2112345600000785".
    static QString compact(QStringView iban);
    // Two letters, two digits, 11–30 letters or digits, 1 modulo 97, and
    // 18 characters in all when Finnish.
    static bool isValid(QStringView iban);
    // In groups of four, as printed: "FI21 1234 5600 0007 85".
    static QString grouped(QStringView iban);
};

} // namespace neuvo
