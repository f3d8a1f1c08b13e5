#include "notices.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace neuvo {

SeenFindings::SeenFindings(const QString &databasePath)
{
    // A hash keeps slashes and drive letters out of the settings key.
    const QByteArray path = QFileInfo(databasePath).absoluteFilePath().toUtf8();
    m_settingsKey = u"seenFindings/"_s
        + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
    const QStringList stored = QSettings().value(m_settingsKey).toStringList();
    m_seen = QSet<QString>(stored.cbegin(), stored.cend());
}

QString SeenFindings::key(const Finding &finding)
{
    return u"%1|%2|%3|%4"_s.arg(finding.rule)
        .arg(finding.clientId)
        .arg(finding.projectId)
        .arg(finding.date.toString(Qt::ISODate));
}

QList<Finding> SeenFindings::unseenHigh(const QList<Finding> &findings) const
{
    QList<Finding> fresh;
    for (const Finding &f : findings) {
        if (f.severity == Severity::High && !m_seen.contains(key(f)))
            fresh << f;
    }
    return fresh;
}

void SeenFindings::recordSeen(const QList<Finding> &findings)
{
    QSet<QString> current;
    for (const Finding &f : findings) {
        if (f.severity == Severity::High)
            current.insert(key(f));
    }
    m_seen = current;
    QStringList list(current.cbegin(), current.cend());
    list.sort();
    QSettings().setValue(m_settingsKey, list);
}

} // namespace neuvo
