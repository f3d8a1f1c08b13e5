#include "jsonreader.h"

#include "core/domain/isotext.h"
#include "core/domain/limits.h"
#include "core/domain/money.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace neuvo::exchangedoc {

namespace {

// Integers above 2^53 do not survive a JSON number (a double) exactly.
constexpr qint64 kMaxJsonInteger = 9007199254740991LL;
// A file with hundreds of problems is better fixed from the first ones.
constexpr qsizetype kMaxReportedErrors = 25;

// -?[0-9]+(\.[0-9]+)?
bool plainDecimal(QStringView text)
{
    qsizetype i = text.startsWith(u'-') ? 1 : 0;
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < text.size() && text.at(i) >= u'0' && text.at(i) <= u'9')
            ++i;
        return i > from;
    };
    if (!digits())
        return false;
    if (i == text.size())
        return true;
    if (text.at(i) != u'.')
        return false;
    ++i;
    return digits() && i == text.size();
}

} // namespace

QString quoted(const QString &s)
{
    return u"\""_s + Limits::shorten(s) + u"\""_s;
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return Exchange::tr("null");
    case QJsonValue::Bool:
        return Exchange::tr("a boolean");
    case QJsonValue::Double:
        return Exchange::tr("a number");
    case QJsonValue::String:
        return Exchange::tr("a string");
    case QJsonValue::Array:
        return Exchange::tr("an array");
    case QJsonValue::Object:
        return Exchange::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Exchange::tr("nothing");
}

void Problems::add(const QString &path, const QString &problem)
{
    ++m_total;
    QStringList &lines = m_lines[size_t(m_section)];
    if (lines.size() < kMaxReportedErrors)
        lines << (path.isEmpty() ? problem : path + u": "_s + problem);
}

QString Problems::message() const
{
    QStringList shown;
    for (const QStringList &lines : m_lines) {
        for (const QString &line : lines) {
            if (shown.size() < kMaxReportedErrors)
                shown << line;
        }
    }
    const qsizetype rest = m_total - shown.size();
    if (rest <= 0)
        return shown.join(u'\n');
    return shown.join(u'\n') + u'\n' + Exchange::tr("… and %n more problem(s).", nullptr, int(rest));
}

ObjectReader::ObjectReader(Problems &problems, QString path, const JsonNode &object)
    : m_problems(problems)
    , m_path(std::move(path))
    , m_object(object)
    , m_asked(qsizetype(object.members.size()), false)
{
}

QString ObjectReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void ObjectReader::finish()
{
    // Reported in the order of a QJsonObject's keys, as they always were;
    // a record with unknown keys is rare enough to build one for it.
    QJsonObject unknown;
    for (qsizetype i = 0; i < m_asked.size(); ++i) {
        if (!m_asked[i])
            unknown.insert(m_object.members[size_t(i)].key, QJsonValue());
    }
    for (auto it = unknown.constBegin(); it != unknown.constEnd(); ++it)
        m_problems.add(pathOf(it.key()), Exchange::tr("unknown key"));
}

const JsonNode *ObjectReader::node(const QString &key, Need need, Nulls nulls, bool &ok)
{
    ok = true;
    const JsonMember *member = m_object.member(key, m_hint);
    if (!member) {
        if (need == Need::Required) {
            problem(key, Exchange::tr("missing"));
            ok = false;
        }
        return nullptr;
    }
    m_asked[member - m_object.members.data()] = true;
    if (member->node.value.isNull()) {
        if (nulls == Nulls::Forbidden) {
            problem(key, Exchange::tr("must not be null"));
            ok = false;
        }
        return nullptr;
    }
    return &member->node;
}

std::optional<QJsonValue> ObjectReader::value(const QString &key, Need need, Nulls nulls, bool &ok)
{
    if (const JsonNode *n = node(key, need, nulls, ok))
        return n->value;
    return std::nullopt;
}

bool ObjectReader::typed(const QString &key, const QJsonValue &v, QJsonValue::Type type,
                         const QString &expected)
{
    if (v.type() == type)
        return true;
    problem(key, Exchange::tr("expected %1, not %2").arg(expected, jsonTypeName(v)));
    return false;
}

bool ObjectReader::string(const QString &key, QString &out)
{
    bool ok = false;
    const auto v = value(key, Need::Required, Nulls::Forbidden, ok);
    if (!v || (!v->isString() && !typed(key, *v, QJsonValue::String, Exchange::tr("a string"))))
        return false;
    out = v->toString();
    return true;
}

bool ObjectReader::nonEmptyString(const QString &key, QString &out)
{
    if (!string(key, out))
        return false;
    if (out.trimmed().isEmpty()) {
        problem(key, Exchange::tr("must not be empty"));
        return false;
    }
    return true;
}

bool ObjectReader::boolean(const QString &key, bool &out)
{
    bool ok = false;
    const auto v = value(key, Need::Required, Nulls::Forbidden, ok);
    if (!v || (!v->isBool() && !typed(key, *v, QJsonValue::Bool, Exchange::tr("a boolean"))))
        return false;
    out = v->toBool();
    return true;
}

bool ObjectReader::integerValue(const QString &key, const QJsonValue &v, qint64 min, qint64 max,
                                qint64 &out)
{
    if (!v.isDouble() && !typed(key, v, QJsonValue::Double, Exchange::tr("a whole number")))
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::trunc(d)) {
        problem(key, Exchange::tr("%1 is not a whole number").arg(d));
        return false;
    }
    // Upper bounds that are only about storage are not worth a number
    // in the message.
    const bool unbounded = max >= std::numeric_limits<int>::max();
    if (unbounded && d < double(min)) {
        problem(key, Exchange::tr("%1 is less than %2").arg(d).arg(min));
        return false;
    }
    if (unbounded && d > double(max)) {
        problem(key, Exchange::tr("%1 is too large").arg(d));
        return false;
    }
    if (d < double(min) || d > double(max)) {
        problem(key, Exchange::tr("%1 is outside %2–%3").arg(d).arg(min).arg(max));
        return false;
    }
    out = static_cast<qint64>(d);
    return true;
}

bool ObjectReader::integer(const QString &key, int min, int max, int &out)
{
    bool ok = false;
    const auto v = value(key, Need::Required, Nulls::Forbidden, ok);
    qint64 n = 0;
    if (!v || !integerValue(key, *v, min, max, n))
        return false;
    out = int(n);
    return true;
}

bool ObjectReader::nonNegative(const QString &key, int &out)
{
    return integer(key, 0, std::numeric_limits<int>::max(), out);
}

bool ObjectReader::id(const QString &key, qint64 &out)
{
    bool ok = false;
    const auto v = value(key, Need::Required, Nulls::Forbidden, ok);
    return v && integerValue(key, *v, 1, kMaxJsonInteger, out);
}

bool ObjectReader::reference(const QString &key, Need need, qint64 &out)
{
    bool ok = false;
    out = 0;
    const auto v = value(key, need, need == Need::Required ? Nulls::Forbidden : Nulls::Allowed, ok);
    if (!v)
        return ok;
    return integerValue(key, *v, 1, kMaxJsonInteger, out);
}

bool ObjectReader::date(const QString &key, Nulls nulls, QDate &out)
{
    bool ok = false;
    out = QDate();
    const auto v = value(key, nulls == Nulls::Allowed ? Need::Optional : Need::Required, nulls, ok);
    if (!v)
        return ok;
    if (!v->isString() && !typed(key, *v, QJsonValue::String, Exchange::tr("a date string")))
        return false;
    const QString text = v->toString();
    // The form every export writes, without the regular expression and
    // Qt's ISO parser; whatever it does not accept goes the slow way, which
    // decides and words the problem.
    if (const auto plain = readIsoDate(text)) {
        out = *plain;
        return true;
    }
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!pattern.match(text).hasMatch() || !d.isValid()) {
        problem(key, Exchange::tr("%1 is not a date (YYYY-MM-DD)").arg(quoted(text)));
        return false;
    }
    out = d;
    return true;
}

bool ObjectReader::time(const QString &key, QTime &out)
{
    bool ok = false;
    out = QTime();
    const auto v = value(key, Need::Optional, Nulls::Allowed, ok);
    if (!v)
        return ok;
    if (!typed(key, *v, QJsonValue::String, Exchange::tr("a time string")))
        return false;
    static const QRegularExpression pattern(u"^\\d{2}:\\d{2}$"_s);
    const QString text = v->toString();
    const QTime t = QTime::fromString(text, u"HH:mm"_s);
    if (!pattern.match(text).hasMatch() || !t.isValid()) {
        problem(key, Exchange::tr("%1 is not a time (HH:MM)").arg(quoted(text)));
        return false;
    }
    out = t;
    return true;
}

bool ObjectReader::timestamp(const QString &key, QDateTime &out)
{
    bool ok = false;
    const auto v = value(key, Need::Required, Nulls::Forbidden, ok);
    if (!v || (!v->isString() && !typed(key, *v, QJsonValue::String, Exchange::tr("a timestamp string"))))
        return false;
    if (const auto plain = readIsoUtcTimestamp(v->toString())) {
        out = *plain;
        return true;
    }
    // Hours to 23: Qt reads T24:00:00 as the next day's midnight, which
    // would move the record to another date.
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\dZ$"_s);
    const QString text = v->toString();
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!pattern.match(text).hasMatch() || !t.isValid()) {
        problem(key, Exchange::tr("%1 is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)").arg(quoted(text)));
        return false;
    }
    out = t.toUTC();
    return true;
}

bool ObjectReader::moneyValue(const QString &key, const QJsonValue &v, const QString &currency,
                              qint64 &out)
{
    if (v.isDouble()) {
        problem(key, Exchange::tr("expected a decimal string such as \"1200.00\", not a number"));
        return false;
    }
    if (!v.isString() && !typed(key, v, QJsonValue::String, Exchange::tr("a decimal string")))
        return false;
    const QString text = v.toString();
    // The format is exactly [-]digits[.digits]: Money::parseDecimal also
    // takes spaces between digit groups and around the number, which a
    // person may type but a document must not contain.
    static const QRegularExpression plain(u"^-?[0-9]+(\\.[0-9]+)?$"_s);
    if (!plainDecimal(text) && !plain.match(text).hasMatch()) {
        problem(key, Exchange::tr("%1 is not a decimal amount such as \"1200.00\" (no spaces or grouping)")
                         .arg(quoted(v.toString())));
        return false;
    }
    const auto money = Money::parseDecimal(text, currency);
    if (!money) {
        problem(key, money.error());
        return false;
    }
    out = money->minor();
    return true;
}

bool ObjectReader::money(const QString &key, const QString &currency, qint64 &out)
{
    bool ok = false;
    const auto v = value(key, Need::Required, Nulls::Forbidden, ok);
    if (!v)
        return false;
    if (!Money::isCurrencyCode(currency))
        return false;
    return moneyValue(key, *v, currency, out);
}

bool ObjectReader::optionalMoney(const QString &key, const QString &currency, std::optional<qint64> &out)
{
    bool ok = false;
    out.reset();
    const auto v = value(key, Need::Optional, Nulls::Allowed, ok);
    if (!v)
        return ok;
    if (!Money::isCurrencyCode(currency))
        return false;
    qint64 minor = 0;
    if (!moneyValue(key, *v, currency, minor))
        return false;
    out = minor;
    return true;
}

bool ObjectReader::currency(const QString &key, QString &out)
{
    if (!string(key, out))
        return false;
    if (!Money::isCurrencyCode(out)) {
        problem(key, Exchange::tr("%1 is not a three-letter ISO 4217 currency code").arg(quoted(out)));
        return false;
    }
    return true;
}

bool ObjectReader::weekdays(const QString &key, Weekdays &out)
{
    bool ok = false;
    const JsonNode *v = node(key, Need::Required, Nulls::Forbidden, ok);
    if (!v || !typed(key, v->value, QJsonValue::Array, Exchange::tr("an array of day names")))
        return false;
    const std::vector<JsonNode> &days = v->elements;
    Weekdays result = 0;
    bool good = true;
    for (qsizetype i = 0; i < qsizetype(days.size()); ++i) {
        const QString itemPath = pathOf(key) + u'[' + QString::number(i) + u']';
        const QJsonValue &day = days[size_t(i)].value;
        if (!day.isString()) {
            m_problems.add(itemPath, Exchange::tr("expected %1, not %2")
                                         .arg(Exchange::tr("a string"), jsonTypeName(day)));
            good = false;
            continue;
        }
        const auto bit = weekdaysFromIds({day.toString()});
        if (!bit) {
            m_problems.add(itemPath, Exchange::tr("%1 is not one of %2")
                                         .arg(quoted(day.toString()), weekdayIds(AllWeek).join(u", "_s)));
            good = false;
        } else if (result & *bit) {
            m_problems.add(itemPath, Exchange::tr("%1 is listed twice").arg(quoted(day.toString())));
            good = false;
        } else {
            result = Weekdays(result | *bit);
        }
    }
    out = result;
    return good;
}

bool ObjectReader::stringList(const QString &key, QStringList &out)
{
    bool ok = false;
    out.clear();
    const JsonNode *v = node(key, Need::Optional, Nulls::Forbidden, ok);
    if (!v)
        return ok;
    if (!typed(key, v->value, QJsonValue::Array, Exchange::tr("an array of strings")))
        return false;
    bool good = true;
    for (qsizetype i = 0; i < qsizetype(v->elements.size()); ++i) {
        const QJsonValue &item = v->elements[size_t(i)].value;
        if (!item.isString()) {
            m_problems.add(pathOf(key) + u'[' + QString::number(i) + u']',
                           Exchange::tr("expected %1, not %2")
                               .arg(Exchange::tr("a string"), jsonTypeName(item)));
            good = false;
            continue;
        }
        out << item.toString();
    }
    return good;
}

const JsonNode *ObjectReader::array(const QString &key, Need need, bool &ok)
{
    const JsonNode *v = node(key, need, Nulls::Forbidden, ok);
    if (!v)
        return nullptr;
    if (!typed(key, v->value, QJsonValue::Array, Exchange::tr("an array"))) {
        ok = false;
        return nullptr;
    }
    return v;
}

const JsonNode *ObjectReader::object(const QString &key, Need need, bool &ok)
{
    const JsonNode *v = node(key, need, Nulls::Forbidden, ok);
    if (!v)
        return nullptr;
    if (!typed(key, v->value, QJsonValue::Object, Exchange::tr("an object"))) {
        ok = false;
        return nullptr;
    }
    return v;
}

} // namespace neuvo::exchangedoc
