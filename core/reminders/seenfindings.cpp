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
    const auto keys = seenKeys();
    if (!keys)
        return Error{keys.error()};
    const QSet<QString> stored(keys->cbegin(), keys->cend());
    QSet<QString> wanted;
    for (const Finding &f : current) {
        if (f.severity == Severity::High)
            wanted.insert(key(f));
    }
    const QSet<QString> stale = stored - wanted;
    const QSet<QString> added = wanted - stored;
    if (stale.isEmpty() && added.isEmpty())
        return {};
    return m_db.transaction([&]() -> Result<void> {
        for (const QString &k : stale) {
            SqlStatement st(m_db.connection(), u"DELETE FROM seen_finding WHERE key = :key"_s);
            st.bind(u":key"_s, k);
            if (auto r = st.exec(); !r)
                return r;
        }
        for (const QString &k : added) {
            SqlStatement st(m_db.connection(), u"INSERT INTO seen_finding (key) VALUES (:key)"_s);
            st.bind(u":key"_s, k);
            if (auto r = st.exec(); !r)
                return r;
        }
        return {};
    });
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
