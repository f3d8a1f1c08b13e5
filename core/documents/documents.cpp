#include "documents.h"

#include "core/domain/pricing.h"
#include "core/storage/stores.h"
#include "documentparts.h"
#include "textdocumentwriter.h"

#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace neuvo {

// Texts of printed documents are looked up with language.translate(CONTEXT,
// SOURCE): lupdate extracts them, and the document is written in its own
// language whatever the interface language is. Values from the database go
// into those texts through arg() and then into the document as plain text.

namespace {

using namespace documentparts;
using Line = TextDocumentWriter::Line;
using Column = TextDocumentWriter::Column;

QString percentText(const DocumentLanguage &lang, int percent)
{
    //: A percentage, e.g. "30 %".
    return lang.translate("DocumentCommon", "%1 %").arg(lang.number(percent));
}

QString daysText(const DocumentLanguage &lang, int days)
{
    return lang.translate("DocumentCommon", "%n day(s)", nullptr, days);
}

QString monthsText(const DocumentLanguage &lang, int months)
{
    return lang.translate("DocumentCommon", "%n month(s)", nullptr, months);
}

QString revisionRoundsText(const DocumentLanguage &lang, int rounds)
{
    return lang.translate("DocumentCommon", "%n revision round(s)", nullptr, rounds);
}

QString channelText(const DocumentLanguage &lang, Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return lang.translate("DocumentCommon", "e-mail");
    case Channel::Phone:
        return lang.translate("DocumentCommon", "phone");
    case Channel::Messenger:
        return lang.translate("DocumentCommon", "messenger");
    case Channel::Meeting:
        return lang.translate("DocumentCommon", "meetings");
    }
    return {};
}

// "Monday–Friday" for a run of days, "Monday, Wednesday, Friday" otherwise.
QString weekdaysText(const DocumentLanguage &lang, Weekdays days)
{
    QList<int> list;
    for (int day = 1; day <= 7; ++day) {
        if (hasWeekday(days, day))
            list << day;
    }
    if (list.isEmpty())
        return {};
    const QLocale &locale = lang.locale();
    const bool run = list.size() > 2 && list.last() - list.first() == list.size() - 1;
    if (run) {
        return lang.translate("DocumentCommon", "%1–%2")
            .arg(locale.dayName(list.first()), locale.dayName(list.last()));
    }
    QStringList names;
    for (int day : list)
        names << locale.dayName(day);
    return names.join(u", "_s);
}

QString timeText(const DocumentLanguage &lang, const QTime &time)
{
    return lang.time(time);
}

QString priceLabel(const DocumentLanguage &lang, const PriceLine &line)
{
    switch (line.kind) {
    case PriceLine::Kind::Base:
        return lang.translate("DocumentCommon", "Base price for the scope above");
    case PriceLine::Kind::NdaSurcharge:
        return lang.translate("DocumentCommon", "Confidentiality (NDA) surcharge, %1 of the base price")
            .arg(percentText(lang, line.percent));
    case PriceLine::Kind::Discount:
        return line.percent >= 0
                   ? lang.translate("DocumentCommon", "Discount, %1").arg(percentText(lang, line.percent))
                   : lang.translate("DocumentCommon", "Discount");
    case PriceLine::Kind::Total:
        return lang.translate("DocumentCommon", "Total price");
    }
    return {};
}

QString priceAmount(const DocumentLanguage &lang, const PriceLine &line)
{
    switch (line.kind) {
    case PriceLine::Kind::NdaSurcharge:
        return u'+' + lang.money(line.amount);
    case PriceLine::Kind::Discount:
        // Stored negative; written with a minus and the size, the same in
        // every locale (en_US would write a negative in parentheses).
        return QChar(0x2212) + lang.money(Money(-line.amount.minor(), line.amount.currency()));
    case PriceLine::Kind::Base:
    case PriceLine::Kind::Total:
        break;
    }
    return lang.money(line.amount);
}

// The explained price as a table; the last line is the total.
void priceTable(TextDocumentWriter &writer, const DocumentLanguage &lang, const PriceBreakdown &price)
{
    QList<QStringList> rows;
    QStringList total;
    for (const PriceLine &line : price.lines) {
        if (line.kind == PriceLine::Kind::Total)
            total = {priceLabel(lang, line), priceAmount(lang, line)};
        else
            rows.append({priceLabel(lang, line), priceAmount(lang, line)});
    }
    writer.table({{lang.translate("DocumentCommon", "Item"), 72, Qt::AlignLeft},
                  {lang.translate("DocumentCommon", "Amount"), 28, Qt::AlignRight}},
                 rows, total);
}

QString dueText(const DocumentLanguage &lang, const QDate &date)
{
    return date.isValid() ? lang.shortDate(date) : lang.translate("DocumentCommon", "on signing");
}

// The stage plan: number, work, amount, due date, and the total.
void stageTable(TextDocumentWriter &writer, const DocumentLanguage &lang, const Project &project,
                const Money &total)
{
    QList<QStringList> rows;
    for (const PaymentStage &stage : project.stages) {
        rows.append({lang.number(stage.position), stage.title, lang.money(project.money(stage.amountMinor)),
                     dueText(lang, stage.dueOn)});
    }
    writer.table({{lang.translate("DocumentCommon", "Stage"), 10, Qt::AlignHCenter},
                  {lang.translate("DocumentCommon", "Work"), 48, Qt::AlignLeft},
                  {lang.translate("DocumentCommon", "Amount"), 22, Qt::AlignRight},
                  {lang.translate("DocumentCommon", "Payment due"), 20, Qt::AlignLeft}},
                 rows, {QString(), lang.translate("DocumentCommon", "Total"), lang.money(total), QString()});
}

// The freelancer as a party: name, legal form, registration number,
// address, contacts and, where asked, the bank account.
QList<Line> profileLines(const DocumentLanguage &lang, const Profile &profile, const QString &caption,
                         bool withBank)
{
    QList<Line> lines{{caption, Line::Caption}};
    addLine(lines, profile.name, Line::Bold);
    addLine(lines, profile.legalForm);
    addField(lines, lang.translate("DocumentCommon", "Registration number"), profile.registrationNumber);
    if (profile.vatStatus == VatStatus::Registered)
        addField(lines, lang.translate("DocumentCommon", "VAT ID"), profile.vatId);
    addLine(lines, profile.address);
    // An e-mail address and a phone number explain themselves; without
    // labels they fit a third of the page.
    addLine(lines, profile.email);
    addLine(lines, profile.phone);
    if (withBank)
        addField(lines, lang.translate("DocumentCommon", "Bank account"), profile.bankDetails);
    return lines;
}

QList<Line> clientLines(const DocumentLanguage &lang, const Client &client, const QString &caption)
{
    QList<Line> lines{{caption, Line::Caption}};
    addLine(lines, client.name, Line::Bold);
    addLine(lines, client.company);
    addLine(lines, client.billingAddress);
    addField(lines, lang.translate("DocumentCommon", "Business ID"), client.businessId);
    addField(lines, lang.translate("DocumentCommon", "VAT ID"), client.vatId);
    addLine(lines, client.email);
    addLine(lines, client.phone);
    addField(lines, lang.translate("DocumentCommon", "Messenger"), client.messenger);
    return lines;
}

// Numbered section headings: "3. Payment in stages". The confidentiality
// section exists only with an NDA, so numbers are counted, not written.
class Sections
{
public:
    Sections(TextDocumentWriter &writer, const DocumentLanguage &lang) : m_writer(writer), m_lang(lang) {}
    void next(const QString &title, int keepLines = 3)
    {
        m_writer.heading(m_lang.translate("DocumentCommon", "%1. %2").arg(m_lang.number(++m_number), title),
                         keepLines);
    }

private:
    TextDocumentWriter &m_writer;
    const DocumentLanguage &m_lang;
    int m_number = 0;
};

PrintableDocument finish(const TextDocumentWriter &writer, const DocumentLanguage &lang, const Profile &profile,
                         const QString &title, const QString &fileStem)
{
    return finishDocument(writer, lang, profile.name, title, fileStem);
}

Result<PriceBreakdown> checkedPrice(DocumentKind kind, const Profile &profile, const Project &project)
{
    if (auto ok = DocumentRequirements::checkProfile(kind, profile); !ok)
        return Error{ok.error()};
    if (auto ok = DocumentRequirements::checkProject(kind, project); !ok)
        return Error{ok.error()};
    return Pricing::compute(project);
}

} // namespace

// ---------------------------------------------------------------- requirements

QList<MissingProfileField> DocumentRequirements::missingProfileData(DocumentKind kind, const Profile &profile)
{
    struct Field
    {
        const QString *value;
        const char *label;
        bool contract, quote, invoice, letter;
    };
    const Field fields[] = {
        {&profile.name, QT_TRANSLATE_NOOP("DocumentRequirements", "Name"), true, true, true, true},
        {&profile.legalForm, QT_TRANSLATE_NOOP("DocumentRequirements", "Legal form"), true, false, true, false},
        {&profile.registrationNumber, QT_TRANSLATE_NOOP("DocumentRequirements", "Registration number"), true,
         false, true, false},
        {&profile.address, QT_TRANSLATE_NOOP("DocumentRequirements", "Address"), true, false, true, false},
        {&profile.email, QT_TRANSLATE_NOOP("DocumentRequirements", "E-mail"), true, true, true, false},
        {&profile.bankDetails, QT_TRANSLATE_NOOP("DocumentRequirements", "Bank details"), true, false, true,
         false},
    };
    QList<MissingProfileField> missing;
    for (const Field &field : fields) {
        const bool needed = kind == DocumentKind::Contract ? field.contract
                            : kind == DocumentKind::Quote  ? field.quote
                            : kind == DocumentKind::Invoice ? field.invoice
                                                            : field.letter;
        if (needed && isBlank(*field.value)) {
            const QString label = tr(field.label);
            //: Where a missing value is filled in: "Profile → Bank details".
            missing.append({label, tr("Profile → %1").arg(label)});
        }
    }
    return missing;
}

Result<void> DocumentRequirements::checkProfile(DocumentKind kind, const Profile &profile)
{
    const QList<MissingProfileField> missing = missingProfileData(kind, profile);
    if (missing.isEmpty())
        return {};
    QStringList items;
    for (const MissingProfileField &field : missing)
        //: A missing profile field and where to fill it: "Bank details (Profile → Bank details)".
        items << tr("%1 (%2)").arg(field.field, field.where);
    const QString list = items.join(u"; "_s);
    switch (kind) {
    case DocumentKind::Contract:
        return fail(tr("The contract needs details that are missing from your profile: %1.").arg(list));
    case DocumentKind::Quote:
        return fail(tr("The quote needs details that are missing from your profile: %1.").arg(list));
    case DocumentKind::Invoice:
        return fail(tr("The invoice needs details that are missing from your profile: %1.").arg(list));
    case DocumentKind::FollowUpLetter:
        break;
    }
    return fail(tr("The letter needs details that are missing from your profile: %1.").arg(list));
}

Result<void> DocumentRequirements::checkProject(DocumentKind kind, const Project &project)
{
    Q_UNUSED(kind);
    if (auto valid = ProjectStore::validate(project); !valid)
        return fail(tr("\"%1\" cannot be printed: %2").arg(project.title, valid.error()));
    if (project.stages.isEmpty())
        return fail(tr("\"%1\" has no payment stages. Contracts, quotes and invoices show the stage plan: "
                       "add the stages under Project → Stages.")
                        .arg(project.title));
    return {};
}

// ---------------------------------------------------------------- contract

QString ContractDocument::contractNumber(const Project &project, const QDate &date)
{
    if (!isBlank(project.contractNumber))
        return project.contractNumber.trimmed();
    return u"%1-%2"_s.arg(date.year()).arg(project.id, 3, 10, QChar(u'0'));
}

Result<PrintableDocument> ContractDocument::build(const Profile &profile, const Client &client,
                                                  const Project &project, const DocumentLanguage &lang,
                                                  const QDate &date)
{
    const auto price = checkedPrice(DocumentKind::Contract, profile, project);
    if (!price)
        return Error{price.error()};
    const QString number = contractNumber(project, date);

    TextDocumentWriter w;
    const QString title = lang.translate("ContractDocument", "Service agreement");
    w.title(title, lang.translate("ContractDocument", "No. %1 of %2").arg(number, lang.longDate(date)));
    Sections section(w, lang);

    section.next(lang.translate("ContractDocument", "Parties"));
    w.columns({profileLines(lang, profile, lang.translate("ContractDocument", "Contractor"), true),
               clientLines(lang, client, lang.translate("ContractDocument", "Client"))});
    w.paragraph(lang.translate("ContractDocument",
                               "The Contractor performs the work independently, as an entrepreneur, and is "
                               "not in an employment relationship with the Client."));

    section.next(lang.translate("ContractDocument", "Subject of the agreement"));
    w.paragraph(lang.translate("ContractDocument", "The Client orders and the Contractor performs the work “%1”.")
                    .arg(project.title.trimmed()));
    if (!isBlank(project.scope))
        w.labelled(lang.translate("ContractDocument", "Scope"), project.scope.trimmed());
    if (!project.includedItems.isEmpty()) {
        w.paragraph(lang.translate("ContractDocument", "The price includes:"));
        w.bullets(project.includedItems);
    }
    w.paragraph(lang.translate("ContractDocument",
                               "Work not listed here is outside the scope of this agreement and is agreed "
                               "separately (see “Revisions and changes”)."));

    section.next(lang.translate("ContractDocument", "Price"));
    priceTable(w, lang, *price);
    w.paragraph(lang.translate("ContractDocument", "The price is fixed for the scope above. Currency: %1.")
                    .arg(project.currency));
    if (project.discountKind != DiscountKind::None && !isBlank(project.discountConcession))
        w.paragraph(lang.translate("ContractDocument", "The discount is given in return for: %1.")
                        .arg(project.discountConcession.trimmed()));

    section.next(lang.translate("ContractDocument", "Payment in stages"));
    w.paragraph(lang.translate("ContractDocument",
                               "The price is paid in advance, split into the stages below. Each stage is paid "
                               "in full before work on it starts. The next stage is paid after the previous "
                               "stage has been delivered."));
    stageTable(w, lang, project, price->total);
    w.paragraph(lang.translate("ContractDocument",
                               "The Contractor sends an invoice for each stage. Payment by bank transfer to: "
                               "%1. Payment reference: the contract number %2 and the stage number.")
                    .arg(profile.bankDetails.trimmed(), number));

    section.next(lang.translate("ContractDocument", "Deadline and guarantee"));
    if (project.deadline.isValid())
        w.paragraph(lang.translate("ContractDocument", "The work is delivered in full by %1.")
                        .arg(lang.longDate(project.deadline)));
    else
        w.paragraph(lang.translate("ContractDocument",
                                   "Each stage is delivered by the date the parties agree in writing when it "
                                   "is paid."));
    w.paragraph(lang.translate("ContractDocument",
                               "Guarantee: if the Contractor misses the deadline of a stage, the Contractor "
                               "refunds %1 of the price of that stage to the Client.")
                    .arg(percentText(lang, project.guaranteePercent)));
    w.paragraph(lang.translate("ContractDocument",
                               "A delay caused by the Client (late payment, materials or feedback) or by force "
                               "majeure moves the deadline by the length of the delay and gives no right to a "
                               "refund."));

    section.next(lang.translate("ContractDocument", "Revisions and changes"));
    w.paragraph(lang.translate("ContractDocument",
                               "The price includes %1. A revision round is one consolidated list of comments "
                               "from the Client on a delivered stage.")
                    .arg(revisionRoundsText(lang, project.revisionsIncluded)));
    w.paragraph(lang.translate("ContractDocument",
                               "Errors of the Contractor are corrected free of charge at any time."));
    w.paragraph(lang.translate("ContractDocument",
                               "Changes outside the agreed scope, and revisions beyond the included rounds, "
                               "are billed separately. The Contractor first states the price and deadline of "
                               "the change in writing (a change order); the work starts when the Client has "
                               "confirmed the change order in writing."));

    if (project.nda) {
        section.next(lang.translate("ContractDocument", "Confidentiality"));
        w.paragraph(lang.translate("ContractDocument",
                                   "The Contractor keeps confidential all information received from the Client "
                                   "under this agreement and does not disclose it to third parties."));
        w.paragraph(lang.translate("ContractDocument",
                                   "The Contractor does not show the results of the work in a portfolio and "
                                   "does not name the Client as a customer without the Client's written "
                                   "consent. This restriction is compensated by the confidentiality surcharge "
                                   "of %1 included in the price.")
                        .arg(percentText(lang, project.ndaMarkupPercent)));
        w.paragraph(lang.translate("ContractDocument",
                                   "The duty of confidentiality remains in force after this agreement ends."));
    }

    section.next(lang.translate("ContractDocument", "Term and price changes"));
    if (project.contractTermMonths > 0) {
        w.paragraph(lang.translate("ContractDocument",
                                   "This agreement is in force for %1, from %2 to %3. It is renewed for the same "
                                   "term unless either party gives written notice before the term ends.")
                        .arg(monthsText(lang, project.contractTermMonths), lang.longDate(date),
                             lang.longDate(date.addMonths(project.contractTermMonths).addDays(-1))));
    } else {
        w.paragraph(lang.translate("ContractDocument",
                                   "This agreement is in force from its signing until the work has been "
                                   "delivered and every stage has been paid."));
    }
    w.paragraph(lang.translate("ContractDocument",
                               "The Contractor announces any change of prices in writing at least %1 before "
                               "it takes effect. A change of prices does not apply to stages already paid.")
                    .arg(daysText(lang, profile.noticeDays)));

    section.next(lang.translate("ContractDocument", "Communication"));
    w.labelled(lang.translate("ContractDocument", "Preferred channel"), channelText(lang, client.preferredChannel));
    const QString days = weekdaysText(lang, client.contactDays);
    if (!days.isEmpty() && client.contactFrom.isValid() && client.contactTo.isValid()) {
        w.labelled(lang.translate("ContractDocument", "Calls and messages"),
                   lang.translate("ContractDocument", "%1, %2–%3 (time zone %4)")
                       .arg(days, timeText(lang, client.contactFrom), timeText(lang, client.contactTo),
                            client.timeZone));
        w.paragraph(lang.translate("ContractDocument",
                                   "Messages sent outside these hours are answered on the next working day. "
                                   "The Contractor reports progress when each stage is delivered."));
    }
    w.paragraph(lang.translate("ContractDocument",
                               "Agreements made by phone, in a meeting or in a messenger are binding only once "
                               "confirmed in writing: after each such conversation the Contractor sends a "
                               "written summary, and the Client confirms it."));

    // The signatures stay on one page with their heading.
    section.next(lang.translate("ContractDocument", "Signatures"), 12);
    w.paragraph(lang.translate("ContractDocument",
                               "The agreement takes effect when both parties have signed it. A signed copy "
                               "sent electronically is as valid as the original."));
    w.space(10);
    const QString rule = QString(34, u'_');
    const QString placeDate = lang.translate("ContractDocument", "Place and date") + u": "_s + QString(16, u'_');
    w.columns({{{lang.translate("ContractDocument", "Contractor"), Line::Caption},
                {QString(), Line::Normal},
                {QString(), Line::Normal},
                {rule, Line::Muted},
                {profile.name.trimmed(), Line::Bold},
                {QString(), Line::Normal},
                {placeDate, Line::Muted}},
               {{lang.translate("ContractDocument", "Client"), Line::Caption},
                {QString(), Line::Normal},
                {QString(), Line::Normal},
                {rule, Line::Muted},
                {client.name.trimmed(), Line::Bold},
                {client.company.trimmed(), Line::Normal},
                {placeDate, Line::Muted}}});

    const QString header = lang.translate("ContractDocument", "Service agreement No. %1").arg(number);
    return finish(w, lang, profile, header, u"contract-"_s + number);
}

// ---------------------------------------------------------------- quote

Result<PrintableDocument> QuoteDocument::build(const Profile &profile, const Client &client, const Project &project,
                                               const DocumentLanguage &lang, const QDate &date, int validityDays)
{
    const auto price = checkedPrice(DocumentKind::Quote, profile, project);
    if (!price)
        return Error{price.error()};
    const QDate validUntil = date.addDays(std::max(validityDays, 1));

    TextDocumentWriter w;
    w.title(lang.translate("QuoteDocument", "Quote"), project.title.trimmed());
    QList<Line> details{{lang.translate("QuoteDocument", "Quote details"), Line::Caption}};
    addField(details, lang.translate("QuoteDocument", "Date"), lang.shortDate(date));
    addField(details, lang.translate("QuoteDocument", "Valid until"), lang.shortDate(validUntil));
    if (project.deadline.isValid())
        addField(details, lang.translate("QuoteDocument", "Delivery by"), lang.shortDate(project.deadline));
    w.columns({profileLines(lang, profile, lang.translate("QuoteDocument", "From"), false),
               clientLines(lang, client, lang.translate("QuoteDocument", "For")), details});

    Sections section(w, lang);
    section.next(lang.translate("QuoteDocument", "The work"));
    if (!isBlank(project.scope))
        w.paragraph(project.scope.trimmed());
    if (!project.includedItems.isEmpty()) {
        w.paragraph(lang.translate("QuoteDocument", "The price includes:"));
        w.bullets(project.includedItems);
    }

    section.next(lang.translate("QuoteDocument", "Price"));
    priceTable(w, lang, *price);
    if (project.nda)
        w.paragraph(lang.translate("QuoteDocument",
                                   "The confidentiality surcharge compensates for the work not being shown in "
                                   "my portfolio."));

    section.next(lang.translate("QuoteDocument", "Payment in stages"));
    w.paragraph(lang.translate("QuoteDocument",
                               "The work is prepaid in stages: each stage is paid in full before work on it "
                               "starts, and the next one after the previous stage has been delivered."));
    stageTable(w, lang, project, price->total);

    section.next(lang.translate("QuoteDocument", "Terms"));
    QStringList terms;
    terms << lang.translate("QuoteDocument",
                            "%1 included; my own errors are always corrected free of charge.")
                 .arg(revisionRoundsText(lang, project.revisionsIncluded));
    terms << lang.translate("QuoteDocument",
                            "Changes outside the scope are priced separately and agreed in writing before the "
                            "work on them starts.");
    terms << lang.translate("QuoteDocument", "Guarantee: if I miss the deadline of a stage, I refund %1 of its price.")
                 .arg(percentText(lang, project.guaranteePercent));
    if (project.nda)
        terms << lang.translate("QuoteDocument",
                                "Confidentiality (NDA): your information stays confidential and the work is not "
                                "published under my name.");
    terms << lang.translate("QuoteDocument", "The terms are fixed in a written service agreement.");
    w.bullets(terms);

    w.space(4);
    w.paragraph(lang.translate("QuoteDocument",
                               "This quote is valid until %1. To accept it, reply in writing; the agreement and "
                               "the invoice for the first stage will follow.")
                    .arg(lang.longDate(validUntil)),
                4);
    QList<Line> signature{{lang.translate("QuoteDocument", "Kind regards,"), Line::Normal}};
    addLine(signature, profile.name, Line::Bold);
    QStringList contacts;
    for (const QString &contact : {profile.email.trimmed(), profile.phone.trimmed()}) {
        if (!contact.isEmpty())
            contacts << contact;
    }
    addLine(signature, contacts.join(u" · "_s));
    w.space(4);
    w.columns({signature});

    const QString header = lang.translate("QuoteDocument", "Quote: %1").arg(project.title.trimmed());
    return finish(w, lang, profile, header,
                  u"quote-"_s + QString::number(project.id) + u'-' + date.toString(Qt::ISODate));
}

} // namespace neuvo
