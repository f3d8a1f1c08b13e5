#pragma once

#include "core/domain/result.h"
#include "core/rules/redflags.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace neuvo {

class Database;

// Which High findings the freelancer has been shown on opening this
// database (the dashboard's start-up banner), so a start only announces the
// ones that are new. Kept in the database (table seen_finding) and only for
// findings that are still current, so opening one file costs the same
// however many others were opened before, and the record never outgrows the
// file's own findings. The exchange format leaves it out. Separate from
// Announcements: a desktop notification sent while Neuvo was closed does not
// mean the banner showed the finding.
class SeenFindings final
{
public:
    explicit SeenFindings(Database &db) : m_db(db) {}

    // Finding::identity(), the key the table stores.
    static QString key(const Finding &finding);

    // The High findings whose key is not recorded, in their order.
    Result<QList<Finding>> unseenHigh(const QList<Finding> &findings) const;
    // Records the High findings of `current` as seen and forgets every other
    // key, so a finding that went away and comes back is announced again.
    // One transaction; none when nothing changes.
    Result<void> recordSeen(const QList<Finding> &current);
    // unseenHigh() and recordSeen() in one: the High findings of `current`
    // not recorded before (as unseenHigh() answers before the record), with
    // the table read once and each key made once.
    Result<QList<Finding>> markSeen(const QList<Finding> &current);
    // Adds keys recorded elsewhere (the desktop settings of older versions);
    // the next recordSeen() drops those no longer current.
    Result<void> adopt(const QStringList &keys);
    // Every key recorded, sorted.
    Result<QStringList> seenKeys() const;

private:
    Database &m_db;
};

} // namespace neuvo
