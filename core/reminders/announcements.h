#pragma once

#include "core/domain/result.h"
#include "core/reminders/desktopnotifications.h"
#include "core/rules/redflags.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace neuvo {

class Database;

// Which findings deserve a desktop notification, and which of them this
// database has announced already. The record is kept in the database, so
// the desktop application and `neuvo-cli alerts --notify` never announce
// the same finding twice, across restarts and whichever of them ran.
class Announcements final
{
    Q_DECLARE_TR_FUNCTIONS(Announcements)

public:
    // At most this many notifications of their own at once; the rest share
    // one ("Neuvo: 4 more reminders"), so the first start on a busy
    // database does not bury the desktop.
    static constexpr int MaxSeparate = 5;

    explicit Announcements(Database &db) : m_db(db) {}

    // A High finding, or a dated thing to do (a payment, deadline, promise,
    // brief, agreement, price notice or renewal coming due). Not the
    // below-floor-rate alert (a price to learn from, not a date) and not
    // the warnings and infos about a client's conduct, which the dashboard
    // shows without interrupting.
    static bool isAnnounceable(const Finding &finding);
    // Finding::identity(), the key the table stores.
    static QString key(const Finding &finding);

    // One round over the current findings: the announceable ones, each
    // with its key made once, and the keys recorded, read once. What is
    // pending and what a round records are positions in it, so a round
    // makes every key once however many of its steps look at it.
    struct Round
    {
        QList<Finding> announceable; // in the findings' order
        QStringList keys;            // keys.at(i) is announceable.at(i)'s
        QSet<QString> recorded;
        // The announceable findings not announced yet, in their order, one
        // for each key.
        QList<qsizetype> pending;

        QList<Finding> findingsAt(const QList<qsizetype> &positions) const;
        QList<Finding> pendingFindings() const { return findingsAt(pending); }
    };
    Result<Round> round(const QList<Finding> &current) const;
    // Records the round's findings at announced (positions in
    // round.announceable) as announced at nowUtc, and forgets the
    // announcements of findings that are no longer current: a finding that
    // goes away (a promise kept) and comes back is news again, and the
    // table never outgrows what is current. One transaction, none when
    // there is nothing to write.
    Result<void> record(const Round &round, const QList<qsizetype> &announced, const QDateTime &nowUtc);
    // Every key recorded, sorted.
    Result<QStringList> recordedKeys() const;

private:
    Database &m_db;
};

// The words of a notification about a finding. Summaries are plain text by
// the specification; the body is the evidence sentence, also plain text
// here (DesktopNotifications escapes it for a server that reads markup).
class ReminderText final
{
    Q_DECLARE_TR_FUNCTIONS(ReminderText)

public:
    // "Payment due soon — Client name"
    static QString title(const Finding &finding, const Facts &facts);
    static QString body(const Finding &finding);
    // What the kind of finding is called in a notification: its name in
    // the rule catalogue (RuleTitles), "Serious warning" for one it lacks.
    static QString ruleTitle(const QString &rule);
    // The one notification that stands for the ones beyond the first few.
    static QString moreTitle(int count);
    static QString moreBody();

    // The notification of a finding; `actions` adds "Open" (the desktop
    // application, which stays to answer a click, asks for it).
    static DesktopNotifications::Message notification(const Finding &finding, const Facts &facts, bool actions);
    static DesktopNotifications::Message moreNotification(int count, bool actions);
};

// What `neuvo-cli alerts --notify` does, in one go: announces the findings
// not announced yet on the desktop, as the desktop application would, and
// records them. Nothing is sent, and the reason returned, when the
// database is open read-only (a Neuvo that has it open announces itself),
// notifications are off, it is quiet hours, or no notification service
// answers; what was not sent stays pending for the next run.
class DesktopAnnouncer final
{
    Q_DECLARE_TR_FUNCTIONS(DesktopAnnouncer)

public:
    struct Outcome
    {
        int sent = 0;         // notifications shown (the "more" one included)
        int announced = 0;    // findings recorded as announced
        QString notSentBecause; // empty when nothing stood in the way
    };

    static Result<Outcome> announce(Database &db, const Facts &facts, const QList<Finding> &findings,
                                    const QDateTime &now, DesktopNotifications &desktop);
};

} // namespace neuvo
