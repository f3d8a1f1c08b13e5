#include "ruleid.h"

#include "ruletitles.h"
#include "core/domain/domain.h"
#include "core/domain/enumids.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <limits>

namespace neuvo {

namespace {

// The fixed numbers: the empty id first, then the catalogue's and the
// patterns' ids in alphabetical order. Made once and never changed, so it
// is read without a lock.
struct Catalogue
{
    QList<QString> ids;
    QHash<QString, quint16> numbers;
};

const Catalogue &catalogue()
{
    static const Catalogue table = [] {
        Catalogue c;
        c.ids = RuleTitles::ruleIds();
        c.ids << allIds<ClientPattern>();
        std::sort(c.ids.begin(), c.ids.end());
        c.ids.erase(std::unique(c.ids.begin(), c.ids.end()), c.ids.end());
        c.ids.prepend(QString());
        for (qsizetype i = 0; i < c.ids.size(); ++i)
            c.numbers.insert(c.ids.at(i), quint16(i));
        return c;
    }();
    return table;
}

// Any other id, numbered after the catalogue as it is first met; findings
// are made in more than one thread, so behind a lock.
struct Others
{
    QMutex mutex;
    QList<QString> ids;
    QHash<QString, quint16> numbers;
};

Others &others()
{
    static Others table;
    return table;
}

quint16 numberOf(QStringView id)
{
    if (id.isEmpty())
        return 0;
    const Catalogue &known = catalogue();
    if (const auto it = known.numbers.constFind(id.toString()); it != known.numbers.cend())
        return *it;
    Others &o = others();
    const QMutexLocker lock(&o.mutex);
    const QString text = id.toString();
    if (const auto it = o.numbers.constFind(text); it != o.numbers.cend())
        return *it;
    const qsizetype number = known.ids.size() + o.ids.size();
    if (number > std::numeric_limits<quint16>::max())
        qFatal("RuleId: more than 65535 distinct rule ids");
    o.ids << text;
    o.numbers.insert(text, quint16(number));
    return quint16(number);
}

} // namespace

RuleId::RuleId(QStringView id)
    : m_index(numberOf(id))
{
}

RuleId::RuleId(QLatin1StringView id)
    : RuleId(QString(id))
{
}

QString RuleId::toString() const
{
    const Catalogue &known = catalogue();
    if (m_index < known.ids.size())
        return known.ids.at(m_index);
    Others &o = others();
    const QMutexLocker lock(&o.mutex);
    return o.ids.at(m_index - known.ids.size());
}

bool RuleId::isCatalogued() const
{
    return m_index < catalogue().ids.size();
}

bool operator<(RuleId a, RuleId b)
{
    const qsizetype known = catalogue().ids.size();
    if (a.m_index < known && b.m_index < known)
        return a.m_index < b.m_index; // numbered in the text's order
    return a.toString() < b.toString();
}

} // namespace neuvo
