#include "creditorreference.h"

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

bool isAlphanumeric(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
}

} // namespace

int CreditorReference::mod97(QStringView text)
{
    // Digit by digit, so any length fits in an int.
    int remainder = 0;
    auto feed = [&remainder](int digit) { remainder = (remainder * 10 + digit) % 97; };
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            feed(c.digitValue());
        } else {
            const int value = c.toUpper().unicode() - u'A' + 10;
            feed(value / 10);
            feed(value % 10);
        }
    }
    return remainder;
}

QString CreditorReference::compact(QStringView reference)
{
    QString text;
    for (QChar c : reference) {
        if (!c.isSpace())
            text.append(c.toUpper());
    }
    return text;
}

Result<QString> CreditorReference::fromBody(QStringView body)
{
    const QString compactBody = compact(body);
    bool good = !compactBody.isEmpty() && compactBody.size() <= 21;
    for (QChar c : compactBody)
        good = good && isAlphanumeric(c);
    if (!good)
        return fail(tr("\"%1\" cannot be the body of an RF reference: it needs 1–21 letters or digits.")
                        .arg(body.toString()));
    const int check = 98 - mod97(QString(compactBody + u"RF00"_s));
    return u"RF"_s + QString::number(check).rightJustified(2, u'0') + compactBody;
}

bool CreditorReference::isValid(QStringView reference)
{
    const QString text = compact(reference);
    if (text.size() < 5 || text.size() > 25 || !text.startsWith(u"RF"_s))
        return false;
    if (!text.at(2).isDigit() || !text.at(3).isDigit())
        return false;
    for (QChar c : text) {
        if (!isAlphanumeric(c))
            return false;
    }
    return mod97(QString(text.mid(4) + text.left(4))) == 1;
}

QString CreditorReference::grouped(QStringView reference)
{
    const QString text = compact(reference);
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += u' ';
        out += text.at(i);
    }
    return out;
}

} // namespace neuvo
