#include "finnishreference.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

bool allDigits(QStringView text)
{
    return !text.isEmpty()
           && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

QString FinnishReference::compact(QStringView reference)
{
    QString digits;
    for (QChar c : reference) {
        if (!c.isSpace())
            digits.append(c);
    }
    return digits;
}

Result<int> FinnishReference::checkDigit(QStringView base)
{
    if (!allDigits(base) || base.size() < 3 || base.size() > 19 || base.front() == u'0')
        return fail(tr("\"%1\" cannot be the base of a reference number: it needs 3–19 digits, the first not 0.")
                        .arg(base.toString()));
    static constexpr int weights[] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < base.size(); ++i) {
        const int digit = base.at(base.size() - 1 - i).digitValue();
        sum += digit * weights[i % 3];
    }
    return (10 - sum % 10) % 10;
}

Result<QString> FinnishReference::fromBase(QStringView base)
{
    const auto check = checkDigit(base);
    if (!check)
        return Error{check.error()};
    return base.toString() + QString::number(*check);
}

bool FinnishReference::isValid(QStringView reference)
{
    const QString digits = compact(reference);
    if (digits.size() < 4 || digits.size() > 20 || !allDigits(digits))
        return false;
    const auto check = checkDigit(QStringView(digits).chopped(1));
    return check && *check == digits.back().digitValue();
}

QString FinnishReference::grouped(QStringView reference)
{
    const QString digits = compact(reference);
    QString text;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 5 == 0)
            text += u' ';
        text += digits.at(i);
    }
    return text;
}

} // namespace neuvo
