#include "bankbarcode.h"

#include "creditorreference.h"
#include "finnishreference.h"
#include "iban.h"

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

constexpr qint64 kMaxCents = 99999999; // 999 999.99 €

Result<QString> accountDigits(const QString &iban)
{
    const QString text = Iban::compact(iban);
    if (!text.startsWith(u"FI"_s) || !Iban::isValid(text))
        return fail(BankBarcode::tr("The bank bar code needs a Finnish IBAN; \"%1\" is not one.").arg(iban));
    return text.mid(2);
}

// Euros (6) and cents (2); zeros when the amount does not fit.
QString amountDigits(qint64 cents)
{
    if (cents < 0 || cents > kMaxCents)
        cents = 0;
    return QString::number(cents).rightJustified(8, u'0');
}

QString dueDigits(const QDate &dueOn)
{
    return dueOn.isValid() ? dueOn.toString(u"yyMMdd"_s) : u"000000"_s;
}

} // namespace

Result<QString> BankBarcode::version4(const QString &iban, qint64 cents, const QString &reference,
                                      const QDate &dueOn)
{
    const auto account = accountDigits(iban);
    if (!account)
        return Error{account.error()};
    const QString digits = FinnishReference::compact(reference);
    if (!FinnishReference::isValid(digits))
        return fail(tr("\"%1\" is not a Finnish reference number.").arg(reference));
    return u'4' + *account + amountDigits(cents) + u"000"_s + digits.rightJustified(20, u'0')
           + dueDigits(dueOn);
}

Result<QString> BankBarcode::version5(const QString &iban, qint64 cents, const QString &rfReference,
                                      const QDate &dueOn)
{
    const auto account = accountDigits(iban);
    if (!account)
        return Error{account.error()};
    const QString text = CreditorReference::compact(rfReference);
    const QString body = text.mid(4);
    bool numeric = !body.isEmpty();
    for (QChar c : body)
        numeric = numeric && c.isDigit();
    if (!CreditorReference::isValid(text) || !numeric)
        return fail(tr("\"%1\" is not an RF reference of digits.").arg(rfReference));
    return u'5' + *account + amountDigits(cents) + text.mid(2, 2) + body.rightJustified(21, u'0')
           + dueDigits(dueOn);
}

} // namespace neuvo
