#pragma once

#include "core/domain/domain.h"
#include "exchange.h"
#include "jsonnode.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVarLengthArray>

#include <array>
#include <optional>

// Reading JSON objects key by key with every problem reported under its
// path; the exchange reader is built from it. Internal to neuvo_exchange.
namespace neuvo::exchangedoc {

// "text", for naming a value in a problem.
QString quoted(const QString &s);
// "a string", "an array" ...: what a JSON value is, for a problem.
QString jsonTypeName(const QJsonValue &v);

// Collects every problem of a document as "<json path>: <problem>". The
// document is read as a stream, in the order of its keys, but reported in a
// fixed order of sections (see Section); within a section, in document
// order. Only the lines that can be shown are kept, so a file with a
// million problems does not hold a million lines.
class Problems final
{
public:
    enum class Section { Format, Profile, Clients, Projects, Invoices, Document, References, Count };

    // Where the problems added from now on belong.
    void setSection(Section section) { m_section = section; }
    Section section() const { return m_section; }
    void add(const QString &path, const QString &problem);
    bool isEmpty() const { return m_total == 0; }

    // The problems one a line; beyond the first 25, how many more.
    QString message() const;

private:
    std::array<QStringList, size_t(Section::Count)> m_lines;
    Section m_section = Section::Document;
    qsizetype m_total = 0;
};

enum class Need { Required, Optional };
enum class Nulls { Forbidden, Allowed };

// Reads the keys of one JSON object, reporting every problem with its path.
// Each reader returns false after reporting; keys never asked for are
// reported by finish() as unknown.
class ObjectReader final
{
public:
    // The object must outlive the reader.
    ObjectReader(Problems &problems, QString path, const JsonNode &object);

    const QString &path() const { return m_path; }
    QString pathOf(const QString &key) const;
    void problem(const QString &key, const QString &text) { m_problems.add(pathOf(key), text); }

    void finish();

    // The raw value, or nullopt when the key is absent or null; ok is false
    // only when that absence or null was not allowed (and was reported).
    std::optional<QJsonValue> value(const QString &key, Need need, Nulls nulls, bool &ok);
    bool typed(const QString &key, const QJsonValue &v, QJsonValue::Type type, const QString &expected);
    bool string(const QString &key, QString &out);
    bool nonEmptyString(const QString &key, QString &out);
    bool boolean(const QString &key, bool &out);
    bool integerValue(const QString &key, const QJsonValue &v, qint64 min, qint64 max, qint64 &out);
    bool integer(const QString &key, int min, int max, int &out);
    bool nonNegative(const QString &key, int &out);

    // A record id: a positive integer.
    bool id(const QString &key, qint64 &out);

    // A reference to another record, null (or absent) for none: out = 0.
    bool reference(const QString &key, Need need, qint64 &out);
    bool date(const QString &key, Nulls nulls, QDate &out);

    // "HH:mm"; null (or absent) for no time.
    bool time(const QString &key, QTime &out);

    // Only the exact form the database stores, so nothing is silently
    // shifted or truncated: "2026-03-01T20:00:00Z".
    bool timestamp(const QString &key, QDateTime &out);
    bool moneyValue(const QString &key, const QJsonValue &v, const QString &currency, qint64 &out);

    // A non-negative amount in `currency`. Without a valid currency the
    // amount cannot be read; the currency's own problem is reported instead.
    bool money(const QString &key, const QString &currency, qint64 &out);
    bool optionalMoney(const QString &key, const QString &currency, std::optional<qint64> &out);
    bool currency(const QString &key, QString &out);
    // One of the stable ids of E (EnumTraits).
    template<typename E>
    bool enumeration(const QString &key, E &out);
    bool weekdays(const QString &key, Weekdays &out);
    bool stringList(const QString &key, QStringList &out);

    // A list of child records (absent means none), or a child object:
    // nullptr when absent or reported.
    const JsonNode *array(const QString &key, Need need, bool &ok);
    const JsonNode *object(const QString &key, Need need, bool &ok);

private:
    // As value(), the node itself.
    const JsonNode *node(const QString &key, Need need, Nulls nulls, bool &ok);

    Problems &m_problems;
    QString m_path;
    const JsonNode &m_object;
    // Which members were asked for, by their place in the object: the
    // rest are unknown keys.
    QVarLengthArray<bool, 48> m_asked;
    qsizetype m_hint = 0;
};

template<typename E>
bool ObjectReader::enumeration(const QString &key, E &out)
{
    QString text;
    if (!string(key, text))
        return false;
    const auto e = fromId<E>(text);
    if (!e) {
        problem(key, Exchange::tr("%1 is not one of %2").arg(quoted(text), allIds<E>().join(QStringLiteral(", "))));
        return false;
    }
    out = *e;
    return true;
}

} // namespace neuvo::exchangedoc
