#include "businessid.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace neuvo {

bool BusinessId::looksFinnish(QStringView id)
{
    static const QRegularExpression pattern(u"^[0-9]{7}-[0-9]$"_s);
    return pattern.match(id.trimmed().toString()).hasMatch();
}

Result<int> BusinessId::finnishCheckDigit(QStringView digits)
{
    static constexpr int weights[] = {7, 9, 10, 5, 8, 4, 2};
    if (digits.size() != 7)
        return fail(tr("A Finnish business ID has seven digits before the check digit."));
    int sum = 0;
    for (int i = 0; i < 7; ++i) {
        if (!digits.at(i).isDigit())
            return fail(tr("A Finnish business ID has seven digits before the check digit."));
        sum += digits.at(i).digitValue() * weights[i];
    }
    const int remainder = sum % 11;
    if (remainder == 1)
        return fail(tr("No Finnish business ID starts with %1: its check digit would be impossible.")
                        .arg(digits.toString()));
    return remainder == 0 ? 0 : 11 - remainder;
}

bool BusinessId::isValidFinnish(QStringView id)
{
    const QStringView text = id.trimmed();
    if (!looksFinnish(text))
        return false;
    const auto check = finnishCheckDigit(text.left(7));
    return check && *check == text.at(8).digitValue();
}

Result<void> BusinessId::check(QStringView id)
{
    const QStringView text = id.trimmed();
    if (!looksFinnish(text))
        return {};
    const auto check = finnishCheckDigit(text.left(7));
    if (!check)
        return fail(tr("Business ID: %1").arg(check.error()));
    if (*check != text.at(8).digitValue())
        return fail(tr("Business ID: %1 is not a valid Finnish business ID (its check digit would be %2).")
                        .arg(text.toString())
                        .arg(*check));
    return {};
}

Result<void> BusinessId::checkVatId(QStringView vatId)
{
    const QString text = vatId.trimmed().toString();
    if (!text.startsWith(u"FI"_s, Qt::CaseInsensitive))
        return {};
    static const QRegularExpression pattern(u"^FI[0-9]{8}$"_s);
    if (!pattern.match(text).hasMatch())
        return fail(tr("VAT ID: a Finnish VAT ID is FI and eight digits (FI12345678), not \"%1\".").arg(text));
    const QString businessId = text.mid(2, 7) + u'-' + text.mid(9, 1);
    if (!isValidFinnish(businessId))
        return fail(tr("VAT ID: %1 does not contain a valid Finnish business ID (%2 has the wrong check digit).")
                        .arg(text, businessId));
    return {};
}

QString BusinessId::finnishVatId(QStringView businessId)
{
    const QStringView text = businessId.trimmed();
    if (!isValidFinnish(text))
        return {};
    return u"FI"_s + text.left(7).toString() + text.mid(8, 1).toString();
}

} // namespace neuvo
