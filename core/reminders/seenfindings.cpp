#include "seenfindings.h"

#include "core/storage/database.h"
#include "core/storage/sqlstatement.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace neuvo {

QString SeenFindings::key(const Finding &finding)
{
    return finding.identity();
}

Result<QStringList> SeenFindings::seenKeys() const
{
    SqlStatement st(m_db.connection(), u"SELECT key FROM seen_finding ORDER BY key"_s);
    if (auto r = st.exec(); !r)
        return Error{r.error()};
    QStringList keys;
    while (st.next())
        keys << st.value(0).toString();
    return keys;
}

Result<QList<Finding>> SeenFindings::unseenHigh(const QList<Finding> &findings) const
{
    const auto keys = seenKeys();
    if (!keys)
        return Error{keys.error()};
    const QSet<QString> seen(keys->cbegin(), keys->cend());
    QList<Finding> fresh;
    for (const Finding &f : findings) {
        if (f.severity == Severity::High && !seen.contains(key(f)))
            fresh << f;
    }
    return fresh;
}

Result<void> SeenFindings::recordSeen(const QList<Finding> &current)
{
    const auto unseen = markSeen(current);
    if (!unseen)
        return Error{unseen.error()};
    return {};
}

Result<QList<Finding>> SeenFindings::markSeen(const QList<Finding> &current)
{
    const auto keys = seenKeys();
    if (!keys)
        return Error{keys.error()};
    const QSet<QString> stored(keys->cbegin(), keys->cend());
    // Each key is made once: there may be thousands of High findings.
    QSet<QString> wanted;
    QList<Finding> fresh;
    QStringList added;
    for (const Finding &f : current) {
        if (f.severity != Severity::High)
            continue;
        QString k = key(f);
        if (stored.contains(k))
            wanted.insert(std::move(k));
        else {
            fresh << f; // as unseenHigh(): a repeated finding is listed again
            if (!wanted.contains(k)) {
                added << k;
                wanted.insert(std::move(k));
            }
        }
    }
    QStringList stale;
    for (const QString &k : *keys) {
        if (!wanted.contains(k))
            stale << k;
    }
    if (stale.isEmpty() && added.isEmpty())
        return fresh;
    // One statement of each kind, prepared once and run for every key:
    // compiling it again for each of thousands of rows was most of the
    // cost.
    auto written = m_db.transaction([&]() -> Result<void> {
        if (!stale.isEmpty()) {
            SqlStatement remove(m_db.connection(), u"DELETE FROM seen_finding WHERE key = :key"_s);
            for (const QString &k : std::as_const(stale)) {
                remove.bind(u":key"_s, k);
                if (auto r = remove.exec(); !r)
                    return r;
            }
        }
        if (!added.isEmpty()) {
            SqlStatement insert(m_db.connection(), u"INSERT INTO seen_finding (key) VALUES (:key)"_s);
            for (const QString &k : std::as_const(added)) {
                insert.bind(u":key"_s, k);
                if (auto r = insert.exec(); !r)
                    return r;
            }
        }
        return {};
    });
    if (!written)
        return Error{written.error()};
    return fresh;
}

Result<void> SeenFindings::adopt(const QStringList &keys)
{
    if (keys.isEmpty())
        return {};
    return m_db.transaction([&]() -> Result<void> {
        for (const QString &k : keys) {
            SqlStatement st(m_db.connection(),
                            u"INSERT INTO seen_finding (key) VALUES (:key) ON CONFLICT (key) DO NOTHING"_s);
            st.bind(u":key"_s, k);
            if (auto r = st.exec(); !r)
                return r;
        }
        return {};
    });
}

} // namespace neuvo
