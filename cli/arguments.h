#pragma once

#include "core/documents/documentlanguage.h"
#include "core/domain/domain.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace neuvo {

class Command;
class Console;

// Reads a command's arguments and option values into typed values, each in
// one exact form (dates YYYY-MM-DD, times HH:MM, ids positive numbers,
// amounts "1234.50", enumerations by their stable ids). A malformed value
// is a usage error: the first one is kept, with the option or argument
// named, and the reading goes on with the fallback so a command can read
// everything first and check once.
class Arguments final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Arguments(const Command &command, const QCommandLineParser &parser);

    // Options several commands share, worded alike.
    static QCommandLineOption jsonOption();  // --json
    static QCommandLineOption todayOption(); // --today YYYY-MM-DD, for reports
    static QCommandLineOption onOption(const QString &description); // --on YYYY-MM-DD, for edits
    static QCommandLineOption paperOption();    // --paper a4|letter, for PDFs
    static QCommandLineOption usDatesOption();  // --us-dates, for PDFs
    // --if-version N, for edits: save only while the stored record is still
    // at the version shown by "show", so a script that decided on what it
    // read cannot overwrite a change saved in the meantime.
    static QCommandLineOption ifVersionOption();

    // "2024-05-15" only: QDate::fromString alone would also take "2024-5-15".
    static QDate isoDate(const QString &text);

    QString positional(qsizetype index) const;
    // A positional id such as PROJECT_ID.
    qint64 id(qsizetype index, const QString &name);
    // A positional 1-based number such as STAGE.
    int position(qsizetype index, const QString &name);

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    // The names of the command's options that were given ("email",
    // "time-zone"): the fields an edit changes. Reports a usage error when
    // none was and one must be.
    QStringList givenOptions(bool oneIsNeeded);
    // The value as given, or fallback when the option is absent.
    QString text(const QCommandLineOption &option, const QString &fallback = {}) const;
    qint64 id(const QCommandLineOption &option, qint64 fallback = 0);
    QDate date(const QCommandLineOption &option, const QDate &fallback);
    // YYYY-MM-DDTHH:MM (or a space for the T) in the system's time zone,
    // returned in UTC.
    QDateTime localDateTime(const QCommandLineOption &option, const QDateTime &fallback);
    QTime time(const QCommandLineOption &option, const QTime &fallback);
    int number(const QCommandLineOption &option, int minimum, int maximum, int fallback);
    // yes or no.
    bool yesNo(const QCommandLineOption &option, bool fallback);
    // mon,tue,...: at least one day.
    Weekdays weekdays(const QCommandLineOption &option, Weekdays fallback);
    // An amount of money in currency; empty text is none.
    std::optional<qint64> amount(const QCommandLineOption &option, const QString &currency,
                                 std::optional<qint64> fallback);
    // --lang: the document language, by default the system's when Neuvo
    // writes documents in it, else English.
    DocumentLanguage language(const QCommandLineOption &option);
    // --paper and --us-dates where given, else the desktop's preferences
    // (else the system's).
    PrintFormat printFormat();

    template<typename E>
    E choice(const QCommandLineOption &option, E fallback)
    {
        if (!isSet(option))
            return fallback;
        const QString value = m_parser.value(option);
        if (auto chosen = fromId<E>(value))
            return *chosen;
        problem(tr("%1: \"%2\" is not one of %3.").arg(optionName(option), value, allIds<E>().join(u", ")));
        return fallback;
    }

    bool ok() const { return m_problem.isEmpty(); }
    // The first malformed value as a usage error of the command; exit 2.
    int usageError(Console &console) const;
    // Another check of the command line that failed.
    void problem(const QString &message);

    static QString optionName(const QCommandLineOption &option);

private:
    const Command &m_command;
    const QCommandLineParser &m_parser;
    QString m_problem;
};

} // namespace neuvo
