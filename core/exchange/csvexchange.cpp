#include "csvexchange.h"

#include "core/domain/newrecords.h"

#include "csv.h"
#include "core/domain/businessid.h"
#include "core/storage/database.h"
#include "core/domain/domain.h"
#include "core/domain/limits.h"
#include "core/domain/pricing.h"
#include "core/storage/stores.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

const QStringList kClientColumns = {
    u"id"_s, u"name"_s, u"company"_s, u"type"_s, u"source"_s, u"email"_s, u"phone"_s, u"messenger"_s,
    u"preferred_channel"_s, u"contact_from"_s, u"contact_to"_s, u"time_zone"_s, u"status"_s, u"notes"_s,
    u"billing_address"_s, u"business_id"_s, u"vat_id"_s};
const QStringList kProjectColumns = {
    u"id"_s, u"client_id"_s, u"client"_s, u"title"_s, u"status"_s, u"currency"_s, u"base_price"_s,
    u"first_offer"_s, u"nda"_s, u"total"_s, u"estimated_hours"_s, u"deadline"_s, u"contract_number"_s,
    u"scope"_s};
const QStringList kStageColumns = {
    u"id"_s, u"project_id"_s, u"project"_s, u"position"_s, u"title"_s, u"currency"_s, u"amount"_s,
    u"due_on"_s, u"work_started_on"_s, u"paid_on"_s, u"paid"_s};
// Written by export for reading, ignored by import: ids are given anew,
// the total is computed.
const QStringList kIgnoredOnImport = {u"id"_s, u"total"_s};

QString normalizedHeader(QString header)
{
    header = header.trimmed().toLower();
    header.replace(u' ', u'_').replace(u'-', u'_');
    return header;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// One data row as column -> value, with the problems found while reading it.
class Row
{
public:
    Row(int line, const QHash<QString, QString> &values, QStringList &errors, const CsvDialect &dialect)
        : m_line(line)
        , m_values(values)
        , m_errors(errors)
        , m_dialect(dialect)
    {
    }

    QString text(const QString &column) const { return m_values.value(column).trimmed(); }
    bool has(const QString &column) const { return !text(column).isEmpty(); }
    void error(const QString &column, const QString &message)
    {
        if (column.isEmpty())
            m_errors << CsvExchange::tr("line %1: %2").arg(m_line).arg(message);
        else
            m_errors << CsvExchange::tr("line %1: %2: %3").arg(m_line).arg(column, message);
    }

    template<typename E>
    E enumValue(const QString &column, E fallback)
    {
        if (!has(column))
            return fallback;
        if (const auto value = fromId<E>(text(column).toLower()))
            return *value;
        error(column, CsvExchange::tr("\"%1\" is not one of %2.").arg(Limits::shorten(text(column)), allIds<E>().join(u", "_s)));
        return fallback;
    }
    QDate date(const QString &column)
    {
        if (!has(column))
            return {};
        static const QRegularExpression iso(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
        const QDate d = iso.match(text(column)).hasMatch() ? QDate::fromString(text(column), Qt::ISODate) : QDate();
        if (!d.isValid())
            error(column, CsvExchange::tr("\"%1\" is not a date in the form YYYY-MM-DD.").arg(Limits::shorten(text(column))));
        return d;
    }
    QTime time(const QString &column, const QTime &fallback)
    {
        if (!has(column))
            return fallback;
        const QTime t = QTime::fromString(text(column), u"HH:mm"_s);
        if (!t.isValid())
            error(column, CsvExchange::tr("\"%1\" is not a time in the form HH:MM.").arg(Limits::shorten(text(column))));
        return t.isValid() ? t : fallback;
    }
    int integer(const QString &column, int fallback)
    {
        if (!has(column))
            return fallback;
        bool ok = false;
        const int value = text(column).toInt(&ok);
        if (!ok || value < 0)
            error(column, CsvExchange::tr("\"%1\" is not a whole number of 0 or more.").arg(Limits::shorten(text(column))));
        return ok && value >= 0 ? value : fallback;
    }
    std::optional<qint64> money(const QString &column, const QString &currency)
    {
        if (!has(column))
            return std::nullopt;
        const auto parsed = Money::parseDecimal(Csv::plainAmount(text(column), m_dialect), currency);
        if (!parsed) {
            if (m_dialect.decimalMark == u'.')
                error(column, parsed.error());
            else
                error(column, CsvExchange::tr("\"%1\" is not an amount such as 1 234,50.").arg(text(column)));
            return std::nullopt;
        }
        return parsed->minor();
    }
    bool flag(const QString &column)
    {
        const QString value = text(column).toLower();
        if (value.isEmpty() || value == u"0"_s || value == u"no"_s || value == u"false"_s)
            return false;
        if (value == u"1"_s || value == u"yes"_s || value == u"true"_s)
            return true;
        error(column, CsvExchange::tr("\"%1\" is not yes or no.").arg(Limits::shorten(text(column))));
        return false;
    }

private:
    int m_line;
    const QHash<QString, QString> &m_values;
    QStringList &m_errors;
    CsvDialect m_dialect;
};

} // namespace

QStringList CsvExchange::columns(Table table)
{
    switch (table) {
    case Table::Clients: return kClientColumns;
    case Table::Projects: return kProjectColumns;
    case Table::Stages: return kStageColumns;
    }
    return {};
}

QStringList CsvExchange::importFields(Table table)
{
    QStringList fields = columns(table);
    for (const QString &ignored : kIgnoredOnImport)
        fields.removeAll(ignored);
    return fields;
}

QString CsvExchange::fieldForHeader(Table table, const QString &header)
{
    // Only a suggestion for the mapping, so more lenient than import():
    // "E-Mail" and "Timezone" find email and time_zone too.
    const QString field = normalizedHeader(header);
    QString squeezed = field;
    squeezed.remove(u'_');
    for (const QString &known : importFields(table)) {
        if (known == field || QString(known).remove(u'_') == squeezed)
            return known;
    }
    return {};
}

namespace {

QString required(CsvExchange::Table table)
{
    return table == CsvExchange::Table::Clients ? u"name"_s : u"title"_s;
}

// Checks that a project or client can be built from the header's columns.
void checkRequiredFields(CsvExchange::Table table, const QStringList &header, int line, QStringList &errors)
{
    if (!header.contains(required(table)))
        errors << CsvExchange::tr("line %1: the column \"%2\" is missing.").arg(line).arg(required(table));
    if (table == CsvExchange::Table::Projects && !header.contains(u"client"_s) && !header.contains(u"client_id"_s))
        errors << CsvExchange::tr("line %1: a \"client\" (name) or \"client_id\" column is needed.").arg(line);
}

} // namespace

Result<CsvExchange::ImportSummary> CsvExchange::import(Database &db, Table table, const QByteArray &csv,
                                                       bool dryRun, const CsvDialect &dialect)
{
    if (table == Table::Stages)
        return fail(tr("Stages are imported with their project, not from CSV."));
    auto records = Csv::parse(csv, dialect);
    if (!records)
        return fail(records.error());
    if (records->isEmpty())
        return fail(tr("line 1: the file is empty; the first line must name the columns."));

    // Header: every column must be known, none twice.
    const QStringList known = columns(table);
    QStringList errors;
    QStringList header;
    for (const QString &raw : records->first().fields) {
        const QString column = normalizedHeader(raw);
        if (!known.contains(column))
            errors << tr("line %1: unknown column \"%2\"; the columns are %3.")
                          .arg(records->first().line)
                          .arg(raw, known.join(u", "_s));
        else if (header.contains(column))
            errors << tr("line %1: the column \"%2\" appears twice.").arg(records->first().line).arg(raw);
        header << column;
    }
    checkRequiredFields(table, header, records->first().line, errors);
    if (!errors.isEmpty())
        return fail(errors.join(u'\n'));
    return importRecords(db, table, *records, header, dryRun, dialect);
}

Result<CsvExchange::ImportSummary> CsvExchange::importMapped(Database &db, Table table, const QByteArray &csv,
                                                             const QStringList &fields, bool dryRun,
                                                             const CsvDialect &dialect)
{
    if (table == Table::Stages)
        return fail(tr("Stages are imported with their project, not from CSV."));
    auto records = Csv::parse(csv, dialect);
    if (!records)
        return fail(records.error());
    if (records->isEmpty())
        return fail(tr("line 1: the file is empty; the first line must name the columns."));
    const int line = records->first().line;
    if (fields.size() != records->first().fields.size()) {
        return fail(tr("line %1: %2 columns are mapped where the header has %3.")
                        .arg(line)
                        .arg(fields.size())
                        .arg(records->first().fields.size()));
    }
    const QStringList known = importFields(table);
    QStringList errors;
    QStringList header;
    for (const QString &field : fields) {
        if (field.isEmpty()) {
            header << QString();
            continue;
        }
        if (!known.contains(field))
            errors << tr("line %1: \"%2\" is not a field; the fields are %3.").arg(line).arg(field, known.join(u", "_s));
        else if (header.contains(field))
            errors << tr("line %1: two columns go into \"%2\"; choose it for one only.").arg(line).arg(field);
        header << field;
    }
    // Said in terms of the mapping: the header itself may name anything.
    if (!header.contains(required(table)))
        errors << tr("No column goes into \"%1\"; choose it for the column that holds it.").arg(required(table));
    if (table == Table::Projects && !header.contains(u"client"_s) && !header.contains(u"client_id"_s))
        errors << tr("No column goes into \"client\" (name) or \"client_id\"; every project needs its client.");
    if (!errors.isEmpty())
        return fail(errors.join(u'\n'));
    return importRecords(db, table, *records, header, dryRun, dialect);
}

Result<CsvExchange::ImportSummary> CsvExchange::importRecords(Database &db, Table table,
                                                              const QList<CsvRecord> &records,
                                                              const QStringList &header, bool dryRun,
                                                              const CsvDialect &dialect)
{
    QStringList errors;
    QList<Client> clients;
    QList<Project> projects;
    QHash<QString, QList<qint64>> clientIdsByName;
    QSet<qint64> clientIds;
    // A header and nothing else is a mistake (the wrong sheet, a cut-off
    // file), not an import of nothing: it must not count as done, nor make
    // a backup that pushes out an older one.
    if (records.size() < 2)
        return fail(tr("line %1: there are no rows below the header; nothing to import.").arg(records.first().line));
    QString defaultCurrency = u"EUR"_s;
    if (table == Table::Projects) {
        const auto existing = ClientStore(db).list();
        if (!existing)
            return fail(existing.error());
        for (const Client &c : *existing) {
            clientIdsByName[c.name.trimmed().toCaseFolded()] << c.id;
            clientIds << c.id;
        }
        if (const auto profile = ProfileStore(db).load())
            defaultCurrency = profile->currency;
    }

    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        if (record.fields.size() != header.size()) {
            errors << tr("line %1: %2 fields where the header has %3.")
                          .arg(record.line)
                          .arg(record.fields.size())
                          .arg(header.size());
            continue;
        }
        QHash<QString, QString> values;
        for (qsizetype i = 0; i < header.size(); ++i) {
            // Skipped columns have no field.
            if (!header.at(i).isEmpty() && !kIgnoredOnImport.contains(header.at(i)))
                values.insert(header.at(i), Csv::restoreFormula(record.fields.at(i)));
        }
        Row row(record.line, values, errors, dialect);

        if (table == Table::Clients) {
            // A column left out means what the desktop's new client starts
            // with: the freelancer's own time zone rather than UTC.
            Client c = NewRecords::client();
            c.name = row.text(u"name"_s);
            if (c.name.isEmpty())
                row.error(u"name"_s, tr("a client needs a name."));
            c.company = row.text(u"company"_s);
            c.type = row.enumValue(u"type"_s, c.type);
            c.source = row.enumValue(u"source"_s, c.source);
            c.email = row.text(u"email"_s);
            c.phone = row.text(u"phone"_s);
            c.messenger = row.text(u"messenger"_s);
            c.preferredChannel = row.enumValue(u"preferred_channel"_s, c.preferredChannel);
            c.contactFrom = row.time(u"contact_from"_s, c.contactFrom);
            c.contactTo = row.time(u"contact_to"_s, c.contactTo);
            if (row.has(u"time_zone"_s)) {
                c.timeZone = row.text(u"time_zone"_s);
                if (!QTimeZone::isTimeZoneIdAvailable(c.timeZone.toUtf8()))
                    row.error(u"time_zone"_s, tr("\"%1\" is not a time zone such as Europe/Helsinki.").arg(Limits::shorten(c.timeZone)));
            }
            c.status = row.enumValue(u"status"_s, c.status);
            c.notes = values.value(u"notes"_s); // as typed, line breaks included
            c.billingAddress = values.value(u"billing_address"_s).trimmed();
            c.businessId = row.text(u"business_id"_s);
            if (auto valid = BusinessId::check(c.businessId); !valid)
                row.error(u"business_id"_s, valid.error());
            c.vatId = row.text(u"vat_id"_s);
            if (auto valid = BusinessId::checkVatId(c.vatId); !valid)
                row.error(u"vat_id"_s, valid.error());
            if (auto limits = Limits::check(c); !limits)
                row.error(QString(), limits.error());
            clients << c;
            continue;
        }

        Project p;
        if (row.has(u"client_id"_s)) {
            bool ok = false;
            p.clientId = row.text(u"client_id"_s).toLongLong(&ok);
            if (!ok || !clientIds.contains(p.clientId))
                row.error(u"client_id"_s, tr("there is no client with the id \"%1\".").arg(Limits::shorten(row.text(u"client_id"_s))));
        } else if (row.has(u"client"_s)) {
            const auto ids = clientIdsByName.value(row.text(u"client"_s).toCaseFolded());
            if (ids.isEmpty())
                row.error(u"client"_s, tr("there is no client named \"%1\"; import the clients first.")
                                           .arg(Limits::shorten(row.text(u"client"_s))));
            else if (ids.size() > 1)
                row.error(u"client"_s, tr("several clients are named \"%1\"; use a client_id column instead.")
                                           .arg(Limits::shorten(row.text(u"client"_s))));
            else
                p.clientId = ids.first();
        } else {
            row.error(u"client"_s, tr("every project needs its client."));
        }
        p.title = row.text(u"title"_s);
        p.scope = values.value(u"scope"_s);
        p.status = row.enumValue(u"status"_s, p.status);
        p.currency = row.has(u"currency"_s) ? row.text(u"currency"_s).toUpper() : defaultCurrency;
        if (!Money::isCurrencyCode(p.currency)) {
            row.error(u"currency"_s, tr("\"%1\" is not a three-letter ISO 4217 code.").arg(Limits::shorten(p.currency)));
        } else {
            p.basePriceMinor = row.money(u"base_price"_s, p.currency).value_or(0);
            p.firstOfferMinor = row.money(u"first_offer"_s, p.currency);
        }
        p.nda = row.flag(u"nda"_s);
        p.estimatedHours = row.integer(u"estimated_hours"_s, 0);
        p.deadline = row.date(u"deadline"_s);
        p.contractNumber = row.text(u"contract_number"_s);
        if (p.clientId > 0 && Money::isCurrencyCode(p.currency)) {
            if (auto valid = ProjectStore::validate(p); !valid)
                row.error(QString(), valid.error());
        }
        projects << p;
    }
    if (!errors.isEmpty())
        return fail(errors.join(u'\n'));

    ImportSummary summary;
    summary.rows = int(records.size() - 1);
    if (dryRun)
        return summary;
    auto written = db.transaction([&]() -> Result<void> {
        for (Client &c : clients) {
            if (auto r = ClientStore(db).create(c); !r)
                return r;
        }
        for (Project &p : projects) {
            if (auto r = ProjectStore(db).create(p); !r)
                return r;
        }
        return {};
    });
    if (!written)
        return fail(written.error());
    summary.written = true;
    return summary;
}

Result<QByteArray> CsvExchange::exportTable(Database &db, Table table, const CsvDialect &dialect)
{
    const auto decimal = [&dialect](qint64 minor, const QString &currency) {
        return Csv::amountText(Money(minor, currency).toDecimalString(), dialect);
    };
    QList<QStringList> rows{columns(table)};
    if (table == Table::Clients) {
        const auto clients = ClientStore(db).list();
        if (!clients)
            return fail(clients.error());
        for (const Client &c : *clients) {
            rows << QStringList{QString::number(c.id), c.name, c.company, toId(c.type), toId(c.source), c.email,
                                c.phone, c.messenger, toId(c.preferredChannel), c.contactFrom.toString(u"HH:mm"_s),
                                c.contactTo.toString(u"HH:mm"_s), c.timeZone, toId(c.status), c.notes,
                                c.billingAddress, c.businessId, c.vatId};
        }
        return Csv::write(rows, dialect);
    }
    const auto clients = ClientStore(db).list();
    const auto projects = ProjectStore(db).list();
    if (!clients)
        return fail(clients.error());
    if (!projects)
        return fail(projects.error());
    QHash<qint64, QString> clientNames;
    for (const Client &c : *clients)
        clientNames.insert(c.id, c.name);
    for (const Project &p : *projects) {
        if (table == Table::Projects) {
            const auto price = Pricing::compute(p);
            rows << QStringList{QString::number(p.id), QString::number(p.clientId), clientNames.value(p.clientId),
                                p.title, toId(p.status), p.currency, decimal(p.basePriceMinor, p.currency),
                                p.firstOfferMinor ? decimal(*p.firstOfferMinor, p.currency) : QString(),
                                p.nda ? u"yes"_s : u"no"_s, price ? Csv::amountText(price->total.toDecimalString(), dialect) : QString(),
                                QString::number(p.estimatedHours), isoDate(p.deadline), p.contractNumber, p.scope};
            continue;
        }
        for (const PaymentStage &s : p.stages) {
            rows << QStringList{QString::number(s.id), QString::number(p.id), p.title, QString::number(s.position),
                                s.title, p.currency, decimal(s.amountMinor, p.currency), isoDate(s.dueOn),
                                isoDate(s.workStartedOn), isoDate(s.paidOn), decimal(s.paidMinor, p.currency)};
        }
    }
    return Csv::write(rows, dialect);
}

} // namespace neuvo
