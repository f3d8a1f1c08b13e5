#include "limits.h"

#include "money.h"

using namespace Qt::StringLiterals;

namespace neuvo {

QString Limits::shorten(QStringView value)
{
    if (value.size() <= QuotedLength)
        return value.toString();
    // Cut between characters, not inside a surrogate pair.
    qsizetype cut = QuotedLength - 1;
    if (value.at(cut - 1).isHighSurrogate())
        --cut;
    return value.first(cut).toString() + QChar(0x2026);
}

Result<void> Limits::checkLengths(std::initializer_list<Text> fields)
{
    for (const Text &f : fields) {
        if (f.value.size() > f.maximum)
            return fail(tr("%1: %2 characters is too long; at most %3 fit.")
                            .arg(tr(f.label))
                            .arg(f.value.size())
                            .arg(f.maximum));
    }
    return {};
}

Result<void> Limits::checkAmount(const char *label, qint64 minor, const QString &currency)
{
    if (minor > AmountMinor)
        return fail(tr("%1: %2 is more than Neuvo accepts (at most %3).")
                        .arg(tr(label), Money(minor, currency).formatWithCode(),
                             Money(AmountMinor, currency).formatWithCode()));
    return {};
}

Result<void> Limits::check(const Profile &p)
{
    if (auto r = checkLengths({
            {QT_TRANSLATE_NOOP("Limits", "Your name"), p.name, LineLength},
            {QT_TRANSLATE_NOOP("Limits", "Legal form"), p.legalForm, LineLength},
            {QT_TRANSLATE_NOOP("Limits", "Registration number"), p.registrationNumber, LineLength},
            {QT_TRANSLATE_NOOP("Limits", "E-mail"), p.email, LineLength},
            {QT_TRANSLATE_NOOP("Limits", "Phone"), p.phone, LineLength},
            {QT_TRANSLATE_NOOP("Limits", "Address"), p.address, ParagraphLength},
            {QT_TRANSLATE_NOOP("Limits", "Bank details"), p.bankDetails, ParagraphLength},
            {QT_TRANSLATE_NOOP("Limits", "VAT ID"), p.vatId, LineLength},
            {QT_TRANSLATE_NOOP("Limits", "IBAN"), p.iban, LineLength},
            {QT_TRANSLATE_NOOP("Limits", "BIC"), p.bic, LineLength},
            {QT_TRANSLATE_NOOP("Limits", "Invoice prefix"), p.invoicePrefix, LineLength},
        });
        !r)
        return r;
    for (const QString &text : p.vatExemptionTexts) {
        if (auto r = checkLengths({{QT_TRANSLATE_NOOP("Limits", "VAT exemption text"), text, ParagraphLength}}); !r)
            return r;
    }
    return checkAmount(QT_TRANSLATE_NOOP("Limits", "Floor rate"), p.floorRateMinor, p.currency);
}

Result<void> Limits::check(const Client &c)
{
    return checkLengths({
        {QT_TRANSLATE_NOOP("Limits", "Name"), c.name, LineLength},
        {QT_TRANSLATE_NOOP("Limits", "Company"), c.company, LineLength},
        {QT_TRANSLATE_NOOP("Limits", "E-mail"), c.email, LineLength},
        {QT_TRANSLATE_NOOP("Limits", "Phone"), c.phone, LineLength},
        {QT_TRANSLATE_NOOP("Limits", "Messenger"), c.messenger, LineLength},
        {QT_TRANSLATE_NOOP("Limits", "Time zone"), c.timeZone, LineLength},
        {QT_TRANSLATE_NOOP("Limits", "Notes"), c.notes, TextLength},
        {QT_TRANSLATE_NOOP("Limits", "Billing address"), c.billingAddress, ParagraphLength},
        {QT_TRANSLATE_NOOP("Limits", "Business ID"), c.businessId, LineLength},
        {QT_TRANSLATE_NOOP("Limits", "VAT ID"), c.vatId, LineLength},
    });
}

Result<void> Limits::check(const Project &p)
{
    if (auto r = checkLengths({
            {QT_TRANSLATE_NOOP("Limits", "Title"), p.title, LineLength},
            {QT_TRANSLATE_NOOP("Limits", "Scope"), p.scope, TextLength},
            {QT_TRANSLATE_NOOP("Limits", "Discount reason"), p.discountReason, ParagraphLength},
            {QT_TRANSLATE_NOOP("Limits", "Concession"), p.discountConcession, ParagraphLength},
            {QT_TRANSLATE_NOOP("Limits", "Contract number"), p.contractNumber, LineLength},
        });
        !r)
        return r;
    for (const QString &item : p.includedItems) {
        if (auto r = checkLengths({{QT_TRANSLATE_NOOP("Limits", "Included item"), item, ParagraphLength}}); !r)
            return r;
    }
    if (auto r = checkAmount(QT_TRANSLATE_NOOP("Limits", "Base price"), p.basePriceMinor, p.currency); !r)
        return r;
    if (p.firstOfferMinor) {
        if (auto r = checkAmount(QT_TRANSLATE_NOOP("Limits", "First offer"), *p.firstOfferMinor, p.currency); !r)
            return r;
    }
    if (p.discountKind == DiscountKind::Amount) {
        if (auto r = checkAmount(QT_TRANSLATE_NOOP("Limits", "Discount"), p.discountValue, p.currency); !r)
            return r;
    }
    for (const PaymentStage &s : p.stages) {
        if (auto r = checkLengths({{QT_TRANSLATE_NOOP("Limits", "Stage title"), s.title, LineLength}}); !r)
            return r;
        if (auto r = checkAmount(QT_TRANSLATE_NOOP("Limits", "Stage amount"), s.amountMinor, p.currency); !r)
            return r;
        if (auto r = checkAmount(QT_TRANSLATE_NOOP("Limits", "Paid amount"), s.paidMinor, p.currency); !r)
            return r;
    }
    for (const Revision &r : p.revisions) {
        if (auto c = checkLengths({{QT_TRANSLATE_NOOP("Limits", "Revision"), r.description, ParagraphLength}}); !c)
            return c;
        if (auto c = checkAmount(QT_TRANSLATE_NOOP("Limits", "Revision charge"), r.chargeMinor, p.currency); !c)
            return c;
    }
    for (const PriceChange &c : p.priceChanges) {
        if (auto r = checkLengths({{QT_TRANSLATE_NOOP("Limits", "Price change note"), c.note, ParagraphLength}}); !r)
            return r;
        if (auto r = checkAmount(QT_TRANSLATE_NOOP("Limits", "New price"), c.newPriceMinor, p.currency); !r)
            return r;
    }
    return {};
}

Result<void> Limits::check(const Interaction &i)
{
    return checkLengths({{QT_TRANSLATE_NOOP("Limits", "Summary"), i.summary, TextLength}});
}

Result<void> Limits::check(const Promise &p)
{
    return checkLengths({{QT_TRANSLATE_NOOP("Limits", "Promise"), p.what, ParagraphLength}});
}

Result<void> Limits::check(const Observation &o)
{
    return checkLengths({{QT_TRANSLATE_NOOP("Limits", "Note"), o.note, ParagraphLength}});
}

} // namespace neuvo
