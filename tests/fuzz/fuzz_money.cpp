// Money parsing must never crash, and a parsed decimal must print back to
// something that parses to the same amount.
#include "core/domain/money.h"

#include <QLocale>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace neuvo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the currency (exponent 2, 0 or 3) and locale.
    static const char *const currencies[] = {"EUR", "JPY", "KWD", "RUB"};
    static const QLocale locales[] = {QLocale(QLocale::Finnish, QLocale::Finland), QLocale(QLocale::English),
                                      QLocale(QLocale::German), QLocale(QLocale::Russian)};
    const QString currency = QString::fromLatin1(currencies[data[0] % 4]);
    const QLocale &locale = locales[(data[0] >> 2) % 4];
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    for (const auto sign : {Money::Sign::NonNegative, Money::Sign::AllowNegative}) {
        if (const auto parsed = Money::parseDecimal(text, currency, sign)) {
            const auto again = Money::parseDecimal(parsed->toDecimalString(), currency, Money::Sign::AllowNegative);
            if (!again || *again != *parsed)
                std::abort();
        }
        if (const auto parsed = Money::parseLocalized(text, currency, locale, sign)) {
            const auto again = Money::parseLocalized(parsed->format(locale), currency, locale, Money::Sign::AllowNegative);
            if (!again || *again != *parsed)
                std::abort();
        }
    }
    return 0;
}
