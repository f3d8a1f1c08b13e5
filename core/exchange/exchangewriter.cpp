#include "exchange.h"

#include "core/domain/domain.h"
#include "core/domain/money.h"
#include "core/storage/stores.h"
#include "invoiceexchange.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

// Writing the exchange document: every record of the database as JSON, in
// one read transaction.

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

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
    QJsonObject o{
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
        {u"backups_to_keep"_s, p.backupsToKeep},
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
    // Optional in neuvo/2: written only when set.
    if (p.rushSurchargePercent)
        o.insert(u"rush_surcharge_percent"_s, *p.rushSurchargePercent);
    return o;
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

} // namespace neuvo
