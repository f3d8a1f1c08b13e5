#pragma once

#include "core/domain/domain.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <initializer_list>

namespace neuvo {

// The largest values Neuvo stores. They are far beyond any real freelancer's
// record, and they exist so that a hostile or broken file cannot make every
// later step (listing, sorting, quoting a contract) slow or wrong: a 50 MB
// client name is refused where it enters, not paid for in every view.
// docs/exchange-format.md lists them for people writing import files.
class Limits final
{
    Q_DECLARE_TR_FUNCTIONS(Limits)

public:
    // One line: a name, a title, an e-mail address, a contract number.
    static constexpr qsizetype LineLength = 200;
    // A sentence or a short paragraph: a discount's reason, a promise, a
    // revision's description.
    static constexpr qsizetype ParagraphLength = 2'000;
    // Free text: notes, a project's scope, an interaction's summary, an
    // address. Room for a pasted e-mail thread.
    static constexpr qsizetype TextLength = 50'000;
    // Any single amount, in minor units: 10^15 (ten trillion euros). With
    // every stored amount below it, sums of up to 9 000 amounts cannot leave
    // the 64-bit range; MoneyTotals checks longer sums.
    static constexpr qint64 AmountMinor = 1'000'000'000'000'000;
    // How much of a rejected value an error message quotes.
    static constexpr qsizetype QuotedLength = 80;

    // value cut to QuotedLength characters, an ellipsis marking the cut: an
    // error message that quotes a rejected value stays readable (and small)
    // whatever was typed or imported.
    static QString shorten(QStringView value);

    struct Text
    {
        const char *label; // QT_TRANSLATE_NOOP("Limits", ...)
        QStringView value;
        qsizetype maximum;
    };
    // The first field longer than its maximum, as "Name: 250 characters, at
    // most 200.", naming the field and never echoing the value.
    static Result<void> checkLengths(std::initializer_list<Text> fields);
    // An amount beyond AmountMinor (or negative), naming the field.
    static Result<void> checkAmount(const char *label, qint64 minor, const QString &currency);

    // Every text and amount of the record. The stores call these on every
    // write, so the dialogs, the CLI, CSV and the exchange import share them.
    static Result<void> check(const Profile &profile);
    static Result<void> check(const Client &client);
    static Result<void> check(const Project &project);
    static Result<void> check(const Interaction &interaction);
    static Result<void> check(const Promise &promise);
    static Result<void> check(const Observation &observation);
};

} // namespace neuvo
