#include "arguments.h"

#include "core/documents/documentpreferences.h"

#include "command.h"
#include "console.h"

#include "core/domain/limits.h"
#include "core/domain/money.h"

#include <QLocale>
#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace neuvo {

Arguments::Arguments(const Command &command, const QCommandLineParser &parser)
    : m_command(command)
    , m_parser(parser)
{
}

QCommandLineOption Arguments::jsonOption()
{
    return QCommandLineOption(u"json"_s, tr("Print JSON instead of a table."));
}

QCommandLineOption Arguments::paperOption()
{
    return QCommandLineOption(u"paper"_s,
                              tr("Paper: a4 or letter (default: as chosen in the desktop's preferences, else the "
                                 "system's)."),
                              u"a4|letter"_s);
}

QCommandLineOption Arguments::usDatesOption()
{
    return QCommandLineOption(u"us-dates"_s,
                              tr("English documents: dates as March 12, 2025 rather than 12 March 2025 (default: as "
                                 "chosen in the desktop's preferences, else for US English systems)."));
}

QCommandLineOption Arguments::todayOption()
{
    return QCommandLineOption(u"today"_s, tr("Evaluate as of this day instead of the current date."),
                              tr("YYYY-MM-DD"));
}

QCommandLineOption Arguments::onOption(const QString &description)
{
    return QCommandLineOption(u"on"_s, description, tr("YYYY-MM-DD"));
}

QCommandLineOption Arguments::ifVersionOption()
{
    return QCommandLineOption(u"if-version"_s,
                              tr("Save only if the record is still at this version (\"show\" prints it); refused "
                                 "when it was saved by someone else since."),
                              tr("N"));
}

QDate Arguments::isoDate(const QString &text)
{
    static const QRegularExpression iso(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    return iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

QString Arguments::optionName(const QCommandLineOption &option)
{
    const QString name = option.names().constLast();
    return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
}

void Arguments::problem(const QString &message)
{
    if (m_problem.isEmpty())
        m_problem = message;
}

int Arguments::usageError(Console &console) const
{
    return console.usageError(m_problem, &m_command);
}

QStringList Arguments::givenOptions(bool oneIsNeeded)
{
    QStringList given;
    for (const QCommandLineOption &option : m_command.options()) {
        if (isSet(option))
            given << option.names().constFirst();
    }
    if (oneIsNeeded && given.isEmpty())
        problem(tr("%1: nothing to change; give at least one option.").arg(m_command.name()));
    return given;
}

QString Arguments::positional(qsizetype index) const
{
    return m_parser.positionalArguments().value(index);
}

qint64 Arguments::id(qsizetype index, const QString &name)
{
    const QString text = positional(index);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (ok && value > 0)
        return value;
    problem(tr("%1: %2 must be a positive number, not \"%3\".").arg(m_command.name(), name, Limits::shorten(text)));
    return 0;
}

int Arguments::position(qsizetype index, const QString &name)
{
    const qint64 value = id(index, name);
    if (value > std::numeric_limits<int>::max()) {
        problem(tr("%1: %2 must be a positive number, not \"%3\".").arg(m_command.name(), name, Limits::shorten(positional(index))));
        return 0;
    }
    return int(value);
}

QString Arguments::text(const QCommandLineOption &option, const QString &fallback) const
{
    return isSet(option) ? m_parser.value(option) : fallback;
}

qint64 Arguments::id(const QCommandLineOption &option, qint64 fallback)
{
    if (!isSet(option))
        return fallback;
    const QString text = m_parser.value(option);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (ok && value > 0)
        return value;
    problem(tr("%1: %2 must be a positive number, not \"%3\".").arg(m_command.name(), optionName(option), Limits::shorten(text)));
    return fallback;
}

QDate Arguments::date(const QCommandLineOption &option, const QDate &fallback)
{
    if (!isSet(option))
        return fallback;
    const QString text = m_parser.value(option);
    const QDate date = isoDate(text);
    if (!date.isValid()) {
        problem(tr("%1: \"%2\" is not a date in the form YYYY-MM-DD.").arg(optionName(option), Limits::shorten(text)));
        return fallback;
    }
    return date;
}

QDateTime Arguments::localDateTime(const QCommandLineOption &option, const QDateTime &fallback)
{
    if (!isSet(option))
        return fallback;
    const QString text = m_parser.value(option);
    static const QRegularExpression form(u"^([0-9]{4}-[0-9]{2}-[0-9]{2})[T ]([0-9]{2}:[0-9]{2})$"_s);
    const QRegularExpressionMatch match = form.match(text);
    const QDate date = match.hasMatch() ? isoDate(match.captured(1)) : QDate();
    const QTime time = match.hasMatch() ? QTime::fromString(match.captured(2), u"HH:mm"_s) : QTime();
    if (!date.isValid() || !time.isValid()) {
        problem(tr("%1: \"%2\" is not a time in the form YYYY-MM-DDTHH:MM.").arg(optionName(option), Limits::shorten(text)));
        return fallback;
    }
    return QDateTime(date, time).toUTC();
}

QTime Arguments::time(const QCommandLineOption &option, const QTime &fallback)
{
    if (!isSet(option))
        return fallback;
    const QString text = m_parser.value(option);
    static const QRegularExpression form(u"^[0-9]{2}:[0-9]{2}$"_s);
    const QTime time = form.match(text).hasMatch() ? QTime::fromString(text, u"HH:mm"_s) : QTime();
    if (!time.isValid()) {
        problem(tr("%1: \"%2\" is not a time of day in the form HH:MM.").arg(optionName(option), Limits::shorten(text)));
        return fallback;
    }
    return time;
}

int Arguments::number(const QCommandLineOption &option, int minimum, int maximum, int fallback)
{
    if (!isSet(option))
        return fallback;
    const QString text = m_parser.value(option);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        problem(tr("%1: \"%2\" is not a whole number from %3 to %4.")
                    .arg(optionName(option), Limits::shorten(text))
                    .arg(minimum)
                    .arg(maximum));
        return fallback;
    }
    return value;
}

bool Arguments::yesNo(const QCommandLineOption &option, bool fallback)
{
    if (!isSet(option))
        return fallback;
    const QString text = m_parser.value(option);
    if (text == u"yes"_s)
        return true;
    if (text == u"no"_s)
        return false;
    problem(tr("%1: \"%2\" is neither yes nor no.").arg(optionName(option), Limits::shorten(text)));
    return fallback;
}

Weekdays Arguments::weekdays(const QCommandLineOption &option, Weekdays fallback)
{
    if (!isSet(option))
        return fallback;
    const QString text = m_parser.value(option);
    const auto days = weekdaysFromIds(text.split(u','));
    if (!days || *days == 0) {
        problem(tr("%1: \"%2\" is not a list of days such as mon,tue,wed,thu,fri.").arg(optionName(option), Limits::shorten(text)));
        return fallback;
    }
    return *days;
}

std::optional<qint64> Arguments::amount(const QCommandLineOption &option, const QString &currency,
                                        std::optional<qint64> fallback)
{
    if (!isSet(option))
        return fallback;
    const QString text = m_parser.value(option);
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const auto money = Money::parseDecimal(text, currency);
    if (!money) {
        problem(tr("%1: %2").arg(optionName(option), money.error()));
        return fallback;
    }
    return money->minor();
}

DocumentLanguage Arguments::language(const QCommandLineOption &option)
{
    // The paper and the date style as chosen in the desktop's preferences.
    if (!isSet(option))
        return DocumentPreferences::applied(DocumentLanguage::forLocale(QLocale::system()));
    auto chosen = DocumentLanguage::fromId(m_parser.value(option));
    if (!chosen) {
        problem(tr("--lang: %1").arg(chosen.error()));
        return DocumentPreferences::applied(DocumentLanguage());
    }
    return DocumentPreferences::applied(*chosen);
}

PrintFormat Arguments::printFormat()
{
    PrintFormat format = DocumentPreferences::printFormat();
    if (isSet(paperOption())) {
        const QString paper = m_parser.value(paperOption());
        if (const auto chosen = DocumentPreferences::paperFromId(paper))
            format.paper = DocumentPreferences::pageSizeId(*chosen);
        else
            problem(tr("--paper: \"%1\" is not one of a4, letter.").arg(paper));
    }
    if (isSet(usDatesOption()))
        format.usDates = true;
    return format;
}

} // namespace neuvo
