#pragma once

#include "enumids.h"
#include "money.h"
#include "vat.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>

namespace neuvo {

// ---- Enumerations. Ids are stable: stored and exchanged. ----

enum class ClientType { Individual, SmallBusiness, LargeCompany, Agency };
enum class ClientSource { Referral, Social, Publication, Marketplace, Cold, Other };
enum class ClientStatus { Prospect, Active, Past, Declined };
enum class Channel { Email, Phone, Messenger, Meeting };
enum class Direction { In, Out };
enum class InteractionKind {
    General, StatusRequest, DiscountRequest, FreeTestRequest, Agreement, BriefSent, Reminder
};
enum class ProjectStatus {
    Lead, BriefSent, Negotiation, Agreed, InProgress, Delivered, Closed, Declined, Cancelled
};
enum class DiscountKind { None, Amount, Percent };
// What a revision is, as the freelancer tells them apart: a round the
// client asked for within the scope (it uses an included round), the
// freelancer's own error (fixed free, never a round) and a change of scope
// (extra work, billed).
enum class RevisionKind { Round, Error, Change };
// The ten client types of the "when to decline" checklist.
enum class ClientPattern {
    Disrespect, BlamesPreviousContractors, PaysInPromises, Manipulation, FullLoadLowPrice,
    UnrealisticExpectations, Demoralizing, DevaluesWork, FreeWorkSeeker, BadProduct
};

template<> struct EnumTraits<ClientType> {
    static constexpr EnumEntry<ClientType> entries[] = {
        {ClientType::Individual, "individual", QT_TRANSLATE_NOOP("Enum", "Individual")},
        {ClientType::SmallBusiness, "small_business", QT_TRANSLATE_NOOP("Enum", "Small business")},
        {ClientType::LargeCompany, "large_company", QT_TRANSLATE_NOOP("Enum", "Large company")},
        {ClientType::Agency, "agency", QT_TRANSLATE_NOOP("Enum", "Agency")},
    };
};
template<> struct EnumTraits<ClientSource> {
    static constexpr EnumEntry<ClientSource> entries[] = {
        {ClientSource::Referral, "referral", QT_TRANSLATE_NOOP("Enum", "Referral")},
        {ClientSource::Social, "social", QT_TRANSLATE_NOOP("Enum", "Social media")},
        {ClientSource::Publication, "publication", QT_TRANSLATE_NOOP("Enum", "Publication")},
        {ClientSource::Marketplace, "marketplace", QT_TRANSLATE_NOOP("Enum", "Marketplace")},
        {ClientSource::Cold, "cold", QT_TRANSLATE_NOOP("Enum", "Cold contact")},
        {ClientSource::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")},
    };
};
template<> struct EnumTraits<ClientStatus> {
    static constexpr EnumEntry<ClientStatus> entries[] = {
        {ClientStatus::Prospect, "prospect", QT_TRANSLATE_NOOP("Enum", "Prospect")},
        {ClientStatus::Active, "active", QT_TRANSLATE_NOOP("Enum", "Active")},
        {ClientStatus::Past, "past", QT_TRANSLATE_NOOP("Enum", "Past")},
        {ClientStatus::Declined, "declined", QT_TRANSLATE_NOOP("Enum", "Declined")},
    };
};
template<> struct EnumTraits<Channel> {
    static constexpr EnumEntry<Channel> entries[] = {
        {Channel::Email, "email", QT_TRANSLATE_NOOP("Enum", "E-mail")},
        {Channel::Phone, "phone", QT_TRANSLATE_NOOP("Enum", "Phone")},
        {Channel::Messenger, "messenger", QT_TRANSLATE_NOOP("Enum", "Messenger")},
        {Channel::Meeting, "meeting", QT_TRANSLATE_NOOP("Enum", "Meeting")},
    };
};
template<> struct EnumTraits<Direction> {
    static constexpr EnumEntry<Direction> entries[] = {
        {Direction::In, "in", QT_TRANSLATE_NOOP("Enum", "Inbound")},
        {Direction::Out, "out", QT_TRANSLATE_NOOP("Enum", "Outbound")},
    };
};
template<> struct EnumTraits<InteractionKind> {
    static constexpr EnumEntry<InteractionKind> entries[] = {
        {InteractionKind::General, "general", QT_TRANSLATE_NOOP("Enum", "General")},
        {InteractionKind::StatusRequest, "status_request", QT_TRANSLATE_NOOP("Enum", "Status request")},
        {InteractionKind::DiscountRequest, "discount_request", QT_TRANSLATE_NOOP("Enum", "Discount request")},
        {InteractionKind::FreeTestRequest, "free_test_request", QT_TRANSLATE_NOOP("Enum", "Free test request")},
        {InteractionKind::Agreement, "agreement", QT_TRANSLATE_NOOP("Enum", "Agreement")},
        {InteractionKind::BriefSent, "brief_sent", QT_TRANSLATE_NOOP("Enum", "Brief sent")},
        {InteractionKind::Reminder, "reminder", QT_TRANSLATE_NOOP("Enum", "Reminder")},
    };
};
template<> struct EnumTraits<ProjectStatus> {
    static constexpr EnumEntry<ProjectStatus> entries[] = {
        {ProjectStatus::Lead, "lead", QT_TRANSLATE_NOOP("Enum", "Lead")},
        {ProjectStatus::BriefSent, "brief_sent", QT_TRANSLATE_NOOP("Enum", "Brief sent")},
        {ProjectStatus::Negotiation, "negotiation", QT_TRANSLATE_NOOP("Enum", "Negotiation")},
        {ProjectStatus::Agreed, "agreed", QT_TRANSLATE_NOOP("Enum", "Agreed")},
        {ProjectStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("Enum", "In progress")},
        {ProjectStatus::Delivered, "delivered", QT_TRANSLATE_NOOP("Enum", "Delivered")},
        {ProjectStatus::Closed, "closed", QT_TRANSLATE_NOOP("Enum", "Closed")},
        {ProjectStatus::Declined, "declined", QT_TRANSLATE_NOOP("Enum", "Declined")},
        {ProjectStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Enum", "Cancelled")},
    };
};
template<> struct EnumTraits<DiscountKind> {
    static constexpr EnumEntry<DiscountKind> entries[] = {
        {DiscountKind::None, "none", QT_TRANSLATE_NOOP("Enum", "No discount")},
        {DiscountKind::Amount, "amount", QT_TRANSLATE_NOOP("Enum", "Amount")},
        {DiscountKind::Percent, "percent", QT_TRANSLATE_NOOP("Enum", "Percent")},
    };
};
template<> struct EnumTraits<RevisionKind> {
    static constexpr EnumEntry<RevisionKind> entries[] = {
        {RevisionKind::Round, "round", QT_TRANSLATE_NOOP("Enum", "Round (in scope)")},
        {RevisionKind::Error, "error", QT_TRANSLATE_NOOP("Enum", "My error (free)")},
        {RevisionKind::Change, "change", QT_TRANSLATE_NOOP("Enum", "Change (out of scope)")},
    };
};
template<> struct EnumTraits<ClientPattern> {
    static constexpr EnumEntry<ClientPattern> entries[] = {
        {ClientPattern::Disrespect, "disrespect", QT_TRANSLATE_NOOP("Enum", "Treats work as a favour")},
        {ClientPattern::BlamesPreviousContractors, "blames_previous_contractors", QT_TRANSLATE_NOOP("Enum", "Blames previous contractors")},
        {ClientPattern::PaysInPromises, "pays_in_promises", QT_TRANSLATE_NOOP("Enum", "Pays in promises")},
        {ClientPattern::Manipulation, "manipulation", QT_TRANSLATE_NOOP("Enum", "Manipulates, no compromise")},
        {ClientPattern::FullLoadLowPrice, "full_load_low_price", QT_TRANSLATE_NOOP("Enum", "Full load at a low price")},
        {ClientPattern::UnrealisticExpectations, "unrealistic_expectations", QT_TRANSLATE_NOOP("Enum", "Unrealistic expectations")},
        {ClientPattern::Demoralizing, "demoralizing", QT_TRANSLATE_NOOP("Enum", "Demoralizing demands")},
        {ClientPattern::DevaluesWork, "devalues_work", QT_TRANSLATE_NOOP("Enum", "Devalues the work")},
        {ClientPattern::FreeWorkSeeker, "free_work_seeker", QT_TRANSLATE_NOOP("Enum", "Seeks free work")},
        {ClientPattern::BadProduct, "bad_product", QT_TRANSLATE_NOOP("Enum", "Bad product")},
    };
};

// Days of the week as a bit set: bit (Qt::DayOfWeek - 1), Monday = bit 0.
using Weekdays = quint8;
inline constexpr Weekdays MondayToFriday = 0b0011111;
inline constexpr Weekdays AllWeek = 0b1111111;
inline bool hasWeekday(Weekdays days, int dayOfWeek) { return days & (1u << (dayOfWeek - 1)); }
// "mon", "tue", ... "sun"
QStringList weekdayIds(Weekdays days);
std::optional<Weekdays> weekdaysFromIds(const QStringList &ids);

// Money is owed on a project from the agreement until the work is settled:
// agreed, in progress and delivered. The stages of a lead, a sent brief or a
// negotiation are a proposal (nothing is due yet); a closed project is
// settled (what is left unpaid was written off); a declined or cancelled one
// has no work to pay for. Whether a stage can be overdue, what a client
// owes, which income is expected and which payment rules apply all follow
// from this one definition.
bool owesMoney(ProjectStatus status);

// ---- Rule thresholds: every number the red-flag engine uses ----

// One tunable threshold: stable key, default, and a label for Preferences.
struct ThresholdInfo
{
    const char *key;
    int defaultValue;
    const char *label; // QT_TRANSLATE_NOOP("Threshold", ...)
};

// The red-flag thresholds (docs/design.md), stored with the profile. Keys
// are stable.
class RuleThresholds
{
public:
    static const QList<ThresholdInfo> &all();
    static bool isKnown(QStringView key);

    RuleThresholds(); // every key at its default

    // The value of a known key; Q_ASSERTs on an unknown one.
    int value(QStringView key) const;
    // Returns false (and changes nothing) for an unknown key or a negative value.
    bool setValue(const QString &key, int value);
    const QMap<QString, int> &values() const { return m_values; }

    friend bool operator==(const RuleThresholds &, const RuleThresholds &) = default;

private:
    QMap<QString, int> m_values;
};

// ---- Records ----

// The version a stored record had when it was loaded: a save names it and is
// refused when the stored record has moved on (someone else saved it in the
// meantime). 0 = not loaded from the database (a new record, or one read
// from an export). Bookkeeping about the loaded copy, not part of the
// record: two records with the same fields are equal whatever version each
// was loaded at, so comparisons of content (an edited form against what was
// loaded, an export against an import) are unchanged.
struct RowVersion
{
    qint64 value = 0;
    friend bool operator==(const RowVersion &, const RowVersion &) { return true; }
};

struct Profile
{
    // Backups of each kind (daily, manual, before an import ...) kept beside
    // the database file; older ones are deleted. Stored with the data, so the
    // desktop, neuvo-cli and an upgrade all keep as many as the person chose.
    static constexpr int DefaultBackupsToKeep = 14;
    static constexpr int MaxBackupsToKeep = 1000;

    QString name;
    QString legalForm;          // e.g. "Sole proprietor"
    QString registrationNumber; // business id, tax number
    QString address;
    QString email;
    QString phone;
    QString bankDetails;
    QString currency = QStringLiteral("EUR"); // default for new projects
    int ndaMarkupPercent = 30;
    int includedRevisions = 2;
    int guaranteePercent = 50;
    int noticeDays = 30;
    QTime workStart = QTime(9, 0);
    QTime workEnd = QTime(17, 0);
    Weekdays workDays = MondayToFriday;
    qint64 floorRateMinor = 0; // per hour, in `currency`
    RuleThresholds thresholds;
    int backupsToKeep = DefaultBackupsToKeep; // 1 to MaxBackupsToKeep

    // Taxes and invoices.
    VatStatus vatStatus = VatStatus::NotRegistered;
    QString vatId;               // "FI12345678"
    int vatRateTenths = 255;     // default rate in tenths of a percent: 25.5 %
    bool pricesIncludeVat = false; // project prices are gross (VAT included), else net
    // The sentence printed when no VAT is charged, per document language
    // ("fi" → "Myyjä ei ole arvonlisäverovelvollinen ..."). A language
    // without one prints Neuvo's standard sentence for the VAT status.
    QMap<QString, QString> vatExemptionTexts;
    QString iban;                // for the bank bar code and the payment QR code
    QString bic;
    QString invoicePrefix;       // printed before the number: "INV-" → "INV-2026-0001"
    bool invoiceNumbersYearly = true; // the running number starts again each year
    int invoicePaymentDays = 14; // due date when the stage has none (or it has passed)
    // What a rush costs on top of the price, in whole percent
    // (MinRushSurchargePercent–MaxRushSurchargePercent); none = not offered.
    std::optional<int> rushSurchargePercent;
    static constexpr int MinRushSurchargePercent = 1;
    static constexpr int MaxRushSurchargePercent = 500;

    Money floorRate() const { return Money(floorRateMinor, currency); }
    RowVersion rowVersion = {};
    friend bool operator==(const Profile &, const Profile &) = default;
};

struct Client
{
    qint64 id = 0;
    QString name;
    QString company;
    ClientType type = ClientType::Individual;
    ClientSource source = ClientSource::Other;
    QString email;
    QString phone;
    QString messenger;
    Channel preferredChannel = Channel::Email;
    // Agreed boundaries: when the client may call or write, in their zone.
    QTime contactFrom = QTime(9, 0);
    QTime contactTo = QTime(18, 0);
    Weekdays contactDays = MondayToFriday;
    QString timeZone = QStringLiteral("UTC"); // IANA id, e.g. "Europe/Helsinki"
    QString notes;
    ClientStatus status = ClientStatus::Prospect;
    // Who the invoice is addressed to: the billing address (when empty, the
    // invoice names the client without an address), the business id and
    // the VAT id (needed for a reverse-charge invoice).
    QString billingAddress;
    QString businessId;
    QString vatId;

    RowVersion rowVersion = {};
    friend bool operator==(const Client &, const Client &) = default;
};

struct PaymentStage
{
    qint64 id = 0;
    qint64 projectId = 0;
    int position = 0; // 1-based order within the project
    QString title;
    qint64 amountMinor = 0; // in the project's currency
    QDate dueOn;
    QDate workStartedOn;
    QDate paidOn;          // when the stage became fully paid, or last partial payment
    qint64 paidMinor = 0;  // cumulative paid amount

    bool isFullyPaid() const { return paidMinor >= amountMinor; }
    // What is still to be paid; never negative.
    qint64 unpaidMinor() const { return amountMinor > paidMinor ? amountMinor - paidMinor : 0; }
    // Overdue on `today`: the project owes money (owesMoney()), the stage is
    // not fully paid and its due date has passed. The payments page, the
    // dashboard, the client and project lists, the project editor and the
    // payment_overdue rule all ask this, so a stage is overdue everywhere or
    // nowhere.
    bool isOverdue(const QDate &today, ProjectStatus projectStatus) const;
    // Work on the stage started (by `today`) while the project owes money
    // and the stage is not fully paid: the work_without_prepayment rule.
    bool isWorkWithoutPrepayment(const QDate &today, ProjectStatus projectStatus) const;

    friend bool operator==(const PaymentStage &, const PaymentStage &) = default;
};

struct Revision
{
    qint64 id = 0;
    qint64 projectId = 0;
    QDate requestedOn;
    QString description;
    RevisionKind kind = RevisionKind::Round;
    qint64 chargeMinor = 0; // in the project's currency; 0 = not billed

    // Uses up one of the included revision rounds: only a round. The
    // freelancer's own error is fixed free, and a change of scope is extra
    // work (billed, or an alert to bill it), never also a round.
    bool countsAsRound() const { return kind == RevisionKind::Round; }

    friend bool operator==(const Revision &, const Revision &) = default;
};

// The included rounds used by these revisions up to `today` (a revision
// dated later is not counted yet).
int revisionRoundsUsed(const QList<Revision> &revisions, const QDate &today);

// A planned change of the project's price, to be announced in advance.
struct PriceChange
{
    qint64 id = 0;
    qint64 projectId = 0;
    QDate effectiveOn;
    qint64 newPriceMinor = 0; // new base price, project currency
    QDate announcedOn;        // null until the client was told
    QString note;

    friend bool operator==(const PriceChange &, const PriceChange &) = default;
};

struct Project
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString title;
    QString scope;
    QStringList includedItems; // what the price includes, in order
    ProjectStatus status = ProjectStatus::Lead;
    QString currency = QStringLiteral("EUR");
    qint64 basePriceMinor = 0;
    std::optional<qint64> firstOfferMinor; // the client's first figure, if any
    bool nda = false;
    int ndaMarkupPercent = 30;
    DiscountKind discountKind = DiscountKind::None;
    qint64 discountValue = 0; // minor units (Amount) or whole percent (Percent)
    QString discountReason;
    QString discountConcession; // what the client gave in return
    bool discountForFutureOrders = false;
    int estimatedHours = 0;
    QDate deadline;
    int internalMarginDays = 0; // own deadline = deadline - margin
    int guaranteePercent = 50;
    int revisionsIncluded = 2;
    QString contractNumber;
    QDate contractDate;
    int contractTermMonths = 0;
    QDate deliveredOn;
    // VAT for this project: a rate of its own (tenths of a percent) instead
    // of the profile's, and reverse charge (an EU business client accounts
    // for the VAT; needs the client's VAT id).
    std::optional<int> vatRateTenths;
    bool reverseCharge = false;

    QList<PaymentStage> stages;
    QList<Revision> revisions;
    QList<PriceChange> priceChanges;

    Money basePrice() const { return Money(basePriceMinor, currency); }
    Money money(qint64 minor) const { return Money(minor, currency); }

    // Whether money is owed on the project now (see neuvo::owesMoney).
    bool owesMoney() const;
    // The stage to be paid next: stages are paid in order (a stage is paid,
    // its work done, then the next one), so the first stage by position that
    // is not fully paid; nullptr when every stage is paid.
    const PaymentStage *nextStage() const;
    // The included revision rounds used up to `today`.
    int revisionRoundsUsed(const QDate &today) const { return neuvo::revisionRoundsUsed(revisions, today); }

    RowVersion rowVersion = {};
    friend bool operator==(const Project &, const Project &) = default;
};

struct Interaction
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 projectId = 0; // 0 = not about one project
    QDateTime at;          // UTC
    Channel channel = Channel::Email;
    Direction direction = Direction::In;
    InteractionKind kind = InteractionKind::General;
    QString summary;
    QDate confirmedOn; // agreement confirmed in writing

    RowVersion rowVersion = {};
    friend bool operator==(const Interaction &, const Interaction &) = default;
};

struct Promise
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 projectId = 0; // 0 = none
    QString what;
    QDate dueOn;
    QDate doneOn;

    RowVersion rowVersion = {};
    friend bool operator==(const Promise &, const Promise &) = default;
};

struct Observation
{
    qint64 id = 0;
    qint64 clientId = 0;
    ClientPattern pattern = ClientPattern::Disrespect;
    QString note;
    QDate observedOn;
    QDate withdrawnOn; // null while the observation stands

    RowVersion rowVersion = {};
    friend bool operator==(const Observation &, const Observation &) = default;
};

} // namespace neuvo
