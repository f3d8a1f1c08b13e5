#include "iban.h"

#include "creditorreference.h"

using namespace Qt::StringLiterals;

namespace neuvo {

QString Iban::compact(QStringView iban)
{
    return CreditorReference::compact(iban);
}

bool Iban::isValid(QStringView iban)
{
    const QString text = compact(iban);
    if (text.size() < 15 || text.size() > 34)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool letter = c >= u'A' && c <= u'Z';
        const bool digit = c >= u'0' && c <= u'9';
        if ((i < 2 && !letter) || (i >= 2 && i < 4 && !digit) || (!letter && !digit))
            return false;
    }
    if (text.startsWith(u"FI"_s) && text.size() != 18)
        return false;
    return CreditorReference::mod97(QString(text.mid(4) + text.left(4))) == 1;
}

QString Iban::grouped(QStringView iban)
{
    return CreditorReference::grouped(iban);
}

} // namespace neuvo
