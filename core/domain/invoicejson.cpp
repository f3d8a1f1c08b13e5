#include "invoicejson.h"

#include "creditorreference.h"
#include "finnishreference.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString rateText(int tenths)
{
    return VatRate::number(tenths, QLocale::c());
}

QJsonObject partyJson(const InvoiceParty &p)
{
    return QJsonObject{
        {u"name"_s, p.name},
        {u"legal_form"_s, p.legalForm},
        {u"company"_s, p.company},
        {u"address"_s, p.address},
        {u"business_id"_s, p.businessId},
        {u"vat_id"_s, p.vatId},
        {u"email"_s, p.email},
        {u"phone"_s, p.phone},
    };
}

// Reads one object's keys and collects problems under their paths; keys
// never asked for are problems too.
class Reader
{
public:
    Reader(QStringList &problems, QString path, QJsonObject object)
        : m_problems(problems), m_path(std::move(path)), m_object(std::move(object))
    {
    }

    QString pathOf(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    void problem(const QString &key, const QString &text) { m_problems << pathOf(key) + u": "_s + text; }

    void allow(const QStringList &keys)
    {
        for (const QString &key : keys)
            m_known.insert(key);
    }

    void finish()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_known.contains(it.key()))
                problem(it.key(), InvoiceJson::tr("unknown key"));
        }
    }

    std::optional<QJsonValue> value(const QString &key, bool nullable)
    {
        m_known.insert(key);
        const auto it = m_object.constFind(key);
        if (it == m_object.constEnd()) {
            problem(key, InvoiceJson::tr("missing"));
            return std::nullopt;
        }
        if (it->isNull() && !nullable)
            problem(key, InvoiceJson::tr("must not be null"));
        return *it;
    }

    QString string(const QString &key)
    {
        const auto v = value(key, false);
        if (v && !v->isString() && !v->isNull())
            problem(key, InvoiceJson::tr("expected a string"));
        return v ? v->toString() : QString();
    }

    bool boolean(const QString &key)
    {
        const auto v = value(key, false);
        if (v && !v->isBool() && !v->isNull())
            problem(key, InvoiceJson::tr("expected true or false"));
        return v && v->toBool();
    }

    qint64 integer(const QString &key, qint64 min, bool nullable = false)
    {
        const auto v = value(key, nullable);
        if (!v || v->isNull())
            return 0;
        const double d = v->toDouble(-1);
        if (!v->isDouble() || d != std::trunc(d) || d < double(min) || d > 9007199254740991.0) {
            problem(key, InvoiceJson::tr("expected a whole number of at least %1").arg(min));
            return 0;
        }
        return qint64(d);
    }

    QDate date(const QString &key, bool nullable)
    {
        const auto v = value(key, nullable);
        if (!v || v->isNull())
            return {};
        static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        const QDate d = QDate::fromString(v->toString(), Qt::ISODate);
        if (!v->isString() || !pattern.match(v->toString()).hasMatch() || !d.isValid())
            problem(key, InvoiceJson::tr("expected a date (YYYY-MM-DD)"));
        return d;
    }

    qint64 money(const QString &key, const QString &currency)
    {
        const auto v = value(key, false);
        if (!v || v->isNull() || !Money::isCurrencyCode(currency))
            return 0;
        if (!v->isString()) {
            problem(key, InvoiceJson::tr("expected a decimal string such as \"1200.00\""));
            return 0;
        }
        const auto amount = Money::parseDecimal(v->toString(), currency, Money::Sign::AllowNegative);
        if (!amount) {
            problem(key, amount.error());
            return 0;
        }
        return amount->minor();
    }

    int rate(const QString &key)
    {
        const auto v = value(key, false);
        if (!v || v->isNull())
            return 0;
        const auto tenths = VatRate::parse(v->toString());
        if (!v->isString() || !tenths) {
            problem(key, InvoiceJson::tr("expected a VAT rate as a decimal string such as \"25.5\""));
            return 0;
        }
        return *tenths;
    }

    std::optional<QJsonObject> object(const QString &key, bool nullable)
    {
        const auto v = value(key, nullable);
        if (!v || v->isNull())
            return std::nullopt;
        if (!v->isObject()) {
            problem(key, InvoiceJson::tr("expected an object"));
            return std::nullopt;
        }
        return v->toObject();
    }

    QJsonArray array(const QString &key)
    {
        const auto v = value(key, false);
        if (v && !v->isArray() && !v->isNull())
            problem(key, InvoiceJson::tr("expected an array"));
        return v ? v->toArray() : QJsonArray();
    }

    template<typename E>
    E enumeration(const QString &key, E fallback)
    {
        const QString text = string(key);
        const auto e = fromId<E>(text);
        if (!e && m_object.contains(key))
            problem(key, InvoiceJson::tr("\"%1\" is not one of %2").arg(text, allIds<E>().join(u", "_s)));
        return e.value_or(fallback);
    }

    QStringList &problems() { return m_problems; }

private:
    QStringList &m_problems;
    QString m_path;
    QJsonObject m_object;
    QSet<QString> m_known;
};

InvoiceParty readParty(Reader &parent, const QString &key)
{
    InvoiceParty p;
    const auto object = parent.object(key, false);
    if (!object)
        return p;
    Reader r(parent.problems(), parent.pathOf(key), *object);
    p.name = r.string(u"name"_s);
    p.legalForm = r.string(u"legal_form"_s);
    p.company = r.string(u"company"_s);
    p.address = r.string(u"address"_s);
    p.businessId = r.string(u"business_id"_s);
    p.vatId = r.string(u"vat_id"_s);
    p.email = r.string(u"email"_s);
    p.phone = r.string(u"phone"_s);
    r.finish();
    return p;
}

} // namespace

QJsonObject InvoiceJson::write(const Invoice &i)
{
    auto amount = [&i](qint64 minor) { return i.money(minor).toDecimalString(); };
    QJsonArray lines;
    for (const InvoiceLine &line : i.lines) {
        lines.append(QJsonObject{
            {u"description"_s, line.description},
            {u"amount"_s, amount(line.amount)},
            {u"vat_rate"_s, rateText(line.rateTenths)},
        });
    }
    QJsonArray vat;
    for (const VatRateTotal &rate : i.totals.rates) {
        vat.append(QJsonObject{
            {u"rate"_s, rateText(rate.rateTenths)},
            {u"net"_s, amount(rate.net)},
            {u"vat"_s, amount(rate.vat)},
            {u"gross"_s, amount(rate.gross)},
        });
    }
    QJsonValue credits(QJsonValue::Null);
    if (i.kind == InvoiceKind::CreditNote) {
        credits = QJsonObject{
            {u"invoice"_s, i.creditedInvoiceId},
            {u"number"_s, i.creditedNumber},
            {u"issued_on"_s, dateValue(i.creditedIssuedOn)},
        };
    }
    return QJsonObject{
        {u"kind"_s, toId(i.kind)},
        {u"number"_s, i.number},
        {u"series"_s, i.series},
        {u"sequence"_s, i.sequence},
        {u"credits"_s, credits},
        {u"client"_s, i.clientId},
        {u"project"_s, i.projectId},
        {u"stage"_s, i.stageId},
        {u"stage_position"_s, i.stagePosition},
        {u"stage_count"_s, i.stageCount},
        {u"stage_title"_s, i.stageTitle},
        {u"stage_amount"_s, amount(i.stageAmount)},
        {u"project_title"_s, i.projectTitle},
        {u"contract_number"_s, i.contractNumber},
        {u"contract_date"_s, dateValue(i.contractDate)},
        {u"issued_on"_s, dateValue(i.issuedOn)},
        {u"due_on"_s, dateValue(i.dueOn)},
        {u"delivery_date"_s, dateValue(i.deliveryDate)},
        {u"language"_s, i.language},
        {u"currency"_s, i.currency},
        {u"seller"_s, partyJson(i.seller)},
        {u"buyer"_s, partyJson(i.buyer)},
        {u"vat_status"_s, toId(i.vatStatus)},
        {u"reverse_charge"_s, i.reverseCharge},
        {u"prices_include_vat"_s, i.pricesIncludeVat},
        {u"vat_note"_s, i.vatNote},
        {u"lines"_s, lines},
        {u"vat"_s, vat},
        {u"net"_s, amount(i.totals.net)},
        {u"vat_total"_s, amount(i.totals.vat)},
        {u"gross"_s, amount(i.totals.gross)},
        {u"paid_before"_s, amount(i.paidBefore)},
        {u"payment"_s, QJsonObject{
             {u"bank_details"_s, i.bankDetails},
             {u"iban"_s, i.iban},
             {u"bic"_s, i.bic},
             {u"reference"_s, i.reference},
             {u"rf_reference"_s, i.rfReference},
         }},
    };
}

Result<Invoice> InvoiceJson::read(const QJsonObject &object, const QString &path, const QStringList &extraKeys)
{
    QStringList problems;
    Reader r(problems, path, object);
    r.allow(extraKeys);
    Invoice i;
    i.kind = r.enumeration(u"kind"_s, InvoiceKind::Invoice);
    i.number = r.string(u"number"_s);
    if (i.number.trimmed().isEmpty() && object.contains(u"number"_s))
        r.problem(u"number"_s, tr("an issued invoice has a number"));
    i.series = r.string(u"series"_s);
    i.sequence = int(r.integer(u"sequence"_s, 1));
    if (const auto credits = r.object(u"credits"_s, true)) {
        Reader c(problems, r.pathOf(u"credits"_s), *credits);
        i.creditedInvoiceId = c.integer(u"invoice"_s, 1);
        i.creditedNumber = c.string(u"number"_s);
        i.creditedIssuedOn = c.date(u"issued_on"_s, false);
        c.finish();
    }
    if ((i.kind == InvoiceKind::CreditNote) != (i.creditedInvoiceId != 0) && object.contains(u"credits"_s))
        r.problem(u"credits"_s, tr("a credit note names the invoice it cancels, and only a credit note does"));
    i.clientId = r.integer(u"client"_s, 1);
    i.projectId = r.integer(u"project"_s, 1);
    i.stageId = r.integer(u"stage"_s, 1);
    i.stagePosition = int(r.integer(u"stage_position"_s, 1));
    i.stageCount = int(r.integer(u"stage_count"_s, 1));
    i.stageTitle = r.string(u"stage_title"_s);
    i.projectTitle = r.string(u"project_title"_s);
    i.contractNumber = r.string(u"contract_number"_s);
    i.contractDate = r.date(u"contract_date"_s, true);
    i.issuedOn = r.date(u"issued_on"_s, false);
    i.dueOn = r.date(u"due_on"_s, false);
    i.deliveryDate = r.date(u"delivery_date"_s, true);
    i.language = r.string(u"language"_s);
    i.currency = r.string(u"currency"_s);
    if (!Money::isCurrencyCode(i.currency) && object.contains(u"currency"_s))
        r.problem(u"currency"_s, tr("\"%1\" is not a three-letter ISO 4217 currency code").arg(i.currency));
    i.stageAmount = r.money(u"stage_amount"_s, i.currency);
    i.seller = readParty(r, u"seller"_s);
    i.buyer = readParty(r, u"buyer"_s);
    i.vatStatus = r.enumeration(u"vat_status"_s, VatStatus::NotRegistered);
    i.reverseCharge = r.boolean(u"reverse_charge"_s);
    i.pricesIncludeVat = r.boolean(u"prices_include_vat"_s);
    i.vatNote = r.string(u"vat_note"_s);
    const QJsonArray lines = r.array(u"lines"_s);
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString linePath = r.pathOf(u"lines"_s) + u'[' + QString::number(n) + u']';
        if (!lines.at(n).isObject()) {
            problems << linePath + u": "_s + tr("expected an object");
            continue;
        }
        Reader l(problems, linePath, lines.at(n).toObject());
        InvoiceLine line;
        line.description = l.string(u"description"_s);
        line.amount = l.money(u"amount"_s, i.currency);
        line.rateTenths = l.rate(u"vat_rate"_s);
        l.finish();
        i.lines << line;
    }
    if (lines.isEmpty() && object.contains(u"lines"_s))
        r.problem(u"lines"_s, tr("an invoice has at least one line"));
    const QJsonArray vat = r.array(u"vat"_s);
    for (qsizetype n = 0; n < vat.size(); ++n) {
        const QString ratePath = r.pathOf(u"vat"_s) + u'[' + QString::number(n) + u']';
        if (!vat.at(n).isObject()) {
            problems << ratePath + u": "_s + tr("expected an object");
            continue;
        }
        Reader v(problems, ratePath, vat.at(n).toObject());
        VatRateTotal rate;
        rate.rateTenths = v.rate(u"rate"_s);
        rate.net = v.money(u"net"_s, i.currency);
        rate.vat = v.money(u"vat"_s, i.currency);
        rate.gross = v.money(u"gross"_s, i.currency);
        v.finish();
        i.totals.rates << rate;
    }
    i.totals.net = r.money(u"net"_s, i.currency);
    i.totals.vat = r.money(u"vat_total"_s, i.currency);
    i.totals.gross = r.money(u"gross"_s, i.currency);
    i.paidBefore = r.money(u"paid_before"_s, i.currency);
    if (const auto payment = r.object(u"payment"_s, false)) {
        Reader p(problems, r.pathOf(u"payment"_s), *payment);
        i.bankDetails = p.string(u"bank_details"_s);
        i.iban = p.string(u"iban"_s);
        i.bic = p.string(u"bic"_s);
        i.reference = p.string(u"reference"_s);
        i.rfReference = p.string(u"rf_reference"_s);
        if (!i.reference.isEmpty() && !FinnishReference::isValid(i.reference))
            p.problem(u"reference"_s, tr("\"%1\" is not a Finnish reference number").arg(i.reference));
        if (!i.rfReference.isEmpty() && !CreditorReference::isValid(i.rfReference))
            p.problem(u"rf_reference"_s, tr("\"%1\" is not an RF creditor reference").arg(i.rfReference));
        p.finish();
    }
    r.finish();

    // The totals are part of what was issued; they must be what the lines
    // give, or the file was edited by hand.
    if (problems.isEmpty()) {
        const auto computed = i.computeTotals();
        if (!computed)
            problems << (path.isEmpty() ? QString() : path + u": "_s) + computed.error();
        else if (*computed != i.totals)
            problems << (path.isEmpty() ? QString() : path + u": "_s)
                            + tr("the VAT and totals are not those of the lines (net %1, VAT %2, gross %3)")
                                  .arg(i.money(computed->net).toDecimalString(),
                                       i.money(computed->vat).toDecimalString(),
                                       i.money(computed->gross).toDecimalString());
    }
    if (!problems.isEmpty())
        return fail(problems.join(u'\n'));
    return i;
}

} // namespace neuvo
