#include "invoicedocument.h"

#include "core/domain/bankbarcode.h"
#include "core/domain/epcpayment.h"
#include "core/domain/finnishreference.h"
#include "core/domain/creditorreference.h"
#include "core/domain/iban.h"
#include "documentparts.h"
#include "qrcode.h"
#include "textdocumentwriter.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace neuvo {

// Texts are looked up with lang.translate("InvoiceDocument", ...) so that
// the invoice is written in its own language whatever the interface's.

namespace {

using namespace documentparts;
using Line = TextDocumentWriter::Line;
using Cell = TextDocumentWriter::Cell;

// GCC and Clang provide 128-bit integers; __extension__ tells -Wpedantic
// that relying on them is deliberate.
__extension__ typedef __int128 Int128;

// amount × part / whole, rounded half away from zero (whole > 0).
qint64 scaled(qint64 amount, qint64 part, qint64 whole)
{
    if (whole <= 0)
        return 0;
    const Int128 product = Int128(amount) * part;
    const Int128 absolute = product < 0 ? -product : product;
    const Int128 rounded = (absolute * 2 + whole) / (Int128(whole) * 2);
    return qint64(product < 0 ? -rounded : rounded);
}

// Money with a real minus sign in every locale (en_US would put a negative
// amount in parentheses).
QString money(const DocumentLanguage &lang, const Invoice &invoice, qint64 minor)
{
    if (minor < 0)
        return QChar(0x2212) + lang.money(invoice.money(-minor));
    return lang.money(invoice.money(minor));
}

QString rate(const DocumentLanguage &lang, int tenths)
{
    return VatRate::percent(tenths, lang.locale());
}

bool isRegistered(const Invoice &invoice)
{
    return invoice.vatStatus == VatStatus::Registered;
}

QString documentTitle(const DocumentLanguage &lang, const Invoice &invoice)
{
    if (invoice.isCreditNote())
        return lang.translate("InvoiceDocument", "Credit note");
    return invoice.isDraft() ? lang.translate("InvoiceDocument", "Invoice draft")
                             : lang.translate("InvoiceDocument", "Invoice");
}

QString pageTitle(const DocumentLanguage &lang, const Invoice &invoice)
{
    if (invoice.isDraft())
        return lang.translate("InvoiceDocument", "Invoice draft — not valid for payment");
    if (invoice.isCreditNote())
        return lang.translate("InvoiceDocument", "Credit note No. %1").arg(invoice.number);
    return lang.translate("InvoiceDocument", "Invoice No. %1").arg(invoice.number);
}

QString agreementText(const DocumentLanguage &lang, const Invoice &invoice)
{
    if (invoice.contractDate.isValid())
        return lang.translate("InvoiceDocument", "No. %1 of %2")
            .arg(invoice.contractNumber, lang.shortDate(invoice.contractDate));
    return lang.translate("InvoiceDocument", "No. %1").arg(invoice.contractNumber);
}

QList<Line> sellerLines(const DocumentLanguage &lang, const Invoice &invoice, const QString &caption)
{
    const InvoiceParty &p = invoice.seller;
    QList<Line> lines{{caption, Line::Caption}};
    addLine(lines, p.name, Line::Bold);
    addLine(lines, p.legalForm);
    addLine(lines, p.address);
    addField(lines, lang.translate("InvoiceDocument", "Business ID"), p.businessId);
    addField(lines, lang.translate("InvoiceDocument", "VAT ID"), p.vatId);
    addLine(lines, p.email);
    addLine(lines, p.phone);
    return lines;
}

// The buyer's company, unless the billing address already starts with it
// (billing addresses usually do), so it is not printed twice.
QString companyOutsideAddress(const InvoiceParty &p)
{
    const QString firstLine = p.address.trimmed().section(u'\n', 0, 0).trimmed();
    return firstLine.compare(p.company.trimmed(), Qt::CaseInsensitive) == 0 ? QString() : p.company.trimmed();
}

QList<Line> buyerLines(const DocumentLanguage &lang, const Invoice &invoice, const QString &caption)
{
    const InvoiceParty &p = invoice.buyer;
    QList<Line> lines{{caption, Line::Caption}};
    addLine(lines, p.name, Line::Bold);
    addLine(lines, companyOutsideAddress(p));
    addLine(lines, p.address);
    addField(lines, lang.translate("InvoiceDocument", "Business ID"), p.businessId);
    addField(lines, lang.translate("InvoiceDocument", "VAT ID"), p.vatId);
    addLine(lines, p.email);
    return lines;
}

// The VAT lines and the totals, as "label: amount" lines.
QList<Line> totalLines(const DocumentLanguage &lang, const Invoice &invoice)
{
    QList<Line> lines;
    auto add = [&](const QString &label, qint64 minor, Line::Style style = Line::Normal) {
        lines.append({label + u": "_s + money(lang, invoice, minor), style});
    };
    if (isRegistered(invoice)) {
        add(lang.translate("InvoiceDocument", "Total excluding VAT"), invoice.totals.net);
        for (const VatRateTotal &r : invoice.totals.rates)
            add(lang.translate("InvoiceDocument", "VAT %1").arg(rate(lang, r.rateTenths)), r.vat);
        add(lang.translate("InvoiceDocument", "Total including VAT"), invoice.totals.gross, Line::Bold);
    } else {
        add(lang.translate("InvoiceDocument", "Total"), invoice.totals.gross, Line::Bold);
    }
    if (invoice.paidBefore != 0) {
        add(lang.translate("InvoiceDocument", "Paid before this invoice"), -invoice.paidBefore);
        add(lang.translate("InvoiceDocument", "Amount due"), invoice.amountDue(), Line::Bold);
    }
    return lines;
}

// The per-rate table a Finnish invoice shows: net, VAT and gross of each
// rate.
void vatTable(TextDocumentWriter &w, const DocumentLanguage &lang, const Invoice &invoice)
{
    QList<QStringList> rows;
    for (const VatRateTotal &r : invoice.totals.rates) {
        rows.append({rate(lang, r.rateTenths), money(lang, invoice, r.net), money(lang, invoice, r.vat),
                     money(lang, invoice, r.gross)});
    }
    w.table({{lang.translate("InvoiceDocument", "VAT rate"), 22, Qt::AlignLeft},
             {lang.translate("InvoiceDocument", "Excluding VAT"), 26, Qt::AlignRight},
             {lang.translate("InvoiceDocument", "VAT"), 26, Qt::AlignRight},
             {lang.translate("InvoiceDocument", "Including VAT"), 26, Qt::AlignRight}},
            rows,
            {lang.translate("InvoiceDocument", "Total"), money(lang, invoice, invoice.totals.net),
             money(lang, invoice, invoice.totals.vat), money(lang, invoice, invoice.totals.gross)});
}

QString amountHeader(const DocumentLanguage &lang, const Invoice &invoice)
{
    if (!isRegistered(invoice))
        return lang.translate("InvoiceDocument", "Amount");
    return invoice.pricesIncludeVat ? lang.translate("InvoiceDocument", "Amount incl. VAT")
                                    : lang.translate("InvoiceDocument", "Amount excl. VAT");
}

// Payment details, with the QR code beside them when there is one.
void paymentBlock(TextDocumentWriter &w, const DocumentLanguage &lang, const Invoice &invoice)
{
    QList<Line> lines;
    addField(lines, lang.translate("InvoiceDocument", "Recipient"), invoice.seller.name);
    if (!invoice.iban.isEmpty()) {
        addField(lines, lang.translate("InvoiceDocument", "IBAN"), Iban::grouped(invoice.iban));
        addField(lines, lang.translate("InvoiceDocument", "BIC"), invoice.bic);
        // Free-text bank details often repeat the IBAN, printed just above.
        if (!Iban::compact(invoice.bankDetails).contains(Iban::compact(invoice.iban)))
            addField(lines, lang.translate("InvoiceDocument", "Bank"), invoice.bankDetails);
    } else {
        addField(lines, lang.translate("InvoiceDocument", "Bank account"), invoice.bankDetails);
    }
    if (!invoice.isDraft()) {
        addField(lines, lang.translate("InvoiceDocument", "Reference number"),
                 FinnishReference::grouped(invoice.reference));
        addField(lines, lang.translate("InvoiceDocument", "International reference (RF)"),
                 CreditorReference::grouped(invoice.rfReference));
    }
    lines.append({lang.translate("InvoiceDocument", "Amount due") + u": "_s + money(lang, invoice, invoice.amountDue()),
                  Line::Bold});
    addField(lines, lang.translate("InvoiceDocument", "Due date"), lang.longDate(invoice.dueOn));

    QImage qr;
    const QByteArray payload = InvoiceDocument::epcPayload(invoice);
    if (!payload.isEmpty()) {
        // Version 13 is the largest the EPC guidelines allow.
        if (auto image = QrCode::image(payload, 8, 13))
            qr = *image;
    }
    //: Caption under the EPC payment QR code on an invoice.
    w.linesWithImage(lines, qr, 30,
                     qr.isNull() ? QString() : lang.translate("InvoiceDocument", "Scan to pay in a banking app"));
    // The 54 digits on one line of their own, to be copied into a bank.
    const QString barcode = InvoiceDocument::virtualBarcode(invoice);
    if (!barcode.isEmpty())
        w.labelled(lang.translate("InvoiceDocument", "Virtual bar code"), barcode);
}

void draftNotice(TextDocumentWriter &w, const DocumentLanguage &lang)
{
    w.paragraph(lang.translate("InvoiceDocument",
                               "DRAFT: this is not an invoice. It has no number yet and is not to be paid; issue it "
                               "to give it its number, reference and payment codes."));
}

// ---------------------------------------------------------------- en, fi

void buildStandard(TextDocumentWriter &w, const DocumentLanguage &lang, const Invoice &invoice)
{
    w.title(documentTitle(lang, invoice), invoice.isDraft()
                                              ? lang.translate("InvoiceDocument", "Draft — no number yet")
                                              : lang.translate("InvoiceDocument", "No. %1").arg(invoice.number));
    if (invoice.isDraft())
        draftNotice(w, lang);

    QList<Line> details{{invoice.isCreditNote() ? lang.translate("InvoiceDocument", "Credit note details")
                                                : lang.translate("InvoiceDocument", "Invoice details"),
                         Line::Caption}};
    addField(details, lang.translate("InvoiceDocument", "Date"), lang.shortDate(invoice.issuedOn));
    if (!invoice.isDraft())
        addField(details, lang.translate("InvoiceDocument", "Number"), invoice.number);
    if (invoice.isCreditNote()) {
        addField(details, lang.translate("InvoiceDocument", "Credits invoice"),
                 lang.translate("InvoiceDocument", "%1 of %2")
                     .arg(invoice.creditedNumber, lang.shortDate(invoice.creditedIssuedOn)));
    } else {
        addField(details, lang.translate("InvoiceDocument", "Due date"), lang.shortDate(invoice.dueOn));
        if (!invoice.isDraft())
            addField(details, lang.translate("InvoiceDocument", "Reference"),
                     FinnishReference::grouped(invoice.reference));
    }
    if (invoice.deliveryDate.isValid())
        addField(details, lang.translate("InvoiceDocument", "Delivery date"), lang.shortDate(invoice.deliveryDate));
    addField(details, lang.translate("InvoiceDocument", "Agreement"), agreementText(lang, invoice));
    w.columns({sellerLines(lang, invoice, lang.translate("InvoiceDocument", "Seller")),
               buyerLines(lang, invoice, lang.translate("InvoiceDocument", "Bill to")), details});
    w.space(6);

    QList<QStringList> rows;
    for (const InvoiceLine &line : invoice.lines) {
        if (isRegistered(invoice))
            rows.append({line.description, rate(lang, line.rateTenths), money(lang, invoice, line.amount)});
        else
            rows.append({line.description, money(lang, invoice, line.amount)});
    }
    if (isRegistered(invoice)) {
        w.table({{lang.translate("InvoiceDocument", "Description"), 62, Qt::AlignLeft},
                 {lang.translate("InvoiceDocument", "VAT"), 12, Qt::AlignRight},
                 {amountHeader(lang, invoice), 26, Qt::AlignRight}},
                rows);
        vatTable(w, lang, invoice);
    } else {
        w.table({{lang.translate("InvoiceDocument", "Description"), 72, Qt::AlignLeft},
                 {amountHeader(lang, invoice), 28, Qt::AlignRight}},
                rows);
    }
    w.summary(totalLines(lang, invoice));
    if (!invoice.vatNote.isEmpty())
        w.paragraph(invoice.vatNote);

    if (invoice.isCreditNote()) {
        w.paragraph(lang.translate("InvoiceDocument",
                                   "This credit note cancels invoice %1 of %2 in full. Nothing is to be paid on it; an "
                                   "amount already paid is refunded or credited.")
                        .arg(invoice.creditedNumber, lang.longDate(invoice.creditedIssuedOn)));
        return;
    }
    w.heading(lang.translate("InvoiceDocument", "Payment details"), 6);
    paymentBlock(w, lang, invoice);
    // A draft has no reference yet, so it cannot ask for one.
    w.paragraph(invoice.reference.isEmpty()
                    ? lang.translate("InvoiceDocument", "Late payments bear interest at the rate set by law.")
                    : lang.translate("InvoiceDocument",
                                     "Please use the reference number when paying. Late payments bear interest at the "
                                     "rate set by law."));
    w.paragraph(lang.translate("InvoiceDocument",
                               "Under the agreement each stage is paid in full before work on it starts: the work on "
                               "this stage starts when the payment has been received."));
    w.paragraph(lang.translate("InvoiceDocument", "Thank you for your business."));
}

// ---------------------------------------------------------------- ru

// «Счёт на оплату»: the bank block first, then the parties, the basis,
// the lines with quantity and unit, the totals and the VAT line, the
// number of items and the date to pay by.
void buildRussian(TextDocumentWriter &w, const DocumentLanguage &lang, const Invoice &invoice)
{
    if (invoice.isDraft())
        draftNotice(w, lang);
    const QString account = invoice.iban.isEmpty() ? QString() : Iban::grouped(invoice.iban);
    w.grid(
        {55, 17, 28},
        {{{lang.translate("InvoiceDocument", "Recipient's bank") + QChar::LineSeparator + invoice.bankDetails.trimmed(),
           Line::Normal},
          {lang.translate("InvoiceDocument", "BIC / SWIFT"), Line::Muted},
          {invoice.bic, Line::Normal}},
         {{lang.translate("InvoiceDocument", "Recipient") + QChar::LineSeparator + invoice.seller.name.trimmed() +
               (invoice.seller.businessId.isEmpty()
                    ? QString()
                    : QChar::LineSeparator + lang.translate("InvoiceDocument", "Business ID") + u": "_s +
                          invoice.seller.businessId),
           Line::Normal},
          {lang.translate("InvoiceDocument", "Account No."), Line::Muted},
          {account.isEmpty() ? invoice.bankDetails.trimmed() : account, Line::Normal}}});

    const QString heading =
        invoice.isDraft()
            ? lang.translate("InvoiceDocument", "Invoice draft of %1").arg(lang.longDate(invoice.issuedOn))
        : invoice.isCreditNote() ? lang.translate("InvoiceDocument", "Credit note No. %1 of %2")
                                       .arg(invoice.number, lang.longDate(invoice.issuedOn))
                                 : lang.translate("InvoiceDocument", "Invoice No. %1 of %2")
                                       .arg(invoice.number, lang.longDate(invoice.issuedOn));
    w.heading(heading, 4);

    auto party = [&](const InvoiceParty &p) {
        QStringList parts;
        for (const QString &part : {p.name.trimmed(), companyOutsideAddress(p)}) {
            if (!part.isEmpty())
                parts << part;
        }
        if (!p.businessId.isEmpty())
            parts << lang.translate("InvoiceDocument", "Business ID") + u": "_s + p.businessId;
        if (!p.vatId.isEmpty())
            parts << lang.translate("InvoiceDocument", "VAT ID") + u": "_s + p.vatId;
        if (!p.address.trimmed().isEmpty())
            parts << QString(p.address.trimmed()).replace(u'\n', u", "_s);
        if (!p.phone.trimmed().isEmpty())
            parts << p.phone.trimmed();
        return parts.join(u", "_s);
    };
    w.labelled(lang.translate("InvoiceDocument", "Supplier (contractor)"), party(invoice.seller));
    w.labelled(lang.translate("InvoiceDocument", "Buyer (client)"), party(invoice.buyer));
    w.labelled(lang.translate("InvoiceDocument", "Basis"),
               lang.translate("InvoiceDocument", "Agreement %1").arg(agreementText(lang, invoice)));
    if (invoice.isCreditNote())
        w.labelled(lang.translate("InvoiceDocument", "Credits invoice"),
                   lang.translate("InvoiceDocument", "%1 of %2")
                       .arg(invoice.creditedNumber, lang.shortDate(invoice.creditedIssuedOn)));
    w.space(4);

    QList<QStringList> rows;
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const InvoiceLine &line = invoice.lines.at(i);
        //: Unit of a service line on an invoice ("усл." in Russian).
        rows.append({lang.number(i + 1), line.description, lang.number(1), lang.translate("InvoiceDocument", "service"),
                     money(lang, invoice, line.amount), money(lang, invoice, line.amount)});
    }
    w.table({{lang.translate("InvoiceDocument", "No."), 6, Qt::AlignHCenter},
             {lang.translate("InvoiceDocument", "Work, services"), 41, Qt::AlignLeft},
             {lang.translate("InvoiceDocument", "Qty"), 10, Qt::AlignRight},
             {lang.translate("InvoiceDocument", "Unit"), 9, Qt::AlignLeft},
             {lang.translate("InvoiceDocument", "Price"), 17, Qt::AlignRight},
             {lang.translate("InvoiceDocument", "Amount"), 17, Qt::AlignRight}},
            rows);

    QList<Line> totals;
    auto add = [&](const QString &label, qint64 minor, Line::Style style = Line::Normal) {
        totals.append({label + u": "_s + money(lang, invoice, minor), style});
    };
    if (isRegistered(invoice) && !invoice.reverseCharge) {
        if (invoice.pricesIncludeVat) {
            add(lang.translate("InvoiceDocument", "Total"), invoice.totals.gross, Line::Bold);
            for (const VatRateTotal &r : invoice.totals.rates)
                add(lang.translate("InvoiceDocument", "Including VAT %1").arg(rate(lang, r.rateTenths)), r.vat);
        } else {
            add(lang.translate("InvoiceDocument", "Total excluding VAT"), invoice.totals.net);
            for (const VatRateTotal &r : invoice.totals.rates)
                add(lang.translate("InvoiceDocument", "VAT %1").arg(rate(lang, r.rateTenths)), r.vat);
        }
    } else {
        add(lang.translate("InvoiceDocument", "Total"), invoice.totals.gross);
        if (!invoice.vatNote.isEmpty())
            totals.append({invoice.vatNote, Line::Normal});
    }
    if (invoice.paidBefore != 0)
        add(lang.translate("InvoiceDocument", "Paid before this invoice"), -invoice.paidBefore);
    add(invoice.isCreditNote() ? lang.translate("InvoiceDocument", "Total credited")
                               : lang.translate("InvoiceDocument", "Total to pay"),
        invoice.amountDue(), Line::Bold);
    w.summary(totals);
    if (isRegistered(invoice) && invoice.reverseCharge)
        w.paragraph(invoice.vatNote);
    w.paragraph(lang.translate("InvoiceDocument", "Items: %n, amounting to %1.", nullptr, int(invoice.lines.size()))
                    .arg(money(lang, invoice, invoice.totals.gross)));

    if (invoice.isCreditNote()) {
        w.paragraph(lang.translate("InvoiceDocument",
                                   "This credit note cancels invoice %1 of %2 in full. Nothing is to be paid on it; an "
                                   "amount already paid is refunded or credited.")
                        .arg(invoice.creditedNumber, lang.longDate(invoice.creditedIssuedOn)));
    } else {
        w.paragraph(lang.translate("InvoiceDocument", "Please pay by %1.").arg(lang.longDate(invoice.dueOn)));
        w.heading(lang.translate("InvoiceDocument", "Payment details"), 6);
        paymentBlock(w, lang, invoice);
    }
    w.space(12);
    w.columns({{{lang.translate("InvoiceDocument", "Contractor") + u"  "_s + QString(24, u'_') + u"  /"_s +
                     invoice.seller.name.trimmed() + u'/',
                 Line::Normal}}});
}

} // namespace

QString InvoiceDocument::exemptionText(const Profile &profile, const DocumentLanguage &lang)
{
    const QString own = profile.vatExemptionTexts.value(lang.id()).trimmed();
    if (!own.isEmpty())
        return own;
    if (profile.vatStatus == VatStatus::NotRegistered)
        return lang.translate("InvoiceDocument",
                              "The seller is not registered for VAT (small business exemption); no VAT is charged.");
    return lang.translate("InvoiceDocument", "No VAT is charged on this invoice.");
}

Result<Invoice> InvoiceDocument::prepare(const Profile &profile, const Client &client, const Project &project,
                                         int stagePosition, const DocumentLanguage &lang, const QDate &date)
{
    if (auto ok = DocumentRequirements::checkProfile(DocumentKind::Invoice, profile); !ok)
        return Error{ok.error()};
    if (auto ok = DocumentRequirements::checkProject(DocumentKind::Invoice, project); !ok)
        return Error{ok.error()};
    const PaymentStage *stage = nullptr;
    for (const PaymentStage &s : project.stages) {
        if (s.position == stagePosition)
            stage = &s;
    }
    if (!stage)
        return fail(DocumentRequirements::tr("\"%1\" has no stage %2; its stages are numbered 1 to %3.")
                        .arg(project.title)
                        .arg(stagePosition)
                        .arg(project.stages.size()));
    const bool registered = profile.vatStatus == VatStatus::Registered;
    if (registered && profile.vatId.trimmed().isEmpty())
        return fail(tr("The invoice needs your VAT ID, as you are registered for VAT: fill it in under "
                       "Preferences → Taxes and invoices."));
    const bool reverseCharge = registered && project.reverseCharge;
    if (reverseCharge && client.vatId.trimmed().isEmpty())
        return fail(tr("\"%1\" is invoiced with reverse charge, which needs the client's VAT ID: add it to %2's "
                       "billing details.")
                        .arg(project.title, client.name));

    Invoice invoice;
    invoice.kind = InvoiceKind::Invoice;
    invoice.language = lang.id();
    invoice.currency = project.currency;
    invoice.clientId = client.id;
    invoice.projectId = project.id;
    invoice.stageId = stage->id;
    invoice.stagePosition = stage->position;
    invoice.stageCount = int(project.stages.size());
    invoice.stageTitle = stage->title.trimmed();
    invoice.stageAmount = stage->amountMinor;
    invoice.projectTitle = project.title.trimmed();
    invoice.contractNumber = ContractDocument::contractNumber(project, date);
    invoice.contractDate = project.contractDate;
    invoice.issuedOn = date;
    // The stage's own due date while it is still ahead, else the profile's
    // payment term from the invoice date.
    invoice.dueOn =
        stage->dueOn.isValid() && stage->dueOn >= date ? stage->dueOn : date.addDays(profile.invoicePaymentDays);
    invoice.deliveryDate = project.deliveredOn.isValid() ? project.deliveredOn : project.deadline;

    invoice.seller.name = profile.name.trimmed();
    invoice.seller.legalForm = profile.legalForm.trimmed();
    invoice.seller.address = profile.address.trimmed();
    invoice.seller.businessId = profile.registrationNumber.trimmed();
    invoice.seller.vatId = registered ? profile.vatId.trimmed() : QString();
    invoice.seller.email = profile.email.trimmed();
    invoice.seller.phone = profile.phone.trimmed();
    invoice.buyer.name = client.name.trimmed();
    invoice.buyer.company = client.company.trimmed();
    invoice.buyer.address = client.billingAddress.trimmed();
    invoice.buyer.businessId = client.businessId.trimmed();
    invoice.buyer.vatId = client.vatId.trimmed();
    invoice.buyer.email = client.email.trimmed();

    invoice.vatStatus = profile.vatStatus;
    invoice.reverseCharge = reverseCharge;
    const int projectRate = project.vatRateTenths.value_or(profile.vatRateTenths);
    qint64 amount = stage->amountMinor;
    int lineRate = 0;
    if (registered && !reverseCharge) {
        invoice.pricesIncludeVat = profile.pricesIncludeVat;
        lineRate = projectRate;
    } else if (reverseCharge) {
        // The buyer accounts for the VAT: a price entered with VAT is billed
        // without it.
        invoice.vatNote =
            lang.translate("InvoiceDocument", "Reverse charge: the buyer accounts for the VAT (Council Directive "
                                              "2006/112/EC, Article 196).");
        if (profile.pricesIncludeVat)
            amount = scaled(amount, 1000, 1000 + projectRate);
    } else {
        invoice.vatNote = exemptionText(profile, lang);
    }
    const QString description =
        lang.translate("InvoiceDocument", "Prepayment of stage %1 of %2: %3")
            .arg(lang.number(stage->position), lang.number(project.stages.size()), invoice.stageTitle) +
        u'\n' + lang.translate("InvoiceDocument", "Project: %1").arg(invoice.projectTitle);
    invoice.lines = {{description, amount, lineRate}};
    const auto totals = invoice.computeTotals();
    if (!totals)
        return Error{totals.error()};
    invoice.totals = *totals;
    // What was paid on the stage before, as a share of this invoice.
    const qint64 paid = std::min(stage->paidMinor, stage->amountMinor);
    invoice.paidBefore = scaled(invoice.totals.gross, paid, stage->amountMinor);

    invoice.bankDetails = profile.bankDetails.trimmed();
    invoice.iban = Iban::compact(profile.iban);
    invoice.bic = profile.bic.trimmed().toUpper();
    return invoice;
}

QString InvoiceDocument::virtualBarcode(const Invoice &invoice)
{
    if (invoice.isDraft() || invoice.isCreditNote() || invoice.currency != u"EUR"_s || invoice.reference.isEmpty())
        return {};
    const auto code = BankBarcode::version4(invoice.iban, invoice.amountDue(), invoice.reference, invoice.dueOn);
    return code ? *code : QString();
}

QByteArray InvoiceDocument::epcPayload(const Invoice &invoice)
{
    if (invoice.isDraft() || invoice.isCreditNote() || invoice.currency != u"EUR"_s || invoice.amountDue() <= 0)
        return {};
    EpcPayment payment;
    payment.bic = invoice.bic;
    // The QR code holds at most 70 characters of the name.
    payment.name = invoice.seller.name.left(70);
    payment.iban = invoice.iban;
    payment.cents = invoice.amountDue();
    payment.reference = invoice.rfReference;
    const auto bytes = payment.payload();
    return bytes ? *bytes : QByteArray();
}

Result<PrintableDocument> InvoiceDocument::build(const Invoice &invoice, const PrintFormat &format)
{
    auto language = DocumentLanguage::fromId(invoice.language);
    if (!language)
        return Error{language.error()};
    language->setPrintFormat(format);
    const DocumentLanguage &lang = *language;
    TextDocumentWriter w;
    if (lang.id() == u"ru"_s)
        buildRussian(w, lang, invoice);
    else
        buildStandard(w, lang, invoice);

    QString stem;
    if (invoice.isDraft())
        stem = u"invoice-draft-%1-%2"_s.arg(invoice.projectId).arg(invoice.stagePosition);
    else
        stem = (invoice.isCreditNote() ? u"credit-note-"_s : u"invoice-"_s) + invoice.number;
    return finishDocument(w, lang, invoice.seller.name, pageTitle(lang, invoice), stem);
}

Result<PrintableDocument> InvoiceDocument::build(const Profile &profile, const Client &client, const Project &project,
                                                 int stagePosition, const DocumentLanguage &language, const QDate &date)
{
    const auto invoice = prepare(profile, client, project, stagePosition, language, date);
    if (!invoice)
        return Error{invoice.error()};
    return build(*invoice, language.printFormat());
}

} // namespace neuvo
