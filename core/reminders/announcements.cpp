#include "announcements.h"

#include "core/domain/plural.h"
#include "core/rules/ruletitles.h"
#include "core/storage/database.h"
#include "core/storage/sqlstatement.h"
#include "remindersettings.h"
#include "workinghours.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// Things to do that come due on a date; see isAnnounceable().
bool isDueRule(const QString &rule)
{
    static const QSet<QString> rules = {
        u"payment_overdue"_s,   u"stage_due_soon"_s,        u"work_without_prepayment"_s,
        u"deadline_missed"_s,   u"deadline_at_risk"_s,      u"promise_due"_s,
        u"brief_unanswered"_s,  u"unconfirmed_agreement"_s, u"price_notice_due"_s,
        u"contract_renewal_due"_s,
    };
    return rules.contains(rule);
}

} // namespace

bool Announcements::isAnnounceable(const Finding &f)
{
    return f.severity == Severity::High || isDueRule(f.rule);
}

QString Announcements::key(const Finding &f)
{
    return f.identity();
}

Result<QStringList> Announcements::recordedKeys() const
{
    SqlStatement st(m_db.connection(), u"SELECT key FROM announced_finding ORDER BY key"_s);
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    QStringList keys;
    while (st.next())
        keys << st.value(0).toString();
    return keys;
}

QList<Finding> Announcements::Round::findingsAt(const QList<qsizetype> &positions) const
{
    QList<Finding> found;
    found.reserve(positions.size());
    for (const qsizetype at : positions)
        found << announceable.at(at);
    return found;
}

Result<Announcements::Round> Announcements::round(const QList<Finding> &current) const
{
    const auto recorded = recordedKeys();
    if (!recorded)
        return Error{recorded.error()};
    Round round;
    round.recorded = QSet<QString>(recorded->cbegin(), recorded->cend());
    QSet<QString> listed;
    for (const Finding &f : current) {
        if (!isAnnounceable(f))
            continue;
        QString k = key(f);
        if (!round.recorded.contains(k) && !listed.contains(k)) {
            listed.insert(k);
            round.pending << round.announceable.size();
        }
        round.announceable << f;
        round.keys << std::move(k);
    }
    return round;
}

Result<void> Announcements::record(const Round &round, const QList<qsizetype> &announced, const QDateTime &nowUtc)
{
    const QSet<QString> keep(round.keys.cbegin(), round.keys.cend());
    QStringList stale;
    for (const QString &k : round.recorded) {
        if (!keep.contains(k))
            stale << k;
    }
    if (stale.isEmpty() && announced.isEmpty())
        return {}; // most rounds: nothing to write, so no write transaction
    stale.sort(); // the order the table hands them out in, as before
    // One statement of each kind, prepared once and run for every key: the
    // first round on a busy file records thousands.
    const QVariant at = sqlTimestamp(nowUtc.toUTC());
    return m_db.transaction([&]() -> Result<void> {
        if (!stale.isEmpty()) {
            SqlStatement remove(m_db.connection(), u"DELETE FROM announced_finding WHERE key = :key"_s);
            for (const QString &k : std::as_const(stale)) {
                remove.bind(u":key"_s, k);
                if (auto r = remove.exec(); !r)
                    return r;
            }
        }
        if (!announced.isEmpty()) {
            SqlStatement insert(m_db.connection(), u"INSERT INTO announced_finding (key, announced_at) "
                                                   "VALUES (:key, :at) ON CONFLICT (key) DO NOTHING"_s);
            for (const qsizetype position : announced) {
                insert.bind(u":key"_s, round.keys.at(position)).bind(u":at"_s, at);
                if (auto r = insert.exec(); !r)
                    return r;
            }
        }
        return {};
    });
}

// ---------------------------------------------------------------- ReminderText

QString ReminderText::ruleTitle(const QString &rule)
{
    const QString title = RuleTitles::title(rule);
    return title.isEmpty() ? tr("Serious warning") : title;
}

QString ReminderText::title(const Finding &finding, const Facts &facts)
{
    const QString what = ruleTitle(finding.rule);
    for (const Client &c : facts.clients) {
        if (c.id == finding.clientId && !c.name.trimmed().isEmpty())
            //: Notification title: what it is about and the client's name
            return tr("%1 — %2").arg(what, c.name.simplified());
    }
    return what;
}

QString ReminderText::body(const Finding &finding)
{
    return finding.evidence.toString();
}

QString ReminderText::moreTitle(int count)
{
    return englishPlural(tr("Neuvo: %n more reminder(s)", nullptr, count), count);
}

QString ReminderText::moreBody()
{
    return tr("They are listed on the dashboard.");
}

DesktopNotifications::Message ReminderText::notification(const Finding &finding, const Facts &facts, bool actions)
{
    DesktopNotifications::Message message;
    message.summary = title(finding, facts);
    message.body = body(finding);
    message.urgent = finding.severity == Severity::High;
    if (actions) {
        // "default" is a click on the notification; "open" its button.
        message.actions = {{u"default"_s, tr("Open")}, {u"open"_s, tr("Open")}};
    }
    return message;
}

DesktopNotifications::Message ReminderText::moreNotification(int count, bool actions)
{
    DesktopNotifications::Message message;
    message.summary = moreTitle(count);
    message.body = moreBody();
    if (actions)
        message.actions = {{u"default"_s, tr("Open the Dashboard")}};
    return message;
}

// ---------------------------------------------------------------- DesktopAnnouncer

Result<DesktopAnnouncer::Outcome> DesktopAnnouncer::announce(Database &db, const Facts &facts,
                                                             const QList<Finding> &findings, const QDateTime &now,
                                                             DesktopNotifications &desktop)
{
    Outcome outcome;
    if (db.isReadOnly()) {
        outcome.notSentBecause = tr("the database is open read-only because %1; notifications are left to the "
                                    "Neuvo that writes it")
                                     .arg(db.readOnlyReason());
        return outcome;
    }
    const auto settings = ReminderSettingsStore(db).load();
    if (!settings)
        return Error{settings.error()};
    Announcements announcements(db);
    const auto round = announcements.round(findings);
    if (!round)
        return Error{round.error()};
    const QList<qsizetype> &pending = round->pending;
    if (!settings->desktopNotifications) {
        // As the desktop application does: with notifications off nothing
        // is news, now or when they are turned on again.
        if (auto recorded = announcements.record(*round, pending, now.toUTC()); !recorded)
            return Error{recorded.error()};
        outcome.notSentBecause = tr("desktop notifications are turned off (Preferences → Reminders)");
        return outcome;
    }
    if (pending.isEmpty()) {
        if (auto pruned = announcements.record(*round, {}, now.toUTC()); !pruned)
            return Error{pruned.error()};
        return outcome;
    }
    const WorkingHours hours(facts.profile);
    if (settings->quietOutsideWorkingHours && !hours.contains(now)) {
        outcome.notSentBecause = tr("it is outside your working hours; they wait until %1")
                                     .arg(QLocale().toString(hours.nextStart(now), QLocale::ShortFormat));
        return outcome;
    }
    if (!desktop.isAvailable() && !desktop.probeAndWait()) {
        outcome.notSentBecause = tr("no desktop notification service answered (%1)").arg(desktop.unavailableReason());
        return outcome;
    }

    QList<qsizetype> shown;
    QStringList failures;
    for (const qsizetype at : pending.mid(0, Announcements::MaxSeparate)) {
        if (auto sent = desktop.sendAndWait(ReminderText::notification(round->announceable.at(at), facts, false));
            sent) {
            ++outcome.sent;
            shown << at;
        } else {
            failures << sent.error();
        }
    }
    if (pending.size() > Announcements::MaxSeparate) {
        const QList<qsizetype> rest = pending.mid(Announcements::MaxSeparate);
        if (auto sent = desktop.sendAndWait(ReminderText::moreNotification(int(rest.size()), false)); sent) {
            ++outcome.sent;
            shown << rest;
        } else {
            failures << sent.error();
        }
    }
    if (auto recorded = announcements.record(*round, shown, now.toUTC()); !recorded)
        return Error{recorded.error()};
    outcome.announced = int(shown.size());
    if (!failures.isEmpty())
        outcome.notSentBecause = failures.constFirst();
    return outcome;
}

} // namespace neuvo
