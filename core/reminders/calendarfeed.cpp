#include "calendarfeed.h"

#include "core/domain/contractterms.h"
#include "core/domain/plural.h"
#include "remindersettings.h"

#include <QHash>
#include <QLocale>
#include <QPair>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

bool isOneOf(ProjectStatus status, std::initializer_list<ProjectStatus> statuses)
{
    return std::find(statuses.begin(), statuses.end(), status) != statuses.end();
}

// The same groups of project statuses the red-flag engine uses.
bool moneyIsOwed(ProjectStatus s)
{
    return isOneOf(s, {ProjectStatus::Agreed, ProjectStatus::InProgress, ProjectStatus::Delivered});
}

bool notDeliveredYet(ProjectStatus s)
{
    return isOneOf(s, {ProjectStatus::Lead, ProjectStatus::BriefSent, ProjectStatus::Negotiation,
                       ProjectStatus::Agreed, ProjectStatus::InProgress});
}

bool isOngoingRelation(ProjectStatus s)
{
    return !isOneOf(s, {ProjectStatus::Closed, ProjectStatus::Declined, ProjectStatus::Cancelled});
}

bool isBeforeAgreement(ProjectStatus s)
{
    return isOneOf(s, {ProjectStatus::Lead, ProjectStatus::BriefSent, ProjectStatus::Negotiation});
}

// One line of text: line breaks become spaces. Not QString::simplified(),
// which would also turn the no-break space between an amount and its
// currency into one a calendar may break a line at.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == QChar(0x2028) || c == QChar(0x2029))
            c = u' ';
    }
    return text.trimmed();
}

QString days(qint64 n)
{
    return englishPlural(CalendarFeed::tr("%n day(s)", nullptr, int(n)), n);
}

QString months(qint64 n)
{
    return englishPlural(CalendarFeed::tr("%n month(s)", nullptr, int(n)), n);
}

class Collector
{
public:
    Collector(const Facts &facts, const QDate &from, int days)
        : m_facts(facts)
        , m_from(from)
        , m_until(from.addDays(days))
    {
        for (const Client &c : facts.clients)
            m_clients.insert(c.id, &c);
        for (const Project &p : facts.projects)
            m_projects.insert(p.id, &p);
    }

    QList<CalendarEntry> collect()
    {
        for (const Project &p : m_facts.projects) {
            if (!wanted(p.clientId))
                continue;
            stages(p);
            deadlines(p);
            renewal(p);
            priceChanges(p);
        }
        promises();
        briefs();
        std::sort(m_entries.begin(), m_entries.end(), [](const CalendarEntry &a, const CalendarEntry &b) {
            if (a.date != b.date)
                return a.date < b.date;
            if (a.kind != b.kind)
                return int(a.kind) < int(b.kind);
            return a.key < b.key;
        });
        return m_entries;
    }

private:
    // No reminders about a client the freelancer declined.
    bool wanted(qint64 clientId) const
    {
        const Client *c = m_clients.value(clientId, nullptr);
        return !c || c->status != ClientStatus::Declined;
    }
    QString clientName(qint64 id) const
    {
        const Client *c = m_clients.value(id, nullptr);
        return c ? oneLine(c->name) : CalendarFeed::tr("client #%1").arg(id);
    }
    QString date(const QDate &d) const { return m_locale.toString(d, QLocale::ShortFormat); }
    QString money(const Project &p, qint64 minor) const { return p.money(minor).formatWithCode(m_locale); }

    void add(CalendarEntry::Kind kind, const QString &key, const QDate &on, const QString &summary,
             const QStringList &description, qint64 clientId, qint64 projectId)
    {
        if (!on.isValid() || on < m_from || on >= m_until)
            return;
        m_entries.append({kind, key, on, oneLine(summary), description.join(u'\n'), clientId, projectId});
    }

    void stages(const Project &p)
    {
        if (!moneyIsOwed(p.status))
            return;
        for (const PaymentStage &s : p.stages) {
            if (s.isFullyPaid() || !s.dueOn.isValid())
                continue;
            const QString open = money(p, s.amountMinor - s.paidMinor);
            QStringList text;
            text << CalendarFeed::tr("Stage %1 “%2” of “%3” for %4.")
                        .arg(QString::number(s.position), s.title, p.title, clientName(p.clientId));
            if (s.paidMinor > 0)
                text << CalendarFeed::tr("%1 of %2 is paid; %3 is still open.")
                            .arg(money(p, s.paidMinor), money(p, s.amountMinor), open);
            else
                text << CalendarFeed::tr("Amount: %1, paid in advance: work on the stage starts once it is paid.")
                            .arg(open);
            //: Calendar event: amount, project, client
            add(CalendarEntry::Kind::StageDue, u"stage-%1"_s.arg(s.id), s.dueOn,
                CalendarFeed::tr("Payment due: %1 — %2 (%3)").arg(open, p.title, clientName(p.clientId)), text,
                p.clientId, p.id);
        }
    }

    void deadlines(const Project &p)
    {
        if (!p.deadline.isValid() || p.deliveredOn.isValid() || !notDeliveredYet(p.status))
            return;
        const QString client = clientName(p.clientId);
        QStringList text;
        text << CalendarFeed::tr("The deadline agreed with %1 for “%2”.").arg(client, p.title);
        const QDate internal = p.deadline.addDays(-p.internalMarginDays);
        if (p.internalMarginDays > 0)
            text << CalendarFeed::tr("Your own deadline is %1, %2 earlier.").arg(date(internal), days(p.internalMarginDays));
        if (p.guaranteePercent > 0 && isOneOf(p.status, {ProjectStatus::Agreed, ProjectStatus::InProgress}))
            text << CalendarFeed::tr("Missing it refunds %1 % of the stage under your guarantee.")
                        .arg(p.guaranteePercent);
        add(CalendarEntry::Kind::Deadline, u"deadline-%1"_s.arg(p.id), p.deadline,
            CalendarFeed::tr("Deadline: %1 (%2)").arg(p.title, client), text, p.clientId, p.id);
        if (p.internalMarginDays > 0) {
            add(CalendarEntry::Kind::InternalDeadline, u"internal-deadline-%1"_s.arg(p.id), internal,
                CalendarFeed::tr("Own deadline: %1 (%2)").arg(p.title, client),
                {CalendarFeed::tr("Your internal deadline for “%1”, %2 before the deadline agreed with %3 (%4): "
                                  "the margin for the unexpected.")
                     .arg(p.title, days(p.internalMarginDays), client, date(p.deadline))},
                p.clientId, p.id);
        }
    }

    void renewal(const Project &p)
    {
        if (!p.contractDate.isValid() || p.contractTermMonths <= 0 || !isOngoingRelation(p.status))
            return;
        // A rolling contract renews every term: the end of the current one,
        // as the contract_renewal_due rule reads it.
        const QDate end = currentTermEnd(p, m_from);
        const QString contract = p.contractNumber.trimmed().isEmpty()
            ? CalendarFeed::tr("The contract for “%1”").arg(p.title)
            : CalendarFeed::tr("Contract %1 for “%2”").arg(p.contractNumber.trimmed(), p.title);
        add(CalendarEntry::Kind::ContractRenewal, u"renewal-%1"_s.arg(p.id), end,
            CalendarFeed::tr("Contract ends: %1 (%2)").arg(p.title, clientName(p.clientId)),
            {CalendarFeed::tr("%1 (signed %2, %3) ends on this day: the moment to revisit prices. A new price "
                              "needs %4 of notice.")
                 .arg(contract, date(p.contractDate), months(p.contractTermMonths), days(m_facts.profile.noticeDays))},
            p.clientId, p.id);
    }

    void priceChanges(const Project &p)
    {
        if (!isOngoingRelation(p.status))
            return;
        const QString client = clientName(p.clientId);
        const int notice = m_facts.profile.noticeDays;
        for (const PriceChange &c : p.priceChanges) {
            if (!c.effectiveOn.isValid())
                continue;
            const QString price = money(p, c.newPriceMinor);
            QStringList text;
            text << CalendarFeed::tr("From this day “%1” costs %2.").arg(p.title, price);
            text << (c.announcedOn.isValid() ? CalendarFeed::tr("Announced to %1 on %2.").arg(client, date(c.announcedOn))
                                             : CalendarFeed::tr("Not announced to %1 yet.").arg(client));
            if (!c.note.trimmed().isEmpty())
                text << c.note.trimmed();
            add(CalendarEntry::Kind::PriceChange, u"price-change-%1"_s.arg(c.id), c.effectiveOn,
                CalendarFeed::tr("New price: %1 — %2 (%3)").arg(price, p.title, client), text, p.clientId, p.id);
            // Only a rise needs notice, as price_notice_due reads it.
            if (!c.announcedOn.isValid() && isPriceRise(p, c)) {
                add(CalendarEntry::Kind::PriceNotice, u"price-notice-%1"_s.arg(c.id), c.effectiveOn.addDays(-notice),
                    CalendarFeed::tr("Announce the new price: %1 (%2)").arg(p.title, client),
                    {CalendarFeed::tr("The price of “%1” changes to %2 on %3. Tell %4 by this day to give %5 of notice.")
                         .arg(p.title, price, date(c.effectiveOn), client, days(notice))},
                    p.clientId, p.id);
            }
        }
    }

    void promises()
    {
        for (const Promise &pr : m_facts.promises) {
            if (pr.doneOn.isValid() || !pr.dueOn.isValid() || !wanted(pr.clientId))
                continue;
            const Project *p = pr.projectId ? m_projects.value(pr.projectId, nullptr) : nullptr;
            if (p && isOneOf(p->status, {ProjectStatus::Declined, ProjectStatus::Cancelled}))
                continue;
            const QString client = clientName(pr.clientId);
            QStringList text;
            text << CalendarFeed::tr("You promised %1: “%2”. Keep promises small and exact, then keep them.")
                        .arg(client, oneLine(pr.what));
            if (p)
                text << CalendarFeed::tr("Project: %1.").arg(p->title);
            add(CalendarEntry::Kind::Promise, u"promise-%1"_s.arg(pr.id), pr.dueOn,
                CalendarFeed::tr("Promise to %1: %2").arg(client, pr.what), text, pr.clientId, pr.projectId);
        }
    }

    // The brief rule of the engine, looking ahead: the latest brief per
    // client and project, unless the client wrote or called after it or a
    // reminder went out after it; the reminder is due brief_unanswered_days
    // after it was sent.
    void briefs()
    {
        QHash<qint64, QDateTime> lastInbound;
        // Per client and project: a reminder about one project does not
        // answer for another's brief.
        QHash<QPair<qint64, qint64>, QDateTime> lastReminder;
        QHash<QPair<qint64, qint64>, const Interaction *> latest;
        for (const Interaction &i : m_facts.interactions) {
            if (i.direction == Direction::In && (!lastInbound.contains(i.clientId) || i.at > lastInbound[i.clientId]))
                lastInbound[i.clientId] = i.at;
            const auto key = qMakePair(i.clientId, i.projectId);
            if (i.kind == InteractionKind::Reminder
                && (!lastReminder.contains(key) || i.at > lastReminder[key]))
                lastReminder[key] = i.at;
            // A brief the client sent us waits for our answer, not theirs.
            if (i.kind == InteractionKind::BriefSent && i.direction == Direction::Out) {
                const Interaction *&brief = latest[qMakePair(i.clientId, i.projectId)];
                if (!brief || i.at >= brief->at)
                    brief = &i;
            }
        }
        const int wait = m_facts.profile.thresholds.value(u"brief_unanswered_days");
        for (const Interaction *brief : std::as_const(latest)) {
            if (!wanted(brief->clientId))
                continue;
            const Project *p = brief->projectId ? m_projects.value(brief->projectId, nullptr) : nullptr;
            if (p && !isBeforeAgreement(p->status))
                continue;
            if (lastInbound.value(brief->clientId) > brief->at
                || lastReminder.value(qMakePair(brief->clientId, brief->projectId)) > brief->at)
                continue;
            const QString client = clientName(brief->clientId);
            const QDate sent = brief->at.toUTC().date();
            add(CalendarEntry::Kind::BriefReminder, u"brief-%1"_s.arg(brief->id), sent.addDays(wait),
                p ? CalendarFeed::tr("Brief reminder: %1 (%2)").arg(client, p->title)
                  : CalendarFeed::tr("Brief reminder: %1").arg(client),
                {CalendarFeed::tr("The brief sent to %1 on %2 has had no answer. If none comes by this day, send "
                                  "one reminder: one, not many.")
                     .arg(client, date(sent))},
                brief->clientId, brief->projectId);
        }
    }

    const Facts &m_facts;
    const QDate m_from;
    const QDate m_until;
    const QLocale m_locale;
    QHash<qint64, const Client *> m_clients;
    QHash<qint64, const Project *> m_projects;
    QList<CalendarEntry> m_entries;
};

} // namespace

QList<CalendarEntry> CalendarFeed::entries(const Facts &facts, const QDate &from, int days)
{
    return Collector(facts, from, days).collect();
}

Result<QByteArray> CalendarFeed::forDatabase(Database &db, const QDate &from, int days, const QDateTime &stampUtc)
{
    const auto facts = Facts::load(db);
    if (!facts)
        return Error{facts.error()};
    const auto settings = ReminderSettingsStore(db).load();
    if (!settings)
        return Error{settings.error()};
    Options options;
    options.calendarId = settings->calendarId;
    options.alarmDays = settings->calendarAlarmDays;
    options.alarmTime = facts->profile.workStart;
    options.stampUtc = stampUtc;
    options.calendarName = u"Neuvo"_s;
    return toICalendar(entries(*facts, from, days), options);
}

QString CalendarFeed::uid(const CalendarEntry &entry, const QString &calendarId)
{
    return u"neuvo-%1-%2"_s.arg(calendarId, entry.key);
}

} // namespace neuvo
