#include "moneytotals.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace neuvo {

bool MoneyTotals::addChecked(qint64 &sum, qint64 value)
{
    qint64 result = 0;
    if (__builtin_add_overflow(sum, value, &result))
        return false;
    sum = result;
    return true;
}

void MoneyTotals::addSaturating(qint64 &sum, qint64 value)
{
    if (!addChecked(sum, value))
        sum = value > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
}

void MoneyTotals::add(const QString &currency, qint64 minor)
{
    Sum &sum = m_sums[currency];
    if (!sum.tooLarge && !addChecked(sum.minor, minor))
        sum.tooLarge = true;
}

std::optional<qint64> MoneyTotals::total(const QString &currency) const
{
    const auto it = m_sums.constFind(currency);
    if (it == m_sums.cend())
        return qint64(0);
    if (it->tooLarge)
        return std::nullopt;
    return it->minor;
}

QStringList MoneyTotals::format(const QLocale &locale, const QString &first, bool withCode) const
{
    QStringList out;
    const auto text = [&](const QString &currency, const Sum &sum) {
        if (sum.tooLarge)
            return tr("%1: too large to add up").arg(currency);
        const Money amount(sum.minor, currency);
        return withCode ? amount.formatWithCode(locale) : amount.format(locale);
    };
    if (const auto it = m_sums.constFind(first); !first.isEmpty() && it != m_sums.cend())
        out << text(first, *it);
    for (auto it = m_sums.cbegin(); it != m_sums.cend(); ++it) {
        if (it.key() != first)
            out << text(it.key(), *it);
    }
    return out;
}

qint64 MoneyTotals::sortKey() const
{
    qint64 key = 0;
    for (const Sum &sum : m_sums)
        addSaturating(key, sum.tooLarge ? std::numeric_limits<qint64>::max() : sum.minor);
    return key;
}

} // namespace neuvo
