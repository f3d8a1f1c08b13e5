#pragma once

#include "enumids.h"
#include "money.h"
#include "vat.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace neuvo {

enum class InvoiceKind { Invoice, CreditNote };

template<> struct EnumTraits<InvoiceKind> {
    static constexpr EnumEntry<InvoiceKind> entries[] = {
        {InvoiceKind::Invoice, "invoice", QT_TRANSLATE_NOOP("Enum", "Invoice")},
        {InvoiceKind::CreditNote, "credit_note", QT_TRANSLATE_NOOP("Enum", "Credit note")},
    };
};

// A party as printed on an invoice, copied from the profile or the client
// when the invoice is issued and never changed afterwards.
struct InvoiceParty
{
    QString name;
    QString legalForm;   // seller: "Sole proprietor"
    QString company;     // buyer: the client's company
    QString address;     // seller: the profile's address; buyer: the billing address
    QString businessId;  // seller: the registration number
    QString vatId;
    QString email;
    QString phone;

    friend bool operator==(const InvoiceParty &, const InvoiceParty &) = default;
};

// One line: what is billed and at which VAT rate. The amount is net, or
// gross when the invoice's prices include VAT.
struct InvoiceLine
{
    QString description;
    qint64 amount = 0;
    int rateTenths = 0;

    friend bool operator==(const InvoiceLine &, const InvoiceLine &) = default;
};

// An invoice or credit note as issued: everything it prints, so that it
// prints the same whatever happens to the profile, the client or the
// project afterwards. A draft is one with no number yet.
struct Invoice
{
    qint64 id = 0;
    InvoiceKind kind = InvoiceKind::Invoice;
    QString number;   // "INV-2026-0007"; empty for a draft
    QString series;   // "2026" when numbers start again each year, "" for one running series
    int sequence = 0; // the running number within the series: 1, 2, 3 ...
    // A credit note refers to the invoice it cancels.
    qint64 creditedInvoiceId = 0;
    QString creditedNumber;
    QDate creditedIssuedOn;

    qint64 clientId = 0;
    qint64 projectId = 0;
    // The stage billed. Stages keep their ids when a project is saved, so
    // this stays the same stage; a stage with an issued invoice cannot be
    // removed.
    qint64 stageId = 0;
    int stagePosition = 0;
    int stageCount = 0;
    QString stageTitle;
    // The stage's amount when it was invoiced, in the project's terms (net
    // or gross as its prices are entered): while the invoice stands, the
    // stage keeps it.
    qint64 stageAmount = 0;
    QString projectTitle;
    QString contractNumber;
    QDate contractDate;

    QDate issuedOn;
    QDate dueOn;
    QDate deliveryDate; // when the work is (to be) delivered; null if unknown
    QString language;   // "en", "fi", "ru": the document language it was issued in
    QString currency;

    InvoiceParty seller;
    InvoiceParty buyer;

    VatStatus vatStatus = VatStatus::NotRegistered;
    bool reverseCharge = false;
    bool pricesIncludeVat = false;
    // Why no VAT is charged (the exemption or reverse-charge sentence in the
    // invoice's language); empty when VAT is charged.
    QString vatNote;
    QList<InvoiceLine> lines;
    VatTotals totals;
    qint64 paidBefore = 0; // gross amount already paid when it was issued

    QString bankDetails;
    QString iban;
    QString bic;
    QString reference;   // Finnish reference number with its check digit; empty for credit notes
    QString rfReference; // the same as an RF creditor reference

    Money money(qint64 minor) const { return Money(minor, currency); }
    bool isDraft() const { return number.isEmpty(); }
    bool isCreditNote() const { return kind == InvoiceKind::CreditNote; }
    // What the buyer still has to pay, as printed: gross less what was paid
    // before the invoice.
    qint64 amountDue() const { return totals.gross - paidBefore; }
    // The VAT computed from the lines; an issued invoice's totals are
    // these.
    Result<VatTotals> computeTotals() const;

    friend bool operator==(const Invoice &, const Invoice &) = default;
};

// A payment received against an invoice, in the invoice's currency (gross).
struct InvoicePayment
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QDate paidOn;
    qint64 amount = 0;

    friend bool operator==(const InvoicePayment &, const InvoicePayment &) = default;
};

// How invoice numbers and references are formed from the series and the
// running number.
class InvoiceNumbering final
{
public:
    // "2026" when numbers start again each year, else "" (one series).
    static QString series(const QDate &issuedOn, bool yearly);
    // prefix + "2026-0007", or prefix + "0007" for the single series.
    static QString number(const QString &prefix, const QString &series, int sequence);
    // The base of the Finnish reference number: the year and the running
    // number ("20260007"), or 1 and the running number for the single
    // series ("10007"); the two kinds never collide, and the prefix (which
    // may change) plays no part, so a reference is never used twice.
    static QString referenceBase(const QString &series, int sequence);
};

} // namespace neuvo
