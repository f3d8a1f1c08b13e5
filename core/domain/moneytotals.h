#pragma once

#include "core/domain/money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace neuvo {

// Sums of amounts per currency, for every view that adds money across
// records (a client's outstanding stages, the payments page's totals). A sum
// that would leave the 64-bit range is marked as too large and shown as
// such, never wrapped round to a small or negative figure.
class MoneyTotals final
{
    Q_DECLARE_TR_FUNCTIONS(MoneyTotals)

public:
    void add(const QString &currency, qint64 minor);
    bool isEmpty() const { return m_sums.isEmpty(); }
    // Sorted by code.
    QStringList currencies() const { return m_sums.keys(); }
    // The sum, or nothing when it is too large to hold.
    std::optional<qint64> total(const QString &currency) const;
    // One text per currency ("1 234,50 €", or "EUR: too large to add up"),
    // `first` leading when present, the rest by code. withCode uses
    // Money::formatWithCode.
    QStringList format(const QLocale &locale, const QString &first = QString(),
                       bool withCode = false) const;
    // All currencies added together, saturating at the int64 limits: only
    // to sort rows, since there are no exchange rates.
    qint64 sortKey() const;

    friend bool operator==(const MoneyTotals &a, const MoneyTotals &b) { return a.m_sums == b.m_sums; }

    // sum += value; false (sum unchanged) when the result would overflow.
    static bool addChecked(qint64 &sum, qint64 value);
    // sum += value, held at the int64 limits instead of wrapping.
    static void addSaturating(qint64 &sum, qint64 value);

private:
    struct Sum
    {
        qint64 minor = 0;
        bool tooLarge = false;

        friend bool operator==(const Sum &, const Sum &) = default;
    };
    QMap<QString, Sum> m_sums;
};

} // namespace neuvo
