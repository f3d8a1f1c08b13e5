#include "exchangereader.h"

#include "core/domain/businessid.h"
#include "core/domain/limits.h"
#include "core/storage/stores.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace neuvo::exchangedoc {

namespace {

// The lengths the stores refuse, reported at the record's place in the
// document instead of at the first write.
template<typename Record>
bool withinLimits(Problems &problems, const ObjectReader &r, const Record &record)
{
    if (auto limits = Limits::check(record); !limits) {
        problems.add(r.path(), limits.error());
        return false;
    }
    return true;
}

} // namespace

QString element(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

bool IdRegistry::claim(qint64 id, const QString &idPath)
{
    // The indices of "base[i].id" or "base[i].child[j].id".
    qint64 indices[2] = {0, -1};
    int found = 0;
    for (qsizetype at = idPath.indexOf(u'['); at >= 0 && found < 2; at = idPath.indexOf(u'[', at + 1)) {
        const qsizetype close = idPath.indexOf(u']', at);
        indices[found++] = QStringView(idPath).mid(at + 1, close - at - 1).toLongLong();
    }
    const qint64 location = (indices[0] << 32) | qint64(quint32(indices[1] + 1));
    const auto it = m_seen.constFind(id);
    if (it != m_seen.cend()) {
        m_problems.add(idPath, Exchange::tr("id %1 is used twice (also at %2)").arg(id).arg(recordPath(it.value())));
        return false;
    }
    m_seen.insert(id, location);
    return true;
}

QString IdRegistry::recordPath(qint64 location) const
{
    const QString outer = element(m_base, location >> 32);
    const qint64 inner = qint64(quint32(location & 0xffffffff)) - 1;
    return inner < 0 ? outer : element(outer + u'.' + m_child, inner);
}

DocumentReader::DocumentReader(Problems &problems, const JsonStrictness::Shape &shape, RecordSink &sink)
    : m_problems(problems)
    , m_shape(shape)
    , m_sink(sink)
    , m_clientIds(problems, u"clients"_s)
    , m_projectIds(problems, u"projects"_s)
    , m_observationIds(problems, u"clients"_s, u"observations"_s)
    , m_interactionIds(problems, u"clients"_s, u"interactions"_s)
    , m_promiseIds(problems, u"clients"_s, u"promises"_s)
    , m_stageIds(problems, u"projects"_s, u"stages"_s)
    , m_revisionIds(problems, u"projects"_s, u"revisions"_s)
    , m_priceChangeIds(problems, u"projects"_s, u"price_changes"_s)
    , m_clientsReadable(shape.clientsReadable)
{
}

bool DocumentReader::readFormat()
{
    m_problems.setSection(Problems::Section::Format);
    JsonNode formatOnly;
    formatOnly.value = QJsonValue(QJsonValue::Object);
    if (m_shape.format)
        formatOnly.members.push_back(JsonMember{u"format"_s, fromJsonValue(*m_shape.format)});
    ObjectReader top(m_problems, QString(), formatOnly);
    // Anything but our format (another version, some other JSON) would
    // only produce a flood of unrelated problems: stop at the first one.
    QString format;
    if (!top.string(u"format"_s, format))
        return false;
    m_version1 = format == QLatin1StringView(Exchange::PreviousFormatId);
    m_version = m_version1 ? 1 : 2;
    if (format != QLatin1StringView(Exchange::FormatId) && !m_version1) {
        top.problem(u"format"_s, Exchange::tr("%1 is not a supported format (expected %2)")
                                     .arg(quoted(format), quoted(QString::fromLatin1(Exchange::FormatId))));
        return false;
    }
    return true;
}

void DocumentReader::readElement(const QString &key, qsizetype index, const JsonNode &value)
{
    const bool clients = key == u"clients"_s;
    m_problems.setSection(clients ? Problems::Section::Clients : Problems::Section::Projects);
    const QString path = element(key, index);
    if (!value.isObject()) {
        m_problems.add(path, Exchange::tr("expected %1, not %2").arg(Exchange::tr("an object"), jsonTypeName(value.value)));
        return;
    }
    ObjectReader reader(m_problems, path, value);
    if (clients)
        readClient(reader);
    else
        readProject(reader);
    reader.finish();
}

void DocumentReader::readRest(const JsonNode &root)
{
    ObjectReader top(m_problems, QString(), root);
    bool ok = true;
    top.value(u"format"_s, Need::Optional, Nulls::Allowed, ok); // read first
    m_problems.setSection(Problems::Section::Profile);
    if (const auto profile = top.object(u"profile"_s, Need::Optional, ok)) {
        ObjectReader reader(m_problems, u"profile"_s, *profile);
        m_document.profile = readProfile(reader);
        reader.finish();
    }
    // Streamed, they are empty arrays here; anything else is reported.
    m_problems.setSection(Problems::Section::Clients);
    if (const auto clients = top.array(u"clients"_s, Need::Optional, m_clientsReadable); clients && !clients->elements.empty())
        forEachObject(m_problems, u"clients"_s, *clients, [&](ObjectReader &r) { readClient(r); });
    m_problems.setSection(Problems::Section::Projects);
    if (const auto projects = top.array(u"projects"_s, Need::Optional, ok); projects && !projects->elements.empty())
        forEachObject(m_problems, u"projects"_s, *projects, [&](ObjectReader &r) { readProject(r); });
    // Issued invoices came with neuvo/2.
    m_problems.setSection(Problems::Section::Invoices);
    if (const auto invoices = top.array(u"invoices"_s, Need::Optional, ok); invoices && m_version >= 2) {
        // Every record the file names, also those with problems of their
        // own: an invoice is not reported for the client's problem.
        InvoiceExchange::FileRecords records{m_shape.clientIds, m_shape.projectIds, m_shape.projectOfStage};
        QStringList problems;
        m_document.invoices = InvoiceExchange::read(toJsonValue(*invoices).toArray(), records, problems);
        for (const QString &problem : std::as_const(problems))
            m_problems.add(QString(), problem);
    } else if (invoices) {
        top.problem(u"invoices"_s, Exchange::tr("invoices are part of neuvo/2, not neuvo/1"));
    }
    m_problems.setSection(Problems::Section::Document);
    top.finish();
}

bool DocumentReader::hasNewKey(ObjectReader &r, const QString &key)
{
    if (m_version >= 2)
        return true;
    bool ok = true;
    return r.value(key, Need::Optional, Nulls::Allowed, ok).has_value();
}

bool DocumentReader::readVatRate(ObjectReader &r, const QString &key, std::optional<int> &out, Nulls nulls)
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

bool DocumentReader::readProfileTaxes(ObjectReader &r, Profile &p)
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
        if (const JsonNode *textsNode = r.object(u"vat_exemption_texts"_s, Need::Required, present)) {
            // In a QJsonObject's order of keys, as the problems always were.
            const QJsonObject texts = toJsonValue(*textsNode).toObject();
            for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
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
    // Optional even in neuvo/2 (added after it was introduced): absent or
    // null = no rush surcharge.
    {
        bool present = true;
        if (const auto v = r.value(u"rush_surcharge_percent"_s, Need::Optional, Nulls::Allowed, present)) {
            qint64 percent = 0;
            if (r.integerValue(u"rush_surcharge_percent"_s, *v, Profile::MinRushSurchargePercent,
                               Profile::MaxRushSurchargePercent, percent))
                p.rushSurchargePercent = int(percent);
            else
                ok = false;
        }
        ok &= present;
    }
    if (ok) {
        if (auto valid = ProfileStore::validate(p); !valid) {
            m_problems.add(r.path(), valid.error());
            ok = false;
        }
    }
    return ok;
}

std::optional<Profile> DocumentReader::readProfile(ObjectReader &r)
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
        if (m_version1) {
            // neuvo/1's contract_renewal_days was a window before the term's
            // end; neuvo/2 has a margin before the notice date instead
            // (contract_renewal_margin_days), a different quantity, so the
            // old value is accepted and the new one keeps its default.
            bool retiredPresent = true;
            t.value(u"contract_renewal_days"_s, Need::Optional, Nulls::Forbidden, retiredPresent);
        }
        t.finish();
    }
    ok &= present;
    // Left out by files from before it moved into the profile: the default.
    bool keepPresent = true;
    if (const auto v = r.value(u"backups_to_keep"_s, Need::Optional, Nulls::Forbidden, keepPresent)) {
        qint64 keep = 0;
        if (r.integerValue(u"backups_to_keep"_s, *v, 1, Profile::MaxBackupsToKeep, keep))
            p.backupsToKeep = int(keep);
        else
            ok = false;
    }
    ok &= keepPresent;
    ok &= readProfileTaxes(r, p);
    if (!ok)
        return std::nullopt;
    return p;
}

void DocumentReader::readClient(ObjectReader &r)
{
    ClientRecord record;
    Client &c = record.client;
    bool ok = true;
    if (r.id(u"id"_s, c.id)) {
        ok &= m_clientIds.claim(c.id, r.pathOf(u"id"_s));
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
        // The system's list of zone ids, as the stores check it: a
        // file name such as "posixrules" or an offset such as "UTC+5" would
        // make a valid QTimeZone but is no IANA zone.
        if (!QTimeZone::isTimeZoneIdAvailable(c.timeZone.toUtf8())) {
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
    ok = ok && withinLimits(m_problems, r, c);

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
        m_sink.client(record, r.path());
}

bool DocumentReader::readObservation(ObjectReader &r, Observation &o)
{
    bool ok = claimId(r, m_observationIds, o.id);
    ok &= r.enumeration(u"pattern"_s, o.pattern);
    ok &= r.string(u"note"_s, o.note);
    ok &= r.date(u"observed_on"_s, Nulls::Forbidden, o.observedOn);
    ok &= r.date(u"withdrawn_on"_s, Nulls::Allowed, o.withdrawnOn);
    return ok && withinLimits(m_problems, r, o);
}

bool DocumentReader::readInteraction(ObjectReader &r, Interaction &i)
{
    bool ok = claimId(r, m_interactionIds, i.id);
    if (r.reference(u"project"_s, Need::Optional, i.projectId)) {
        if (i.projectId > 0)
            checkProjectReference(r.pathOf(u"project"_s), i.projectId);
    } else {
        ok = false;
    }
    ok &= r.timestamp(u"at"_s, i.at);
    ok &= r.enumeration(u"channel"_s, i.channel);
    ok &= r.enumeration(u"direction"_s, i.direction);
    ok &= r.enumeration(u"kind"_s, i.kind);
    ok &= r.string(u"summary"_s, i.summary);
    ok &= r.date(u"confirmed_on"_s, Nulls::Allowed, i.confirmedOn);
    return ok && withinLimits(m_problems, r, i);
}

bool DocumentReader::readPromise(ObjectReader &r, Promise &p)
{
    bool ok = claimId(r, m_promiseIds, p.id);
    if (r.reference(u"project"_s, Need::Optional, p.projectId)) {
        if (p.projectId > 0)
            checkProjectReference(r.pathOf(u"project"_s), p.projectId);
    } else {
        ok = false;
    }
    ok &= r.nonEmptyString(u"what"_s, p.what);
    ok &= r.date(u"due_on"_s, Nulls::Forbidden, p.dueOn);
    ok &= r.date(u"done_on"_s, Nulls::Allowed, p.doneOn);
    return ok && withinLimits(m_problems, r, p);
}

void DocumentReader::readProject(ObjectReader &r)
{
    Project p;
    bool ok = true;
    if (r.id(u"id"_s, p.id))
        ok &= m_projectIds.claim(p.id, r.pathOf(u"id"_s));
    else
        ok = false;
    if (r.reference(u"client"_s, Need::Required, p.clientId)) {
        // Without a readable client list every reference would be
        // reported; the list's own problem is enough.
        if (!m_shape.clientIds.contains(p.clientId) && m_clientsReadable) {
            r.problem(u"client"_s, Exchange::tr("no client with id %1 in this file").arg(p.clientId));
            ok = false;
        } else if (!m_shape.clientIds.contains(p.clientId)) {
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
            if (m_version1) {
                // neuvo/1 had "fix" for a round and an error alike; it
                // counted as a round, so it is read as one.
                QString kind;
                if (s.string(u"kind"_s, kind)) {
                    if (kind == u"fix"_s || kind == u"change"_s) {
                        rev.kind = kind == u"fix"_s ? RevisionKind::Round : RevisionKind::Change;
                    } else {
                        s.problem(u"kind"_s, Exchange::tr("%1 is not one of %2")
                                                 .arg(quoted(kind), u"fix, change"_s));
                        good = false;
                    }
                } else {
                    good = false;
                }
            } else {
                good &= s.enumeration(u"kind"_s, rev.kind);
            }
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
        m_sink.project(p, r.path());
}

bool DocumentReader::readDiscount(ObjectReader &d, Project &p)
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

bool DocumentReader::claimId(ObjectReader &r, IdRegistry &registry, qint64 &id)
{
    return r.id(u"id"_s, id) && registry.claim(id, r.pathOf(u"id"_s));
}

void DocumentReader::checkProjectReference(const QString &path, qint64 projectId)
{
    if (m_shape.projectIds.contains(projectId))
        return;
    const Problems::Section section = m_problems.section();
    m_problems.setSection(Problems::Section::References);
    m_problems.add(path, Exchange::tr("no project with id %1 in this file").arg(projectId));
    m_problems.setSection(section);
}

} // namespace neuvo::exchangedoc
