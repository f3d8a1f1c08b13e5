#pragma once

#include "core/rules/redflags.h"

#include <QList>
#include <QSet>
#include <QString>

namespace neuvo {

// Remembers, per database file, which High findings the freelancer has been
// told about, so a start only announces the ones that are new. Kept in
// QSettings rather than the database: it is about this desktop, and an
// exported or copied database must not carry it along.
class SeenFindings final
{
public:
    explicit SeenFindings(const QString &databasePath);

    // Rule, client, project and date: stable across restarts and edits of
    // the evidence text (a new amount in the same overdue stage is not news).
    static QString key(const Finding &finding);

    // The High findings whose key was not recorded yet, in their order.
    QList<Finding> unseenHigh(const QList<Finding> &findings) const;
    // Records the High findings as seen. Replaces the stored set, so a
    // finding that went away and comes back is announced again and the set
    // never grows beyond what is current.
    void recordSeen(const QList<Finding> &findings);

private:
    QString m_settingsKey;
    QSet<QString> m_seen;
};

} // namespace neuvo
