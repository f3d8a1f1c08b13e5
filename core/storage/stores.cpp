#include "stores.h"

#include "core/domain/businessid.h"
#include "core/domain/iban.h"
#include "core/domain/limits.h"
#include "core/domain/pricing.h"
#include "invoicestore.h"
#include "rowversion.h"
#include "sqldialect.h"
#include "sqlstatement.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

QVariant text(const QString &s)
{
    // Bind empty strings as '' rather than NULL: the columns are NOT NULL.
    return s.isNull() ? QVariant(QString(u""_s)) : QVariant(s);
}

template<typename E>
E enumFrom(const QVariant &value, E fallback)
{
    return fromId<E>(value.toString()).value_or(fallback);
}

Error notFound(const char *what, qint64 id)
{
    return fail(QCoreApplication::translate("Database", "%1 #%2 does not exist.")
                    .arg(QCoreApplication::translate("Database", what))
                    .arg(id));
}

// Runs an UPDATE or DELETE and reports a missing row as an error.
Result<void> execExpectingRow(SqlStatement &st, const char *what, qint64 id)
{
    if (auto r = st.exec(); !r)
        return r;
    if (st.rowsAffected() == 0)
        return notFound(what, id);
    return {};
}

// The insert of a record, by its id when it has one (an import keeps the
// file's ids), or else with the id the database chooses, handed back by
// RETURNING. Only then: SQLite answers RETURNING from a temporary table it
// creates and drops for every row, a fifth of an import's instructions.
QString insertStatement(const QString &insert, qint64 id)
{
    return id > 0 ? insert : insert + u" RETURNING id"_s;
}

// The record's id after insertStatement(): the one it had, or the new one.
qint64 storedId(SqlStatement &st, qint64 id)
{
    return id > 0 ? id : returnedId(st);
}

} // namespace

// ---------------------------------------------------------------- Profile

Result<Profile> ProfileStore::load() const
{
    Profile p;
    SqlStatement st(m_db.connection(), QStringLiteral(
        "SELECT name, legal_form, registration_number, address, email, phone, bank_details, "
        "currency, nda_markup_percent, included_revisions, guarantee_percent, notice_days, "
        "work_start, work_end, work_days, floor_rate_minor, backups_to_keep, vat_status, vat_id, "
        "vat_rate_tenths, prices_include_vat, iban, bic, invoice_prefix, invoice_numbers_yearly, "
        "invoice_payment_days, rush_surcharge_percent, row_version FROM profile WHERE id = 1"));
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    if (!st.next())
        return fail(tr("The profile is missing from the database."));
    p.name = st.value(0).toString();
    p.legalForm = st.value(1).toString();
    p.registrationNumber = st.value(2).toString();
    p.address = st.value(3).toString();
    p.email = st.value(4).toString();
    p.phone = st.value(5).toString();
    p.bankDetails = st.value(6).toString();
    p.currency = st.value(7).toString();
    p.ndaMarkupPercent = st.value(8).toInt();
    p.includedRevisions = st.value(9).toInt();
    p.guaranteePercent = st.value(10).toInt();
    p.noticeDays = st.value(11).toInt();
    p.workStart = timeFromSql(st.value(12));
    p.workEnd = timeFromSql(st.value(13));
    p.workDays = Weekdays(st.value(14).toInt());
    p.floorRateMinor = st.value(15).toLongLong();
    p.backupsToKeep = st.value(16).toInt();
    p.vatStatus = enumFrom(st.value(17), VatStatus::NotRegistered);
    p.vatId = st.value(18).toString();
    p.vatRateTenths = st.value(19).toInt();
    p.pricesIncludeVat = st.value(20).toInt() != 0;
    p.iban = st.value(21).toString();
    p.bic = st.value(22).toString();
    p.invoicePrefix = st.value(23).toString();
    p.invoiceNumbersYearly = st.value(24).toInt() != 0;
    p.invoicePaymentDays = st.value(25).toInt();
    if (!st.value(26).isNull())
        p.rushSurchargePercent = st.value(26).toInt();
    p.rowVersion.value = st.value(27).toLongLong();

    SqlStatement exemptions(m_db.connection(), QStringLiteral("SELECT language, text FROM vat_exemption_text"));
    if (auto r = exemptions.exec(); !r)
        return Error{r.error()};
    while (exemptions.next())
        p.vatExemptionTexts.insert(exemptions.value(0).toString(), exemptions.value(1).toString());

    SqlStatement thresholds(m_db.connection(), QStringLiteral("SELECT key, value FROM rule_threshold"));
    if (auto r = thresholds.exec(); !r)
        return Error{r.error()};
    while (thresholds.next()) {
        // Keys this version does not know (written by a later one) are kept
        // out of the struct but left in the table.
        p.thresholds.setValue(thresholds.value(0).toString(), thresholds.value(1).toInt());
    }
    return p;
}

Result<void> ProfileStore::validate(const Profile &p, QString *field)
{
    auto problem = [field](const QString &id, const QString &message) {
        if (field)
            *field = id;
        return fail(message);
    };
    if (!Money::isCurrencyCode(p.currency))
        return problem(u"currency"_s,
                       tr("Currency: \"%1\" is not a three-letter ISO 4217 code.").arg(Limits::shorten(p.currency)));
    if (p.vatRateTenths < 0 || p.vatRateTenths > VatRate::MaxTenths)
        return problem(u"vat_rate"_s,
                       tr("VAT rate: %1 % is outside 0–100 %.").arg(VatRate::number(p.vatRateTenths)));
    if (auto ok = BusinessId::checkVatId(p.vatId); !ok)
        return problem(u"vat_id"_s, ok.error());
    if (p.vatStatus == VatStatus::Registered && p.vatId.trimmed().isEmpty())
        return problem(u"vat_id"_s,
                       tr("VAT ID: a business registered for VAT prints its VAT ID on every invoice; fill it in."));
    if (!p.iban.trimmed().isEmpty() && !Iban::isValid(p.iban))
        return problem(u"iban"_s, tr("IBAN: \"%1\" is not a valid IBAN (its check digits do not match).").arg(p.iban));
    const QString bic = p.bic.trimmed();
    if (!bic.isEmpty() && bic.size() != 8 && bic.size() != 11)
        return problem(u"bic"_s, tr("BIC: \"%1\" is not a BIC; it has 8 or 11 letters and digits.").arg(p.bic));
    if (p.invoicePaymentDays < 0 || p.invoicePaymentDays > 365)
        return problem(u"payment_days"_s, tr("Payment term: %1 days is outside 0–365.").arg(p.invoicePaymentDays));
    if (p.rushSurchargePercent
        && (*p.rushSurchargePercent < Profile::MinRushSurchargePercent
            || *p.rushSurchargePercent > Profile::MaxRushSurchargePercent))
        return problem(u"rush_surcharge"_s, tr("Rush surcharge: %1 % is outside %2–%3 %.")
                                                .arg(*p.rushSurchargePercent)
                                                .arg(Profile::MinRushSurchargePercent)
                                                .arg(Profile::MaxRushSurchargePercent));
    if (p.backupsToKeep < 1 || p.backupsToKeep > Profile::MaxBackupsToKeep)
        return problem(u"backups_to_keep"_s, tr("Backups to keep: %1 is not a number from 1 to %2.")
                                                 .arg(p.backupsToKeep)
                                                 .arg(Profile::MaxBackupsToKeep));
    if (field)
        field->clear();
    return {};
}

Result<void> ProfileStore::save(Profile &p)
{
    if (auto valid = validate(p); !valid)
        return valid;
    if (auto limits = Limits::check(p); !limits)
        return limits;
    auto saved = m_db.transaction([&]() -> Result<void> {
        SqlStatement st(m_db.connection(), QStringLiteral(
            "UPDATE profile SET name = :name, legal_form = :legal_form, "
            "registration_number = :reg, address = :address, email = :email, phone = :phone, "
            "bank_details = :bank, currency = :currency, nda_markup_percent = :nda, "
            "included_revisions = :revisions, guarantee_percent = :guarantee, "
            "notice_days = :notice, work_start = :ws, work_end = :we, work_days = :wd, "
            "floor_rate_minor = :floor, backups_to_keep = :keep, vat_status = :vat_status, vat_id = :vat_id, "
            "vat_rate_tenths = :vat_rate, prices_include_vat = :gross, iban = :iban, bic = :bic, "
            "invoice_prefix = :prefix, invoice_numbers_yearly = :yearly, "
            "invoice_payment_days = :payment_days, rush_surcharge_percent = :rush, %1 "
            "WHERE id = 1 AND row_version = :row_version").arg(RowVersions::bumpColumns()));
        RowVersions::bindStamp(st);
        st.bind(u":name"_s, text(p.name))
            .bind(u":legal_form"_s, text(p.legalForm))
            .bind(u":reg"_s, text(p.registrationNumber))
            .bind(u":address"_s, text(p.address))
            .bind(u":email"_s, text(p.email))
            .bind(u":phone"_s, text(p.phone))
            .bind(u":bank"_s, text(p.bankDetails))
            .bind(u":currency"_s, p.currency)
            .bind(u":nda"_s, p.ndaMarkupPercent)
            .bind(u":revisions"_s, p.includedRevisions)
            .bind(u":guarantee"_s, p.guaranteePercent)
            .bind(u":notice"_s, p.noticeDays)
            .bind(u":ws"_s, sqlTime(p.workStart))
            .bind(u":we"_s, sqlTime(p.workEnd))
            .bind(u":wd"_s, int(p.workDays))
            .bind(u":floor"_s, p.floorRateMinor)
            .bind(u":keep"_s, p.backupsToKeep)
            .bind(u":vat_status"_s, toId(p.vatStatus))
            .bind(u":vat_id"_s, text(p.vatId.trimmed()))
            .bind(u":vat_rate"_s, p.vatRateTenths)
            .bind(u":gross"_s, p.pricesIncludeVat ? 1 : 0)
            .bind(u":iban"_s, text(Iban::compact(p.iban)))
            .bind(u":bic"_s, text(p.bic.trimmed().toUpper()))
            .bind(u":prefix"_s, text(p.invoicePrefix))
            .bind(u":yearly"_s, p.invoiceNumbersYearly ? 1 : 0)
            .bind(u":payment_days"_s, p.invoicePaymentDays)
            .bind(u":rush"_s, p.rushSurchargePercent ? QVariant(*p.rushSurchargePercent)
                                                     : QVariant(QMetaType(QMetaType::Int)));
        if (auto r = RowVersions::exec(st, m_db.connection(), "profile", QT_TRANSLATE_NOOP("Database", "Profile"), 1,
                                       p.rowVersion.value);
            !r)
            return r;
        SqlStatement clear(m_db.connection(), QStringLiteral("DELETE FROM vat_exemption_text"));
        if (auto r = clear.exec(); !r)
            return r;
        for (auto it = p.vatExemptionTexts.cbegin(); it != p.vatExemptionTexts.cend(); ++it) {
            if (it.value().trimmed().isEmpty())
                continue;
            SqlStatement t(m_db.connection(), QStringLiteral(
                "INSERT INTO vat_exemption_text (language, text) VALUES (:language, :text)"));
            t.bind(u":language"_s, it.key()).bind(u":text"_s, it.value().trimmed());
            if (auto r = t.exec(); !r)
                return r;
        }
        for (auto it = p.thresholds.values().cbegin(); it != p.thresholds.values().cend(); ++it) {
            SqlStatement t(m_db.connection(), QStringLiteral(
                "INSERT INTO rule_threshold (key, value) VALUES (:key, :value) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            t.bind(u":key"_s, it.key()).bind(u":value"_s, it.value());
            if (auto r = t.exec(); !r)
                return r;
        }
        return {};
    });
    if (saved)
        ++p.rowVersion.value;
    return saved;
}

// ---------------------------------------------------------------- Clients

namespace {

const QString kClientColumns = QStringLiteral(
    "id, name, company, type, source, email, phone, messenger, preferred_channel, "
    "contact_from, contact_to, contact_days, time_zone, notes, status, billing_address, business_id, vat_id, "
    "row_version");

Client clientFromRow(const SqlStatement &st)
{
    Client c;
    c.id = st.value(0).toLongLong();
    c.name = st.value(1).toString();
    c.company = st.value(2).toString();
    c.type = enumFrom(st.value(3), ClientType::Individual);
    c.source = enumFrom(st.value(4), ClientSource::Other);
    c.email = st.value(5).toString();
    c.phone = st.value(6).toString();
    c.messenger = st.value(7).toString();
    c.preferredChannel = enumFrom(st.value(8), Channel::Email);
    c.contactFrom = timeFromSql(st.value(9));
    c.contactTo = timeFromSql(st.value(10));
    c.contactDays = Weekdays(st.value(11).toInt());
    c.timeZone = st.value(12).toString();
    c.notes = st.value(13).toString();
    c.status = enumFrom(st.value(14), ClientStatus::Prospect);
    c.billingAddress = st.value(15).toString();
    c.businessId = st.value(16).toString();
    c.vatId = st.value(17).toString();
    c.rowVersion.value = st.value(18).toLongLong();
    return c;
}

void bindClient(SqlStatement &st, const Client &c)
{
    st.bind(u":name"_s, c.name.trimmed())
        .bind(u":company"_s, text(c.company))
        .bind(u":type"_s, toId(c.type))
        .bind(u":source"_s, toId(c.source))
        .bind(u":email"_s, text(c.email))
        .bind(u":phone"_s, text(c.phone))
        .bind(u":messenger"_s, text(c.messenger))
        .bind(u":channel"_s, toId(c.preferredChannel))
        .bind(u":from"_s, sqlTime(c.contactFrom))
        .bind(u":to"_s, sqlTime(c.contactTo))
        .bind(u":days"_s, int(c.contactDays))
        .bind(u":tz"_s, c.timeZone.isEmpty() ? u"UTC"_s : c.timeZone)
        .bind(u":notes"_s, text(c.notes))
        .bind(u":status"_s, toId(c.status))
        .bind(u":billing"_s, text(c.billingAddress))
        .bind(u":business_id"_s, text(c.businessId.trimmed()))
        .bind(u":vat_id"_s, text(c.vatId.trimmed()));
}

Result<void> validateClient(const Client &client)
{
    if (client.name.trimmed().isEmpty())
        return fail(ClientStore::tr("Name: a client needs a name."));
    if (auto ok = BusinessId::check(client.businessId); !ok)
        return ok;
    return BusinessId::checkVatId(client.vatId);
}

} // namespace

Result<void> ClientStore::validate(const Client &c, QString *field)
{
    auto problem = [field](const QString &id, const QString &message) {
        if (field)
            *field = id;
        return fail(message);
    };
    if (c.name.trimmed().isEmpty())
        return problem(u"name"_s, tr("Name: a client needs a name."));
    if (auto limits = Limits::check(c); !limits)
        return problem(QString(), limits.error());
    static const QRegularExpression emailPattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!c.email.isEmpty() && !emailPattern.match(c.email).hasMatch())
        return problem(u"email"_s, tr("E-mail: \"%1\" is not an address such as name@example.com.").arg(Limits::shorten(c.email)));
    if ((c.contactDays & AllWeek) == 0)
        return problem(u"contact_days"_s,
                       tr("Contact days: tick at least one day when the client may contact you."));
    if (c.timeZone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(c.timeZone.toUtf8()))
        return problem(u"time_zone"_s,
                       tr("Time zone: \"%1\" is not a known time zone; choose one such as Europe/Helsinki.")
                           .arg(Limits::shorten(c.timeZone)));
    if (auto ok = BusinessId::check(c.businessId); !ok)
        return problem(u"business_id"_s, ok.error());
    if (auto ok = BusinessId::checkVatId(c.vatId); !ok)
        return problem(u"vat_id"_s, ok.error());
    if (field)
        field->clear();
    return {};
}

Result<void> ClientStore::create(Client &client)
{
    if (auto valid = validateClient(client); !valid)
        return valid;
    if (auto limits = Limits::check(client); !limits)
        return limits;
    SqlStatement &st = m_statements.get(m_db.connection(), insertStatement(QStringLiteral(
        "INSERT INTO client (id, name, company, type, source, email, phone, messenger, "
        "preferred_channel, contact_from, contact_to, contact_days, time_zone, notes, status, "
        "billing_address, business_id, vat_id, updated_at, updated_by) "
        "VALUES (:id, :name, :company, :type, :source, :email, :phone, :messenger, :channel, "
        ":from, :to, :days, :tz, :notes, :status, :billing, :business_id, :vat_id, :updated_at, :updated_by)"), client.id));
    st.bind(u":id"_s, sqlId(client.id));
    bindClient(st, client);
    RowVersions::bindStamp(st);
    if (auto r = st.exec(); !r)
        return r;
    client.id = storedId(st, client.id);
    client.rowVersion.value = 1;
    return {};
}

Result<Client> ClientStore::get(qint64 id) const
{
    SqlStatement st(m_db.connection(),
                    QStringLiteral("SELECT %1 FROM client WHERE id = :id").arg(kClientColumns));
    st.bind(u":id"_s, id);
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    if (!st.next())
        return notFound(QT_TRANSLATE_NOOP("Database", "Client"), id);
    return clientFromRow(st);
}

Result<void> ClientStore::update(Client &client)
{
    if (auto valid = validateClient(client); !valid)
        return valid;
    if (auto limits = Limits::check(client); !limits)
        return limits;
    SqlStatement st(m_db.connection(), QStringLiteral(
        "UPDATE client SET name = :name, company = :company, type = :type, source = :source, "
        "email = :email, phone = :phone, messenger = :messenger, preferred_channel = :channel, "
        "contact_from = :from, contact_to = :to, contact_days = :days, time_zone = :tz, "
        "notes = :notes, status = :status, billing_address = :billing, business_id = :business_id, "
        "vat_id = :vat_id, %1 WHERE id = :id AND row_version = :row_version").arg(RowVersions::bumpColumns()));
    bindClient(st, client);
    RowVersions::bindStamp(st);
    st.bind(u":id"_s, client.id);
    if (auto r = RowVersions::exec(st, m_db.connection(), "client", QT_TRANSLATE_NOOP("Database", "Client"),
                                   client.id, client.rowVersion.value);
        !r)
        return r;
    ++client.rowVersion.value;
    return {};
}

Result<void> ClientStore::remove(qint64 id, ProjectsOnDelete projects)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto kept = InvoiceStore(m_db).refuseDeletion(id, 0); !kept)
            return kept;
        auto count = projectCount(id);
        if (!count)
            return Error{count.error()};
        if (*count > 0) {
            if (projects == ProjectsOnDelete::Refuse)
                return fail(tr("The client has %n project(s); delete or move them first.", nullptr, *count));
            SqlStatement del(m_db.connection(), QStringLiteral("DELETE FROM project WHERE client_id = :id"));
            del.bind(u":id"_s, id);
            if (auto r = del.exec(); !r)
                return r;
        }
        SqlStatement st(m_db.connection(), QStringLiteral("DELETE FROM client WHERE id = :id"));
        st.bind(u":id"_s, id);
        return execExpectingRow(st, QT_TRANSLATE_NOOP("Database", "Client"), id);
    });
}

Result<QList<Client>> ClientStore::list() const
{
    const QSqlDatabase db = m_db.connection();
    SqlStatement st(db, QStringLiteral("SELECT %1 FROM client ORDER BY %2, id")
                            .arg(kClientColumns, SqlDialect::of(db).caseInsensitiveOrder(u"name"_s)));
    // Room for every client at once: grown one by one, the list would keep
    // up to half of its size again as slack (1.3 MB at 10 000 clients). The
    // count is only a size hint: a client added in between just grows it.
    QList<Client> clients;
    if (auto counted = count(); counted && *counted > 0)
        clients.reserve(*counted);
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    while (st.next())
        clients << clientFromRow(st);
    return clients;
}

Result<int> ClientStore::projectCount(qint64 clientId) const
{
    SqlStatement st(m_db.connection(), QStringLiteral("SELECT count(*) FROM project WHERE client_id = :id"));
    st.bind(u":id"_s, clientId);
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    st.next();
    return st.value(0).toInt();
}

Result<int> ClientStore::count() const
{
    SqlStatement st(m_db.connection(), QStringLiteral("SELECT count(*) FROM client"));
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    st.next();
    return st.value(0).toInt();
}

// ---------------------------------------------------------------- Projects

Result<void> ProjectStore::validate(const Project &p)
{
    if (p.title.trimmed().isEmpty())
        return fail(tr("Title: a project needs a title."));
    if (!Money::isCurrencyCode(p.currency))
        return fail(tr("Currency: \"%1\" is not a three-letter ISO 4217 code.").arg(Limits::shorten(p.currency)));
    if (auto limits = Limits::check(p); !limits)
        return limits;
    if (p.clientId <= 0)
        return fail(tr("Client: a project belongs to a client."));
    if (p.firstOfferMinor && *p.firstOfferMinor < 0)
        return fail(tr("First offer: the amount cannot be negative."));
    if (p.estimatedHours < 0)
        return fail(tr("Estimated hours: cannot be negative."));
    if (p.guaranteePercent < 0 || p.guaranteePercent > 100)
        return fail(tr("Guarantee: %1 % is outside 0–100 %.").arg(p.guaranteePercent));
    if (p.revisionsIncluded < 0)
        return fail(tr("Included revisions: cannot be negative."));
    if (p.vatRateTenths && (*p.vatRateTenths < 0 || *p.vatRateTenths > VatRate::MaxTenths))
        return fail(tr("VAT rate: %1 % is outside 0–100 %.").arg(VatRate::number(*p.vatRateTenths)));
    const auto price = Pricing::compute(p);
    if (!price)
        return fail(tr("Price: %1").arg(price.error()));

    qint64 sum = 0;
    for (int i = 0; i < p.stages.size(); ++i) {
        const PaymentStage &s = p.stages.at(i);
        if (s.amountMinor < 0 || s.paidMinor < 0)
            return fail(tr("Stage %1: amounts cannot be negative.").arg(i + 1));
        if (__builtin_add_overflow(sum, s.amountMinor, &sum))
            return fail(tr("Stage %1: the amounts are too large.").arg(i + 1));
    }
    if (!p.stages.isEmpty() && sum != price->total.minor()) {
        const Money stages(sum, p.currency);
        const auto diff = price->total.subtract(stages);
        return fail(tr("Stages: they sum to %1 but the project total is %2 (difference %3).")
                        .arg(stages.formatWithCode(), price->total.formatWithCode(),
                             diff ? diff->formatWithCode() : QString()));
    }
    return {};
}

namespace {

const QString kProjectColumns = QStringLiteral(
    "id, client_id, title, scope, status, currency, base_price_minor, first_offer_minor, nda, "
    "nda_markup_percent, discount_kind, discount_value, discount_reason, discount_concession, "
    "discount_for_future_orders, estimated_hours, deadline, internal_margin_days, "
    "guarantee_percent, revisions_included, contract_number, contract_date, "
    "contract_term_months, delivered_on, vat_rate_tenths, reverse_charge");
// Read with the columns above; not written by bindProject().
const QString kProjectVersionColumn = QStringLiteral(", project.row_version");

Project projectFromRow(const SqlStatement &st)
{
    Project p;
    p.id = st.value(0).toLongLong();
    p.clientId = st.value(1).toLongLong();
    p.title = st.value(2).toString();
    p.scope = st.value(3).toString();
    p.status = enumFrom(st.value(4), ProjectStatus::Lead);
    p.currency = st.value(5).toString();
    p.basePriceMinor = st.value(6).toLongLong();
    if (!st.value(7).isNull())
        p.firstOfferMinor = st.value(7).toLongLong();
    p.nda = st.value(8).toInt() != 0;
    p.ndaMarkupPercent = st.value(9).toInt();
    p.discountKind = enumFrom(st.value(10), DiscountKind::None);
    p.discountValue = st.value(11).toLongLong();
    p.discountReason = st.value(12).toString();
    p.discountConcession = st.value(13).toString();
    p.discountForFutureOrders = st.value(14).toInt() != 0;
    p.estimatedHours = st.value(15).toInt();
    p.deadline = dateFromSql(st.value(16));
    p.internalMarginDays = st.value(17).toInt();
    p.guaranteePercent = st.value(18).toInt();
    p.revisionsIncluded = st.value(19).toInt();
    p.contractNumber = st.value(20).toString();
    p.contractDate = dateFromSql(st.value(21));
    p.contractTermMonths = st.value(22).toInt();
    p.deliveredOn = dateFromSql(st.value(23));
    if (!st.value(24).isNull())
        p.vatRateTenths = st.value(24).toInt();
    p.reverseCharge = st.value(25).toInt() != 0;
    p.rowVersion.value = st.value(26).toLongLong();
    return p;
}

void bindProject(SqlStatement &st, const Project &p)
{
    st.bind(u":client"_s, p.clientId)
        .bind(u":title"_s, p.title.trimmed())
        .bind(u":scope"_s, text(p.scope))
        .bind(u":status"_s, toId(p.status))
        .bind(u":currency"_s, p.currency)
        .bind(u":base"_s, p.basePriceMinor)
        .bind(u":offer"_s, p.firstOfferMinor ? QVariant(*p.firstOfferMinor) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(u":nda"_s, p.nda ? 1 : 0)
        .bind(u":markup"_s, p.ndaMarkupPercent)
        .bind(u":dkind"_s, toId(p.discountKind))
        .bind(u":dvalue"_s, p.discountValue)
        .bind(u":dreason"_s, text(p.discountReason))
        .bind(u":dconcession"_s, text(p.discountConcession))
        .bind(u":dfuture"_s, p.discountForFutureOrders ? 1 : 0)
        .bind(u":hours"_s, p.estimatedHours)
        .bind(u":deadline"_s, sqlDate(p.deadline))
        .bind(u":margin"_s, p.internalMarginDays)
        .bind(u":guarantee"_s, p.guaranteePercent)
        .bind(u":revisions"_s, p.revisionsIncluded)
        .bind(u":cnumber"_s, text(p.contractNumber))
        .bind(u":cdate"_s, sqlDate(p.contractDate))
        .bind(u":cterm"_s, p.contractTermMonths)
        .bind(u":delivered"_s, sqlDate(p.deliveredOn))
        .bind(u":vat_rate"_s, p.vatRateTenths ? QVariant(*p.vatRateTenths) : QVariant(QMetaType(QMetaType::Int)))
        .bind(u":reverse_charge"_s, p.reverseCharge ? 1 : 0);
}

const QString kProjectValues = QStringLiteral(
    ":client, :title, :scope, :status, :currency, :base, :offer, :nda, :markup, :dkind, "
    ":dvalue, :dreason, :dconcession, :dfuture, :hours, :deadline, :margin, :guarantee, "
    ":revisions, :cnumber, :cdate, :cterm, :delivered, :vat_rate, :reverse_charge");

Result<void> insertRevision(StatementCache &statements, const QSqlDatabase &db, Revision &r)
{
    if (!r.requestedOn.isValid())
        return fail(QCoreApplication::translate("ProjectStore", "Revision: the date it was requested is missing."));
    SqlStatement &st = statements.get(db, insertStatement(QStringLiteral(
        "INSERT INTO revision (id, project_id, requested_on, description, kind, charge_minor) "
        "VALUES (:id, :project, :on, :description, :kind, :charge)"), r.id));
    st.bind(u":id"_s, sqlId(r.id))
        .bind(u":project"_s, r.projectId)
        .bind(u":on"_s, sqlDate(r.requestedOn))
        .bind(u":description"_s, text(r.description))
        .bind(u":kind"_s, toId(r.kind))
        .bind(u":charge"_s, r.chargeMinor);
    if (auto res = st.exec(); !res)
        return res;
    r.id = storedId(st, r.id);
    return {};
}

} // namespace

namespace {

// A project's included items, stages, revisions and price changes, written
// after its row.
Result<void> insertChildren(StatementCache &statements, const QSqlDatabase &db, Project &p)
{
    for (int i = 0; i < p.includedItems.size(); ++i) {
        SqlStatement &st = statements.get(db, QStringLiteral(
            "INSERT INTO project_item (project_id, position, description) VALUES (:p, :pos, :d)"));
        st.bind(u":p"_s, p.id).bind(u":pos"_s, i + 1).bind(u":d"_s, text(p.includedItems.at(i)));
        if (auto r = st.exec(); !r)
            return r;
    }
    for (int i = 0; i < p.stages.size(); ++i) {
        PaymentStage &s = p.stages[i];
        s.projectId = p.id;
        s.position = i + 1;
        SqlStatement &st = statements.get(db, insertStatement(QStringLiteral(
            "INSERT INTO stage (id, project_id, position, title, amount_minor, due_on, "
            "work_started_on, paid_on, paid_minor) "
            "VALUES (:id, :p, :pos, :title, :amount, :due, :started, :paid, :paidminor)"), s.id));
        st.bind(u":id"_s, sqlId(s.id))
            .bind(u":p"_s, p.id)
            .bind(u":pos"_s, s.position)
            .bind(u":title"_s, text(s.title))
            .bind(u":amount"_s, s.amountMinor)
            .bind(u":due"_s, sqlDate(s.dueOn))
            .bind(u":started"_s, sqlDate(s.workStartedOn))
            .bind(u":paid"_s, sqlDate(s.paidOn))
            .bind(u":paidminor"_s, s.paidMinor);
        if (auto r = st.exec(); !r)
            return fail(ProjectStore::tr("Stage %1: %2").arg(i + 1).arg(r.error()));
        s.id = storedId(st, s.id);
    }
    for (Revision &rev : p.revisions) {
        rev.projectId = p.id;
        if (auto r = insertRevision(statements, db, rev); !r)
            return r;
    }
    for (PriceChange &c : p.priceChanges) {
        c.projectId = p.id;
        if (!c.effectiveOn.isValid())
            return fail(ProjectStore::tr("Price change: the date it takes effect is missing."));
        SqlStatement &st = statements.get(db, insertStatement(QStringLiteral(
            "INSERT INTO price_change (id, project_id, effective_on, new_price_minor, announced_on, note) "
            "VALUES (:id, :p, :eff, :price, :ann, :note)"), c.id));
        st.bind(u":id"_s, sqlId(c.id))
            .bind(u":p"_s, p.id)
            .bind(u":eff"_s, sqlDate(c.effectiveOn))
            .bind(u":price"_s, c.newPriceMinor)
            .bind(u":ann"_s, sqlDate(c.announcedOn))
            .bind(u":note"_s, text(c.note));
        if (auto r = st.exec(); !r)
            return r;
        c.id = storedId(st, c.id);
    }
    return {};
}

} // namespace

Result<void> ProjectStore::writeChildren(Project &p)
{
    const QSqlDatabase db = m_db.connection();
    // Children are replaced as a whole, keeping the ids of those that exist,
    // so reordering stages never trips the (project, position) uniqueness.
    for (const char *table : {"project_item", "stage", "revision", "price_change"}) {
        SqlStatement &del = m_statements.get(
            db, QStringLiteral("DELETE FROM %1 WHERE project_id = :id").arg(QLatin1StringView(table)));
        del.bind(u":id"_s, p.id);
        if (auto r = del.exec(); !r)
            return r;
    }
    return insertChildren(m_statements, db, p);
}

Result<void> ProjectStore::create(Project &project)
{
    if (auto valid = validate(project); !valid)
        return valid;
    Project copy = project;
    auto result = m_db.transaction([&]() -> Result<void> {
        static const QString insert = QStringLiteral(
            "INSERT INTO project (id, %1, updated_at, updated_by) VALUES (:id, %2, :updated_at, :updated_by)")
            .arg(kProjectColumns.mid(4), kProjectValues);
        SqlStatement &st = m_statements.get(m_db.connection(), insertStatement(insert, copy.id));
        st.bind(u":id"_s, sqlId(copy.id));
        bindProject(st, copy);
        RowVersions::bindStamp(st);
        if (auto r = st.exec(); !r)
            return r;
        copy.id = storedId(st, copy.id);
        copy.rowVersion.value = 1;
        // Just inserted, the project has no children to replace.
        return insertChildren(m_statements, m_db.connection(), copy);
    });
    // Ids are handed back only when everything was stored.
    if (result)
        project = copy;
    return result;
}

Result<void> ProjectStore::update(Project &project)
{
    if (auto valid = validate(project); !valid)
        return valid;
    Project copy = project;
    auto result = m_db.transaction([&]() -> Result<void> {
        SqlStatement st(m_db.connection(), QStringLiteral(
            "UPDATE project SET client_id = :client, title = :title, scope = :scope, status = :status, "
            "currency = :currency, base_price_minor = :base, first_offer_minor = :offer, nda = :nda, "
            "nda_markup_percent = :markup, discount_kind = :dkind, discount_value = :dvalue, "
            "discount_reason = :dreason, discount_concession = :dconcession, "
            "discount_for_future_orders = :dfuture, estimated_hours = :hours, deadline = :deadline, "
            "internal_margin_days = :margin, guarantee_percent = :guarantee, "
            "revisions_included = :revisions, contract_number = :cnumber, contract_date = :cdate, "
            "contract_term_months = :cterm, delivered_on = :delivered, vat_rate_tenths = :vat_rate, "
            "reverse_charge = :reverse_charge, %1 WHERE id = :id AND row_version = :row_version")
            .arg(RowVersions::bumpColumns()));
        bindProject(st, copy);
        RowVersions::bindStamp(st);
        st.bind(u":id"_s, copy.id);
        // First the version: a stale copy is refused for what it is, not for
        // a stage it would remove that was invoiced since it was loaded.
        if (auto current = RowVersions::check(m_db.connection(), "project", QT_TRANSLATE_NOOP("Database", "Project"),
                                              copy.id, copy.rowVersion.value);
            !current)
            return current;
        // Before the stages are rewritten: an invoiced stage must stay.
        if (auto kept = InvoiceStore(m_db).checkProjectEdit(copy); !kept)
            return kept;
        if (auto r = RowVersions::exec(st, m_db.connection(), "project", QT_TRANSLATE_NOOP("Database", "Project"),
                                       copy.id, copy.rowVersion.value);
            !r)
            return r;
        ++copy.rowVersion.value;
        return writeChildren(copy);
    });
    if (result)
        project = copy;
    return result;
}

Result<void> ProjectStore::remove(qint64 id)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto kept = InvoiceStore(m_db).refuseDeletion(0, id); !kept)
            return kept;
        // Items, stages, revisions and price changes go by ON DELETE CASCADE.
        SqlStatement st(m_db.connection(), QStringLiteral("DELETE FROM project WHERE id = :id"));
        st.bind(u":id"_s, id);
        return execExpectingRow(st, QT_TRANSLATE_NOOP("Database", "Project"), id);
    });
}

Result<Project> ProjectStore::get(qint64 id) const
{
    auto projects = load(id, 0);
    if (!projects)
        return Error{projects.error()};
    if (projects->isEmpty())
        return notFound(QT_TRANSLATE_NOOP("Database", "Project"), id);
    return projects->constFirst();
}

Result<QList<Project>> ProjectStore::list() const
{
    return load(0, 0);
}

Result<QList<Project>> ProjectStore::listForClient(qint64 clientId) const
{
    return load(0, clientId);
}

Result<QList<Project>> ProjectStore::load(qint64 projectId, qint64 clientId) const
{
    // Five queries whatever the number of projects: the projects, then each
    // child table joined back to the same selection.
    QString where = u"1 = 1"_s; // every project
    if (projectId > 0)
        where = u"project.id = :sel"_s;
    else if (clientId > 0)
        where = u"project.client_id = :sel"_s;
    const qint64 sel = projectId > 0 ? projectId : clientId;
    const QSqlDatabase db = m_db.connection();

    QList<Project> projects;
    QHash<qint64, qsizetype> index;
    {
        SqlStatement st(db, QStringLiteral("SELECT %1%2 FROM project WHERE %3 ORDER BY id")
                                .arg(kProjectColumns, kProjectVersionColumn, where));
        if (sel > 0)
            st.bind(u":sel"_s, sel);
        if (auto r = st.exec(); !r)
            return Error{r.error()};
        while (st.next()) {
            projects << projectFromRow(st);
            index.insert(projects.constLast().id, projects.size() - 1);
        }
    }
    // A child table is joined back to the project only to select: for
    // every project the join would look up each row's project for nothing.
    // The SQL has %1 where the selection goes, after its table's alias.
    auto children = [&](const QString &sql, const QString &alias,
                        const std::function<void(const SqlStatement &, Project &)> &add) -> Result<void> {
        const QString selection =
            sel > 0 ? u"JOIN project ON project.id = %1.project_id WHERE %2"_s.arg(alias, where) : QString();
        SqlStatement st(db, sql.arg(selection));
        if (sel > 0)
            st.bind(u":sel"_s, sel);
        if (auto r = st.exec(); !r)
            return r;
        while (st.next()) {
            const auto it = index.constFind(st.value(0).toLongLong());
            if (it != index.cend())
                add(st, projects[*it]);
        }
        return {};
    };
    auto items = children(QStringLiteral(
        "SELECT i.project_id, i.description FROM project_item i %1 ORDER BY i.project_id, i.position"), u"i"_s,
        [](const SqlStatement &st, Project &p) { p.includedItems << st.value(1).toString(); });
    if (!items)
        return Error{items.error()};
    auto stages = children(QStringLiteral(
        "SELECT s.project_id, s.id, s.position, s.title, s.amount_minor, s.due_on, s.work_started_on, "
        "s.paid_on, s.paid_minor FROM stage s %1 ORDER BY s.project_id, s.position"), u"s"_s,
        [](const SqlStatement &st, Project &p) {
            PaymentStage s;
            s.projectId = st.value(0).toLongLong();
            s.id = st.value(1).toLongLong();
            s.position = st.value(2).toInt();
            s.title = st.value(3).toString();
            s.amountMinor = st.value(4).toLongLong();
            s.dueOn = dateFromSql(st.value(5));
            s.workStartedOn = dateFromSql(st.value(6));
            s.paidOn = dateFromSql(st.value(7));
            s.paidMinor = st.value(8).toLongLong();
            p.stages << s;
        });
    if (!stages)
        return Error{stages.error()};
    auto revisions = children(QStringLiteral(
        "SELECT r.project_id, r.id, r.project_id, r.requested_on, r.description, r.kind, r.charge_minor "
        "FROM revision r %1 ORDER BY r.project_id, r.requested_on, r.id"), u"r"_s,
        [](const SqlStatement &st, Project &p) {
            Revision r;
            r.id = st.value(1).toLongLong();
            r.projectId = st.value(2).toLongLong();
            r.requestedOn = dateFromSql(st.value(3));
            r.description = st.value(4).toString();
            r.kind = enumFrom(st.value(5), RevisionKind::Round);
            r.chargeMinor = st.value(6).toLongLong();
            p.revisions << r;
        });
    if (!revisions)
        return Error{revisions.error()};
    auto changes = children(QStringLiteral(
        "SELECT c.project_id, c.id, c.effective_on, c.new_price_minor, c.announced_on, c.note "
        "FROM price_change c %1 ORDER BY c.project_id, c.effective_on, c.id"), u"c"_s,
        [](const SqlStatement &st, Project &p) {
            PriceChange c;
            c.projectId = st.value(0).toLongLong();
            c.id = st.value(1).toLongLong();
            c.effectiveOn = dateFromSql(st.value(2));
            c.newPriceMinor = st.value(3).toLongLong();
            c.announcedOn = dateFromSql(st.value(4));
            c.note = st.value(5).toString();
            p.priceChanges << c;
        });
    if (!changes)
        return Error{changes.error()};
    return projects;
}

namespace {

// A stage or revision is part of its project: changing one on its own makes
// every copy of the project loaded before it stale.
Result<void> bumpProjectOf(const QSqlDatabase &db, const char *childTable, qint64 childId)
{
    SqlStatement st(db, QStringLiteral("UPDATE project SET %1 WHERE id = (SELECT project_id FROM %2 WHERE id = :id)")
                            .arg(RowVersions::bumpColumns(), QLatin1StringView(childTable)));
    RowVersions::bindStamp(st);
    st.bind(u":id"_s, childId);
    return st.exec();
}

} // namespace

Result<void> ProjectStore::recordStageProgress(qint64 stageId, const QDate &workStartedOn,
                                               const QDate &paidOn, qint64 paidMinor)
{
    if (paidMinor < 0)
        return fail(tr("Paid amount: cannot be negative."));
    return m_db.transaction([&]() -> Result<void> {
        SqlStatement st(m_db.connection(), QStringLiteral(
            "UPDATE stage SET work_started_on = :started, paid_on = :paid, paid_minor = :amount WHERE id = :id"));
        st.bind(u":started"_s, sqlDate(workStartedOn))
            .bind(u":paid"_s, sqlDate(paidOn))
            .bind(u":amount"_s, paidMinor)
            .bind(u":id"_s, stageId);
        if (auto r = execExpectingRow(st, QT_TRANSLATE_NOOP("Database", "Stage"), stageId); !r)
            return r;
        return bumpProjectOf(m_db.connection(), "stage", stageId);
    });
}

Result<void> ProjectStore::addRevision(Revision &revision)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto r = insertRevision(m_statements, m_db.connection(), revision); !r)
            return r;
        return RowVersions::bump(m_db.connection(), "project", revision.projectId);
    });
}

Result<void> ProjectStore::updateRevision(const Revision &r)
{
    SqlStatement st(m_db.connection(), QStringLiteral(
        "UPDATE revision SET requested_on = :on, description = :description, kind = :kind, "
        "charge_minor = :charge WHERE id = :id"));
    st.bind(u":on"_s, sqlDate(r.requestedOn))
        .bind(u":description"_s, text(r.description))
        .bind(u":kind"_s, toId(r.kind))
        .bind(u":charge"_s, r.chargeMinor)
        .bind(u":id"_s, r.id);
    return m_db.transaction([&]() -> Result<void> {
        if (auto done = execExpectingRow(st, QT_TRANSLATE_NOOP("Database", "Revision"), r.id); !done)
            return done;
        return bumpProjectOf(m_db.connection(), "revision", r.id);
    });
}

Result<void> ProjectStore::removeRevision(qint64 revisionId)
{
    return m_db.transaction([&]() -> Result<void> {
        // The project first, while the revision still names it.
        if (auto bumped = bumpProjectOf(m_db.connection(), "revision", revisionId); !bumped)
            return bumped;
        SqlStatement st(m_db.connection(), QStringLiteral("DELETE FROM revision WHERE id = :id"));
        st.bind(u":id"_s, revisionId);
        return execExpectingRow(st, QT_TRANSLATE_NOOP("Database", "Revision"), revisionId);
    });
}

// ---------------------------------------------------------------- Interactions

namespace {

const QString kInteractionColumns = QStringLiteral(
    "id, client_id, project_id, at, channel, direction, kind, summary, confirmed_on, row_version");

Interaction interactionFromRow(const SqlStatement &st)
{
    Interaction i;
    i.id = st.value(0).toLongLong();
    i.clientId = st.value(1).toLongLong();
    i.projectId = st.value(2).toLongLong();
    i.at = timestampFromSql(st.value(3));
    i.channel = enumFrom(st.value(4), Channel::Email);
    i.direction = enumFrom(st.value(5), Direction::In);
    i.kind = enumFrom(st.value(6), InteractionKind::General);
    i.summary = st.value(7).toString();
    i.confirmedOn = dateFromSql(st.value(8));
    i.rowVersion.value = st.value(9).toLongLong();
    return i;
}

void bindInteraction(SqlStatement &st, const Interaction &i)
{
    st.bind(u":client"_s, i.clientId)
        .bind(u":project"_s, sqlId(i.projectId))
        .bind(u":at"_s, sqlTimestamp(i.at))
        .bind(u":channel"_s, toId(i.channel))
        .bind(u":direction"_s, toId(i.direction))
        .bind(u":kind"_s, toId(i.kind))
        .bind(u":summary"_s, text(i.summary))
        .bind(u":confirmed"_s, sqlDate(i.confirmedOn));
}

} // namespace

Result<void> InteractionStore::validate(const Interaction &i)
{
    if (!i.at.isValid())
        return fail(tr("Time: an interaction needs the date and time it happened."));
    if (i.summary.trimmed().isEmpty())
        return fail(tr("Summary: write down what was said or agreed."));
    if (auto limits = Limits::check(i); !limits)
        return limits;
    return {};
}

Result<void> InteractionStore::create(Interaction &i)
{
    if (!i.at.isValid())
        return fail(tr("Time: an interaction needs the date and time it happened."));
    if (auto limits = Limits::check(i); !limits)
        return limits;
    SqlStatement &st = m_statements.get(m_db.connection(), insertStatement(QStringLiteral(
        "INSERT INTO interaction (id, client_id, project_id, at, channel, direction, kind, summary, confirmed_on, "
        "updated_at, updated_by) "
        "VALUES (:id, :client, :project, :at, :channel, :direction, :kind, :summary, :confirmed, "
        ":updated_at, :updated_by)"), i.id));
    st.bind(u":id"_s, sqlId(i.id));
    bindInteraction(st, i);
    RowVersions::bindStamp(st);
    if (auto r = st.exec(); !r)
        return r;
    i.id = storedId(st, i.id);
    i.rowVersion.value = 1;
    return {};
}

Result<Interaction> InteractionStore::get(qint64 id) const
{
    SqlStatement st(m_db.connection(),
                    QStringLiteral("SELECT %1 FROM interaction WHERE id = :id").arg(kInteractionColumns));
    st.bind(u":id"_s, id);
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    if (!st.next())
        return notFound(QT_TRANSLATE_NOOP("Database", "Interaction"), id);
    return interactionFromRow(st);
}

Result<void> InteractionStore::update(Interaction &i)
{
    if (!i.at.isValid())
        return fail(tr("Time: an interaction needs the date and time it happened."));
    if (auto limits = Limits::check(i); !limits)
        return limits;
    SqlStatement st(m_db.connection(), QStringLiteral(
        "UPDATE interaction SET client_id = :client, project_id = :project, at = :at, channel = :channel, "
        "direction = :direction, kind = :kind, summary = :summary, confirmed_on = :confirmed, %1 "
        "WHERE id = :id AND row_version = :row_version").arg(RowVersions::bumpColumns()));
    bindInteraction(st, i);
    RowVersions::bindStamp(st);
    st.bind(u":id"_s, i.id);
    if (auto r = RowVersions::exec(st, m_db.connection(), "interaction",
                                   QT_TRANSLATE_NOOP("Database", "Interaction"), i.id, i.rowVersion.value);
        !r)
        return r;
    ++i.rowVersion.value;
    return {};
}

Result<void> InteractionStore::remove(qint64 id)
{
    SqlStatement st(m_db.connection(), QStringLiteral("DELETE FROM interaction WHERE id = :id"));
    st.bind(u":id"_s, id);
    return execExpectingRow(st, QT_TRANSLATE_NOOP("Database", "Interaction"), id);
}

Result<QList<Interaction>> InteractionStore::list(qint64 clientId) const
{
    // One client's log comes in time order from the (client_id, at) index.
    // The whole log is read in id order, which costs the database nothing,
    // and put in time order here: ORDER BY at made SQLite sort every row,
    // summaries and all, in a temporary file first.
    SqlStatement st(m_db.connection(), clientId > 0
                                           ? QStringLiteral("SELECT %1 FROM interaction WHERE client_id = :client "
                                                            "ORDER BY at, id").arg(kInteractionColumns)
                                           : QStringLiteral("SELECT %1 FROM interaction ORDER BY id")
                                                 .arg(kInteractionColumns));
    if (clientId > 0)
        st.bind(u":client"_s, clientId);
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    QList<Interaction> all;
    while (st.next())
        all << interactionFromRow(st);
    if (clientId <= 0) {
        // Stable: interactions at the same moment stay in id order.
        std::stable_sort(all.begin(), all.end(), [](const Interaction &a, const Interaction &b) {
            return a.at.toMSecsSinceEpoch() < b.at.toMSecsSinceEpoch();
        });
    }
    return all;
}

Result<NegotiationStats::ProjectLogDays> InteractionStore::projectLogDays() const
{
    // A timestamp's text sorts as its time (one fixed format), so min() is
    // the earliest.
    SqlStatement st(m_db.connection(), QStringLiteral(
        "SELECT project_id, min(at), min(CASE WHEN kind = :agreement THEN at END) FROM interaction "
        "WHERE project_id IS NOT NULL GROUP BY project_id"));
    st.bind(u":agreement"_s, toId(InteractionKind::Agreement));
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    NegotiationStats::ProjectLogDays days;
    while (st.next()) {
        NegotiationStats::LogDays &d = days[st.value(0).toLongLong()];
        d.first = timestampFromSql(st.value(1)).date();
        if (!st.value(2).isNull())
            d.firstAgreement = timestampFromSql(st.value(2)).date();
    }
    return days;
}

// ---------------------------------------------------------------- Promises

namespace {

Promise promiseFromRow(const SqlStatement &st)
{
    Promise p;
    p.id = st.value(0).toLongLong();
    p.clientId = st.value(1).toLongLong();
    p.projectId = st.value(2).toLongLong();
    p.what = st.value(3).toString();
    p.dueOn = dateFromSql(st.value(4));
    p.doneOn = dateFromSql(st.value(5));
    p.rowVersion.value = st.value(6).toLongLong();
    return p;
}

void bindPromise(SqlStatement &st, const Promise &p)
{
    st.bind(u":client"_s, p.clientId)
        .bind(u":project"_s, sqlId(p.projectId))
        .bind(u":what"_s, p.what.trimmed())
        .bind(u":due"_s, sqlDate(p.dueOn))
        .bind(u":done"_s, sqlDate(p.doneOn));
}

Result<void> checkPromise(const Promise &p)
{
    if (p.what.trimmed().isEmpty())
        return fail(QCoreApplication::translate("PromiseStore", "What: say what was promised."));
    if (!p.dueOn.isValid())
        return fail(QCoreApplication::translate("PromiseStore", "Due: a promise needs a due date."));
    return Limits::check(p);
}

} // namespace

Result<void> PromiseStore::create(Promise &p)
{
    if (auto ok = checkPromise(p); !ok)
        return ok;
    SqlStatement &st = m_statements.get(m_db.connection(), insertStatement(QStringLiteral(
        "INSERT INTO promise (id, client_id, project_id, what, due_on, done_on, updated_at, updated_by) "
        "VALUES (:id, :client, :project, :what, :due, :done, :updated_at, :updated_by)"), p.id));
    st.bind(u":id"_s, sqlId(p.id));
    bindPromise(st, p);
    RowVersions::bindStamp(st);
    if (auto r = st.exec(); !r)
        return r;
    p.id = storedId(st, p.id);
    p.rowVersion.value = 1;
    return {};
}

Result<Promise> PromiseStore::get(qint64 id) const
{
    SqlStatement st(m_db.connection(), QStringLiteral(
        "SELECT id, client_id, project_id, what, due_on, done_on, row_version FROM promise WHERE id = :id"));
    st.bind(u":id"_s, id);
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    if (!st.next())
        return notFound(QT_TRANSLATE_NOOP("Database", "Promise"), id);
    return promiseFromRow(st);
}

Result<void> PromiseStore::update(Promise &p)
{
    if (auto ok = checkPromise(p); !ok)
        return ok;
    SqlStatement st(m_db.connection(), QStringLiteral(
        "UPDATE promise SET client_id = :client, project_id = :project, what = :what, due_on = :due, "
        "done_on = :done, %1 WHERE id = :id AND row_version = :row_version").arg(RowVersions::bumpColumns()));
    bindPromise(st, p);
    RowVersions::bindStamp(st);
    st.bind(u":id"_s, p.id);
    if (auto r = RowVersions::exec(st, m_db.connection(), "promise", QT_TRANSLATE_NOOP("Database", "Promise"), p.id,
                                   p.rowVersion.value);
        !r)
        return r;
    ++p.rowVersion.value;
    return {};
}

Result<void> PromiseStore::remove(qint64 id)
{
    SqlStatement st(m_db.connection(), QStringLiteral("DELETE FROM promise WHERE id = :id"));
    st.bind(u":id"_s, id);
    return execExpectingRow(st, QT_TRANSLATE_NOOP("Database", "Promise"), id);
}

Result<QList<Promise>> PromiseStore::list(qint64 clientId) const
{
    SqlStatement st(m_db.connection(),
                    QStringLiteral("SELECT id, client_id, project_id, what, due_on, done_on, row_version FROM promise %1 "
                                   "ORDER BY due_on, id")
                        .arg(clientId > 0 ? u"WHERE client_id = :client"_s : QString()));
    if (clientId > 0)
        st.bind(u":client"_s, clientId);
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    QList<Promise> all;
    while (st.next())
        all << promiseFromRow(st);
    return all;
}

// ---------------------------------------------------------------- Observations

namespace {

Observation observationFromRow(const SqlStatement &st)
{
    Observation o;
    o.id = st.value(0).toLongLong();
    o.clientId = st.value(1).toLongLong();
    o.pattern = enumFrom(st.value(2), ClientPattern::Disrespect);
    o.note = st.value(3).toString();
    o.observedOn = dateFromSql(st.value(4));
    o.withdrawnOn = dateFromSql(st.value(5));
    o.rowVersion.value = st.value(6).toLongLong();
    return o;
}

void bindObservation(SqlStatement &st, const Observation &o)
{
    st.bind(u":client"_s, o.clientId)
        .bind(u":pattern"_s, toId(o.pattern))
        .bind(u":note"_s, text(o.note))
        .bind(u":observed"_s, sqlDate(o.observedOn))
        .bind(u":withdrawn"_s, sqlDate(o.withdrawnOn));
}

} // namespace

Result<void> ObservationStore::create(Observation &o)
{
    if (auto limits = Limits::check(o); !limits)
        return limits;
    if (!o.observedOn.isValid())
        return fail(tr("Observed on: the date is missing."));
    SqlStatement &st = m_statements.get(m_db.connection(), insertStatement(QStringLiteral(
        "INSERT INTO observation (id, client_id, pattern, note, observed_on, withdrawn_on, updated_at, updated_by) "
        "VALUES (:id, :client, :pattern, :note, :observed, :withdrawn, :updated_at, :updated_by)"), o.id));
    st.bind(u":id"_s, sqlId(o.id));
    bindObservation(st, o);
    RowVersions::bindStamp(st);
    if (auto r = st.exec(); !r)
        return r;
    o.id = storedId(st, o.id);
    o.rowVersion.value = 1;
    return {};
}

Result<Observation> ObservationStore::get(qint64 id) const
{
    SqlStatement st(m_db.connection(), QStringLiteral(
        "SELECT id, client_id, pattern, note, observed_on, withdrawn_on, row_version FROM observation WHERE id = :id"));
    st.bind(u":id"_s, id);
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    if (!st.next())
        return notFound(QT_TRANSLATE_NOOP("Database", "Observation"), id);
    return observationFromRow(st);
}

Result<void> ObservationStore::update(Observation &o)
{
    if (auto limits = Limits::check(o); !limits)
        return limits;
    if (!o.observedOn.isValid())
        return fail(tr("Observed on: the date is missing."));
    SqlStatement st(m_db.connection(), QStringLiteral(
        "UPDATE observation SET client_id = :client, pattern = :pattern, note = :note, "
        "observed_on = :observed, withdrawn_on = :withdrawn, %1 WHERE id = :id AND row_version = :row_version")
        .arg(RowVersions::bumpColumns()));
    bindObservation(st, o);
    RowVersions::bindStamp(st);
    st.bind(u":id"_s, o.id);
    if (auto r = RowVersions::exec(st, m_db.connection(), "observation",
                                   QT_TRANSLATE_NOOP("Database", "Observation"), o.id, o.rowVersion.value);
        !r)
        return r;
    ++o.rowVersion.value;
    return {};
}

Result<void> ObservationStore::observe(Observation &o)
{
    return m_db.transaction([&]() -> Result<void> {
        const auto existing = list(o.clientId);
        if (!existing)
            return Error{existing.error()};
        for (const Observation &other : *existing) {
            if (other.pattern == o.pattern && !other.withdrawnOn.isValid())
                return fail(tr("Pattern: \"%1\" is observed already (observation #%2 of %3).")
                                .arg(toId(o.pattern))
                                .arg(other.id)
                                .arg(other.observedOn.toString(Qt::ISODate)));
        }
        return create(o);
    });
}

Result<void> ObservationStore::withdraw(qint64 id, const QDate &on)
{
    if (!on.isValid())
        return fail(tr("Withdrawn on: the date is missing."));
    const auto current = get(id);
    if (!current)
        return Error{current.error()};
    if (current->withdrawnOn.isValid())
        return fail(tr("Observation #%1 was withdrawn on %2 already.")
                        .arg(id)
                        .arg(current->withdrawnOn.toString(Qt::ISODate)));
    SqlStatement st(m_db.connection(), QStringLiteral("UPDATE observation SET withdrawn_on = :on, %1 WHERE id = :id")
                                           .arg(RowVersions::bumpColumns()));
    st.bind(u":on"_s, sqlDate(on)).bind(u":id"_s, id);
    RowVersions::bindStamp(st);
    return execExpectingRow(st, QT_TRANSLATE_NOOP("Database", "Observation"), id);
}

Result<void> ObservationStore::remove(qint64 id)
{
    SqlStatement st(m_db.connection(), QStringLiteral("DELETE FROM observation WHERE id = :id"));
    st.bind(u":id"_s, id);
    return execExpectingRow(st, QT_TRANSLATE_NOOP("Database", "Observation"), id);
}

Result<QList<Observation>> ObservationStore::list(qint64 clientId) const
{
    SqlStatement st(m_db.connection(),
                    QStringLiteral("SELECT id, client_id, pattern, note, observed_on, withdrawn_on, row_version FROM observation "
                                   "%1 ORDER BY observed_on, id")
                        .arg(clientId > 0 ? u"WHERE client_id = :client"_s : QString()));
    if (clientId > 0)
        st.bind(u":client"_s, clientId);
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    QList<Observation> all;
    while (st.next())
        all << observationFromRow(st);
    return all;
}

} // namespace neuvo
