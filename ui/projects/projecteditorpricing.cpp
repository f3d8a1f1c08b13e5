#include "projecteditor.h"

#include "projecteditorfields.h"
#include "ui/session.h"
#include "ui/widgets/plaintext.h"
#include "ui/widgets/warning.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

// The Pricing tab of the project editor: price, NDA surcharge, discount with
// its counter-concession, the client's first offer, hours, and what the
// numbers say.

using namespace Qt::StringLiterals;

namespace neuvo {

using namespace editorfields;

namespace {

// The currencies offered first; any ISO 4217 code can be typed.
const QStringList kCommonCurrencies = {u"EUR"_s, u"USD"_s, u"GBP"_s, u"SEK"_s, u"NOK"_s,
                                       u"DKK"_s, u"CHF"_s, u"RUB"_s, u"JPY"_s};

} // namespace

QWidget *ProjectEditor::createPricingTab()
{
    auto *page = new QWidget;

    auto *priceBox = new QGroupBox(tr("Price"));
    auto *priceForm = new QFormLayout(priceBox);
    m_currency = new QComboBox;
    m_currency->setObjectName(u"currencyCombo"_s);
    m_currency->setEditable(true);
    m_currency->addItems(kCommonCurrencies);
    m_currency->setToolTip(tr("ISO 4217 code, e.g. EUR"));
    m_basePrice = new QLineEdit;
    m_basePrice->setObjectName(u"basePriceEdit"_s);
    m_basePrice->setToolTip(tr("Name your own price; don't ask for the client's budget."));
    m_nda = new QCheckBox(tr("&NDA: no portfolio use"));
    m_nda->setObjectName(u"ndaCheck"_s);
    m_ndaMarkup = spinBox(0, 1000, u" %"_s);
    m_ndaMarkup->setObjectName(u"ndaMarkupSpin"_s);
    m_ndaMarkup->setPrefix(u"+"_s);
    m_ndaMarkup->setAccessibleName(tr("NDA surcharge"));
    m_ndaMarkup->setToolTip(tr("An NDA costs you portfolio use, so it is paid for: +20–40 %."));
    m_firstOffer = new QLineEdit;
    m_firstOffer->setObjectName(u"firstOfferEdit"_s);
    m_firstOffer->setPlaceholderText(tr("the first figure the client named, if any"));
    m_firstOfferHint = hintLabel();
    m_firstOfferHint->setObjectName(u"firstOfferHint"_s);
    m_hours = spinBox(0, 100000, tr(" h"));
    m_hours->setObjectName(u"hoursSpin"_s);
    m_perHour = hintLabel();
    m_perHour->setObjectName(u"pricePerHourLabel"_s);

    priceForm->addRow(tr("C&urrency:"), m_currency);
    priceForm->addRow(tr("&Base price:"), m_basePrice);
    auto *ndaRow = new QHBoxLayout;
    ndaRow->addWidget(m_nda);
    ndaRow->addWidget(m_ndaMarkup);
    ndaRow->addStretch();
    addRow(priceForm, tr("Surcharge:"), ndaRow, m_nda);
    priceForm->addRow(tr("Client's &first offer:"), m_firstOffer);
    auto *hoursRow = new QHBoxLayout;
    hoursRow->addWidget(m_hours);
    hoursRow->addStretch();
    addRow(priceForm, tr("Estimated &hours:"), hoursRow, m_hours);

    auto *discountBox = new QGroupBox(tr("Discount"));
    // Word-wrapped warnings sit in a box layout: QFormLayout sizes them for
    // the wrong width and pads them with empty lines.
    auto *discountLayout = new QVBoxLayout(discountBox);
    auto *discountForm = new QFormLayout;
    discountForm->setContentsMargins(0, 0, 0, 0);
    m_discountKind = new QComboBox;
    m_discountKind->setObjectName(u"discountKindCombo"_s);
    for (DiscountKind kind : allValues<DiscountKind>())
        m_discountKind->addItem(displayName(kind), int(kind));
    m_discountValue = new QLineEdit;
    m_discountValue->setObjectName(u"discountValueEdit"_s);
    m_discountValue->setAccessibleName(tr("Discount value"));
    m_discountUnit = plainLabel();
    m_discountReason = new QLineEdit;
    m_discountReason->setObjectName(u"discountReasonEdit"_s);
    m_discountConcession = new QLineEdit;
    m_discountConcession->setObjectName(u"discountConcessionEdit"_s);
    m_discountConcession->setPlaceholderText(tr("e.g. deadline moved by two weeks, smaller scope"));
    m_futureOrders = new QCheckBox(tr("Given for &promised future orders"));
    m_futureOrders->setObjectName(u"futureOrdersCheck"_s);
    m_discountWarning = hintLabel();
    m_discountWarning->setObjectName(u"discountWarningLabel"_s);
    m_discountWarning->hide();
    auto *discountRow = new QHBoxLayout;
    discountRow->addWidget(m_discountKind);
    discountRow->addWidget(m_discountValue, 1);
    discountRow->addWidget(m_discountUnit);
    addRow(discountForm, tr("&Discount:"), discountRow, m_discountKind);
    discountForm->addRow(tr("Re&ason:"), m_discountReason);
    discountForm->addRow(tr("Counter-concess&ion:"), m_discountConcession);
    discountForm->addRow(QString(), m_futureOrders);
    discountLayout->addLayout(discountForm);
    discountLayout->addWidget(m_discountWarning);

    // VAT on this project's invoices: the profile's rate unless it has one
    // of its own, or none at all with reverse charge.
    auto *vatBox = new QGroupBox(tr("VAT on invoices"));
    auto *vatForm = new QFormLayout(vatBox);
    m_ownVatRate = new QCheckBox(tr("Own &VAT rate:"));
    m_ownVatRate->setObjectName(u"ownVatRateCheck"_s);
    m_vatRate = new QLineEdit;
    m_vatRate->setObjectName(u"vatRateEdit"_s);
    m_vatRate->setAccessibleName(tr("VAT rate of the project"));
    m_vatRate->setPlaceholderText(tr("e.g. 14"));
    m_vatRate->setToolTip(tr("A percentage with at most one decimal, used instead of the rate in Preferences."));
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_ownVatRate);
    rateRow->addWidget(m_vatRate);
    rateRow->addWidget(plainLabel(u"%"_s));
    rateRow->addStretch();
    vatForm->addRow(rateRow);
    m_reverseCharge = new QCheckBox(tr("Reverse char&ge: the buyer accounts for the VAT"));
    m_reverseCharge->setObjectName(u"reverseChargeCheck"_s);
    m_reverseCharge->setToolTip(tr("For a business client in another EU country; its VAT ID goes on the invoice."));
    vatForm->addRow(m_reverseCharge);
    connect(m_ownVatRate, &QCheckBox::toggled, m_vatRate, &QWidget::setEnabled);
    m_vatRate->setEnabled(false);

    auto *breakdownBox = new QGroupBox(tr("Price breakdown"));
    auto *breakdownLayout = new QVBoxLayout(breakdownBox);
    m_priceLines = new QLabel;
    m_priceLines->setObjectName(u"priceLinesLabel"_s);
    m_priceLines->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_priceLines->setWordWrap(true);
    breakdownLayout->addWidget(m_priceLines);

    auto *checksBox = new QGroupBox(tr("What the numbers say"));
    auto *checksLayout = new QVBoxLayout(checksBox);
    checksLayout->addWidget(m_perHour);
    checksLayout->addWidget(m_firstOfferHint);

    auto *left = new QVBoxLayout;
    left->addWidget(priceBox);
    left->addWidget(discountBox);
    left->addWidget(vatBox);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(breakdownBox);
    right->addWidget(checksBox);
    right->addStretch();
    auto *layout = new QHBoxLayout(page);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);
    return page;
}

Result<Pricing::Input> ProjectEditor::pricingInput() const
{
    const QString currency = currentCurrency();
    if (!Money::isCurrencyCode(currency))
        return fail(tr("Currency: \"%1\" is not a three-letter ISO 4217 code such as EUR.").arg(currency));
    Pricing::Input input;
    auto base = parseAmountField(m_basePrice, currency, tr("Base price"), 0);
    if (!base)
        return Error{base.error()};
    input.base = Money(base->value_or(0), currency);
    input.nda = m_nda->isChecked();
    input.ndaMarkupPercent = m_ndaMarkup->value();
    input.discountKind = DiscountKind(m_discountKind->currentData().toInt());
    switch (input.discountKind) {
    case DiscountKind::None:
        break;
    case DiscountKind::Amount: {
        auto amount = parseAmountField(m_discountValue, currency, tr("Discount"), 0);
        if (!amount)
            return Error{amount.error()};
        input.discountValue = amount->value_or(0);
        break;
    }
    case DiscountKind::Percent: {
        const QString text = m_discountValue->text().trimmed().remove(u'%').trimmed();
        bool ok = text.isEmpty();
        const int percent = ok ? 0 : QLocale().toInt(text, &ok);
        if (!ok || percent < 0 || percent > 100)
            return fail(tr("Discount: \"%1\" is not a whole percent from 0 to 100.").arg(m_discountValue->text()));
        input.discountValue = percent;
        break;
    }
    }
    return input;
}

void ProjectEditor::refreshPricing(const std::optional<PriceBreakdown> &price, const QString &problem,
                                   const QList<Finding> &findings)
{
    const QLocale locale;
    const QString currency = currentCurrency();
    const auto kind = DiscountKind(m_discountKind->currentData().toInt());
    for (QWidget *field : std::initializer_list<QWidget *>{m_discountValue, m_discountReason, m_discountConcession,
                                                           m_futureOrders})
        field->setEnabled(kind != DiscountKind::None);
    m_discountUnit->setText(kind == DiscountKind::Percent ? u"%"_s : currency);
    m_ndaMarkup->setEnabled(m_nda->isChecked());

    if (price) {
        QStringList lines;
        for (const PriceLine &line : price->lines)
            lines << line.text(locale).toHtmlEscaped();
        lines.last() = u"<b>"_s + lines.last() + u"</b>"_s;
        m_priceLines->setText(tr("Amounts in %1").arg(currency).toHtmlEscaped() + u"<br><br>"_s
                              + lines.join(u"<br>"_s));
    } else {
        m_priceLines->setText(problem.toHtmlEscaped());
    }

    // Every warning below is a finding of the engine about this project:
    // the same rules and thresholds as the dashboard.
    const Profile &profile = m_session.facts().profile;

    // A discount only for a counter-concession (docs/design.md, Pricing).
    QString discountWarning;
    if (hasFinding(findings, u"discount_for_future_promise")) {
        discountWarning = tr("A discount for promised future orders: experienced freelancers never do this. Give a "
                             "discount only for a counter-concession (a longer deadline, a smaller scope) "
                             "or less work. Neuvo flags it.");
    } else if (hasFinding(findings, u"discount_without_concession")) {
        discountWarning = tr("No counter-concession: give a discount only in exchange for something, such as "
                             "a longer deadline or a smaller scope, and record it here.");
    }
    showWarning(m_discountWarning, discountWarning);

    // The client's first offer against the price.
    m_firstOfferHint->clear();
    m_firstOfferHint->setPalette(QPalette());
    if (price && price->total.minor() > 0) {
        if (auto offer = parseAmountField(m_firstOffer, currency, tr("Client's first offer"), std::nullopt);
            offer && offer->has_value()) {
            const qint64 percent = qRound64(100.0 * double(**offer) / double(price->total.minor()));
            const QString text = tr("The first offer is %1 % of your total.").arg(locale.toString(percent));
            if (hasFinding(findings, u"devalues_work")) {
                const int threshold = profile.thresholds.value(u"devalues_work_percent");
                showWarning(m_firstOfferHint,
                            text + u' '
                                + tr("At most %1 % of it, and the client pressed on the price after it: the "
                                     "client devalues the work (a red flag).")
                                      .arg(locale.toString(threshold)));
            } else if (**offer > 0 && **offer < price->total.minor()) {
                // A low first figure starts a negotiation: shown as a fact,
                // with how far showing what the work costs has brought it.
                const QString times = locale.toString(double(price->total.minor()) / double(**offer), 'f', 1);
                m_firstOfferHint->setText(text + u' '
                                          + tr("Agreed at this total, that is %1× the first offer.").arg(times));
            } else if (**offer > 0) {
                m_firstOfferHint->setText(text);
            }
        }
    }

    // Price per hour against the floor rate (same currency only, as the engine).
    const int hours = m_hours->value();
    m_perHour->setPalette(QPalette());
    if (!price || hours <= 0) {
        m_perHour->setText(tr("Enter the estimated hours to see the price per hour."));
    } else {
        const Money perHour(price->total.minor() / hours, currency);
        QString text = tr("Price per hour: %1").arg(perHour.format(locale));
        const Money floor = profile.floorRate();
        if (hasFinding(findings, u"below_floor_rate")) {
            showWarning(m_perHour, text + u' ' + tr("— below your floor rate of %1.").arg(floor.format(locale)));
        } else if (profile.floorRateMinor > 0 && floor.currency() == currency) {
            m_perHour->setText(text + u' ' + tr("(your floor rate: %1)").arg(floor.format(locale)));
        } else if (profile.floorRateMinor > 0) {
            // No exchange rates in Neuvo: a guessed comparison would mislead.
            m_perHour->setText(text + u' '
                               + tr("(your floor rate is in %1, so it is not compared)").arg(floor.currency()));
        } else {
            m_perHour->setText(text);
        }
    }
}

} // namespace neuvo
