#include "exchange.h"

#include "core/domain/domain.h"
#include "core/domain/money.h"
#include "core/domain/businessid.h"
#include "core/storage/stores.h"
#include "invoiceexchange.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// Integers above 2^53 do not survive a JSON number (a double) exactly.
constexpr qint64 kMaxJsonInteger = 9007199254740991LL;
// A file with hundreds of problems is better fixed from the first ones.
constexpr qsizetype kMaxReportedErrors = 25;

// ================================================================ Export

QJsonValue nullValue()
{
    return QJsonValue(QJsonValue::Null);
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : nullValue();
}

QJsonValue timeValue(const QTime &time)
{
    return time.isValid() ? QJsonValue(time.toString(u"HH:mm"_s)) : nullValue();
}

QJsonValue referenceValue(qint64 id)
{
    return id > 0 ? QJsonValue(id) : nullValue();
}

QJsonValue moneyValue(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toDecimalString();
}

QJsonArray weekdaysValue(Weekdays days)
{
    return QJsonArray::fromStringList(weekdayIds(days));
}

template<typename T>
void sortById(QList<T> &records)
{
    std::sort(records.begin(), records.end(),
              [](const T &a, const T &b) { return a.id < b.id; });
}

QJsonObject profileJson(const Profile &p)
{
    QJsonObject thresholds;
    for (auto it = p.thresholds.values().cbegin(); it != p.thresholds.values().cend(); ++it)
        thresholds.insert(it.key(), it.value());
    QJsonObject exemptionTexts;
    for (auto it = p.vatExemptionTexts.cbegin(); it != p.vatExemptionTexts.cend(); ++it)
        exemptionTexts.insert(it.key(), it.value());
    return QJsonObject{
        {u"name"_s, p.name},
        {u"legal_form"_s, p.legalForm},
        {u"registration_number"_s, p.registrationNumber},
        {u"address"_s, p.address},
        {u"email"_s, p.email},
        {u"phone"_s, p.phone},
        {u"bank_details"_s, p.bankDetails},
        {u"currency"_s, p.currency},
        {u"nda_markup_percent"_s, p.ndaMarkupPercent},
        {u"included_revisions"_s, p.includedRevisions},
        {u"guarantee_percent"_s, p.guaranteePercent},
        {u"notice_days"_s, p.noticeDays},
        {u"work_start"_s, timeValue(p.workStart)},
        {u"work_end"_s, timeValue(p.workEnd)},
        {u"work_days"_s, weekdaysValue(p.workDays)},
        {u"floor_rate"_s, moneyValue(p.floorRateMinor, p.currency)},
        {u"thresholds"_s, thresholds},
        {u"vat_status"_s, toId(p.vatStatus)},
        {u"vat_id"_s, p.vatId},
        {u"vat_rate"_s, VatRate::number(p.vatRateTenths, QLocale::c())},
        {u"prices_include_vat"_s, p.pricesIncludeVat},
        {u"vat_exemption_texts"_s, exemptionTexts},
        {u"iban"_s, p.iban},
        {u"bic"_s, p.bic},
        {u"invoice_prefix"_s, p.invoicePrefix},
        {u"invoice_numbers_yearly"_s, p.invoiceNumbersYearly},
        {u"invoice_payment_days"_s, p.invoicePaymentDays},
    };
}

QJsonObject observationJson(const Observation &o)
{
    return QJsonObject{
        {u"id"_s, o.id},
        {u"pattern"_s, toId(o.pattern)},
        {u"note"_s, o.note},
        {u"observed_on"_s, dateValue(o.observedOn)},
        {u"withdrawn_on"_s, dateValue(o.withdrawnOn)},
    };
}

QJsonObject interactionJson(const Interaction &i)
{
    return QJsonObject{
        {u"id"_s, i.id},
        {u"project"_s, referenceValue(i.projectId)},
        {u"at"_s, i.at.isValid() ? QJsonValue(i.at.toUTC().toString(Qt::ISODate)) : nullValue()},
        {u"channel"_s, toId(i.channel)},
        {u"direction"_s, toId(i.direction)},
        {u"kind"_s, toId(i.kind)},
        {u"summary"_s, i.summary},
        {u"confirmed_on"_s, dateValue(i.confirmedOn)},
    };
}

QJsonObject promiseJson(const Promise &p)
{
    return QJsonObject{
        {u"id"_s, p.id},
        {u"project"_s, referenceValue(p.projectId)},
        {u"what"_s, p.what},
        {u"due_on"_s, dateValue(p.dueOn)},
        {u"done_on"_s, dateValue(p.doneOn)},
    };
}

QJsonObject clientJson(const Client &c, QList<Observation> observations,
                       QList<Interaction> interactions, QList<Promise> promises)
{
    sortById(observations);
    sortById(interactions);
    sortById(promises);
    QJsonArray observationArray;
    for (const Observation &o : std::as_const(observations))
        observationArray.append(observationJson(o));
    QJsonArray interactionArray;
    for (const Interaction &i : std::as_const(interactions))
        interactionArray.append(interactionJson(i));
    QJsonArray promiseArray;
    for (const Promise &p : std::as_const(promises))
        promiseArray.append(promiseJson(p));
    return QJsonObject{
        {u"id"_s, c.id},
        {u"name"_s, c.name},
        {u"company"_s, c.company},
        {u"type"_s, toId(c.type)},
        {u"source"_s, toId(c.source)},
        {u"email"_s, c.email},
        {u"phone"_s, c.phone},
        {u"messenger"_s, c.messenger},
        {u"preferred_channel"_s, toId(c.preferredChannel)},
        {u"contact_from"_s, timeValue(c.contactFrom)},
        {u"contact_to"_s, timeValue(c.contactTo)},
        {u"contact_days"_s, weekdaysValue(c.contactDays)},
        {u"time_zone"_s, c.timeZone},
        {u"notes"_s, c.notes},
        {u"status"_s, toId(c.status)},
        {u"billing_address"_s, c.billingAddress},
        {u"business_id"_s, c.businessId},
        {u"vat_id"_s, c.vatId},
        {u"observations"_s, observationArray},
        {u"interactions"_s, interactionArray},
        {u"promises"_s, promiseArray},
    };
}

QJsonObject projectJson(Project p)
{
    const QString &cur = p.currency;
    QJsonValue discountValue = nullValue();
    if (p.discountKind == DiscountKind::Amount)
        discountValue = moneyValue(p.discountValue, cur);
    else if (p.discountKind == DiscountKind::Percent)
        discountValue = p.discountValue;

    // Stages keep their order (the array order is the stage order); the
    // other children are listed by id so an export is reproducible.
    QJsonArray stages;
    for (const PaymentStage &s : std::as_const(p.stages)) {
        stages.append(QJsonObject{
            {u"id"_s, s.id},
            {u"title"_s, s.title},
            {u"amount"_s, moneyValue(s.amountMinor, cur)},
            {u"due_on"_s, dateValue(s.dueOn)},
            {u"work_started_on"_s, dateValue(s.workStartedOn)},
            {u"paid_on"_s, dateValue(s.paidOn)},
            {u"paid"_s, moneyValue(s.paidMinor, cur)},
        });
    }
    sortById(p.revisions);
    QJsonArray revisions;
    for (const Revision &r : std::as_const(p.revisions)) {
        revisions.append(QJsonObject{
            {u"id"_s, r.id},
            {u"requested_on"_s, dateValue(r.requestedOn)},
            {u"description"_s, r.description},
            {u"kind"_s, toId(r.kind)},
            {u"charge"_s, moneyValue(r.chargeMinor, cur)},
        });
    }
    sortById(p.priceChanges);
    QJsonArray changes;
    for (const PriceChange &c : std::as_const(p.priceChanges)) {
        changes.append(QJsonObject{
            {u"id"_s, c.id},
            {u"effective_on"_s, dateValue(c.effectiveOn)},
            {u"new_price"_s, moneyValue(c.newPriceMinor, cur)},
            {u"announced_on"_s, dateValue(c.announcedOn)},
            {u"note"_s, c.note},
        });
    }
    return QJsonObject{
        {u"id"_s, p.id},
        {u"client"_s, p.clientId},
        {u"title"_s, p.title},
        {u"scope"_s, p.scope},
        {u"included_items"_s, QJsonArray::fromStringList(p.includedItems)},
        {u"status"_s, toId(p.status)},
        {u"currency"_s, cur},
        {u"base_price"_s, moneyValue(p.basePriceMinor, cur)},
        {u"first_offer"_s, p.firstOfferMinor ? moneyValue(*p.firstOfferMinor, cur) : nullValue()},
        {u"nda"_s, p.nda},
        {u"nda_markup_percent"_s, p.ndaMarkupPercent},
        {u"discount"_s, QJsonObject{
             {u"kind"_s, toId(p.discountKind)},
             {u"value"_s, discountValue},
             {u"reason"_s, p.discountReason},
             {u"concession"_s, p.discountConcession},
             {u"for_future_orders"_s, p.discountForFutureOrders},
         }},
        {u"estimated_hours"_s, p.estimatedHours},
        {u"deadline"_s, dateValue(p.deadline)},
        {u"internal_margin_days"_s, p.internalMarginDays},
        {u"guarantee_percent"_s, p.guaranteePercent},
        {u"revisions_included"_s, p.revisionsIncluded},
        {u"contract_number"_s, p.contractNumber},
        {u"contract_date"_s, dateValue(p.contractDate)},
        {u"contract_term_months"_s, p.contractTermMonths},
        {u"delivered_on"_s, dateValue(p.deliveredOn)},
        {u"vat_rate"_s, p.vatRateTenths ? QJsonValue(VatRate::number(*p.vatRateTenths, QLocale::c())) : nullValue()},
        {u"reverse_charge"_s, p.reverseCharge},
        {u"stages"_s, stages},
        {u"revisions"_s, revisions},
        {u"price_changes"_s, changes},
    };
}

// ================================================================ Import

QString quoted(const QString &s)
{
    return u"\""_s + s + u"\""_s;
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

// Collects every problem of a document as "<json path>: <problem>".
class Problems
{
public:
    void add(const QString &path, const QString &problem)
    {
        m_lines << (path.isEmpty() ? problem : path + u": "_s + problem);
    }
    bool isEmpty() const { return m_lines.isEmpty(); }

    QString message() const
    {
        if (m_lines.size() <= kMaxReportedErrors)
            return m_lines.join(u'\n');
        const qsizetype rest = m_lines.size() - kMaxReportedErrors;
        return m_lines.mid(0, kMaxReportedErrors).join(u'\n') + u'\n'
            + Exchange::tr("… and %n more problem(s).", nullptr, int(rest));
    }

private:
    QStringList m_lines;
};

enum class Need { Required, Optional };
enum class Nulls { Forbidden, Allowed };

// Reads the keys of one JSON object, reporting every problem with its path.
// Each reader returns false after reporting; keys never asked for are
// reported by finish() as unknown.
class ObjectReader
{
public:
    ObjectReader(Problems &problems, QString path, QJsonObject object)
        : m_problems(problems)
        , m_path(std::move(path))
        , m_object(std::move(object))
    {
    }

    const QString &path() const { return m_path; }
    QString pathOf(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + u'.' + key;
    }
    void problem(const QString &key, const QString &text) { m_problems.add(pathOf(key), text); }

    void finish()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_known.contains(it.key()))
                m_problems.add(pathOf(it.key()), Exchange::tr("unknown key"));
        }
    }

    // The raw value, or nullopt when the key is absent or null; ok is false
    // only when that absence or null was not allowed (and was reported).
    std::optional<QJsonValue> value(const QString &key, Need need, Nulls nulls, bool &ok)
    {
        m_known.insert(key);
        ok = true;
        const auto it = m_object.constFind(key);
        if (it == m_object.constEnd()) {
            if (need == Need::Required) {
                problem(key, Exchange::tr("missing"));
                ok = false;
            }
            return std::nullopt;
        }
        const QJsonValue v = it.value();
        if (v.isNull()) {
            if (nulls == Nulls::Forbidden) {
                problem(key, Exchange::tr("must not be null"));
                ok = false;
            }
            return std::nullopt;
        }
        return v;
    }

    bool typed(const QString &key, const QJsonValue &v, QJsonValue::Type type, const QString &expected)
    {
        if (v.type() == type)
            return true;
        problem(key, Exchange::tr("expected %1, not %2").arg(expected, jsonTypeName(v)));
        return false;
    }

    bool string(const QString &key, QString &out)
    {
        bool ok = false;
        const auto v = value(key, Need::Required, Nulls::Forbidden, ok);
        if (!v || !typed(key, *v, QJsonValue::String, Exchange::tr("a string")))
            return false;
        out = v->toString();
        return true;
    }

    bool nonEmptyString(const QString &key, QString &out)
    {
        if (!string(key, out))
            return false;
        if (out.trimmed().isEmpty()) {
            problem(key, Exchange::tr("must not be empty"));
            return false;
        }
        return true;
    }

    bool boolean(const QString &key, bool &out)
    {
        bool ok = false;
        const auto v = value(key, Need::Required, Nulls::Forbidden, ok);
        if (!v || !typed(key, *v, QJsonValue::Bool, Exchange::tr("a boolean")))
            return false;
        out = v->toBool();
        return true;
    }

    bool integerValue(const QString &key, const QJsonValue &v, qint64 min, qint64 max, qint64 &out)
    {
        if (!typed(key, v, QJsonValue::Double, Exchange::tr("a whole number")))
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

    bool integer(const QString &key, int min, int max, int &out)
    {
        bool ok = false;
        const auto v = value(key, Need::Required, Nulls::Forbidden, ok);
        qint64 n = 0;
        if (!v || !integerValue(key, *v, min, max, n))
            return false;
        out = int(n);
        return true;
    }

    bool nonNegative(const QString &key, int &out)
    {
        return integer(key, 0, std::numeric_limits<int>::max(), out);
    }

    // A record id: a positive integer.
    bool id(const QString &key, qint64 &out)
    {
        bool ok = false;
        const auto v = value(key, Need::Required, Nulls::Forbidden, ok);
        return v && integerValue(key, *v, 1, kMaxJsonInteger, out);
    }

    // A reference to another record, null (or absent) for none: out = 0.
    bool reference(const QString &key, Need need, qint64 &out)
    {
        bool ok = false;
        out = 0;
        const auto v = value(key, need, need == Need::Required ? Nulls::Forbidden : Nulls::Allowed, ok);
        if (!v)
            return ok;
        return integerValue(key, *v, 1, kMaxJsonInteger, out);
    }

    bool date(const QString &key, Nulls nulls, QDate &out)
    {
        bool ok = false;
        out = QDate();
        const auto v = value(key, nulls == Nulls::Allowed ? Need::Optional : Need::Required, nulls, ok);
        if (!v)
            return ok;
        if (!typed(key, *v, QJsonValue::String, Exchange::tr("a date string")))
            return false;
        static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        const QString text = v->toString();
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!pattern.match(text).hasMatch() || !d.isValid()) {
            problem(key, Exchange::tr("%1 is not a date (YYYY-MM-DD)").arg(quoted(text)));
            return false;
        }
        out = d;
        return true;
    }

    // "HH:mm"; null (or absent) for no time.
    bool time(const QString &key, QTime &out)
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

    // Only the exact form the database stores, so nothing is silently
    // shifted or truncated: "2026-03-01T20:00:00Z".
    bool timestamp(const QString &key, QDateTime &out)
    {
        bool ok = false;
        const auto v = value(key, Need::Required, Nulls::Forbidden, ok);
        if (!v || !typed(key, *v, QJsonValue::String, Exchange::tr("a timestamp string")))
            return false;
        static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s);
        const QString text = v->toString();
        const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (!pattern.match(text).hasMatch() || !t.isValid()) {
            problem(key, Exchange::tr("%1 is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)").arg(quoted(text)));
            return false;
        }
        out = t.toUTC();
        return true;
    }

    bool moneyValue(const QString &key, const QJsonValue &v, const QString &currency, qint64 &out)
    {
        if (v.isDouble()) {
            problem(key, Exchange::tr("expected a decimal string such as \"1200.00\", not a number"));
            return false;
        }
        if (!typed(key, v, QJsonValue::String, Exchange::tr("a decimal string")))
            return false;
        const auto money = Money::parseDecimal(v.toString(), currency);
        if (!money) {
            problem(key, money.error());
            return false;
        }
        out = money->minor();
        return true;
    }

    // A non-negative amount in `currency`. Without a valid currency the
    // amount cannot be read; the currency's own problem is reported instead.
    bool money(const QString &key, const QString &currency, qint64 &out)
    {
        bool ok = false;
        const auto v = value(key, Need::Required, Nulls::Forbidden, ok);
        if (!v)
            return false;
        if (!Money::isCurrencyCode(currency))
            return false;
        return moneyValue(key, *v, currency, out);
    }

    bool optionalMoney(const QString &key, const QString &currency, std::optional<qint64> &out)
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

    bool currency(const QString &key, QString &out)
    {
        if (!string(key, out))
            return false;
        if (!Money::isCurrencyCode(out)) {
            problem(key, Exchange::tr("%1 is not a three-letter ISO 4217 currency code").arg(quoted(out)));
            return false;
        }
        return true;
    }

    template<typename E>
    bool enumeration(const QString &key, E &out)
    {
        QString text;
        if (!string(key, text))
            return false;
        const auto e = fromId<E>(text);
        if (!e) {
            problem(key, Exchange::tr("%1 is not one of %2").arg(quoted(text), allIds<E>().join(u", "_s)));
            return false;
        }
        out = *e;
        return true;
    }

    bool weekdays(const QString &key, Weekdays &out)
    {
        bool ok = false;
        const auto v = value(key, Need::Required, Nulls::Forbidden, ok);
        if (!v || !typed(key, *v, QJsonValue::Array, Exchange::tr("an array of day names")))
            return false;
        const QJsonArray days = v->toArray();
        Weekdays result = 0;
        bool good = true;
        for (qsizetype i = 0; i < days.size(); ++i) {
            const QString itemPath = pathOf(key) + u'[' + QString::number(i) + u']';
            const QJsonValue day = days.at(i);
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

    bool stringList(const QString &key, QStringList &out)
    {
        bool ok = false;
        out.clear();
        const auto v = value(key, Need::Optional, Nulls::Forbidden, ok);
        if (!v)
            return ok;
        if (!typed(key, *v, QJsonValue::Array, Exchange::tr("an array of strings")))
            return false;
        const QJsonArray items = v->toArray();
        bool good = true;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString()) {
                m_problems.add(pathOf(key) + u'[' + QString::number(i) + u']',
                               Exchange::tr("expected %1, not %2")
                                   .arg(Exchange::tr("a string"), jsonTypeName(items.at(i))));
                good = false;
                continue;
            }
            out << items.at(i).toString();
        }
        return good;
    }

    // A list of child records; absent means none.
    std::optional<QJsonArray> array(const QString &key, Need need, bool &ok)
    {
        const auto v = value(key, need, Nulls::Forbidden, ok);
        if (!v)
            return std::nullopt;
        if (!typed(key, *v, QJsonValue::Array, Exchange::tr("an array"))) {
            ok = false;
            return std::nullopt;
        }
        return v->toArray();
    }

    std::optional<QJsonObject> object(const QString &key, Need need, bool &ok)
    {
        const auto v = value(key, need, Nulls::Forbidden, ok);
        if (!v)
            return std::nullopt;
        if (!typed(key, *v, QJsonValue::Object, Exchange::tr("an object"))) {
            ok = false;
            return std::nullopt;
        }
        return v->toObject();
    }

private:
    Problems &m_problems;
    QString m_path;
    QJsonObject m_object;
    QSet<QString> m_known;
};

// Ids must be unique per kind of record across the whole file, so that they
// can be kept as they are when importing into an empty database.
class IdRegistry
{
public:
    explicit IdRegistry(Problems &problems) : m_problems(problems) {}

    bool claim(qint64 id, const QString &idPath)
    {
        const auto it = m_seen.constFind(id);
        if (it != m_seen.cend()) {
            m_problems.add(idPath, Exchange::tr("id %1 is used twice (also at %2)").arg(id).arg(it.value()));
            return false;
        }
        m_seen.insert(id, idPath.chopped(3)); // the record's path, without ".id"
        return true;
    }
    bool contains(qint64 id) const { return m_seen.contains(id); }

private:
    Problems &m_problems;
    QHash<qint64, QString> m_seen;
};

struct ClientRecord
{
    Client client;
    QList<Observation> observations;
    QList<Interaction> interactions;
    QList<Promise> promises;
};

// A reference from an interaction or promise to a project, checked once all
// projects are read.
struct ProjectReference
{
    QString path;
    qint64 projectId = 0;
};

struct Document
{
    std::optional<Profile> profile;
    QList<ClientRecord> clients;
    QList<Project> projects;
    QList<InvoiceExchange::FileInvoice> invoices;
};

QString element(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// Calls read(reader) for every element of an array of objects; false when
// an element was not an object.
template<typename Fn>
bool forEachObject(Problems &problems, const QString &path, const QJsonArray &array, Fn read)
{
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = element(path, i);
        if (!array.at(i).isObject()) {
            problems.add(itemPath, Exchange::tr("expected %1, not %2")
                                       .arg(Exchange::tr("an object"), jsonTypeName(array.at(i))));
            ok = false;
            continue;
        }
        ObjectReader reader(problems, itemPath, array.at(i).toObject());
        read(reader);
        reader.finish();
    }
    return ok;
}

class DocumentReader
{
public:
    explicit DocumentReader(Problems &problems)
        : m_problems(problems)
        , m_clientIds(problems)
        , m_projectIds(problems)
        , m_observationIds(problems)
        , m_interactionIds(problems)
        , m_promiseIds(problems)
        , m_stageIds(problems)
        , m_revisionIds(problems)
        , m_priceChangeIds(problems)
    {
    }

    Document read(const QJsonObject &root)
    {
        ObjectReader top(m_problems, QString(), root);
        // Anything but our format (another version, some other JSON) would
        // only produce a flood of unrelated problems: stop at the first one.
        QString format;
        if (!top.string(u"format"_s, format))
            return {};
        if (format == QLatin1StringView(Exchange::PreviousFormatId)) {
            m_version = 1;
        } else if (format != QLatin1StringView(Exchange::FormatId)) {
            top.problem(u"format"_s, Exchange::tr("%1 is not a supported format (expected %2)")
                                         .arg(quoted(format), quoted(QString::fromLatin1(Exchange::FormatId))));
            return {};
        }
        bool ok = true;
        if (const auto profile = top.object(u"profile"_s, Need::Optional, ok)) {
            ObjectReader reader(m_problems, u"profile"_s, *profile);
            m_document.profile = readProfile(reader);
            reader.finish();
        }
        if (const auto clients = top.array(u"clients"_s, Need::Optional, m_clientsReadable)) {
            forEachObject(m_problems, u"clients"_s, *clients,
                          [&](ObjectReader &r) { readClient(r); });
        }
        if (const auto projects = top.array(u"projects"_s, Need::Optional, ok)) {
            forEachObject(m_problems, u"projects"_s, *projects,
                          [&](ObjectReader &r) { readProject(r); });
        }
        // Issued invoices came with neuvo/2.
        if (const auto invoices = top.array(u"invoices"_s, Need::Optional, ok); invoices && m_version >= 2) {
            // Every record the file names, also those with problems of their
            // own: an invoice is not reported for the client's problem.
            QStringList problems;
            m_document.invoices = InvoiceExchange::read(*invoices, m_fileRecords, problems);
            for (const QString &problem : std::as_const(problems))
                m_problems.add(QString(), problem);
        } else if (invoices) {
            top.problem(u"invoices"_s, Exchange::tr("invoices are part of neuvo/2, not neuvo/1"));
        }
        top.finish();
        checkReferences();
        return m_document;
    }

private:
    // Keys that came with neuvo/2 are required there; a neuvo/1 file has
    // none of them and gets the defaults.
    bool hasNewKey(ObjectReader &r, const QString &key)
    {
        if (m_version >= 2)
            return true;
        bool ok = true;
        return r.value(key, Need::Optional, Nulls::Allowed, ok).has_value();
    }

    bool readVatRate(ObjectReader &r, const QString &key, std::optional<int> &out, Nulls nulls)
    {
        bool ok = true;
        out.reset();
        const auto v = r.value(key, Need::Required, nulls, ok);
        if (!v)
            return ok;
        if (!r.typed(key, *v, QJsonValue::String, Exchange::tr("a VAT rate string such as \"25.5\"")))
            return false;
        const auto rate = VatRate::parse(v->toString());
        if (!rate) {
            r.problem(key, rate.error());
            return false;
        }
        out = *rate;
        return true;
    }

    bool readProfileTaxes(ObjectReader &r, Profile &p)
    {
        bool ok = true;
        if (hasNewKey(r, u"vat_status"_s))
            ok &= r.enumeration(u"vat_status"_s, p.vatStatus);
        if (hasNewKey(r, u"vat_id"_s))
            ok &= r.string(u"vat_id"_s, p.vatId);
        if (hasNewKey(r, u"vat_rate"_s)) {
            std::optional<int> rate;
            ok &= readVatRate(r, u"vat_rate"_s, rate, Nulls::Forbidden);
            p.vatRateTenths = rate.value_or(p.vatRateTenths);
        }
        if (hasNewKey(r, u"prices_include_vat"_s))
            ok &= r.boolean(u"prices_include_vat"_s, p.pricesIncludeVat);
        if (hasNewKey(r, u"vat_exemption_texts"_s)) {
            bool present = true;
            if (const auto texts = r.object(u"vat_exemption_texts"_s, Need::Required, present)) {
                for (auto it = texts->constBegin(); it != texts->constEnd(); ++it) {
                    if (!it->isString()) {
                        m_problems.add(r.pathOf(u"vat_exemption_texts"_s) + u'.' + it.key(),
                                       Exchange::tr("expected %1, not %2").arg(Exchange::tr("a string"), jsonTypeName(*it)));
                        ok = false;
                    } else {
                        p.vatExemptionTexts.insert(it.key(), it->toString());
                    }
                }
            }
            ok &= present;
        }
        if (hasNewKey(r, u"iban"_s))
            ok &= r.string(u"iban"_s, p.iban);
        if (hasNewKey(r, u"bic"_s))
            ok &= r.string(u"bic"_s, p.bic);
        if (hasNewKey(r, u"invoice_prefix"_s))
            ok &= r.string(u"invoice_prefix"_s, p.invoicePrefix);
        if (hasNewKey(r, u"invoice_numbers_yearly"_s))
            ok &= r.boolean(u"invoice_numbers_yearly"_s, p.invoiceNumbersYearly);
        if (hasNewKey(r, u"invoice_payment_days"_s))
            ok &= r.integer(u"invoice_payment_days"_s, 0, 365, p.invoicePaymentDays);
        if (ok) {
            if (auto valid = ProfileStore::validate(p); !valid) {
                m_problems.add(r.path(), valid.error());
                ok = false;
            }
        }
        return ok;
    }

    std::optional<Profile> readProfile(ObjectReader &r)
    {
        Profile p;
        bool ok = true;
        ok &= r.string(u"name"_s, p.name);
        ok &= r.string(u"legal_form"_s, p.legalForm);
        ok &= r.string(u"registration_number"_s, p.registrationNumber);
        ok &= r.string(u"address"_s, p.address);
        ok &= r.string(u"email"_s, p.email);
        ok &= r.string(u"phone"_s, p.phone);
        ok &= r.string(u"bank_details"_s, p.bankDetails);
        ok &= r.currency(u"currency"_s, p.currency);
        ok &= r.integer(u"nda_markup_percent"_s, 0, 1000, p.ndaMarkupPercent);
        ok &= r.nonNegative(u"included_revisions"_s, p.includedRevisions);
        ok &= r.integer(u"guarantee_percent"_s, 0, 100, p.guaranteePercent);
        ok &= r.nonNegative(u"notice_days"_s, p.noticeDays);
        ok &= r.time(u"work_start"_s, p.workStart);
        ok &= r.time(u"work_end"_s, p.workEnd);
        ok &= r.weekdays(u"work_days"_s, p.workDays);
        ok &= r.money(u"floor_rate"_s, p.currency, p.floorRateMinor);
        // Thresholds may be left out one by one: a file from a version that
        // knew fewer of them still imports, the rest keep their defaults.
        bool present = true;
        if (const auto thresholds = r.object(u"thresholds"_s, Need::Optional, present)) {
            ObjectReader t(m_problems, r.pathOf(u"thresholds"_s), *thresholds);
            for (const ThresholdInfo &info : RuleThresholds::all()) {
                const QString key = QString::fromLatin1(info.key);
                bool valuePresent = true;
                const auto v = t.value(key, Need::Optional, Nulls::Forbidden, valuePresent);
                qint64 n = 0;
                if (!valuePresent || (v && !t.integerValue(key, *v, 0, std::numeric_limits<int>::max(), n)))
                    ok = false;
                else if (v)
                    p.thresholds.setValue(key, int(n));
            }
            t.finish();
        }
        ok &= present;
        ok &= readProfileTaxes(r, p);
        if (!ok)
            return std::nullopt;
        return p;
    }

    void readClient(ObjectReader &r)
    {
        ClientRecord record;
        Client &c = record.client;
        bool ok = true;
        if (r.id(u"id"_s, c.id)) {
            ok &= m_clientIds.claim(c.id, r.pathOf(u"id"_s));
            m_fileRecords.clientIds.insert(c.id);
        } else {
            ok = false;
        }
        ok &= r.nonEmptyString(u"name"_s, c.name);
        ok &= r.string(u"company"_s, c.company);
        ok &= r.enumeration(u"type"_s, c.type);
        ok &= r.enumeration(u"source"_s, c.source);
        ok &= r.string(u"email"_s, c.email);
        ok &= r.string(u"phone"_s, c.phone);
        ok &= r.string(u"messenger"_s, c.messenger);
        ok &= r.enumeration(u"preferred_channel"_s, c.preferredChannel);
        ok &= r.time(u"contact_from"_s, c.contactFrom);
        ok &= r.time(u"contact_to"_s, c.contactTo);
        ok &= r.weekdays(u"contact_days"_s, c.contactDays);
        if (r.nonEmptyString(u"time_zone"_s, c.timeZone)) {
            if (!QTimeZone(c.timeZone.toUtf8()).isValid()) {
                r.problem(u"time_zone"_s, Exchange::tr("%1 is not a known time zone").arg(quoted(c.timeZone)));
                ok = false;
            }
        } else {
            ok = false;
        }
        ok &= r.string(u"notes"_s, c.notes);
        ok &= r.enumeration(u"status"_s, c.status);
        if (hasNewKey(r, u"billing_address"_s))
            ok &= r.string(u"billing_address"_s, c.billingAddress);
        if (hasNewKey(r, u"business_id"_s)) {
            if (r.string(u"business_id"_s, c.businessId)) {
                if (auto valid = BusinessId::check(c.businessId); !valid) {
                    r.problem(u"business_id"_s, valid.error());
                    ok = false;
                }
            } else {
                ok = false;
            }
        }
        if (hasNewKey(r, u"vat_id"_s)) {
            if (r.string(u"vat_id"_s, c.vatId)) {
                if (auto valid = BusinessId::checkVatId(c.vatId); !valid) {
                    r.problem(u"vat_id"_s, valid.error());
                    ok = false;
                }
            } else {
                ok = false;
            }
        }

        bool present = true;
        if (const auto list = r.array(u"observations"_s, Need::Optional, present)) {
            forEachObject(m_problems, r.pathOf(u"observations"_s), *list, [&](ObjectReader &o) {
                Observation obs;
                obs.clientId = c.id;
                if (readObservation(o, obs))
                    record.observations << obs;
            });
        }
        if (const auto list = r.array(u"interactions"_s, Need::Optional, present)) {
            forEachObject(m_problems, r.pathOf(u"interactions"_s), *list, [&](ObjectReader &o) {
                Interaction i;
                i.clientId = c.id;
                if (readInteraction(o, i))
                    record.interactions << i;
            });
        }
        if (const auto list = r.array(u"promises"_s, Need::Optional, present)) {
            forEachObject(m_problems, r.pathOf(u"promises"_s), *list, [&](ObjectReader &o) {
                Promise p;
                p.clientId = c.id;
                if (readPromise(o, p))
                    record.promises << p;
            });
        }
        if (ok && present)
            m_document.clients << record;
    }

    bool readObservation(ObjectReader &r, Observation &o)
    {
        bool ok = claimId(r, m_observationIds, o.id);
        ok &= r.enumeration(u"pattern"_s, o.pattern);
        ok &= r.string(u"note"_s, o.note);
        ok &= r.date(u"observed_on"_s, Nulls::Forbidden, o.observedOn);
        ok &= r.date(u"withdrawn_on"_s, Nulls::Allowed, o.withdrawnOn);
        return ok;
    }

    bool readInteraction(ObjectReader &r, Interaction &i)
    {
        bool ok = claimId(r, m_interactionIds, i.id);
        if (r.reference(u"project"_s, Need::Optional, i.projectId)) {
            if (i.projectId > 0)
                m_references << ProjectReference{r.pathOf(u"project"_s), i.projectId};
        } else {
            ok = false;
        }
        ok &= r.timestamp(u"at"_s, i.at);
        ok &= r.enumeration(u"channel"_s, i.channel);
        ok &= r.enumeration(u"direction"_s, i.direction);
        ok &= r.enumeration(u"kind"_s, i.kind);
        ok &= r.string(u"summary"_s, i.summary);
        ok &= r.date(u"confirmed_on"_s, Nulls::Allowed, i.confirmedOn);
        return ok;
    }

    bool readPromise(ObjectReader &r, Promise &p)
    {
        bool ok = claimId(r, m_promiseIds, p.id);
        if (r.reference(u"project"_s, Need::Optional, p.projectId)) {
            if (p.projectId > 0)
                m_references << ProjectReference{r.pathOf(u"project"_s), p.projectId};
        } else {
            ok = false;
        }
        ok &= r.nonEmptyString(u"what"_s, p.what);
        ok &= r.date(u"due_on"_s, Nulls::Forbidden, p.dueOn);
        ok &= r.date(u"done_on"_s, Nulls::Allowed, p.doneOn);
        return ok;
    }

    void readProject(ObjectReader &r)
    {
        Project p;
        bool ok = true;
        if (r.id(u"id"_s, p.id))
            ok &= m_projectIds.claim(p.id, r.pathOf(u"id"_s));
        else
            ok = false;
        QSet<qint64> &fileStageIds = m_fileRecords.stageIdsOfProject[p.id];
        if (r.reference(u"client"_s, Need::Required, p.clientId)) {
            // Without a readable client list every reference would be
            // reported; the list's own problem is enough.
            if (!m_clientIds.contains(p.clientId) && m_clientsReadable) {
                r.problem(u"client"_s, Exchange::tr("no client with id %1 in this file").arg(p.clientId));
                ok = false;
            } else if (!m_clientIds.contains(p.clientId)) {
                ok = false;
            }
        } else {
            ok = false;
        }
        ok &= r.nonEmptyString(u"title"_s, p.title);
        ok &= r.string(u"scope"_s, p.scope);
        ok &= r.stringList(u"included_items"_s, p.includedItems);
        ok &= r.enumeration(u"status"_s, p.status);
        // Every amount below is in this currency, so it is read first.
        ok &= r.currency(u"currency"_s, p.currency);
        const QString &cur = p.currency;
        ok &= r.money(u"base_price"_s, cur, p.basePriceMinor);
        ok &= r.optionalMoney(u"first_offer"_s, cur, p.firstOfferMinor);
        ok &= r.boolean(u"nda"_s, p.nda);
        ok &= r.integer(u"nda_markup_percent"_s, 0, 1000, p.ndaMarkupPercent);
        bool present = true;
        if (const auto discount = r.object(u"discount"_s, Need::Required, present)) {
            ObjectReader d(m_problems, r.pathOf(u"discount"_s), *discount);
            ok &= readDiscount(d, p);
            d.finish();
        }
        ok &= present;
        ok &= r.nonNegative(u"estimated_hours"_s, p.estimatedHours);
        ok &= r.date(u"deadline"_s, Nulls::Allowed, p.deadline);
        ok &= r.nonNegative(u"internal_margin_days"_s, p.internalMarginDays);
        ok &= r.integer(u"guarantee_percent"_s, 0, 100, p.guaranteePercent);
        ok &= r.nonNegative(u"revisions_included"_s, p.revisionsIncluded);
        ok &= r.string(u"contract_number"_s, p.contractNumber);
        ok &= r.date(u"contract_date"_s, Nulls::Allowed, p.contractDate);
        ok &= r.nonNegative(u"contract_term_months"_s, p.contractTermMonths);
        ok &= r.date(u"delivered_on"_s, Nulls::Allowed, p.deliveredOn);
        if (hasNewKey(r, u"vat_rate"_s))
            ok &= readVatRate(r, u"vat_rate"_s, p.vatRateTenths, Nulls::Allowed);
        if (hasNewKey(r, u"reverse_charge"_s))
            ok &= r.boolean(u"reverse_charge"_s, p.reverseCharge);

        if (const auto list = r.array(u"stages"_s, Need::Optional, present)) {
            ok &= forEachObject(m_problems, r.pathOf(u"stages"_s), *list, [&](ObjectReader &s) {
                PaymentStage stage;
                bool good = claimId(s, m_stageIds, stage.id);
                fileStageIds.insert(stage.id);
                good &= s.string(u"title"_s, stage.title);
                good &= s.money(u"amount"_s, cur, stage.amountMinor);
                good &= s.date(u"due_on"_s, Nulls::Allowed, stage.dueOn);
                good &= s.date(u"work_started_on"_s, Nulls::Allowed, stage.workStartedOn);
                good &= s.date(u"paid_on"_s, Nulls::Allowed, stage.paidOn);
                good &= s.money(u"paid"_s, cur, stage.paidMinor);
                stage.position = int(p.stages.size()) + 1;
                p.stages << stage;
                ok &= good;
            });
        }
        ok &= present;
        if (const auto list = r.array(u"revisions"_s, Need::Optional, present)) {
            ok &= forEachObject(m_problems, r.pathOf(u"revisions"_s), *list, [&](ObjectReader &s) {
                Revision rev;
                bool good = claimId(s, m_revisionIds, rev.id);
                good &= s.date(u"requested_on"_s, Nulls::Forbidden, rev.requestedOn);
                good &= s.string(u"description"_s, rev.description);
                good &= s.enumeration(u"kind"_s, rev.kind);
                good &= s.money(u"charge"_s, cur, rev.chargeMinor);
                p.revisions << rev;
                ok &= good;
            });
        }
        ok &= present;
        if (const auto list = r.array(u"price_changes"_s, Need::Optional, present)) {
            ok &= forEachObject(m_problems, r.pathOf(u"price_changes"_s), *list, [&](ObjectReader &s) {
                PriceChange change;
                bool good = claimId(s, m_priceChangeIds, change.id);
                good &= s.date(u"effective_on"_s, Nulls::Forbidden, change.effectiveOn);
                good &= s.money(u"new_price"_s, cur, change.newPriceMinor);
                good &= s.date(u"announced_on"_s, Nulls::Allowed, change.announcedOn);
                good &= s.string(u"note"_s, change.note);
                p.priceChanges << change;
                ok &= good;
            });
        }
        ok &= present;

        // The store's own rules (price, stage sum) only make sense once
        // every field could be read.
        if (ok) {
            if (auto valid = ProjectStore::validate(p); !valid) {
                m_problems.add(r.path(), valid.error());
                ok = false;
            }
        }
        if (ok)
            m_document.projects << p;
    }

    bool readDiscount(ObjectReader &d, Project &p)
    {
        bool ok = d.enumeration(u"kind"_s, p.discountKind);
        bool present = true;
        const auto value = d.value(u"value"_s, Need::Optional, Nulls::Allowed, present);
        ok &= present;
        p.discountValue = 0;
        if (ok) {
            switch (p.discountKind) {
            case DiscountKind::None:
                if (value) {
                    d.problem(u"value"_s, Exchange::tr("must be null when the kind is \"none\""));
                    ok = false;
                }
                break;
            case DiscountKind::Amount:
                if (!value) {
                    d.problem(u"value"_s, Exchange::tr("missing: an amount discount needs a decimal amount"));
                    ok = false;
                } else if (Money::isCurrencyCode(p.currency)) {
                    ok &= d.moneyValue(u"value"_s, *value, p.currency, p.discountValue);
                } else {
                    ok = false;
                }
                break;
            case DiscountKind::Percent:
                if (!value) {
                    d.problem(u"value"_s, Exchange::tr("missing: a percent discount needs a whole percent"));
                    ok = false;
                } else {
                    ok &= d.integerValue(u"value"_s, *value, 0, 100, p.discountValue);
                }
                break;
            }
        }
        ok &= d.string(u"reason"_s, p.discountReason);
        ok &= d.string(u"concession"_s, p.discountConcession);
        ok &= d.boolean(u"for_future_orders"_s, p.discountForFutureOrders);
        return ok;
    }

    bool claimId(ObjectReader &r, IdRegistry &registry, qint64 &id)
    {
        return r.id(u"id"_s, id) && registry.claim(id, r.pathOf(u"id"_s));
    }

    // The project may belong to another client: the database allows it (a
    // project can move to another client), and every export must import.
    void checkReferences()
    {
        for (const ProjectReference &ref : std::as_const(m_references)) {
            if (!m_projectIds.contains(ref.projectId))
                m_problems.add(ref.path, Exchange::tr("no project with id %1 in this file").arg(ref.projectId));
        }
    }

    Problems &m_problems;
    Document m_document;
    IdRegistry m_clientIds;
    IdRegistry m_projectIds;
    IdRegistry m_observationIds;
    IdRegistry m_interactionIds;
    IdRegistry m_promiseIds;
    IdRegistry m_stageIds;
    IdRegistry m_revisionIds;
    IdRegistry m_priceChangeIds;
    QList<ProjectReference> m_references;
    bool m_clientsReadable = true;
    int m_version = 2;
    InvoiceExchange::FileRecords m_fileRecords;
};

// Empty = nothing the file's ids could collide with.
Result<bool> isEmpty(Database &db)
{
    auto clients = ClientStore(db).count();
    if (!clients)
        return Error{clients.error()};
    if (*clients > 0)
        return false;
    auto projects = ProjectStore(db).list();
    if (!projects)
        return Error{projects.error()};
    return projects->isEmpty();
}

Result<void> write(Database &db, Document &doc, bool keepIds, Exchange::ImportSummary &summary)
{
    // A store error here means validation missed something: name the record.
    const auto at = [](const QString &path, const QString &message) {
        return fail(path + u": "_s + message);
    };
    summary = {};
    if (keepIds && doc.profile) {
        if (auto r = ProfileStore(db).save(*doc.profile); !r)
            return at(u"profile"_s, r.error());
        summary.profileApplied = true;
    }

    QHash<qint64, qint64> clientIds;
    ClientStore clients(db);
    for (qsizetype i = 0; i < doc.clients.size(); ++i) {
        Client &c = doc.clients[i].client;
        const qint64 fileId = c.id;
        if (!keepIds)
            c.id = 0;
        if (auto r = clients.create(c); !r)
            return at(element(u"clients"_s, i), r.error());
        clientIds.insert(fileId, c.id);
        ++summary.clients;
    }

    QHash<qint64, qint64> projectIds;
    QHash<qint64, qint64> stageIds;
    ProjectStore projects(db);
    for (qsizetype i = 0; i < doc.projects.size(); ++i) {
        Project &p = doc.projects[i];
        const qint64 fileId = p.id;
        QList<qint64> fileStageIds;
        for (const PaymentStage &s : std::as_const(p.stages))
            fileStageIds << s.id;
        p.clientId = clientIds.value(p.clientId);
        if (!keepIds) {
            p.id = 0;
            for (PaymentStage &s : p.stages)
                s.id = 0;
            for (Revision &r : p.revisions)
                r.id = 0;
            for (PriceChange &c : p.priceChanges)
                c.id = 0;
        }
        if (auto r = projects.create(p); !r)
            return at(element(u"projects"_s, i), r.error());
        projectIds.insert(fileId, p.id);
        for (qsizetype n = 0; n < p.stages.size() && n < fileStageIds.size(); ++n)
            stageIds.insert(fileStageIds.at(n), p.stages.at(n).id);
        ++summary.projects;
    }

    ObservationStore observations(db);
    InteractionStore interactions(db);
    PromiseStore promises(db);
    for (qsizetype i = 0; i < doc.clients.size(); ++i) {
        ClientRecord &record = doc.clients[i];
        const QString path = element(u"clients"_s, i);
        const qint64 clientId = record.client.id;
        for (Observation &o : record.observations) {
            o.clientId = clientId;
            if (!keepIds)
                o.id = 0;
            if (auto r = observations.create(o); !r)
                return at(path + u".observations"_s, r.error());
            ++summary.observations;
        }
        for (Interaction &x : record.interactions) {
            x.clientId = clientId;
            x.projectId = x.projectId > 0 ? projectIds.value(x.projectId) : 0;
            if (!keepIds)
                x.id = 0;
            if (auto r = interactions.create(x); !r)
                return at(path + u".interactions"_s, r.error());
            ++summary.interactions;
        }
        for (Promise &p : record.promises) {
            p.clientId = clientId;
            p.projectId = p.projectId > 0 ? projectIds.value(p.projectId) : 0;
            if (!keepIds)
                p.id = 0;
            if (auto r = promises.create(p); !r)
                return at(path + u".promises"_s, r.error());
            ++summary.promises;
        }
    }
    const auto invoices = InvoiceExchange::insert(db, doc.invoices, keepIds, clientIds, projectIds, stageIds);
    if (!invoices)
        return Error{invoices.error()};
    summary.invoices = *invoices;
    return {};
}

} // namespace

Result<QByteArray> Exchange::exportJson(Database &db)
{
    QJsonObject root;
    // One transaction so the file is a consistent snapshot even if another
    // process writes meanwhile.
    auto done = db.readTransaction([&]() -> Result<void> {
        auto profile = ProfileStore(db).load();
        if (!profile)
            return Error{profile.error()};
        auto clients = ClientStore(db).list();
        if (!clients)
            return Error{clients.error()};
        auto projects = ProjectStore(db).list();
        if (!projects)
            return Error{projects.error()};
        auto observations = ObservationStore(db).list();
        if (!observations)
            return Error{observations.error()};
        auto interactions = InteractionStore(db).list();
        if (!interactions)
            return Error{interactions.error()};
        auto promises = PromiseStore(db).list();
        if (!promises)
            return Error{promises.error()};

        QHash<qint64, QList<Observation>> observationsOf;
        for (const Observation &o : std::as_const(*observations))
            observationsOf[o.clientId] << o;
        QHash<qint64, QList<Interaction>> interactionsOf;
        for (const Interaction &i : std::as_const(*interactions))
            interactionsOf[i.clientId] << i;
        QHash<qint64, QList<Promise>> promisesOf;
        for (const Promise &p : std::as_const(*promises))
            promisesOf[p.clientId] << p;

        sortById(*clients);
        QJsonArray clientArray;
        for (const Client &c : std::as_const(*clients)) {
            clientArray.append(clientJson(c, observationsOf.value(c.id), interactionsOf.value(c.id),
                                          promisesOf.value(c.id)));
        }
        sortById(*projects);
        QJsonArray projectArray;
        for (const Project &p : std::as_const(*projects))
            projectArray.append(projectJson(p));

        root.insert(u"format"_s, QString::fromLatin1(FormatId));
        root.insert(u"profile"_s, profileJson(*profile));
        root.insert(u"clients"_s, clientArray);
        root.insert(u"projects"_s, projectArray);
        auto invoices = InvoiceExchange::write(db);
        if (!invoices)
            return Error{invoices.error()};
        root.insert(u"invoices"_s, *invoices);
        return {};
    });
    if (!done)
        return Error{done.error()};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Exchange::ImportSummary> Exchange::importJson(Database &db, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("JSON syntax error at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return fail(tr("The file is not a Neuvo exchange document: it must be a JSON object."));

    Problems problems;
    Document doc = DocumentReader(problems).read(document.object());
    if (!problems.isEmpty())
        return fail(problems.message());

    ImportSummary summary;
    auto written = db.transaction([&]() -> Result<void> {
        // Decided inside the transaction so no other writer can slip a
        // record in between the check and the inserts.
        auto empty = isEmpty(db);
        if (!empty)
            return Error{empty.error()};
        return write(db, doc, *empty, summary);
    });
    if (!written)
        return Error{written.error()};
    return summary;
}

} // namespace neuvo
