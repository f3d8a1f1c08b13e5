#include "epcpayment.h"

#include "creditorreference.h"
#include "iban.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

constexpr qsizetype kMaxPayloadBytes = 331;
constexpr qint64 kMaxCents = 99999999999; // 999 999 999.99 €

// "EUR1234.50": no grouping, a point, two decimals.
QString amountText(qint64 cents)
{
    return u"EUR"_s + QString::number(cents / 100) + u'.' + QString::number(cents % 100).rightJustified(2, u'0');
}

} // namespace

Result<QByteArray> EpcPayment::payload() const
{
    const QString account = Iban::compact(iban);
    if (!Iban::isValid(account))
        return fail(tr("The payment QR code needs a valid IBAN; \"%1\" is not one.").arg(iban));
    const QString beneficiary = name.trimmed();
    if (beneficiary.isEmpty() || beneficiary.size() > 70)
        return fail(tr("The payment QR code needs the payee's name in 1–70 characters."));
    const QString bicText = bic.trimmed().toUpper();
    if (!bicText.isEmpty() && bicText.size() != 8 && bicText.size() != 11)
        return fail(tr("\"%1\" is not a BIC: it has 8 or 11 characters.").arg(bic));
    if (cents < 0 || cents > kMaxCents)
        return fail(tr("The amount of a payment QR code is between 0.01 and 999 999 999.99 euros."));
    if (!reference.isEmpty() && !text.isEmpty())
        return fail(tr("A payment QR code has either a reference or a message, not both."));
    if (!reference.isEmpty() && !CreditorReference::isValid(reference))
        return fail(tr("\"%1\" is not an RF creditor reference.").arg(reference));
    if (text.size() > 140 || information.size() > 70 || purpose.size() > 4)
        return fail(tr("The message of a payment QR code is too long."));

    QStringList lines{u"BCD"_s, u"002"_s, u"1"_s, u"SCT"_s, bicText, beneficiary, account,
                      cents > 0 ? amountText(cents) : QString(), purpose,
                      CreditorReference::compact(reference), text, information};
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    const QByteArray bytes = lines.join(u'\n').toUtf8();
    if (bytes.size() > kMaxPayloadBytes)
        return fail(tr("The payment QR code would hold %1 bytes; at most %2 fit.")
                        .arg(bytes.size())
                        .arg(kMaxPayloadBytes));
    return bytes;
}

Result<EpcPayment> EpcPayment::parse(const QByteArray &payload)
{
    QString text = QString::fromUtf8(payload);
    text.replace(u"\r\n"_s, u"\n"_s);
    const QStringList lines = text.split(u'\n');
    if (lines.size() < 7 || lines.at(0) != u"BCD"_s || (lines.at(1) != u"001"_s && lines.at(1) != u"002"_s)
        || lines.at(2) != u"1"_s || lines.at(3) != u"SCT"_s)
        return fail(tr("This is not the QR code of a SEPA credit transfer in UTF-8."));
    EpcPayment payment;
    payment.bic = lines.value(4);
    payment.name = lines.value(5);
    payment.iban = lines.value(6);
    const QString amount = lines.value(7);
    if (!amount.isEmpty()) {
        const qsizetype point = amount.indexOf(u'.');
        bool okWhole = false;
        bool okFraction = true;
        const QString whole = amount.mid(3, point < 0 ? -1 : point - 3);
        const QString fraction = point < 0 ? QString() : amount.mid(point + 1);
        const qint64 euros = whole.toLongLong(&okWhole);
        const int fractionValue = fraction.isEmpty() ? 0 : fraction.toInt(&okFraction);
        if (!amount.startsWith(u"EUR"_s) || !okWhole || !okFraction || fraction.size() > 2)
            return fail(tr("\"%1\" is not an amount in euros.").arg(amount));
        payment.cents = euros * 100 + (fraction.size() == 1 ? fractionValue * 10 : fractionValue);
    }
    payment.purpose = lines.value(8);
    payment.reference = lines.value(9);
    payment.text = lines.value(10);
    payment.information = lines.value(11);
    return payment;
}

} // namespace neuvo
