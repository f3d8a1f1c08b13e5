#include "demodata.h"

#include "core/domain/domain.h"
#include "core/domain/pricing.h"
#include "core/domain/stageplan.h"
#include "core/storage/stores.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// The sample's records are data, not interface text: they stay English
// (names excepted) whatever the UI language, so a demo database, its export
// and the tests built on it are the same on every machine.

struct Zone
{
    QByteArray id;
    int fallbackOffsetSeconds; // used only when the tz database lacks the zone
};

const Zone kHelsinki{"Europe/Helsinki", 2 * 3600};
// Moscow has kept UTC+3 all year since 2014, so the fallback is exact there.
const Zone kMoscow{"Europe/Moscow", 3 * 3600};

// Interactions are stored in UTC but happen at a wall-clock time in the
// client's zone; "called at 23:00" must stay 23:00 for the client.
QDateTime localToUtc(const QDate &date, const QTime &time, const Zone &zone)
{
    QTimeZone tz(zone.id);
    if (!tz.isValid())
        tz = QTimeZone(zone.fallbackOffsetSeconds);
    return QDateTime(date, time, tz).toUTC();
}

// A well-behaved client writes on working days; moving a relative date off
// the weekend keeps the healthy sample clear of "outside agreed days".
QDate workday(const QDate &date)
{
    switch (date.dayOfWeek()) {
    case Qt::Saturday:
        return date.addDays(-1);
    case Qt::Sunday:
        return date.addDays(-2);
    default:
        return date;
    }
}

PaymentStage stage(const QString &title, const Money &amount, const QDate &due,
                   const QDate &workStarted = {}, const QDate &paid = {})
{
    PaymentStage s;
    s.title = title;
    s.amountMinor = amount.minor();
    s.dueOn = due;
    s.workStartedOn = workStarted;
    s.paidOn = paid;
    s.paidMinor = paid.isValid() ? amount.minor() : 0;
    return s;
}

Revision revision(const QDate &on, RevisionKind kind, const QString &description, qint64 chargeMinor = 0)
{
    Revision r;
    r.requestedOn = on;
    r.kind = kind;
    r.description = description;
    r.chargeMinor = chargeMinor;
    return r;
}

// Writes the sample through the stores, so it obeys every rule a record
// entered by hand obeys.
class DemoBuilder
{
public:
    DemoBuilder(Database &db, const QDate &today)
        : m_today(today), m_profiles(db), m_clients(db), m_projects(db), m_interactions(db),
          m_promises(db), m_observations(db)
    {
    }

    Result<void> run()
    {
        for (auto step : {&DemoBuilder::profile, &DemoBuilder::healthyReferral, &DemoBuilder::agency,
                          &DemoBuilder::toxic, &DemoBuilder::silentProspect, &DemoBuilder::halfAndHalf,
                          &DemoBuilder::pastClient}) {
            if (auto r = (this->*step)(); !r)
                return r;
        }
        return {};
    }

private:
    QDate day(int offset) const { return m_today.addDays(offset); }
    QString year(int offset) const { return QString::number(day(offset).year()); }

    Result<void> addClient(Client &c) { return m_clients.create(c); }

    // Splits the project's computed total so the stages sum to it exactly.
    static Result<QList<Money>> amounts(const Project &p, const QList<int> &percents)
    {
        const auto price = Pricing::compute(p);
        if (!price)
            return Error{price.error()};
        return StagePlan::splitByPercentages(price->total, percents);
    }

    Result<void> interact(const Client &c, qint64 projectId, const QDateTime &at, Channel channel,
                          Direction direction, InteractionKind kind, const QString &summary,
                          const QDate &confirmedOn = {})
    {
        Interaction i;
        i.clientId = c.id;
        i.projectId = projectId;
        i.at = at;
        i.channel = channel;
        i.direction = direction;
        i.kind = kind;
        i.summary = summary;
        i.confirmedOn = confirmedOn;
        return m_interactions.create(i);
    }

    Result<void> promise(const Client &c, qint64 projectId, const QString &what, const QDate &due,
                         const QDate &done = {})
    {
        Promise p;
        p.clientId = c.id;
        p.projectId = projectId;
        p.what = what;
        p.dueOn = due;
        p.doneOn = done;
        return m_promises.create(p);
    }

    Result<void> observe(const Client &c, ClientPattern pattern, const QDate &on, const QString &note)
    {
        Observation o;
        o.clientId = c.id;
        o.pattern = pattern;
        o.observedOn = on;
        o.note = note;
        return m_observations.create(o);
    }

    Result<void> profile()
    {
        // Every field is set below; the stored one only gives its version.
        const auto stored = m_profiles.load();
        if (!stored)
            return Error{stored.error()};
        Profile p;
        p.rowVersion = stored->rowVersion;
        p.name = u"Aino Virtanen"_s;
        p.legalForm = u"Sole proprietor (toiminimi)"_s;
        p.registrationNumber = u"3141593-8"_s; // valid Finnish business id check digit
        p.address = u"Hämeenkatu 12 A 5\n33100 Tampere\nFinland"_s;
        p.email = u"aino.virtanen@example.com"_s;
        p.phone = u"+358 40 123 4567"_s;
        p.bankDetails = u"IBAN FI21 1234 5600 0007 85, BIC NDEAFIHH"_s;
        p.currency = u"EUR"_s;
        p.ndaMarkupPercent = 30;
        p.includedRevisions = 2;
        p.guaranteePercent = 50;
        p.noticeDays = 30;
        p.workStart = QTime(9, 0);
        p.workEnd = QTime(17, 0);
        p.workDays = MondayToFriday;
        p.floorRateMinor = 4500;
        // A sole proprietor under the VAT threshold: invoices print the
        // exemption sentence; the IBAN gives them a reference, the bank bar
        // code and the payment QR code.
        p.vatStatus = VatStatus::NotRegistered;
        p.iban = u"FI21 1234 5600 0007 85"_s;
        p.bic = u"NDEAFIHH"_s;
        return m_profiles.save(p);
    }

    // (a) Two years of work through a referral, every stage paid on time,
    // agreements confirmed in writing: the client the rules must leave alone.
    Result<void> healthyReferral()
    {
        Client c;
        c.name = u"Laura Mäkelä"_s;
        c.company = u"Pirkanmaan Kotileipomo Oy"_s;
        c.type = ClientType::SmallBusiness;
        c.source = ClientSource::Referral;
        c.email = u"laura.makela@example.com"_s;
        c.phone = u"+358 50 765 4321"_s;
        c.preferredChannel = Channel::Email;
        c.contactFrom = QTime(8, 0);
        c.contactTo = QTime(16, 0);
        c.contactDays = MondayToFriday;
        c.timeZone = QString::fromLatin1(kHelsinki.id);
        c.notes = u"Long-term client, referred by a former colleague. Pays every stage before it is due."_s;
        c.status = ClientStatus::Active;
        c.billingAddress = u"Pirkanmaan Kotileipomo Oy\nHatanpään valtatie 24\n33100 Tampere"_s;
        c.businessId = u"2345678-0"_s;
        c.vatId = u"FI23456780"_s;
        if (auto r = addClient(c); !r)
            return r;

        Project pages;
        pages.clientId = c.id;
        pages.title = u"Bakery website: product pages"_s;
        pages.scope = u"Copy for 12 product pages of the online shop."_s;
        pages.includedItems = {u"Audience analysis"_s, u"Page structure"_s,
                               u"Copy for 12 product pages"_s, u"Proofreading"_s};
        pages.status = ProjectStatus::Closed;
        pages.basePriceMinor = 180000;
        pages.estimatedHours = 30;
        pages.deadline = day(-88);
        pages.internalMarginDays = 3;
        pages.contractNumber = u"AV-%1-07"_s.arg(year(-125));
        pages.contractDate = day(-125);
        pages.deliveredOn = day(-90);
        auto split = amounts(pages, StagePlan::percentages(StagePlan::Template::Halves));
        if (!split)
            return Error{split.error()};
        pages.stages = {
            stage(u"Structure and first six pages"_s, split->at(0), day(-120), day(-120), day(-121)),
            stage(u"Last six pages and proofreading"_s, split->at(1), day(-100), day(-100), day(-101)),
        };
        pages.revisions = {revision(day(-92), RevisionKind::Error, u"Two typos on the rye bread page (my error)"_s)};
        if (auto r = m_projects.create(pages); !r)
            return r;

        Project news;
        news.clientId = c.id;
        news.title = u"Monthly newsletter, autumn series"_s;
        news.scope = u"Three newsletters with seasonal products and a recipe section."_s;
        news.includedItems = {u"Content plan"_s, u"Three newsletters"_s, u"Subject line variants"_s,
                              u"Proofreading"_s};
        news.status = ProjectStatus::Delivered;
        news.basePriceMinor = 150000;
        // 30 hours make 50.00 EUR/h: under the 60.00 of the newest
        // agreements, so the price-rise planner has a long-term client to
        // show (the article: old clients fall behind new offers).
        news.estimatedHours = 30;
        news.deadline = day(-3);
        news.internalMarginDays = 2;
        news.contractNumber = u"AV-%1-15"_s.arg(year(-42));
        news.contractDate = day(-42);
        news.deliveredOn = day(-5);
        auto thirds = amounts(news, StagePlan::percentages(StagePlan::Template::ThirtyFortyThirty));
        if (!thirds)
            return Error{thirds.error()};
        news.stages = {
            stage(u"Content plan and first newsletter"_s, thirds->at(0), day(-40), day(-40), day(-41)),
            stage(u"Second newsletter"_s, thirds->at(1), day(-26), day(-26), day(-27)),
            stage(u"Third newsletter"_s, thirds->at(2), day(-12), day(-12), day(-13)),
        };
        if (auto r = m_projects.create(news); !r)
            return r;

        const struct
        {
            int offset;
            QTime time;
            Channel channel;
            Direction direction;
            InteractionKind kind;
            QString summary;
            bool confirmedNextDay; // agreement confirmed in writing the day after
        } log[] = {
            {-43, QTime(10, 0), Channel::Email, Direction::Out, InteractionKind::BriefSent,
             u"Sent the brief for the autumn newsletter series"_s, false},
            {-42, QTime(11, 30), Channel::Email, Direction::In, InteractionKind::General,
             u"Laura answered the brief and approved the content plan"_s, false},
            {-30, QTime(13, 0), Channel::Phone, Direction::In, InteractionKind::Agreement,
             u"Agreed by phone: a recipe section in newsletter 2, within the price"_s, true},
            {-5, QTime(9, 45), Channel::Email, Direction::Out, InteractionKind::General,
             u"Delivered the third newsletter"_s, false},
            {-4, QTime(14, 10), Channel::Email, Direction::In, InteractionKind::General,
             u"Thanks; a spring series will follow"_s, false},
        };
        for (const auto &entry : log) {
            const QDate on = workday(day(entry.offset));
            const QDate confirmed = entry.confirmedNextDay ? on.addDays(1) : QDate();
            if (auto r = interact(c, news.id, localToUtc(on, entry.time, kHelsinki), entry.channel,
                                  entry.direction, entry.kind, entry.summary, confirmed);
                !r)
                return r;
        }
        if (auto r = promise(c, news.id, u"Send the brief for the newsletter series on Tuesday"_s, day(-43),
                             workday(day(-43)));
            !r)
            return r;
        return promise(c, 0, u"Send a proposal for the spring series"_s, day(20));
    }

    // (b) An agency: NDA with its surcharge, four prepaid quarters, the third
    // due in three days, and a yearly framework contract about to renew, the
    // moment to announce new rates.
    Result<void> agency()
    {
        Client c;
        c.name = u"Jukka Pöllänen"_s;
        c.company = u"Pulssi Agency Oy"_s;
        c.type = ClientType::Agency;
        c.source = ClientSource::Publication;
        c.email = u"jukka@pulssi.example.com"_s;
        c.phone = u"+358 44 222 3344"_s;
        c.messenger = u"@jukka.pollanen"_s;
        c.preferredChannel = Channel::Email;
        c.contactFrom = QTime(9, 0);
        c.contactTo = QTime(17, 0);
        c.timeZone = QString::fromLatin1(kHelsinki.id);
        c.notes = u"Found my article on launch copy. Agencies work to their client's budget, so asking "
                  u"for it is fine here. Yearly framework contract."_s;
        c.status = ClientStatus::Active;
        c.billingAddress = u"Pulssi Agency Oy\nLaskutus / Invoicing\nMannerheimintie 5 C\n00100 Helsinki"_s;
        c.businessId = u"1234567-1"_s;
        c.vatId = u"FI12345671"_s;
        if (auto r = addClient(c); !r)
            return r;

        Project p;
        p.clientId = c.id;
        p.title = u"SaaS launch: product pages and onboarding e-mails"_s;
        p.scope = u"Six product pages and eight onboarding e-mails for the agency's client; "
                  u"no portfolio use (NDA)."_s;
        p.includedItems = {u"Audience and competitor analysis"_s, u"Page structure"_s,
                           u"Copy for 6 product pages"_s, u"8 onboarding e-mails"_s, u"Proofreading"_s};
        p.status = ProjectStatus::InProgress;
        p.basePriceMinor = 400000;
        p.firstOfferMinor = 350000;
        p.nda = true;
        p.ndaMarkupPercent = 30;
        p.estimatedHours = 80;
        p.deadline = day(30);
        p.internalMarginDays = 4;
        // A 12-month term that ends three weeks from today.
        p.contractDate = m_today.addDays(21).addMonths(-12);
        p.contractNumber = u"AV-FW-%1"_s.arg(p.contractDate.year());
        p.contractTermMonths = 12;
        auto quarters = amounts(p, StagePlan::percentages(StagePlan::Template::Quarters));
        if (!quarters)
            return Error{quarters.error()};
        p.stages = {
            stage(u"Analysis and structure"_s, quarters->at(0), day(-35), day(-35), day(-36)),
            stage(u"Product pages"_s, quarters->at(1), day(-14), day(-14), day(-14)),
            stage(u"Onboarding e-mails"_s, quarters->at(2), day(3)),
            stage(u"Final edit and proofreading"_s, quarters->at(3), day(24)),
        };
        p.revisions = {revision(day(-8), RevisionKind::Round, u"Page 3 reads too formal; tone adjusted as briefed"_s)};
        PriceChange raise;
        raise.effectiveOn = p.contractDate.addMonths(12).addDays(1);
        raise.newPriceMinor = 460000;
        raise.note = u"New rates with the renewal of the framework contract (+15 %)."_s;
        p.priceChanges = {raise};
        if (auto r = m_projects.create(p); !r)
            return r;

        if (auto r = interact(c, p.id, localToUtc(workday(day(-37)), QTime(10, 15), kHelsinki), Channel::Email,
                              Direction::Out, InteractionKind::General,
                              u"Sent the contract, the NDA surcharge and the 4 × 25 % stage plan"_s);
            !r)
            return r;
        if (auto r = interact(c, p.id, localToUtc(workday(day(-36)), QTime(15, 0), kHelsinki), Channel::Email,
                              Direction::In, InteractionKind::General,
                              u"Signed contract back; first stage paid"_s);
            !r)
            return r;
        if (auto r = interact(c, p.id, localToUtc(workday(day(-15)), QTime(11, 0), kHelsinki), Channel::Email,
                              Direction::Out, InteractionKind::General,
                              u"Delivered stage 1: analysis and page structure"_s);
            !r)
            return r;
        if (auto r = interact(c, p.id, localToUtc(workday(day(-1)), QTime(9, 30), kHelsinki), Channel::Email,
                              Direction::Out, InteractionKind::General,
                              u"Sent the invoice for stage 3 (onboarding e-mails)"_s);
            !r)
            return r;
        return promise(c, p.id, u"Send the first draft of the onboarding e-mails"_s, day(5));
    }

    // (c) Every pattern of the decline checklist at once: a first offer 2.5x below
    // the quote, a free test task, a discount for "big future orders", late
    // calls, revisions beyond the included ones with unbilled changes, an
    // overdue stage with work already started on it.
    Result<void> toxic()
    {
        Client c;
        c.name = u"Дмитрий Соколов"_s;
        c.company = u"ООО «Быстрый Рост»"_s;
        c.type = ClientType::SmallBusiness;
        c.source = ClientSource::Marketplace;
        c.email = u"d.sokolov@example.com"_s;
        c.phone = u"+7 916 555 0199"_s;
        c.messenger = u"@d_sokolov"_s;
        c.preferredChannel = Channel::Messenger;
        c.contactFrom = QTime(10, 0);
        c.contactTo = QTime(19, 0);
        c.contactDays = MondayToFriday;
        c.timeZone = QString::fromLatin1(kMoscow.id);
        c.notes = u"Online course business, found through a marketplace. Agreed contact hours: "
                  u"10–19 Moscow time on weekdays."_s;
        c.status = ClientStatus::Active;
        c.billingAddress = u"ООО «Быстрый Рост»\nул. Тверская, д. 7, офис 12\n125009 Москва"_s;
        c.businessId = u"ИНН 7701234567"_s;
        if (auto r = addClient(c); !r)
            return r;

        Project p;
        p.clientId = c.id;
        p.title = u"Online course launch: landing page and 5 sales e-mails"_s;
        p.scope = u"One landing page and five sales e-mails for the spring course intake."_s;
        p.includedItems = {u"Audience analysis"_s, u"Competitor analysis"_s, u"Landing page structure"_s,
                           u"Landing page copy"_s, u"5 sales e-mails"_s, u"Proofreading"_s};
        p.status = ProjectStatus::InProgress;
        p.currency = u"RUB"_s;
        p.basePriceMinor = 12000000;  // 120 000.00 RUB quoted
        p.firstOfferMinor = 4800000;  // 48 000.00 RUB offered: 2.5x less
        p.discountKind = DiscountKind::Percent;
        p.discountValue = 10;
        p.discountReason = u"Client promised \"lots of big orders next quarter\""_s;
        p.discountForFutureOrders = true; // and no counter-concession
        p.estimatedHours = 60;
        p.deadline = day(18);
        p.internalMarginDays = 3;
        p.revisionsIncluded = 2;
        p.contractNumber = u"AV-%1-RU1"_s.arg(year(-50));
        p.contractDate = day(-50);
        auto quarters = amounts(p, StagePlan::percentages(StagePlan::Template::Quarters));
        if (!quarters)
            return Error{quarters.error()};
        p.stages = {
            stage(u"Research and structure"_s, quarters->at(0), day(-48), day(-46), day(-46)),
            // Unpaid for 20 days, yet the work on it has begun.
            stage(u"Landing page copy"_s, quarters->at(1), day(-20), day(-18)),
            stage(u"Sales e-mails 1–3"_s, quarters->at(2), day(10)),
            stage(u"Sales e-mails 4–5 and final edit"_s, quarters->at(3), day(14)),
        };
        p.revisions = {
            revision(day(-30), RevisionKind::Error, u"Typo in the headline (my error)"_s),
            revision(day(-26), RevisionKind::Round,
                     u"Rewrite the whole landing page in a \"more aggressive\" tone"_s),
            revision(day(-21), RevisionKind::Change,
                     u"Add a section about a bonus webinar that was not in the brief"_s),
            revision(day(-15), RevisionKind::Error, u"Wrong course start date in the FAQ (my error)"_s),
            revision(day(-12), RevisionKind::Round, u"Shorter FAQ answers"_s),
            revision(day(-9), RevisionKind::Round, u"Ten alternative headlines \"to test\""_s),
            revision(day(-3), RevisionKind::Change, u"Restructure the page around a new pricing table"_s),
        };
        if (auto r = m_projects.create(p); !r)
            return r;

        const struct
        {
            int offset;
            QTime moscowTime;
            Channel channel;
            Direction direction;
            InteractionKind kind;
            QString summary;
        } log[] = {
            {-62, QTime(10, 30), Channel::Messenger, Direction::In, InteractionKind::FreeTestRequest,
             u"Asked for a free test text \"to see if you fit\" before any agreement"_s},
            {-60, QTime(11, 0), Channel::Email, Direction::In, InteractionKind::General,
             u"First offer: 48 000 RUB for the whole job against the 120 000 RUB quote; "
             u"\"it is only a couple of pages\""_s},
            {-55, QTime(12, 0), Channel::Messenger, Direction::In, InteractionKind::DiscountRequest,
             u"Asked for 10 % off \"because there will be lots of big orders next quarter\""_s},
            {-52, QTime(15, 0), Channel::Email, Direction::Out, InteractionKind::General,
             u"Gave the 10 % discount for the promised future orders; no concession in return"_s},
            {-25, QTime(14, 0), Channel::Messenger, Direction::In, InteractionKind::DiscountRequest,
             u"Asked for another 20 % off the remaining stages, or he will \"find a cheaper writer\""_s},
            {-19, QTime(11, 0), Channel::Email, Direction::Out, InteractionKind::Reminder,
             u"Reminder: the stage 2 payment was due yesterday"_s},
            {-14, QTime(23, 0), Channel::Phone, Direction::In, InteractionKind::General,
             u"Called at 23:00 about \"urgent\" headline changes"_s},
            {-8, QTime(23, 10), Channel::Phone, Direction::In, InteractionKind::General,
             u"Called at 23:10 to discuss a new pricing table"_s},
            {-3, QTime(23, 5), Channel::Phone, Direction::In, InteractionKind::General,
             u"Called at 23:05: wants the page restructured by tomorrow"_s},
            {-1, QTime(10, 5), Channel::Messenger, Direction::In, InteractionKind::StatusRequest,
             u"\"Where is the text?\""_s},
            {-1, QTime(12, 40), Channel::Messenger, Direction::In, InteractionKind::StatusRequest,
             u"\"Any news? We launch soon\""_s},
            {-1, QTime(16, 20), Channel::Messenger, Direction::In, InteractionKind::StatusRequest,
             u"\"Status?\""_s},
        };
        for (const auto &entry : log) {
            if (auto r = interact(c, p.id, localToUtc(day(entry.offset), entry.moscowTime, kMoscow),
                                  entry.channel, entry.direction, entry.kind, entry.summary);
                !r)
                return r;
        }
        if (auto r = promise(c, p.id, u"Send the landing page draft"_s, day(-17), day(-18)); !r)
            return r;
        if (auto r = observe(c, ClientPattern::DevaluesWork, day(-60),
                             u"Called the landing page \"two hours of work\" and offered 48 000 RUB "
                             u"against a 120 000 RUB quote."_s);
            !r)
            return r;
        return observe(c, ClientPattern::Manipulation, day(-25),
                       u"Pushes his own terms without any compromise: wants 20 % more off and threatens "
                       u"to find a cheaper writer; calls late in the evening despite the agreed hours."_s);
    }

    // (d) A brief sent nine days ago and no answer: one reminder is due. The
    // quote was made before the scope grew, so it is also below the floor
    // rate; and it gives away what the article says to charge for: an NDA at
    // a 10 % surcharge and a discount with nothing in return (your alerts,
    // not the client's doing).
    Result<void> silentProspect()
    {
        Client c;
        c.name = u"Petri Lähteenmäki"_s;
        c.company = u"Kahvila Pörrö"_s;
        c.type = ClientType::SmallBusiness;
        c.source = ClientSource::Social;
        c.email = u"petri@porro.example.com"_s;
        c.messenger = u"@kahvilaporro"_s;
        c.preferredChannel = Channel::Messenger;
        c.timeZone = QString::fromLatin1(kHelsinki.id);
        c.notes = u"Café in Tampere; wrote after an Instagram post."_s;
        c.status = ClientStatus::Prospect;
        if (auto r = addClient(c); !r)
            return r;

        Project p;
        p.clientId = c.id;
        p.title = u"Café website: home, menu and story pages"_s;
        p.scope = u"Three pages; the story page was added after the first quote."_s;
        p.includedItems = {u"Page structure"_s, u"Copy for 3 pages"_s, u"Proofreading"_s};
        p.status = ProjectStatus::BriefSent;
        p.basePriceMinor = 90000;
        p.nda = true; // the new concept stays secret until the opening
        p.ndaMarkupPercent = 10;
        p.discountKind = DiscountKind::Percent;
        p.discountValue = 5;
        p.discountReason = u"A neighbourhood café"_s;
        p.estimatedHours = 24; // about 39 EUR/h, under the 45.00 EUR floor
        p.deadline = day(35);
        if (auto r = m_projects.create(p); !r)
            return r;

        if (auto r = interact(c, p.id, localToUtc(workday(day(-12)), QTime(13, 20), kHelsinki),
                              Channel::Messenger, Direction::In, InteractionKind::General,
                              u"Asked for a quote for three café web pages"_s);
            !r)
            return r;
        return interact(c, p.id, localToUtc(day(-9), QTime(10, 0), kHelsinki), Channel::Email, Direction::Out,
                        InteractionKind::BriefSent,
                        u"Sent the brief questionnaire and the price breakdown (900 EUR)"_s);
    }

    // (e) The client's own counter-proposal the article turns down, "50 %
    // now, 50 % when it is done", accepted instead of four prepaid stages;
    // agreed by phone and not yet confirmed in writing, with no list of what
    // the price includes and a deadline promised without a margin, and a
    // promise to send the summary falling due today. All of it is the
    // freelancer's to fix: the client stays OK.
    Result<void> halfAndHalf()
    {
        Client c;
        c.name = u"Elina Öhman"_s;
        c.company = u"Saaristomatkat Oy"_s;
        c.type = ClientType::SmallBusiness;
        c.source = ClientSource::Publication;
        c.email = u"elina.ohman@example.com"_s;
        c.phone = u"+358 45 987 6543"_s;
        c.preferredChannel = Channel::Phone;
        c.contactFrom = QTime(9, 0);
        c.contactTo = QTime(17, 0);
        c.timeZone = QString::fromLatin1(kHelsinki.id);
        c.notes = u"Archipelago travel company in Turku. Prefers to agree things by phone."_s;
        c.status = ClientStatus::Active;
        if (auto r = addClient(c); !r)
            return r;

        Project p;
        p.clientId = c.id;
        p.title = u"Travel blog: 8 archipelago guides"_s;
        p.scope = u"Eight guide articles of about 8 000 characters, with photo captions."_s;
        p.status = ProjectStatus::Agreed;
        p.basePriceMinor = 240000;
        p.firstOfferMinor = 200000;
        p.estimatedHours = 40;
        p.deadline = day(40);
        p.internalMarginDays = 0;
        auto halves = amounts(p, StagePlan::percentages(StagePlan::Template::Halves));
        if (!halves)
            return Error{halves.error()};
        p.stages = {
            stage(u"First four guides"_s, halves->at(0), day(5)),
            stage(u"Last four guides"_s, halves->at(1), day(40)), // on delivery: after the work
        };
        if (auto r = m_projects.create(p); !r)
            return r;

        if (auto r = interact(c, p.id, localToUtc(workday(day(-8)), QTime(10, 0), kHelsinki), Channel::Email,
                              Direction::Out, InteractionKind::General,
                              u"Sent the quote with four prepaid stages (4 × 25 %)"_s);
            !r)
            return r;
        if (auto r = interact(c, p.id, localToUtc(workday(day(-6)), QTime(12, 30), kHelsinki), Channel::Email,
                              Direction::In, InteractionKind::General,
                              u"Elina proposed 50/50 instead: half before the start, half when all eight "
                              u"guides are done"_s);
            !r)
            return r;
        if (auto r = interact(c, p.id, localToUtc(workday(day(-4)), QTime(14, 0), kHelsinki), Channel::Phone,
                              Direction::In, InteractionKind::Agreement,
                              u"Agreed by phone: 50/50 plan, 8 guides, 2 revision rounds, deadline in six weeks"_s);
            !r)
            return r;
        return promise(c, p.id, u"Send the written summary of the phone agreement and the content plan"_s, m_today);
    }

    // (f) Work finished a year ago; kept for the history.
    Result<void> pastClient()
    {
        Client c;
        c.name = u"Kaisa Ylönen"_s;
        c.type = ClientType::Individual;
        c.source = ClientSource::Referral;
        c.email = u"kaisa.ylonen@example.com"_s;
        c.preferredChannel = Channel::Email;
        c.timeZone = QString::fromLatin1(kHelsinki.id);
        c.notes = u"Retired teacher; edited her memoir. Happy to be a reference."_s;
        c.status = ClientStatus::Past;
        if (auto r = addClient(c); !r)
            return r;

        Project p;
        p.clientId = c.id;
        p.title = u"Memoir editing: 40 pages"_s;
        p.scope = u"Language and structure editing of a 40-page memoir."_s;
        p.includedItems = {u"Structure review"_s, u"Language editing"_s, u"Proofreading"_s};
        p.status = ProjectStatus::Closed;
        p.basePriceMinor = 160000;
        p.estimatedHours = 32;
        p.deadline = day(-358);
        p.deliveredOn = day(-360);
        p.contractNumber = u"AV-%1-02"_s.arg(year(-402));
        p.contractDate = day(-402);
        auto halves = amounts(p, StagePlan::percentages(StagePlan::Template::Halves));
        if (!halves)
            return Error{halves.error()};
        p.stages = {
            stage(u"Chapters 1–5"_s, halves->at(0), day(-400), day(-400), day(-401)),
            stage(u"Chapters 6–10 and proofreading"_s, halves->at(1), day(-380), day(-380), day(-381)),
        };
        if (auto r = m_projects.create(p); !r)
            return r;
        if (auto r = interact(c, p.id, localToUtc(workday(day(-405)), QTime(11, 0), kHelsinki), Channel::Email,
                              Direction::In, InteractionKind::General,
                              u"Asked for editing of her memoir manuscript"_s);
            !r)
            return r;
        return interact(c, p.id, localToUtc(workday(day(-360)), QTime(10, 0), kHelsinki), Channel::Email,
                        Direction::Out, InteractionKind::General, u"Delivered the edited manuscript"_s);
    }

    QDate m_today;
    ProfileStore m_profiles;
    ClientStore m_clients;
    ProjectStore m_projects;
    InteractionStore m_interactions;
    PromiseStore m_promises;
    ObservationStore m_observations;
};

} // namespace

Result<void> DemoData::fill(Database &db, const QDate &today)
{
    if (!db.isOpen())
        return fail(tr("The demo data needs an open database."));
    if (!today.isValid())
        return fail(tr("The demo data needs a valid date for today."));
    // Its dates run from about two years before today to a few months
    // after; the database stores years 1 to 9999 (four digits).
    const QDate earliest = today.addYears(-2);
    const QDate latest = today.addMonths(3);
    if (earliest.year() < 1 || latest.year() > 9999)
        return fail(tr("The demo data places dates from two years before %1 to three months after it; choose a "
                       "day between 0003-01-01 and 9999-09-30.")
                        .arg(today.toString(Qt::ISODate)));
    return db.transaction([&]() -> Result<void> {
        // Checked inside the transaction so nothing can slip in between.
        auto count = ClientStore(db).count();
        if (!count)
            return Error{count.error()};
        if (*count > 0)
            return fail(tr("%1 already holds clients (%2); demo data is only written into an empty database.")
                            .arg(db.path())
                            .arg(*count));
        return DemoBuilder(db, today).run();
    });
}

} // namespace neuvo
